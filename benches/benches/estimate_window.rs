//! Budgets (README, benchmark table): estimate a window with a learned model <= 2 us; learn
//! from 1,000,000 completed shipments <= 2 s. Also noting an order, which keeps it open in
//! the promise calibration until delivered (no budget of its own). Synthetic history: 27 x 27 Brazilian state
//! lanes plus US and German lanes with carriers and services, transit 1-15 days.

#![allow(clippy::unwrap_used, clippy::indexing_slicing, missing_docs)]

use std::hint::black_box;

use chrono::{DateTime, Duration, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use tracking_core::estimate::{CompletedShipment, Lane, Place, TransitModel, WindowQuery};
use tracking_core_benches::{BR_STATES, Rng};

fn lanes() -> Vec<Lane> {
    let mut out = Vec::new();
    for o in BR_STATES {
        for d in BR_STATES {
            out.push(Lane::new(
                None,
                None,
                Place::new(Some("BR"), Some(o)),
                Place::new(Some("BR"), Some(d)),
            ));
        }
    }
    for (c, s) in [
        ("ups", "ground"),
        ("usps", "priority"),
        ("fedex", "home_delivery"),
    ] {
        for o in ["CA", "TX", "NY", "IL"] {
            for d in ["CA", "TX", "NY", "FL", "WA"] {
                out.push(Lane::new(
                    Some(c),
                    Some(s),
                    Place::new(Some("US"), Some(o)),
                    Place::new(Some("US"), Some(d)),
                ));
            }
        }
    }
    for d in ["BY", "BE", "NW", "HH"] {
        out.push(Lane::new(
            Some("dhl_parcel_de"),
            None,
            Place::new(Some("DE"), None),
            Place::new(Some("DE"), Some(d)),
        ));
    }
    out
}

fn history(n: usize, lanes: &[Lane]) -> Vec<CompletedShipment> {
    let start: DateTime<Utc> = Utc.with_ymd_and_hms(2022, 1, 1, 0, 0, 0).unwrap();
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|i| {
            let lane = lanes[(r.next_u64() % lanes.len() as u64) as usize].clone();
            let ordered = start + Duration::seconds((i as i64 * 63_072_000) / n as i64);
            let shipped = ordered + Duration::hours((r.next_u64() % 72) as i64);
            let delivered = shipped + Duration::hours(24 + (r.next_u64() % (14 * 24)) as i64);
            CompletedShipment {
                lane,
                ordered_at: Some(ordered),
                shipped_at: Some(shipped),
                delivered_at: delivered,
                carrier_estimate: None,
                promised_by: None,
                order_id: None,
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let lanes = lanes();
    let model = TransitModel::learn(&history(200_000, &lanes));
    let now: DateTime<Utc> = Utc.with_ymd_and_hms(2024, 1, 10, 15, 0, 0).unwrap();
    let queries: Vec<WindowQuery> = lanes
        .iter()
        .enumerate()
        .map(|(i, l)| WindowQuery {
            lane: l.clone(),
            ordered_at: Some(now - Duration::hours(30)),
            shipped_at: (i % 2 == 0).then(|| now - Duration::hours(20)),
            ..WindowQuery::default()
        })
        .collect();
    let mut i = 0;
    c.bench_function("estimate_window", |b| {
        b.iter(|| {
            i = (i + 1) % queries.len();
            black_box(model.estimate(black_box(&queries[i]), now, 0.9))
        })
    });

    // Noting orders one minute apart, each kept open until its windows pass (about 20,000
    // open at a time once the first ones drop out).
    let mut noting = model.clone();
    let start: DateTime<Utc> = Utc.with_ymd_and_hms(2024, 1, 6, 0, 0, 0).unwrap();
    let mut k: i64 = 0;
    c.bench_function("note_order_open", |b| {
        b.iter(|| {
            k += 1;
            let l = &lanes[(k as usize) % lanes.len()];
            let at = start + Duration::minutes(k);
            black_box(noting.note_order(&k.to_string(), l, at).unwrap())
        })
    });

    let big = history(1_000_000, &lanes);
    let mut g = c.benchmark_group("learn");
    g.sample_size(10);
    g.bench_function("learn_1m_shipments", |b| {
        b.iter(|| black_box(TransitModel::learn(black_box(&big))))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
