//! The `facade` bench's two calls as a plain program, for instruction counts:
//! `valgrind --tool=callgrind target/release/examples/facade_profile 2000 json` minus a run
//! with `0` gives the instructions of one `Engine::call("track")` on the 20-scan request;
//! `typed` runs `Tracker::track` on the same shipment instead (its count includes cloning
//! the input, as the bench does).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a profiling harness: fail loudly

use std::hint::black_box;

use tracking_core::api::Engine;
use tracking_core::{ShipmentInput, Tracker};

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map_or(1000, |a| a.parse().expect("a count"));
    let typed = args.next().as_deref() == Some("typed");
    let s = tracking_core_benches::facade_shipment();
    let request = serde_json::json!({"now": "2024-04-15T12:00:00Z", "shipment": s}).to_string();
    let engine = Engine::default();
    let tracker = Tracker::default();
    let input: ShipmentInput = serde_json::from_value(s).unwrap();
    let now = "2024-04-15T12:00:00Z".parse().unwrap();
    // Built once per process (text model, zone tables): outside the difference of two counts.
    let _ = engine.call("track", &request).unwrap();
    let _ = tracker.track(input.clone(), now, "en").unwrap();
    for _ in 0..n {
        if typed {
            black_box(tracker.track(black_box(input.clone()), now, "en").unwrap());
        } else {
            black_box(engine.call("track", black_box(&request)).unwrap());
        }
    }
}
