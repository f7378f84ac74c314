//! Budget (README, benchmark table): ingest 20 events + snapshot <= 10 us per shipment.
//!
//! The 20 events mix the shapes real feeds send: RFC 3339 with offsets, UPS date + time
//! without offset (zone from the scan location), DHL `DD.MM.YYYY HH:MM` (zone from the
//! carrier), text to normalize, given canonical statuses, one re-sent copy and one bad time.

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
use tracking_core_benches::{fresh_texts, given_timeline_events, timeline_events};

fn bench(c: &mut Criterion) {
    run(c, "ingest 20 events + snapshot", timeline_events());
    run(
        c,
        "ingest 20 events + snapshot (given statuses)",
        given_timeline_events(),
    );
    run_cold(c);
}

/// The same shipment with every text new to the thread (a number appended to each event's
/// text, different in every iteration): no reading of an earlier shipment helps, so this is
/// what a scan costs the first time a feed sends its wording.
fn run_cold(c: &mut Criterion) {
    let normalizer = Normalizer::new();
    let now = Utc.with_ymd_and_hms(2024, 4, 27, 0, 0, 0).unwrap();
    let input = timeline_events();
    let mut round = 0u64;
    c.bench_function(
        "ingest 20 events + snapshot (texts new to the thread)",
        |b| {
            b.iter_batched(
                || {
                    round += 1;
                    fresh_texts(&input, round)
                },
                |evs| {
                    let mut s = Shipment::new("bench");
                    s.carrier = Some("ups".into());
                    let report = s.ingest(evs, &normalizer, now);
                    let snap = s.snapshot();
                    std::hint::black_box((report, snap))
                },
                BatchSize::SmallInput,
            );
        },
    );
}

fn run(c: &mut Criterion, name: &str, input: Vec<RawEvent>) {
    let normalizer = Normalizer::new();
    let now = Utc.with_ymd_and_hms(2024, 4, 27, 0, 0, 0).unwrap();
    assert_eq!(input.len(), 20);
    c.bench_function(name, |b| {
        b.iter_batched(
            || input.clone(),
            |evs| {
                let mut s = Shipment::new("bench");
                s.carrier = Some("ups".into());
                let report = s.ingest(evs, &normalizer, now);
                let snap = s.snapshot();
                std::hint::black_box((report, snap))
            },
            BatchSize::SmallInput,
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
