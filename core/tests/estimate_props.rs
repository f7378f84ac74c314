//! Window invariants over random histories, lanes, moments and confidences.

#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use tracking_core::Status;
use tracking_core::estimate::{CompletedShipment, Days, Lane, Place, TransitModel, WindowQuery};

fn lane(country: &str, region: &str) -> Lane {
    Lane::new(
        None,
        None,
        Place::new(Some(country), None),
        Place::new(Some(country), Some(region)),
    )
}

fn base() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2023, 1, 2, 9, 0, 0).unwrap()
}

fn model_from(durations: &[(u16, u16)], l: &Lane) -> TransitModel {
    let h: Vec<CompletedShipment> = durations
        .iter()
        .enumerate()
        .map(|(i, (handling_h, transit_h))| {
            let ordered = base() + Duration::hours(7 * i as i64);
            let shipped = ordered + Duration::hours(i64::from(*handling_h));
            CompletedShipment {
                lane: l.clone(),
                ordered_at: Some(ordered),
                shipped_at: Some(shipped),
                delivered_at: shipped + Duration::hours(i64::from(*transit_h)),
                carrier_estimate: None,
                promised_by: Some(
                    (ordered + Duration::hours(i64::from(*transit_h) * 2)).date_naive(),
                ),
                order_id: None,
            }
        })
        .collect();
    // Learn on the first two thirds, observe the rest one by one: the live calibration
    // record and the short memory's snapshots are exercised too.
    let cut = h.len() * 2 / 3;
    let mut model = TransitModel::learn(h.get(..cut).unwrap_or_default());
    for s in h.get(cut..).unwrap_or_default() {
        model.observe(s);
    }
    model
}

fn places() -> impl Strategy<Value = Lane> {
    prop_oneof![
        Just(lane("BR", "SP")),
        Just(lane("DE", "BY")),
        Just(lane("US", "NY")),
        Just(lane("ZZ", "Q")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn windows_are_ordered_nested_in_width_and_never_in_the_past(
        durations in prop::collection::vec((0u16..200, 1u16..900), 0..80),
        l in places(),
        ship_offset_h in 0i64..6000,
        elapsed_h in 0i64..2000,
        shipped in any::<bool>(),
        c1 in 0.3f64..0.95,
        dc in 0.0f64..0.04,
        status in prop::sample::select(vec![
            None,
            Some(Status::InTransit),
            Some(Status::OutForDelivery),
            Some(Status::AttemptFail),
            Some(Status::Exception),
            Some(Status::AvailableForPickup),
        ]),
        carrier_days in prop::option::of((0i64..15, 0i64..5)),
        promise_days in prop::option::of(0i64..40),
    ) {
        let model = model_from(&durations, &l);
        let start = base() + Duration::hours(ship_offset_h);
        let now = start + Duration::hours(elapsed_h);
        let q = WindowQuery {
            lane: l.clone(),
            ordered_at: Some(start),
            shipped_at: shipped.then_some(start),
            status,
            carrier_estimate: carrier_days
                .map(|(a, w)| (start + Duration::days(a), start + Duration::days(a + w))),
            promised_by: promise_days.map(|d| (start + Duration::days(d)).date_naive()),
            ..WindowQuery::default()
        };
        let lo = model.estimate(&q, now, c1).unwrap();
        let hi = model.estimate(&q, now, c1 + dc).unwrap();
        for w in [&lo, &hi] {
            prop_assert!(w.earliest <= w.most_likely && w.most_likely <= w.latest, "{:?}", w);
        }
        // Conditioning on elapsed time never yields a window ending in the past.
        let d = &l.destination;
        let today = Days::for_place(d.country.as_deref(), d.region.as_deref()).local_date(now);
        prop_assert!(hi.latest >= today && lo.earliest >= today, "{:?} today {}", lo, today);
        // Higher confidence never gives a narrower window (in business days).
        let days = Days::for_place(d.country.as_deref(), d.region.as_deref());
        let width = |w: &tracking_core::estimate::DeliveryWindow| days.count(w.earliest, w.latest);
        prop_assert!(width(&hi) >= width(&lo), "{:?} vs {:?}", lo, hi);
        // Saving a loaded model gives the same bytes (nothing is lost after the first save).
        let json = model.to_json().unwrap();
        let back = TransitModel::from_json(&json).unwrap();
        prop_assert_eq!(back.to_json().unwrap(), json);
    }
}
