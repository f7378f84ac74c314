//! Online recalibration of stall detection: recency-weighted dwell updates, the false-alarm
//! control, the shop's promise and the delivery window as evidence. Synthetic histories only
//! (no dev data), with places left unknown so business time is plain Monday-to-Friday.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use chrono::{DateTime, Duration, NaiveDate, Utc};
use tracking_core::estimate::{CompletedShipment, TransitModel};
use tracking_core::health::{Assessor, DwellModel, HealthOptions, StallBasis, Verdict};
use tracking_core::message::{DEFAULT_LOCALE, localized_health};
use tracking_core::normalize::Normalizer;
use tracking_core::timeline::{Shipment, ShipmentInput};

fn t(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// A shipment handed off on the Monday `week` weeks after 2024-01-01 at 09:00 UTC, delivered
/// `hours` later (within the week, so business hours equal clock hours when < 5 days).
fn delivered(id: usize, week: i64, hours: i64) -> Shipment {
    let mut s = Shipment::new(format!("d{id}"));
    let start = t("2024-01-01T09:00:00Z") + Duration::weeks(week);
    s.given_shipped_at = Some(start);
    s.given_delivered_at = Some(start + Duration::hours(hours));
    s
}

/// A shipment handed off on Monday 2025-06-02 09:00 UTC, not delivered yet.
fn open(promised_by: Option<NaiveDate>) -> Shipment {
    let mut s = Shipment::new("open");
    s.given_shipped_at = Some(t("2025-06-02T09:00:00Z"));
    s.promised_by = promised_by;
    s
}

/// Deterministic pseudo-random numbers in [0, 1).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn fast_history() -> Vec<Shipment> {
    // 30..50 hours from hand-off to delivery, over 40 weeks of 2024.
    (0..400)
        .map(|i| delivered(i, (i % 40) as i64, 30 + (i % 21) as i64))
        .collect()
}

#[test]
fn observing_slower_deliveries_moves_the_threshold_with_the_drift() {
    let mut model = DwellModel::learn(&fast_history());
    let s = open(None);
    let at = t("2025-06-05T09:00:00Z"); // 72 business hours after hand-off
    let before = Assessor::new(Some(&model), HealthOptions::default()).assess(&s, at, None);
    assert_eq!(before.verdict, Verdict::Stalled, "{before:?}");
    // The same lanes get slower (80..100 hours), later in time: recent samples dominate.
    for i in 0..300 {
        model.observe(&delivered(i, 45 + (i % 10) as i64, 80 + (i % 21) as i64));
    }
    let after = Assessor::new(Some(&model), HealthOptions::default()).assess(&s, at, None);
    assert_eq!(after.verdict, Verdict::OnTrack, "{after:?}");
    let e = after.evidence.unwrap();
    assert!(
        (90.0..=115.0).contains(&e.stall_hours),
        "threshold {} should sit near the new q95 (~99 h)",
        e.stall_hours
    );
    // The model still round-trips with its histograms.
    let back = DwellModel::from_json(&serde_json::to_string(&model).unwrap()).unwrap();
    assert_eq!(back, model);
}

/// Health options with the false-alarm control on (step 0.05, target 3%).
fn controlled() -> HealthOptions {
    HealthOptions {
        control_step: 0.05,
        ..HealthOptions::default()
    }
}

#[test]
fn the_control_lifts_thresholds_after_false_alarms_and_lowers_them_after_clean_runs() {
    let model = DwellModel::learn(&fast_history());
    let s = open(None);
    let at = t("2025-06-03T09:00:00Z");
    let stall = |a: &Assessor| a.assess(&s, at, None).evidence.unwrap().stall_hours;
    // The control is off by default; on, at its former default step.
    let mut with = Assessor::new(Some(&model), controlled());
    let mut without = Assessor::new(
        Some(&model),
        HealthOptions {
            control_step: 0.0,
            ..HealthOptions::default()
        },
    );
    // Ten deliveries far beyond the threshold: false alarms until the dwell update and the
    // control together lift the threshold past them.
    for i in 0..10 {
        let d = delivered(i, 41, 110);
        with.observe(&d);
        without.observe(&d);
    }
    let c = &with.model().unwrap().calibration;
    assert_eq!(c.deliveries, 10);
    assert!(c.false_alarms >= 3, "{c:?}");
    // Step 0.05 and the default target rate of 3% (`alarm_rate`).
    let expected = 0.05 * (c.false_alarms as f64 - 0.03 * 10.0);
    assert!((c.log_scale - expected).abs() < 1e-9, "{c:?}");
    assert!(stall(&with) > 1.1 * stall(&without));
    // A long run of normal deliveries brings the scale back down (to where about 5% of them
    // would be flagged).
    let lifted = c.log_scale;
    for i in 0..400 {
        with.observe(&delivered(i, 42 + (i % 5) as i64, 30 + (i % 21) as i64));
    }
    let c = &with.model().unwrap().calibration;
    assert!(c.log_scale < lifted - 0.1, "{c:?} from {lifted}");
}

#[test]
fn under_drift_the_false_alarm_rate_settles_near_the_target() {
    // Learned on fast deliveries, then the network slows to 1.5-2.5x and stays there.
    let mut a = Assessor::new(Some(&DwellModel::learn(&fast_history())), controlled());
    let mut rng = Lcg(7);
    let mut alarms_late = 0;
    for i in 0..3000 {
        let week = 41 + (i / 60) as i64;
        let hours = (40.0 * (1.5 + rng.next())).round() as i64;
        let before = a.model().unwrap().calibration.false_alarms;
        a.observe(&delivered(i, week, hours));
        if i >= 1000 {
            alarms_late += (a.model().unwrap().calibration.false_alarms - before) as usize;
        }
    }
    let rate = alarms_late as f64 / 2000.0;
    assert!(
        (0.02..=0.08).contains(&rate),
        "false-alarm rate {rate} after the drift"
    );
}

fn promised_history() -> Vec<Shipment> {
    // Transit is 50-60% of the promised time; promises of 2 or 4 business days.
    (0..400)
        .map(|i| {
            let days = if i % 2 == 0 { 2 } else { 4 };
            let week = (i % 40) as i64;
            let mut s = delivered(i, week, 0);
            let start = s.given_shipped_at.unwrap();
            // Promised by the end of Monday + days - 1, i.e. ~`days` x 24 - 9 hours ahead.
            s.promised_by = Some(start.date_naive() + Duration::days(days - 1));
            let promised_hours = (days * 24 - 9) as f64;
            let share = 0.5 + 0.1 * ((i / 2) % 11) as f64 / 10.0;
            s.given_delivered_at =
                Some(start + Duration::minutes((promised_hours * share * 60.0) as i64));
            s
        })
        .collect()
}

#[test]
fn the_shop_promise_sets_a_per_order_threshold() {
    let model = DwellModel::learn(&promised_history());
    let a = Assessor::new(Some(&model), HealthOptions::default());
    let at = t("2025-06-04T09:00:00Z"); // 48 business hours after hand-off
    let short = a.assess(&open(NaiveDate::from_ymd_opt(2025, 6, 3)), at, None);
    let long = a.assess(&open(NaiveDate::from_ymd_opt(2025, 6, 5)), at, None);
    assert_eq!(short.verdict, Verdict::Stalled, "{short:?}");
    assert_eq!(long.verdict, Verdict::OnTrack, "{long:?}");
    assert_eq!(long.evidence.unwrap().basis, StallBasis::Promise);
    let words = localized_health(short.clone(), DEFAULT_LOCALE);
    let explanation = words.explanation.unwrap_or_default();
    assert!(explanation.contains("promised"), "{explanation}");
    // Without the promise evidence both are judged on the pooled leg alike.
    let pooled = Assessor::new(
        Some(&model),
        HealthOptions {
            use_promise: false,
            ..HealthOptions::default()
        },
    );
    let threshold = |d| {
        let e = pooled.assess(&open(d), at, None).evidence.unwrap();
        (e.stall_hours, e.basis)
    };
    let a = threshold(NaiveDate::from_ymd_opt(2025, 6, 3));
    assert_eq!(a, threshold(NaiveDate::from_ymd_opt(2025, 6, 5)));
    assert_eq!(a.1, StallBasis::Lane);
}

#[test]
fn a_leg_without_scans_inside_its_own_window_is_not_stalled() {
    let dwell = DwellModel::learn(&fast_history());
    // The transit model knows the lane takes 7-9 business days.
    let slow: Vec<CompletedShipment> = (0..300)
        .map(|i| {
            let mut s = delivered(i, (i % 40) as i64, 0);
            let start = s.given_shipped_at.unwrap();
            s.given_delivered_at = Some(start + Duration::days(9 + (i % 3) as i64));
            CompletedShipment::from_shipment(&s).unwrap()
        })
        .collect();
    let transit = TransitModel::learn(&slow);
    let plain = Assessor::new(Some(&dwell), HealthOptions::default());
    let windowed = Assessor::new(Some(&dwell), HealthOptions::default()).with_transit(transit);
    let s = open(None);
    let at = t("2025-06-05T09:00:00Z");
    assert_eq!(plain.assess(&s, at, None).verdict, Verdict::Stalled);
    let h = windowed.assess(&s, at, None);
    assert_eq!(h.verdict, Verdict::OnTrack, "{h:?}");
    assert_eq!(h.evidence.unwrap().basis, StallBasis::Window);
    // Past the window it is flagged after all.
    let late = windowed.assess(&s, t("2025-06-25T09:00:00Z"), None);
    assert!(
        matches!(late.verdict, Verdict::Stalled | Verdict::LikelyLost),
        "{late:?}"
    );
    // A leg with scans is judged scan to scan: the window does not excuse a silent depot.
    let input: ShipmentInput = serde_json::from_str(
        r#"{"id":"sc","events":[{"status":"in_transit","description":"Arrived at facility",
        "time":"2025-06-02T09:00:00Z"}]}"#,
    )
    .unwrap();
    let scanned = Shipment::from_input(input, &Normalizer::new(), at)
        .unwrap()
        .0;
    let at = t("2025-06-06T12:00:00Z");
    assert_eq!(
        windowed.assess(&scanned, at, None).verdict,
        plain.assess(&scanned, at, None).verdict
    );
    assert_eq!(
        windowed.assess(&scanned, at, None).verdict,
        Verdict::Stalled
    );
}

#[test]
fn models_saved_before_histograms_load_and_learn_online() {
    let model = DwellModel::learn(&fast_history());
    let mut v: serde_json::Value = serde_json::to_value(&model).unwrap();
    for e in v["entries"].as_array_mut().unwrap() {
        let e = e.as_object_mut().unwrap();
        e.remove("hist");
        e.remove("weight");
        e.remove("weight_sq");
    }
    let obj = v.as_object_mut().unwrap();
    obj.remove("half_life_days");
    obj.remove("reference");
    obj.remove("calibration");
    let mut old = DwellModel::from_json(&v.to_string()).unwrap();
    assert_eq!(old.half_life_days, 90.0);
    let n = old.entries[0].n;
    old.observe(&delivered(1, 41, 40));
    assert_eq!(old.entries[0].n, n + 1);
    assert!(
        old.entries
            .iter()
            .all(|e| e.hours.iter().all(|h| h.is_finite()))
    );
}
