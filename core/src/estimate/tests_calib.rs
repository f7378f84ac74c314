//! The promise calibration record: a live slowdown widens windows beyond the raw model,
//! deliveries inside their windows narrow them again, learning seeds the record from a slow
//! tail, and the calibrated level grows with the requested confidence.

use super::tests::{history, lane, t};
use super::*;

/// The same model with its calibration record wiped: the raw distribution's window.
fn uncalibrated(m: &TransitModel) -> TransitModel {
    let mut raw = m.clone();
    raw.calibration = Calibration::default();
    raw
}

#[test]
fn a_slowdown_seen_live_widens_windows_beyond_the_raw_model() {
    let l = lane("SP", "RJ");
    let mut model =
        TransitModel::learn(&history(&l, t(2017, 1, 2, 12), 150, |i| 3 + (i % 3) as i64));
    // Then three weeks of deliveries twice as slow as anything seen.
    for s in history(&l, t(2017, 6, 1, 12), 21, |i| 9 + (i % 3) as i64) {
        model.observe(&s);
    }
    let q = WindowQuery::promise(&l, t(2017, 7, 3, 12));
    let now = t(2017, 7, 3, 12);
    let mut wider = 0;
    for c in [0.5, 0.8, 0.9] {
        let cal = model.estimate(&q, now, c).unwrap();
        let raw = uncalibrated(&model).estimate(&q, now, c).unwrap();
        assert!(
            cal.latest >= raw.latest && cal.earliest <= raw.earliest,
            "{c}"
        );
        wider += usize::from(cal.latest > raw.latest || cal.earliest < raw.earliest);
    }
    // The short memory has stretched the raw distribution already; the record lifts the
    // level at every confidence, which moves at least one window by a whole day.
    assert!(wider >= 1, "{wider}");
    for c in [0.5, 0.8, 0.9] {
        assert!(
            model.calibration.level(calib::Ask::Promise, c) > c + 0.03,
            "{c}"
        );
    }
    let level = model.calibration.level(calib::Ask::Promise, 0.8);
    assert!(level > 0.85, "{level}");
    let w = model.estimate(&q, now, 0.8).unwrap();
    assert!(
        w.basis
            .contains("made wider: lately, windows like this held fewer parcels than promised"),
        "{}",
        w.basis
    );
}

#[test]
fn deliveries_inside_their_windows_narrow_them_again() {
    let l = lane("SP", "RJ");
    let h = history(&l, t(2017, 1, 2, 12), 200, |i| 3 + (i % 3) as i64);
    let mut model = TransitModel::learn(&h[..150]);
    // More of the same: every one lands at the heart of its window.
    for s in history(&l, t(2017, 6, 1, 12), 40, |_| 4) {
        model.observe(&s);
    }
    let q = WindowQuery::promise(&l, t(2017, 7, 17, 12));
    let now = t(2017, 7, 17, 12);
    let mut narrower = 0;
    for c in [0.5, 0.8, 0.9] {
        let cal = model.estimate(&q, now, c).unwrap();
        let raw = uncalibrated(&model).estimate(&q, now, c).unwrap();
        assert!(
            cal.earliest >= raw.earliest && cal.latest <= raw.latest,
            "{c}"
        );
        narrower += usize::from(cal.latest < raw.latest || cal.earliest > raw.earliest);
    }
    assert!(narrower >= 1, "{narrower}");
    assert!(model.calibration.level(calib::Ask::Promise, 0.8) < 0.8);
    let w = model.estimate(&q, now, 0.8).unwrap();
    assert!(
        w.basis
            .contains("made narrower: lately, windows like this held more parcels than promised"),
        "{}",
        w.basis
    );
}

#[test]
fn learn_seeds_the_record_from_a_slow_tail() {
    let l = lane("SP", "RJ");
    // Ten months at 3-5 days, then the last two at 8-10: the model learned on what came
    // before the tail misses the tail's deliveries, and says so.
    let mut h = history(&l, t(2016, 12, 1, 12), 200, |i| 3 + (i % 3) as i64);
    h.extend(history(&l, t(2017, 6, 19, 12), 70, |i| 8 + (i % 3) as i64));
    let model = TransitModel::learn(&h);
    assert_eq!(model.calibration.experts.len(), CALIB_HALF_LIVES.len());
    for e in &model.calibration.experts {
        assert!(
            e.tail_promise.iter().sum::<f32>() > 5.0,
            "{}",
            e.half_life_days
        );
        assert!(
            e.tail_in_flight.iter().sum::<f32>() > 5.0,
            "{}",
            e.half_life_days
        );
    }
    let q = WindowQuery::promise(&l, t(2017, 9, 4, 12));
    let now = t(2017, 9, 4, 12);
    let cal = model.estimate(&q, now, 0.8).unwrap();
    let raw = uncalibrated(&model).estimate(&q, now, 0.8).unwrap();
    assert!(cal.earliest <= raw.earliest && cal.latest >= raw.latest);
    assert!(
        cal.earliest < raw.earliest || cal.latest > raw.latest,
        "{cal:?} vs {raw:?}"
    );
    // The record survives a save and load.
    let back = TransitModel::from_json(&model.to_json().unwrap()).unwrap();
    assert_eq!(back.estimate(&q, now, 0.8), Some(cal));
}

#[test]
fn calibrated_level_grows_with_the_requested_confidence() {
    let l = lane("SP", "RJ");
    let mut model =
        TransitModel::learn(&history(&l, t(2017, 1, 2, 12), 150, |i| 3 + (i % 3) as i64));
    for s in history(&l, t(2017, 6, 1, 12), 30, |i| 4 + (i % 7) as i64) {
        model.observe(&s);
    }
    for ask in [calib::Ask::Promise, calib::Ask::InFlight] {
        let mut last = 0.0;
        for k in 1..=99 {
            let q = f64::from(k) / 100.0;
            let level = model.calibration.level(ask, q);
            assert!(
                level >= last && (0.05..=0.999).contains(&level),
                "{q} -> {level}"
            );
            last = level;
        }
    }
}
