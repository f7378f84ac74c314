//! The `ingest 20 events + snapshot` bench body as a plain program, for instruction counts:
//! `valgrind --tool=callgrind target/release/examples/ingest_profile 2000` minus a run with
//! `0` gives the instructions per shipment without criterion's own work. The second argument
//! `given` uses the events with given statuses; `cold` appends a new number to every text in
//! each round (texts new to the thread, as the bench's `texts new to the thread` variant;
//! its count includes building those inputs: subtract a run of `cold-input`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a profiling harness: fail loudly

use chrono::{TimeZone, Utc};
use tracking_core::Normalizer;
use tracking_core::timeline::Shipment;
use tracking_core_benches::{fresh_texts, given_timeline_events, timeline_events};

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map_or(1000, |a| a.parse().expect("a count"));
    let mode = args.next();
    let input = match mode.as_deref() {
        Some("given") => given_timeline_events(),
        _ => timeline_events(),
    };
    let fresh = |round: usize| match mode.as_deref() {
        Some("cold" | "cold-input") => fresh_texts(&input, round as u64),
        _ => input.clone(),
    };
    let normalizer = Normalizer::new();
    let now = Utc.with_ymd_and_hms(2024, 4, 27, 0, 0, 0).unwrap();
    // Whatever is built once per process (the embedded text model, zone tables) is built
    // here, so the difference between two counts is the per-shipment cost.
    let mut warm = Shipment::new("warm");
    let _ = warm.ingest(input.clone(), &normalizer, now);
    // A third argument `K` runs as criterion's `BatchSize::SmallInput` does: the inputs of
    // `K` shipments are built first, then ingested, and their outputs dropped after the
    // batch, so each shipment reads input built long before (not in the cache), as the
    // bench does. `0` (or none) builds each input just before its shipment.
    let batch: usize = args.next().map_or(0, |a| a.parse().expect("a batch size"));
    if batch > 0 {
        let mut round = 0;
        while round < n {
            let k = batch.min(n - round);
            let inputs: Vec<_> = (round..round + k).map(fresh).collect();
            round += k;
            if mode.as_deref() == Some("cold-input") {
                std::hint::black_box(inputs);
                continue;
            }
            let mut outputs = Vec::with_capacity(k);
            for evs in inputs {
                let mut s = Shipment::new("bench");
                s.carrier = Some("ups".into());
                let report = s.ingest(evs, &normalizer, now);
                let snap = s.snapshot();
                outputs.push(std::hint::black_box((report, snap)));
            }
            drop(outputs);
        }
        return;
    }
    for round in 0..n {
        let evs = fresh(round);
        if mode.as_deref() == Some("cold-input") {
            std::hint::black_box(evs);
            continue;
        }
        let mut s = Shipment::new("bench");
        s.carrier = Some("ups".into());
        let report = s.ingest(evs, &normalizer, now);
        let snap = s.snapshot();
        std::hint::black_box((report, snap));
    }
}
