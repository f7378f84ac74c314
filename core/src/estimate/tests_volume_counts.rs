//! Unit tests of the order counts and the surge ratio (split off `volume.rs`).

use super::*;
use crate::lane::Place;
use chrono::{Duration, TimeZone};

fn lane(carrier: Option<&str>) -> Lane {
    Lane::new(
        carrier,
        None,
        Place::new(Some("BR"), Some("SP")),
        Place::new(Some("BR"), Some("RJ")),
    )
}

fn steady(v: &mut Volume, l: &Lane, days: i64, per_day: u32) -> DateTime<Utc> {
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 10, 0, 0).unwrap();
    for d in 0..days {
        for _ in 0..per_day {
            v.add(l, start + Duration::days(d));
        }
    }
    start + Duration::days(days)
}

#[test]
fn a_steady_shop_has_no_surge_and_a_tripled_week_has_one() {
    let l = lane(None);
    let mut v = Volume::default();
    let end = steady(&mut v, &l, 70, 5);
    assert_eq!(v.surge(&l, end), None);
    // Three times the usual orders for a week: ratio 3, stretch capped at 1.5.
    for d in 0..7 {
        for _ in 0..15 {
            v.add(&l, end + Duration::days(d));
        }
    }
    let s = v.surge(&l, end + Duration::days(7)).unwrap();
    assert_eq!(s.last_week, 105);
    assert!((s.usual_week - 35.0).abs() < 1e-9);
    assert!((s.ratio - 3.0).abs() < 1e-9);
    assert!((s.factor - 1.5).abs() < 1e-9);
    // Asked during the surge's first day, the week before is still ordinary: only whole
    // days before the ask count, so a calibration score sees what the window saw.
    assert_eq!(v.surge(&l, end + Duration::hours(20)), None);
}

#[test]
fn too_little_history_or_volume_says_nothing() {
    let l = lane(None);
    let mut v = Volume::default();
    // Four weeks only.
    let end = steady(&mut v, &l, 28, 5);
    for _ in 0..200 {
        v.add(&l, end);
    }
    assert_eq!(v.surge(&l, end + Duration::days(1)), None);
    // Two orders a day: 14 a week, under the floor.
    let mut thin = Volume::default();
    let end = steady(&mut thin, &l, 70, 2);
    for _ in 0..100 {
        thin.add(&l, end);
    }
    assert_eq!(thin.surge(&l, end + Duration::days(1)), None);
}

#[test]
fn a_busy_carrier_reads_its_own_counts_a_thin_one_all_carriers() {
    let (ups, dhl) = (lane(Some("UPS")), lane(Some("dhl")));
    let mut v = Volume::default();
    let end = steady(&mut v, &ups, 70, 5);
    // DHL: 1 order a day (7 a week, thin), then 20 in a day.
    steady(&mut v, &dhl, 70, 1);
    for _ in 0..20 {
        v.add(&dhl, end);
    }
    let at = end + Duration::days(1);
    // UPS's own counts are steady; DHL falls back to all carriers (42 a week usual;
    // the last 7 days: 6 ordinary days and the day of 20, 56 orders, ratio 1.33).
    assert_eq!(v.surge(&ups, at), None);
    assert_eq!(v.surge(&dhl, at), None);
    for _ in 0..400 {
        v.add(&dhl, end);
    }
    assert!(v.surge(&dhl, at).is_some());
    assert_eq!(v.surge(&ups, at), None);
}

#[test]
fn the_delivered_rate_compares_delivered_with_noted_orders_on_settled_days() {
    let l = lane(None);
    let mut v = Volume::default();
    // 70 days of 5 delivered orders a day; 10 noted a day on the same days.
    let end = steady(&mut v, &l, 70, 5);
    assert_eq!(v.delivered_rate(10), None);
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 10, 0, 0).unwrap();
    for d in 0..70 {
        for k in 0..10 {
            let at = start + Duration::days(d);
            v.note(&format!("{d}-{k}"), &l, at).unwrap();
        }
    }
    let rate = v.delivered_rate(10).unwrap();
    assert!((rate - 0.5).abs() < 1e-9, "{rate}");
    // Days within the settling time of the newest delivery are not read: there, the
    // learned counts lack the orders still on their way.
    for _ in 0..50 {
        v.add(&l, end - Duration::days(2));
    }
    assert!((v.delivered_rate(10).unwrap() - 0.5).abs() < 1e-9);
}

#[test]
fn old_days_are_dropped() {
    let l = lane(None);
    let mut v = Volume::default();
    steady(&mut v, &l, 400, 1);
    let kept = v.daily.get(ALL).map_or(0, Vec::len);
    assert_eq!(kept, VOLUME_KEEP_DAYS as usize);
    // An order older than the kept days is not counted.
    v.add(&l, Utc.with_ymd_and_hms(2023, 1, 1, 0, 0, 0).unwrap());
    assert_eq!(v.daily.get(ALL).map_or(0, Vec::len), kept);
}
