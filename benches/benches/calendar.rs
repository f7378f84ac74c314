//! Business-calendar hot paths used by the delivery-window estimator and health dwell times.

// A bench is not library code: failing loudly on a broken setup is what we want.
#![allow(clippy::expect_used, clippy::indexing_slicing)]

use std::hint::black_box;

use chrono::{Duration, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use tracking_core::calendar::Calendar;

fn dates() -> Vec<NaiveDate> {
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    (0..2048)
        .map(|i| start + Duration::days(i * 7 % 2500))
        .collect()
}

fn bench(c: &mut Criterion) {
    let us = Calendar::new("US", None).expect("calendar");
    let cn = Calendar::new("CN", None).expect("calendar");
    let days = dates();
    // Warm the per-year caches as a long-running estimator would have them.
    for d in &days {
        us.is_business_day(*d);
        cn.is_business_day(*d);
    }
    let mut i = 0usize;
    let mut next = || {
        i = (i + 1) % days.len();
        days[i]
    };
    c.bench_function("calendar/is_business_day", |b| {
        b.iter(|| us.is_business_day(black_box(next())))
    });
    c.bench_function("calendar/add_business_days_5", |b| {
        b.iter(|| cn.add_business_days(black_box(next()), 5))
    });
    c.bench_function("calendar/business_days_between_month", |b| {
        b.iter(|| {
            let a = next();
            us.business_days_between(black_box(a), black_box(a + Duration::days(30)))
        })
    });
    c.bench_function("calendar/new_and_first_query", |b| {
        b.iter(|| {
            let k = Calendar::new(black_box("DE"), Some("BY")).expect("calendar");
            k.is_business_day(black_box(days[0]))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
