//! Budgets (README, benchmark table): estimate a window with a learned model <= 2 us; learn
//! from 1,000,000 completed shipments <= 2 s. Also noting an order, which keeps it open in
//! the promise calibration until delivered (no budget of its own). Synthetic history: 27 x 27 Brazilian state
//! lanes plus US and German lanes with carriers and services, transit 1-15 days (built by
//! `tracking_core_benches::estimate_history`, shared with `examples/estimate_profile.rs`).

#![allow(clippy::unwrap_used, clippy::indexing_slicing, missing_docs)]

use std::hint::black_box;

use chrono::{DateTime, Duration, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use tracking_core::estimate::TransitModel;
use tracking_core_benches::{estimate_history, estimate_lanes, estimate_now, estimate_queries};

fn bench(c: &mut Criterion) {
    let lanes = estimate_lanes();
    let model = TransitModel::learn(&estimate_history(200_000, &lanes));
    let now = estimate_now();
    let queries = estimate_queries(&lanes, now);
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

    let big = estimate_history(1_000_000, &lanes);
    let mut g = c.benchmark_group("learn");
    g.sample_size(10);
    g.bench_function("learn_1m_shipments", |b| {
        b.iter(|| black_box(TransitModel::learn(black_box(&big))))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
