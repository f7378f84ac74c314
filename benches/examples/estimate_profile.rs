//! The `estimate_window` bench as a plain program, for instruction counts under load:
//! `valgrind --tool=callgrind target/release/examples/estimate_profile estimate 100` minus a
//! run with `0` gives the instructions of 100 passes over the bench's 829 lane queries (the
//! model learned from the same 200,000 synthetic shipments as the bench);
//! `estimate_profile learn 100000` minus `estimate_profile history 100000` (which builds the
//! same history without learning it) gives the cost of learning 100,000.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // a harness

use std::hint::black_box;

use chrono::{DateTime, Duration, TimeZone, Utc};
use tracking_core::estimate::{CompletedShipment, Lane, Place, TransitModel, WindowQuery};
use tracking_core_benches::{BR_STATES, Rng};

/// The lanes of `benches/benches/estimate_window.rs`.
fn lanes() -> Vec<Lane> {
    let mut out = Vec::new();
    for o in BR_STATES {
        for d in BR_STATES {
            let (o, d) = (
                Place::new(Some("BR"), Some(o)),
                Place::new(Some("BR"), Some(d)),
            );
            out.push(Lane::new(None, None, o, d));
        }
    }
    for (c, s) in [
        ("ups", "ground"),
        ("usps", "priority"),
        ("fedex", "home_delivery"),
    ] {
        for o in ["CA", "TX", "NY", "IL"] {
            for d in ["CA", "TX", "NY", "FL", "WA"] {
                let (o, d) = (
                    Place::new(Some("US"), Some(o)),
                    Place::new(Some("US"), Some(d)),
                );
                out.push(Lane::new(Some(c), Some(s), o, d));
            }
        }
    }
    for d in ["BY", "BE", "NW", "HH"] {
        let (o, d) = (
            Place::new(Some("DE"), None),
            Place::new(Some("DE"), Some(d)),
        );
        out.push(Lane::new(Some("dhl_parcel_de"), None, o, d));
    }
    out
}

/// The history of `benches/benches/estimate_window.rs`: transit 1-15 days over two years.
fn history(n: usize, lanes: &[Lane]) -> Vec<CompletedShipment> {
    let start: DateTime<Utc> = Utc.with_ymd_and_hms(2022, 1, 1, 0, 0, 0).unwrap();
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|i| {
            let lane = lanes[(r.next_u64() % lanes.len() as u64) as usize].clone();
            let ordered = start + Duration::seconds((i as i64 * 63_072_000) / n.max(1) as i64);
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

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "estimate".to_string());
    let n: usize = args.next().map_or(100, |a| a.parse().expect("a count"));
    let lanes = lanes();
    if what == "learn" || what == "history" {
        let h = black_box(history(n, &lanes));
        if what == "learn" {
            black_box(TransitModel::learn(&h));
        }
        return;
    }
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
    for _ in 0..n {
        for q in &queries {
            black_box(model.estimate(black_box(q), now, 0.9));
        }
    }
}
