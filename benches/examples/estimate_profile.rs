//! The `estimate_window` bench as a plain program, for instruction counts under load:
//! `valgrind --tool=callgrind target/release/examples/estimate_profile estimate 100` minus a
//! run with `0` gives the instructions of 100 passes over the bench's 793 lane queries (the
//! model learned from the same 200,000 synthetic shipments as the bench; both build their
//! inputs with `tracking_core_benches::estimate_lanes`, `estimate_history` and `estimate_queries`);
//! `estimate_profile learn 100000` minus `estimate_profile history 100000` (which builds the
//! same history without learning it) gives the cost of learning 100,000.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // a harness

use std::hint::black_box;

use tracking_core::estimate::TransitModel;
use tracking_core_benches::{estimate_history, estimate_lanes, estimate_now, estimate_queries};

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "estimate".to_string());
    let n: usize = args.next().map_or(100, |a| a.parse().expect("a count"));
    let lanes = estimate_lanes();
    if what == "learn" || what == "history" {
        let h = black_box(estimate_history(n, &lanes));
        if what == "learn" {
            black_box(TransitModel::learn(&h));
        }
        return;
    }
    let model = TransitModel::learn(&estimate_history(200_000, &lanes));
    let now = estimate_now();
    let queries = estimate_queries(&lanes, now);
    for _ in 0..n {
        for q in &queries {
            black_box(model.estimate(black_box(q), now, 0.9));
        }
    }
}
