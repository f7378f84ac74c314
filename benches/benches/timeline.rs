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
use serde_json::json;
use tracking_core::timeline::Shipment;
use tracking_core::{Normalizer, RawEvent};

fn events() -> Vec<RawEvent> {
    let mut v = Vec::new();
    let loc = |city: &str, region: &str| json!({"city": city, "region": region, "country": "US"});
    v.push(json!({"code": "MP", "description": "Shipper created a label, UPS has not received the package yet.",
        "date": "20240422", "time": "100000", "location": loc("Secaucus", "NJ")}));
    v.push(json!({"status": "in_transit", "substatus": "picked_up", "code": "OR", "description": "Origin Scan",
        "date": "20240422", "time": "183000", "location": loc("Secaucus", "NJ")}));
    for (i, city) in [
        "Newark",
        "Philadelphia",
        "Harrisburg",
        "Pittsburgh",
        "Columbus",
        "Indianapolis",
    ]
    .iter()
    .enumerate()
    {
        v.push(json!({"code": "AR", "description": "Arrived at Facility",
            "time": format!("2024-04-{:02}T{:02}:10:00-04:00", 23 + i / 3, 2 + 7 * (i % 3)),
            "location": loc(city, "PA")}));
        v.push(
            json!({"code": "DP", "description": "Departed from Facility",
            "time": format!("2024-04-{:02}T{:02}:40:00-04:00", 23 + i / 3, 4 + 7 * (i % 3)),
            "location": loc(city, "PA")}),
        );
    }
    v.push(json!({"description": "Die Sendung wurde im Ziel-Paketzentrum bearbeitet.", "carrier": "dhl_parcel_de",
        "time": "26.04.2024 05:12"}));
    v.push(json!({"status": "unknown", "substatus": "informational", "description": "Delivery preference updated",
        "time": "2024-04-26T06:00:00-04:00"}));
    v.push(json!({"code": "OT", "description": "Out For Delivery Today", "date": "20240426", "time": "74700",
        "location": loc("Chicago", "IL")}));
    v.push(json!({"code": "OT", "description": "Out For Delivery Today", "date": "20240426", "time": "074700",
        "location": loc("Chicago", "IL")}));
    v.push(
        json!({"status": "delivered", "substatus": "front_door", "description": "Delivered",
        "date": "20240426", "time": "140200", "location": loc("Chicago", "IL")}),
    );
    v.push(json!({"description": "Arrived at Facility", "time": "not a time"}));
    v.into_iter()
        .map(|e| serde_json::from_value(e).expect("valid event"))
        .collect()
}

/// The same events, each with a given canonical status: measures the timeline alone
/// (time resolution, identity, ordering, fold, snapshot) without the text classifier.
fn given_events() -> Vec<RawEvent> {
    events()
        .into_iter()
        .map(|mut e| {
            if e.status.is_none() {
                e.status = Some("in_transit".into());
            }
            e
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    run(c, "ingest 20 events + snapshot", events());
    run(
        c,
        "ingest 20 events + snapshot (given statuses)",
        given_events(),
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
