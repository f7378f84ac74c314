//! Budget (README, benchmark table): health of 1,000,000 active shipments <= 1 s on one core,
//! i.e. about 1 us per `Assessor::assess`. Synthetic active shipments with 3-8 scans each on
//! US, German and Brazilian lanes, assessed against a dwell model learned from 20,000
//! completed synthetic timelines (so lookups hit lane, carrier and status entries).

#![allow(clippy::unwrap_used, clippy::indexing_slicing, missing_docs)]

use std::hint::black_box;

use chrono::{DateTime, Duration, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use tracking_core::Normalizer;
use tracking_core::estimate::{CompletedShipment, TransitModel};
use tracking_core::event::RawEvent;
use tracking_core::health::{Assessor, DwellModel, HazardModel, HealthOptions};
use tracking_core::timeline::{Shipment, ShipmentInput};
use tracking_core_benches::{Rng, place};

const LANES: [(&str, &str, &str, &str, &str); 6] = [
    ("ups", "US", "CA", "US", "NY"),
    ("usps", "US", "TX", "US", "FL"),
    ("fedex", "US", "IL", "US", "WA"),
    ("dhl_parcel_de", "DE", "BY", "DE", "BE"),
    ("dhl_parcel_de", "DE", "NW", "DE", "HH"),
    ("correios", "BR", "SP", "BR", "RJ"),
];

const FLOW: [(&str, Option<&str>); 6] = [
    ("info_received", Some("label_created")),
    ("in_transit", Some("picked_up")),
    ("in_transit", Some("arrived_at_facility")),
    ("in_transit", Some("departed_facility")),
    ("in_transit", Some("at_local_facility")),
    ("out_for_delivery", None),
];

fn shipment(i: usize, rng: &mut Rng, delivered: bool, base: DateTime<Utc>) -> Shipment {
    let (carrier, oc, or, dc, dr) = LANES[i % LANES.len()];
    let steps = if delivered {
        FLOW.len()
    } else {
        2 + (rng.next_u64() % 4) as usize
    };
    let mut t = base + Duration::hours((rng.next_u64() % 2000) as i64);
    if !delivered {
        t = base + Duration::hours(2000);
    }
    let mut events = Vec::new();
    for (status, sub) in FLOW.iter().take(steps) {
        events.push(RawEvent {
            time: Some(t.to_rfc3339()),
            status: Some((*status).into()),
            substatus: sub.map(Into::into),
            description: Some(format!("{status} scan").into()),
            ..RawEvent::default()
        });
        t += Duration::hours(4 + (rng.next_u64() % 40) as i64);
    }
    if delivered {
        events.push(RawEvent {
            time: Some(t.to_rfc3339()),
            status: Some("delivered".into()),
            description: Some("Delivered".into()),
            ..RawEvent::default()
        });
    }
    let input = ShipmentInput {
        id: format!("s{i}"),
        carrier: Some(carrier.into()),
        tracking_number: Some(format!("TN{i}")),
        origin: place(oc, or),
        destination: place(dc, dr),
        events,
        ..ShipmentInput::default()
    };
    Shipment::from_input(input, &Normalizer::new(), base + Duration::days(400))
        .unwrap()
        .0
}

fn bench(c: &mut Criterion) {
    let base = Utc.with_ymd_and_hms(2024, 1, 1, 8, 0, 0).unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let history: Vec<Shipment> = (0..20_000)
        .map(|i| shipment(i, &mut rng, true, base))
        .collect();
    let model = DwellModel::learn(&history);
    let assessor = Assessor::new(Some(&model), HealthOptions::default());
    // Active shipments: first scans spread over the 6 days before `now` (most on track, some
    // stalled or likely lost), as in a live book of shipments.
    let now = base + Duration::days(120);
    let active: Vec<Shipment> = (0..1_000)
        .map(|i| {
            let back = 2 + (rng.next_u64() % 150) as i64;
            // `shipment` starts active timelines 2000 h after `base`.
            shipment(i, &mut rng, false, now - Duration::hours(back + 2000))
        })
        .collect();
    // Warm the calendar cache, as a long-running service would be, and show the mix.
    let mut mix = std::collections::BTreeMap::new();
    for s in &active {
        *mix.entry(assessor.assess(s, now, None).verdict.code())
            .or_insert(0) += 1;
    }
    eprintln!("verdict mix of the 1000 active shipments: {mix:?}");
    let mut group = c.benchmark_group("health");
    group.throughput(criterion::Throughput::Elements(active.len() as u64));
    group.bench_function("assess_1000_active_shipments", |b| {
        b.iter(|| {
            for s in &active {
                black_box(assessor.assess(black_box(s), now, None));
            }
        });
    });
    group.finish();
    let mut small = c.benchmark_group("health_learn");
    small.sample_size(10);
    small.bench_function("learn_dwell_20000_timelines", |b| {
        b.iter(|| black_box(DwellModel::learn(&history)));
    });
    small.finish();
}

/// A shipment known only by its hand-off (and delivery, for history), with a shop's promise,
/// as in order-level history without scans.
fn handoff(i: usize, rng: &mut Rng, shipped: DateTime<Utc>, delivered: bool) -> Shipment {
    let (_, oc, or, dc, dr) = LANES[i % LANES.len()];
    let mut s = Shipment::new(format!("h{i}"));
    s.origin = place(oc, or);
    s.destination = place(dc, dr);
    s.ordered_at = Some(shipped - Duration::hours(20));
    s.given_shipped_at = Some(shipped);
    s.promised_by = Some((shipped + Duration::days(8 + (i % 10) as i64)).date_naive());
    if delivered {
        s.given_delivered_at = Some(shipped + Duration::hours(30 + (rng.next_u64() % 200) as i64));
    }
    s
}

/// Legs without scans with a transit model: an assessment past the dwell threshold also reads
/// the shipment's own delivery window, so it costs more than a scan gap.
fn bench_handoff(c: &mut Criterion) {
    let base = Utc.with_ymd_and_hms(2024, 1, 1, 8, 0, 0).unwrap();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let history: Vec<Shipment> = (0..20_000)
        .map(|i| {
            let shipped = base + Duration::hours((rng.next_u64() % 2400) as i64);
            handoff(i, &mut rng, shipped, true)
        })
        .collect();
    let completed: Vec<CompletedShipment> = history
        .iter()
        .filter_map(CompletedShipment::from_shipment)
        .collect();
    let dwell = DwellModel::learn(&history);
    let transit = TransitModel::learn(&completed);
    let assessor =
        Assessor::new(Some(&dwell), HealthOptions::default()).with_transit(transit.clone());
    // The same with the window's upper bound at 0.99 (`window_level`, off by default): two
    // window reads per leg, not one.
    let with_bound = Assessor::new(
        Some(&dwell),
        HealthOptions {
            window_level: Some(0.99),
            ..HealthOptions::default()
        },
    )
    .with_transit(transit.clone());
    let now = base + Duration::days(120);
    // The hazard of loss (off by default: `Assessor::with_hazard`), fitted on the same hand-offs
    // with every twelfth never delivered: one more lookup per leg.
    let lossy: Vec<Shipment> = history
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut s = s.clone();
            if i % 12 == 0 {
                s.given_delivered_at = None;
            }
            s
        })
        .collect();
    let with_hazard = Assessor::new(Some(&dwell), HealthOptions::default())
        .with_transit(transit)
        .with_hazard(HazardModel::learn(45, 0.01, &lossy, now));
    let active: Vec<Shipment> = (0..1_000)
        .map(|i| {
            let back = 1 + (rng.next_u64() % (24 * 40)) as i64;
            handoff(i, &mut rng, now - Duration::hours(back), false)
        })
        .collect();
    let mut group = c.benchmark_group("health");
    group.throughput(criterion::Throughput::Elements(active.len() as u64));
    group.bench_function("assess_1000_handoff_legs", |b| {
        b.iter(|| {
            for s in &active {
                black_box(assessor.assess(black_box(s), now, None));
            }
        });
    });
    group.bench_function("assess_1000_handoff_legs_window_level_099", |b| {
        b.iter(|| {
            for s in &active {
                black_box(with_bound.assess(black_box(s), now, None));
            }
        });
    });
    group.bench_function("assess_1000_handoff_legs_hazard", |b| {
        b.iter(|| {
            for s in &active {
                black_box(with_hazard.assess(black_box(s), now, None));
            }
        });
    });
    group.finish();
    // A live system refits the hazard once a day.
    let mut fit = c.benchmark_group("health_learn");
    fit.sample_size(10);
    fit.bench_function("hazard_fit_20000_handoffs", |b| {
        let mut m = HazardModel::learn(45, 0.01, &lossy, now);
        b.iter(|| m.fit(black_box(now)));
    });
    fit.finish();
}

criterion_group!(benches, bench, bench_handoff);
criterion_main!(benches);
