//! The binding facade's overhead: `api::Engine::call("track", json)` (parse the request,
//! track, write the response) beside the typed `Tracker::track` on the same 20-scan shipment.
//! Bindings that pass JSON text pay the difference on every call.

#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tracking_core::api::Engine;
use tracking_core::{ShipmentInput, Tracker};

fn bench(c: &mut Criterion) {
    let s = tracking_core_benches::facade_shipment();
    let request = serde_json::json!({"now": "2024-04-15T12:00:00Z", "shipment": s}).to_string();
    let engine = Engine::default();
    assert!(
        engine
            .call("track", &request)
            .unwrap()
            .contains("out_for_delivery")
    );
    let mut g = c.benchmark_group("facade");
    g.bench_function("call_track_json_20_scans", |b| {
        b.iter(|| engine.call("track", black_box(&request)).unwrap())
    });
    let tracker = Tracker::default();
    let input: ShipmentInput = serde_json::from_value(s).unwrap();
    let now = "2024-04-15T12:00:00Z".parse().unwrap();
    g.bench_function("typed_track_20_scans", |b| {
        b.iter(|| tracker.track(black_box(input.clone()), now, "en").unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
