//! The `identify` bench as a plain program, for instruction counts:
//! `valgrind --tool=callgrind target/release/examples/identify_profile 2000` minus a run with
//! `0` gives the instructions of 2000 passes over the 34 mixed inputs; a second argument runs
//! that one number instead (`identify_profile 2000 1Z879E930346834440`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a profiling harness: fail loudly

use std::hint::black_box;

use tracking_core::tracking_number::identify;
use tracking_core_benches::IDENTIFY_MIXED;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map_or(1000, |a| a.parse().expect("a count"));
    let one = args.next();
    let inputs: Vec<&str> = match &one {
        Some(s) => vec![s.as_str()],
        None => IDENTIFY_MIXED.to_vec(),
    };
    // The tables are parsed at first use: outside the difference of two counts.
    black_box(identify("1Z879E930346834440"));
    for _ in 0..n {
        for s in &inputs {
            black_box(identify(black_box(s)));
        }
    }
}
