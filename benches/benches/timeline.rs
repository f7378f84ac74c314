//! Budget (README, benchmark table): ingest 20 events + snapshot <= 10 us per shipment.
//!
//! The 20 events mix the shapes real feeds send: RFC 3339 with offsets, UPS date + time
//! without offset (zone from the scan location), DHL `DD.MM.YYYY HH:MM` (zone from the
//! carrier), text to normalize, given canonical statuses, one re-sent copy and one bad time.
//!
//! Readings of event texts are kept per thread across shipments (`timeline/memo.rs`), so the
//! same 20 events ingested again are read from that memo. The variants therefore:
//! - `(texts new to the thread)`: every shipment's texts carry a number no earlier shipment
//!   sent. The memo keys a run of digits as one `0` (round 13), so after the first shipment
//!   these share the readings of earlier rounds, as a feed's "Arrived at Facility 17 / 18"
//!   do: what is left is the rest of the path for texts never seen as received.
//! - `(wording new to the thread)`: every shipment's texts end in a word no earlier shipment
//!   sent, so every reading is computed (folding, rules, the text model). This is the cost of
//!   a scan the first time a feed sends its wording.
//! - `(feed texts already seen)`: the same 20 events every time. Realistic for a busy feed
//!   (a carrier sends the same few hundred texts in shipment after shipment), but the
//!   readings come from the memo, so it measures the rest of the path.
//!
//! Criterion's `BatchSize::SmallInput` builds the inputs of up to a tenth of a sample (a few
//! hundred shipments) before timing them, so each shipment reads events built long before,
//! from beyond the 1 MiB L2 cache: about 50-200 more cache misses per shipment than a server
//! that ingests what it has just parsed (callgrind's cache simulation, docs/benchmarks.md).
//! `(texts new to the thread, input just built)` builds each shipment's input right before
//! it (`BatchSize::PerIteration`; the timer's own cost, tens of nanoseconds, is included);
//! the other variants keep `SmallInput`, as in earlier rounds.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code: a failure should stop loudly

use chrono::{TimeZone, Utc};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use tracking_core::timeline::Shipment;
use tracking_core::{Normalizer, RawEvent};
use tracking_core_benches::{fresh_texts, fresh_wording, given_timeline_events, timeline_events};

fn bench(c: &mut Criterion) {
    let input = timeline_events();
    // The round counter lives outside the measured closure: criterion calls that closure
    // again for every warm-up round and sample, and each must see texts no sample sent.
    let mut round = 0u64;
    run_with(
        c,
        "ingest 20 events + snapshot (texts new to the thread)",
        BatchSize::SmallInput,
        || {
            round += 1;
            fresh_texts(&input, round)
        },
    );
    run_with(
        c,
        "ingest 20 events + snapshot (texts new to the thread, input just built)",
        BatchSize::PerIteration,
        || {
            round += 1;
            fresh_texts(&input, round)
        },
    );
    run_with(
        c,
        "ingest 20 events + snapshot (wording new to the thread)",
        BatchSize::SmallInput,
        || {
            round += 1;
            fresh_wording(&input, round)
        },
    );
    let same = timeline_events();
    run_with(
        c,
        "ingest 20 events + snapshot (feed texts already seen)",
        BatchSize::SmallInput,
        || same.clone(),
    );
    let given = given_timeline_events();
    run_with(
        c,
        "ingest 20 events + snapshot (given statuses)",
        BatchSize::SmallInput,
        || given.clone(),
    );
}

/// Ingests the 20 events `make_input` returns (built outside the measurement, `batch` at a
/// time) into a new shipment and takes its snapshot.
fn run_with(
    c: &mut Criterion,
    name: &str,
    batch: BatchSize,
    mut make_input: impl FnMut() -> Vec<RawEvent>,
) {
    let normalizer = Normalizer::new();
    let now = Utc.with_ymd_and_hms(2024, 4, 27, 0, 0, 0).unwrap();
    assert_eq!(make_input().len(), 20);
    c.bench_function(name, |b| {
        b.iter_batched(
            &mut make_input,
            |evs| {
                let mut s = Shipment::new("bench");
                s.carrier = Some("ups".into());
                let report = s.ingest(evs, &normalizer, now);
                let snap = s.snapshot();
                std::hint::black_box((report, snap))
            },
            batch,
        );
    });
}

fn parse_shapes(c: &mut Criterion) {
    for shape in [
        "2024-04-26T07:50:00-04:00",
        "20240426 074700",
        "26.04.2024 05:12",
        "not a time",
    ] {
        c.bench_function(&format!("parse_time {shape}"), |b| {
            b.iter(|| tracking_core::time::parse_time(std::hint::black_box(shape)))
        });
    }
    let ny = tracking_core::Location {
        country: Some("US".into()),
        region: Some("NY".into()),
        ..Default::default()
    };
    let hints = tracking_core::time::ZoneHints {
        location: Some(&ny),
        ..Default::default()
    };
    c.bench_function("parse_event_time local in NY", |b| {
        b.iter(|| {
            tracking_core::time::parse_event_time(std::hint::black_box("2024-04-26 07:50"), &hints)
        })
    });
}

criterion_group!(benches, bench, parse_shapes);
criterion_main!(benches);
