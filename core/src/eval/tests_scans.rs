//! The health replay on histories with carrier scans: silence since the last scan against the
//! lane's learned dwell, which no rule counted from hand-off can see. Synthetic timelines
//! (pick-up, hub arrivals and departures on a fixed 20- or 30-hour cadence, out for delivery,
//! delivery; lost parcels stop after a few hub scans, so they separate by construction), read
//! through the normalizer as a live feed would be. They show the mechanism, not a figure.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::event::{Location, RawEvent};
use crate::normalize::Normalizer;
use crate::timeline::{Shipment, ShipmentInput};

fn scan(at: DateTime<Utc>, status: &str, sub: Option<&str>, text: &str) -> RawEvent {
    RawEvent {
        time: Some(at.to_rfc3339()),
        status: Some(status.into()),
        substatus: sub.map(Into::into),
        description: Some(text.into()),
        ..RawEvent::default()
    }
}

fn place(region: &str) -> Option<Location> {
    Some(Location {
        country: Some("BR".into()),
        region: Some(region.into()),
        ..Location::default()
    })
}

/// The scans of a leg handed off at `shipped`: pick-up, then a hub scan every `step` hours
/// (arrival and departure alternating) up to `silent_after` hub scans when it is lost, else
/// until `days`, then out for delivery and the delivery. No delivery time is given outside
/// the scans.
fn timeline(
    shipped: DateTime<Utc>,
    days: i64,
    step: i64,
    lost_after: Option<usize>,
) -> Vec<RawEvent> {
    let mut v = vec![scan(shipped, "in_transit", Some("picked_up"), "Picked up")];
    let end = shipped + Duration::days(days);
    let mut at = shipped + Duration::hours(step);
    let mut hub = 0;
    while at + Duration::hours(10) < end && lost_after.is_none_or(|n| hub < n) {
        let (sub, text) = if hub % 2 == 0 {
            ("arrived_at_facility", "Arrived at facility")
        } else {
            ("departed_facility", "Departed facility")
        };
        v.push(scan(at, "in_transit", Some(sub), text));
        at += Duration::hours(step);
        hub += 1;
    }
    if lost_after.is_none() {
        v.push(scan(
            end - Duration::hours(5),
            "out_for_delivery",
            None,
            "Out for delivery",
        ));
        v.push(scan(end, "delivered", None, "Delivered"));
    }
    v
}

/// Three orders a day for 240 days from 2024-01-01, handed off two hours after the order:
/// two on a fast lane (2-4 days, a hub scan every 20 hours), one on a slow one (10-19 days,
/// a hub scan every 30 hours); every tenth goes silent after a few hub scans and is never
/// delivered.
fn scanned_history() -> Vec<Shipment> {
    let normalizer = Normalizer::new();
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 10, 0, 0).unwrap();
    let now = Utc.with_ymd_and_hms(2030, 1, 1, 0, 0, 0).unwrap();
    (0..720)
        .map(|i: i64| {
            let ordered = start + Duration::hours(8 * i);
            let slow = i % 3 == 0;
            let days = if slow { 10 + i % 10 } else { 2 + i % 3 };
            let lost = (i % 10 == 7).then_some(usize::try_from(1 + i % 4).unwrap());
            let shipped = ordered + Duration::hours(2);
            let input = ShipmentInput {
                id: format!("s{i}"),
                carrier: Some("correios".into()),
                origin: place("SP"),
                destination: place(if slow { "AM" } else { "SP" }),
                ordered_at: Some(ordered.to_rfc3339()),
                events: timeline(shipped, days, if slow { 30 } else { 20 }, lost),
                ..ShipmentInput::default()
            };
            Shipment::from_input(input, &normalizer, now).unwrap().0
        })
        .collect()
}

#[test]
fn silence_since_the_last_scan_flags_lost_parcels_long_before_any_fixed_rule() {
    let history = scanned_history();
    // Hand-off and delivery come from the scans alone.
    assert!(history.iter().all(|s| s.given_delivered_at.is_none()));
    assert_eq!(
        history
            .iter()
            .filter(|s| s.delivered_at().is_some())
            .count(),
        648
    );
    let options = HealthEvalOptions {
        online: true,
        ..HealthEvalOptions::default()
    };
    let r = health_rolling(&history, &options, 100, None);
    assert!(r.months.len() >= 5, "{}", r.months.len());
    let p = &r.pooled;
    // Every tenth parcel was lost: the delivery scans are read as deliveries.
    let (d, n) = (p.delivered, p.never_delivered);
    assert!(n > 0 && (8 * n..=10 * n).contains(&d), "{p:?}");
    assert_eq!(p.never_delivered_flagged_within_30_days, 1.0);
    assert!(p.false_alarm_rate_stalled <= 0.05, "{p:?}");
    // The lost parcels go silent a day or four after hand-off; the learned gap between two
    // hub scans flags them days later, while the fixed rule with the same false-alarm rate
    // must wait for the slow lane's tail.
    let f = &p.fixed_rules;
    assert!(!f.dominated, "{f:?}");
    assert!(f.health_median_first_flag.is_some_and(|d| d <= 7), "{f:?}");
    assert!(f.lead_days.is_some_and(|d| d >= 10), "{f:?}");
    // Each month on its own too.
    for m in &r.months {
        assert!(
            !m.fixed_rule.dominated,
            "{}: {:?}",
            m.split_at, m.fixed_rule
        );
    }
    let t = &r.by_month;
    assert_eq!((t.dominated, t.ahead), (0, r.months.len()));
    assert!(t.mean_lead_days.is_some_and(|d| d >= 10.0), "{t:?}");
    // What fired: the learned silence between scans (lane, carrier or state scope), never the
    // 30-day cap or a bound counted from hand-off.
    let dwell: usize = ["lane", "carrier", "status"]
        .iter()
        .filter_map(|b| p.first_flag_basis.get(*b))
        .sum();
    let flagged: usize = p.first_flag_basis.values().sum();
    assert!(dwell * 10 >= flagged * 9, "{:?}", p.first_flag_basis);
    assert!(
        !p.first_flag_basis.contains_key("cap"),
        "{:?}",
        p.first_flag_basis
    );
}

#[test]
fn the_replay_reads_only_the_scans_known_on_each_day() {
    let history = scanned_history();
    let train: Vec<&Shipment> = history
        .iter()
        .filter(|s| s.delivered_at().is_some())
        .collect();
    let model = crate::health::DwellModel::learn(train.iter().copied());
    let mut assessor = crate::health::Assessor::new(Some(&model), Default::default());
    // Picked up, one hub scan the next day, then nine silent days before the last hub, out
    // for delivery and the delivery on day 12: a stall in the middle, visible only to a
    // replay that does not know the later scans yet.
    let shipped = Utc.with_ymd_and_hms(2024, 9, 2, 12, 0, 0).unwrap();
    let h = |d: i64| shipped + Duration::days(d);
    let events = vec![
        scan(shipped, "in_transit", Some("picked_up"), "Picked up"),
        scan(
            h(1),
            "in_transit",
            Some("arrived_at_facility"),
            "Arrived at facility",
        ),
        scan(
            h(10),
            "in_transit",
            Some("departed_facility"),
            "Departed facility",
        ),
        scan(
            h(11) + Duration::hours(20),
            "out_for_delivery",
            None,
            "Out for delivery",
        ),
        scan(h(12), "delivered", None, "Delivered"),
    ];
    let input = ShipmentInput {
        id: "late".into(),
        carrier: Some("correios".into()),
        origin: place("SP"),
        destination: place("SP"),
        events,
        ..ShipmentInput::default()
    };
    let now = Utc.with_ymd_and_hms(2030, 1, 1, 0, 0, 0).unwrap();
    let s = Shipment::from_input(input, &Normalizer::new(), now)
        .unwrap()
        .0;
    let r = replay_health(&mut assessor, &[&s], &[], false, 60);
    let [r] = r.as_slice() else { panic!("{r:?}") };
    assert!(r.delivered);
    assert_eq!(r.delivered_day, Some(12));
    // Flagged during the silence (days 2-9), by the learned gap after a hub arrival.
    assert!(
        r.first_stall_day.is_some_and(|d| (2..=9).contains(&d)),
        "{r:?}"
    );
    assert_eq!(r.first_flag_basis.as_deref(), Some("lane"), "{r:?}");
}
