//! `track` of the 20-scan shipment in bench/shipment20.json, in Rust: through the app facade
//! (value types in and out, as Kotlin and Swift call it) and the core pipeline alone, so the
//! cost of the conversions shows. The Kotlin side of the comparison is scripts/bench.sh.

use std::hint::black_box;
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use tracking_core::pipeline::Tracker;
use tracking_core::timeline::ShipmentInput as CoreInput;
use tracking_core_ffi::{CoreOptions, TrackingCore, shipment_from_json};

const SHIPMENT: &str = include_str!("../bench/shipment20.json");

fn bench(c: &mut Criterion) {
    let now: DateTime<Utc> = "2024-04-28T12:00:00Z".parse().unwrap_or_default();
    let Ok(input) = shipment_from_json(SHIPMENT.to_string()) else {
        return;
    };
    let Ok(core) = TrackingCore::new(CoreOptions {
        locale: "en".into(),
        transit_model_json: None,
        dwell_model_json: None,
        notification_policy_json: None,
    }) else {
        return;
    };
    let sys_now = SystemTime::from(now);
    c.bench_function("facade track (20 scans, value types)", |b| {
        b.iter(|| core.track(black_box(input.clone()), sys_now))
    });
    let Ok(core_input) = serde_json::from_str::<CoreInput>(SHIPMENT) else {
        return;
    };
    let tracker = Tracker::default();
    c.bench_function("core track (20 scans)", |b| {
        b.iter(|| tracker.track(black_box(core_input.clone()), now, "en"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
