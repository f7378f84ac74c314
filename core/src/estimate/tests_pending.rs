//! Tests of the open orders in the promise calibration (`pending.rs`, `censoring.rs`).

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::calib::SCORE_BINS;
use super::censoring::redistribute;
use super::pending::Pending;
use super::{CompletedShipment, Lane, Place, TransitModel};

fn lane() -> Lane {
    Lane::new(
        None,
        None,
        Place::new(Some("BR"), Some("SP")),
        Place::new(Some("BR"), Some("RJ")),
    )
}

fn delivered(ordered: DateTime<Utc>, days: i64) -> CompletedShipment {
    CompletedShipment {
        lane: lane(),
        ordered_at: Some(ordered),
        shipped_at: Some(ordered + Duration::hours(20)),
        delivered_at: ordered + Duration::days(days),
        carrier_estimate: None,
        promised_by: None,
        order_id: None,
    }
}

/// A model learned on 150 days of orders delivered in 3 to 5 days, and the first
/// moment after its history.
fn learned() -> (TransitModel, DateTime<Utc>) {
    let from = Utc.with_ymd_and_hms(2017, 1, 2, 12, 0, 0).unwrap();
    let history: Vec<CompletedShipment> = (0..150)
        .map(|i| delivered(from + Duration::days(i), 3 + i % 3))
        .collect();
    let newest = history.iter().map(|s| s.delivered_at).max().unwrap();
    (TransitModel::learn(&history), newest + Duration::hours(1))
}

fn censored_total(m: &TransitModel) -> f64 {
    m.calibration
        .experts
        .iter()
        .flat_map(|e| e.censored.iter())
        .map(|x| f64::from(*x))
        .sum()
}

#[test]
fn orders_past_their_window_widen_before_delivery_and_count_once() {
    let (mut noted, start) = learned();
    let mut plain = noted.clone();
    let l = lane();
    // Twenty orders in one morning, all running late (delivered after 15 days).
    let orders: Vec<DateTime<Utc>> = (0..20).map(|i| start + Duration::minutes(i)).collect();
    for (i, at) in orders.iter().enumerate() {
        noted.note_order(&format!("late{i}"), &l, *at).unwrap();
    }
    assert_eq!(noted.calibration.pending.len(), 20);
    let base = plain.calibrated_level(false, 0.9);
    let mut widened = false;
    for day in 1..15 {
        let now = start + Duration::days(day);
        noted.calibration.advance(now);
        plain.calibration.advance(now);
        let (a, b) = (
            noted.calibrated_level(false, 0.9),
            plain.calibrated_level(false, 0.9),
        );
        // Open orders never narrow windows; past their windows they widen them, and no
        // delivery has come in yet.
        assert!(a >= b - 1e-9, "day {day}: {a} < {b}");
        widened |= a > b + 0.01;
    }
    assert!(widened, "never widened above {base}");
    // The deliveries arrive (before the orders pass every window): each order's censored
    // weight goes, its real score comes in, so both models end up with the same record.
    for at in &orders {
        let s = delivered(*at, 15);
        noted.observe(&s);
        plain.observe(&s);
    }
    assert!(noted.calibration.pending.is_empty());
    assert!(censored_total(&noted) < 1e-3, "{}", censored_total(&noted));
    let (a, b) = (
        noted.calibrated_level(false, 0.9),
        plain.calibrated_level(false, 0.9),
    );
    assert!((a - b).abs() < 1e-3, "{a} vs {b}");
    // In-flight windows are not kept open (equal up to the rounding of the records).
    let (a, b) = (
        noted.calibrated_level(true, 0.9),
        plain.calibrated_level(true, 0.9),
    );
    assert!((a - b).abs() < 1e-4, "{a} vs {b}");
}

#[test]
fn orders_never_delivered_are_dropped_past_every_window() {
    let (mut m, start) = learned();
    m.note_order("lost", &lane(), start).unwrap();
    // Noted again, it is not opened twice; noted before the learned history, not at all.
    m.note_order("lost", &lane(), start).unwrap();
    m.note_order("old", &lane(), start - Duration::days(30))
        .unwrap();
    assert_eq!(m.calibration.pending.len(), 1);
    m.calibration.advance(start + Duration::days(120));
    assert!(m.calibration.pending.is_empty());
    assert!(censored_total(&m) < 1e-6);
}

#[test]
fn open_orders_survive_a_save_and_format_6_loads_without_them() {
    let (mut m, start) = learned();
    for i in 0..5 {
        m.note_order(&format!("o{i}"), &lane(), start + Duration::hours(i))
            .unwrap();
    }
    m.calibration.advance(start + Duration::days(4));
    assert!(!m.calibration.pending.is_empty());
    assert!(censored_total(&m) > 0.0);
    let json = m.to_json().unwrap();
    let back = TransitModel::from_json(&json).unwrap();
    assert_eq!(back.calibration.pending, m.calibration.pending);
    assert_eq!(
        back.calibrated_level(false, 0.9),
        m.calibrated_level(false, 0.9)
    );
    // Format 6 had neither the open orders nor the censored records.
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["version"] = 6.into();
    let c = v["calibration"].as_object_mut().unwrap();
    c.remove("pending");
    for e in c["experts"].as_array_mut().unwrap() {
        e.as_object_mut().unwrap().remove("censored");
    }
    let old = TransitModel::from_json(&v.to_string()).unwrap();
    assert!(old.calibration.pending.is_empty());
    assert_eq!(old.version, crate::estimate::MODEL_VERSION);
    // It reads as the same model with nothing open.
    let mut plain = m.clone();
    plain.calibration.pending = Pending::default();
    for e in &mut plain.calibration.experts {
        e.censored.clear();
    }
    plain.calibration.refresh();
    assert_eq!(
        old.calibrated_level(false, 0.9),
        plain.calibrated_level(false, 0.9)
    );
}

fn open_ids(m: &TransitModel) -> Vec<Option<u64>> {
    m.calibration
        .pending
        .orders
        .values()
        .map(|o| o.id)
        .collect()
}

#[test]
fn a_delivery_closes_the_open_order_of_its_order_id() {
    let (mut m, start) = learned();
    // Two orders in the same second, both past some window.
    for id in ["a", "b"] {
        m.note_order(id, &lane(), start).unwrap();
    }
    m.calibration.advance(start + Duration::days(6));
    assert!(censored_total(&m) > 0.0);
    let hash = super::order_ids::id_hash;
    // "b" is delivered: "b" is closed, not the first one of that second.
    let b = CompletedShipment {
        order_id: Some("b".into()),
        ..delivered(start, 7)
    };
    m.observe(&b);
    assert_eq!(open_ids(&m), [Some(hash("a"))]);
    // A delivery of an order id never noted closes nothing, even in the same second.
    m.observe(&CompletedShipment {
        order_id: Some("unknown".into()),
        ..delivered(start, 7)
    });
    assert_eq!(open_ids(&m), [Some(hash("a"))]);
    // A delivery without an order time is still matched by its id; nothing stays open
    // and no censored weight is left behind.
    m.observe(&CompletedShipment {
        order_id: Some("a".into()),
        ordered_at: None,
        ..delivered(start, 7)
    });
    assert!(m.calibration.pending.is_empty());
    assert!(censored_total(&m) < 1e-3, "{}", censored_total(&m));
    // Without an order id the order placed in that second is closed (the fallback).
    let later = start + Duration::days(8);
    m.note_order("c", &lane(), later).unwrap();
    m.observe(&delivered(later, 4));
    assert!(m.calibration.pending.is_empty());
}

#[test]
fn format_7_open_orders_without_ids_are_matched_by_their_placed_time() {
    let (mut m, start) = learned();
    for (i, id) in ["a", "b"].iter().enumerate() {
        m.note_order(id, &lane(), start + Duration::hours(i as i64))
            .unwrap();
    }
    m.calibration.advance(start + Duration::days(6));
    let mut v: serde_json::Value = serde_json::from_str(&m.to_json().unwrap()).unwrap();
    let orders = v["calibration"]["pending"]["orders"]
        .as_array_mut()
        .unwrap();
    assert!(orders.iter().all(|o| o["id"].as_str().unwrap().len() == 16));
    for o in orders.iter_mut() {
        o.as_object_mut().unwrap().remove("id");
    }
    v["version"] = 7.into();
    let mut old = TransitModel::from_json(&v.to_string()).unwrap();
    assert_eq!(old.version, crate::estimate::MODEL_VERSION);
    assert_eq!(open_ids(&old), [None, None]);
    // Any order id (the old model kept none) closes the order of that second.
    old.observe(&CompletedShipment {
        order_id: Some("b".into()),
        ..delivered(start + Duration::hours(1), 7)
    });
    assert_eq!(old.calibration.pending.len(), 1);
    let left = old.calibration.pending.orders.values().next().unwrap();
    assert_eq!(left.placed, start.timestamp());
    // A hash that is not 16 hex digits is refused.
    let mut bad: serde_json::Value = serde_json::from_str(&m.to_json().unwrap()).unwrap();
    bad["calibration"]["pending"]["orders"][0]["id"] = "xyz".into();
    assert!(TransitModel::from_json(&bad.to_string()).is_err());
}

#[test]
fn past_the_cap_the_oldest_open_orders_are_dropped_with_their_weight() {
    let (mut m, start) = learned();
    for i in 0..6 {
        m.note_order(&format!("o{i}"), &lane(), start + Duration::hours(i))
            .unwrap();
    }
    m.calibration.advance(start + Duration::days(5));
    assert_eq!(m.calibration.pending.len(), 6);
    let before = censored_total(&m);
    m.calibration.keep_open_at_most(2);
    assert_eq!(m.calibration.pending.len(), 2);
    assert!(
        censored_total(&m) < before,
        "{} vs {before}",
        censored_total(&m)
    );
    // The two newest are the ones kept: dropping them too empties the record.
    let placed: Vec<i64> = m.calibration.pending.orders.keys().map(|k| k.0).collect();
    assert_eq!(
        placed,
        [4, 5].map(|h| (start + Duration::hours(h)).timestamp())
    );
    m.calibration.keep_open_at_most(0);
    assert!(censored_total(&m) < 1e-3, "{}", censored_total(&m));
}

#[test]
fn impossible_open_orders_in_a_saved_model_are_dropped_on_load() {
    let (mut m, start) = learned();
    for i in 0..3 {
        m.note_order(&format!("o{i}"), &lane(), start + Duration::hours(i))
            .unwrap();
    }
    m.calibration.advance(start + Duration::days(4));
    let mut v: serde_json::Value = serde_json::from_str(&m.to_json().unwrap()).unwrap();
    let orders = v["calibration"]["pending"]["orders"]
        .as_array_mut()
        .unwrap();
    assert_eq!(orders.len(), 3);
    // A hand-edited file: a time in the year 33658 (loading refuses negative times and
    // numbers past 10^12), a bin past the score bins, a next step past the steps.
    orders[0]["since"] = 999_999_999_999i64.into();
    orders[1]["bin"] = 255.into();
    orders[2]["next"] = 200.into();
    let back = TransitModel::from_json(&v.to_string()).unwrap();
    assert!(back.calibration.pending.is_empty());
    // Advancing and scoring a delivery after such a load is safe.
    let mut back = back;
    back.calibration.advance(start + Duration::days(200));
    back.observe(&delivered(start, 5));
    // Saturating: no `since` can overflow the subtraction, even one no file can hold.
    back.calibration.censor(3, i64::MIN, 1.0);
    assert!(censored_total(&back).is_finite());
}

#[test]
fn censored_weight_goes_to_the_right_scaled_by_the_delivered_share() {
    let mut r = [1.0f32; SCORE_BINS];
    let mut c = vec![0.0f32; SCORE_BINS];
    c[40] = 10.0;
    let total = |r: &[f32; SCORE_BINS]| r.iter().map(|x| f64::from(*x)).sum::<f64>();
    let before = total(&r);
    let mut all = r;
    redistribute(&mut all, &c, 1.0, 20.0);
    // Every order arrives: the whole censored weight lands at or above its bin.
    assert!(
        (total(&all) - before - 10.0).abs() < 1e-3,
        "{}",
        total(&all)
    );
    assert!(all[..40].iter().all(|x| (*x - 1.0).abs() < 1e-6));
    assert!(all[40..].iter().all(|x| *x > 1.0));
    // Three in ten orders never arrive: an order that late is likelier one of them.
    redistribute(&mut r, &c, 0.7, 20.0);
    let part = total(&r) - before;
    assert!(part > 0.0 && part < 10.0 * 0.7, "{part}");
}
