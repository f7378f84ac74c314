use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use super::*;
use crate::status::{Status, SubStatus};

pub(super) fn t(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

pub(super) fn lane(o: &str, d: &str) -> Lane {
    Lane::new(
        None,
        None,
        Place::new(Some("BR"), Some(o)),
        Place::new(Some("BR"), Some(d)),
    )
}

/// `n` deliveries on `lane`, shipped on consecutive days from `from`, each taking
/// `days(i)` calendar days.
pub(super) fn history(
    l: &Lane,
    from: DateTime<Utc>,
    n: usize,
    days: impl Fn(usize) -> i64,
) -> Vec<CompletedShipment> {
    (0..n)
        .map(|i| {
            let ordered = from + Duration::hours(24 * i as i64 % (24 * 200));
            let shipped = ordered + Duration::hours(20);
            CompletedShipment {
                lane: l.clone(),
                ordered_at: Some(ordered),
                shipped_at: Some(shipped),
                delivered_at: shipped + Duration::days(days(i)),
                carrier_estimate: None,
                promised_by: None,
                order_id: None,
            }
        })
        .collect()
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn learned_lane_moves_the_window_and_says_why() {
    let sp_rj = lane("SP", "RJ");
    let model = TransitModel::learn(&history(&sp_rj, t(2017, 1, 2, 12), 300, |i| {
        10 + (i % 3) as i64
    }));
    let q = WindowQuery {
        lane: sp_rj.clone(),
        shipped_at: Some(t(2017, 8, 7, 12)), // a Monday
        ..WindowQuery::default()
    };
    let w = model.estimate(&q, t(2017, 8, 7, 13), 0.9).unwrap();
    assert_eq!(w.source, WindowSource::Model);
    assert!(
        w.basis.contains("300 deliveries on BR-SP -> BR-RJ"),
        "{}",
        w.basis
    );
    // 10-12 calendar days is 8-9 business days: the window sits there, not at the prior's 1-7.
    assert!(
        w.earliest >= d("2017-08-15") && w.latest <= d("2017-08-22"),
        "{w:?}"
    );
    assert!(w.earliest <= w.most_likely && w.most_likely <= w.latest);
}

#[test]
fn a_thin_lane_leans_on_its_parent() {
    let busy = lane("SP", "RJ");
    let thin = lane("MG", "RJ");
    let mut h = history(&busy, t(2017, 1, 2, 12), 400, |_| 3);
    h.extend(history(&thin, t(2017, 1, 2, 12), 2, |_| 20));
    let model = TransitModel::learn(&h);
    let at = t(2017, 8, 7, 12);
    let w = model.promise(&thin, at, 0.5);
    // Two slow deliveries do not outweigh 400 fast ones to the same destination.
    assert!(w.latest < d("2017-08-21"), "{w:?}");
    assert!(
        w.basis
            .contains("few recent deliveries on this exact route"),
        "{}",
        w.basis
    );
}

#[test]
fn elapsed_time_and_status_condition_the_live_window() {
    let l = lane("SP", "RJ");
    let model = TransitModel::learn(&history(&l, t(2017, 1, 2, 12), 300, |i| 2 + (i % 8) as i64));
    let shipped = t(2017, 8, 7, 12);
    let mut q = WindowQuery {
        lane: l,
        shipped_at: Some(shipped),
        ..WindowQuery::default()
    };
    let now = t(2017, 8, 14, 15);
    let w = model.estimate(&q, now, 0.9).unwrap();
    assert!(w.earliest >= d("2017-08-14"), "{w:?}");
    q.status = Some(Status::OutForDelivery);
    let w = model.estimate(&q, now, 0.9).unwrap();
    assert_eq!(
        (w.earliest, w.most_likely),
        (d("2017-08-14"), d("2017-08-14"))
    );
    q.status = Some(Status::InTransit);
    q.substatus = Some(SubStatus::InTransitAtLocalFacility);
    let local = model.estimate(&q, now, 0.9).unwrap();
    assert!(local.latest <= d("2017-08-16"), "{local:?}");
    q.status = Some(Status::Exception);
    q.substatus = None;
    let exc = model.estimate(&q, now, 0.9).unwrap();
    let plain = model
        .estimate(
            &WindowQuery {
                status: None,
                ..q.clone()
            },
            now,
            0.9,
        )
        .unwrap();
    assert!(exc.latest > plain.latest, "{exc:?} vs {plain:?}");
    q.status = Some(Status::Delivered);
    assert!(model.estimate(&q, now, 0.9).is_none());
}

#[test]
fn long_overdue_shipments_get_a_widened_window_from_today() {
    let l = lane("SP", "RJ");
    let model = TransitModel::learn(&history(&l, t(2017, 1, 2, 12), 100, |_| 3));
    let q = WindowQuery {
        lane: l,
        shipped_at: Some(t(2017, 3, 1, 12)),
        ..WindowQuery::default()
    };
    let w = model.estimate(&q, t(2017, 4, 20, 12), 0.9).unwrap();
    assert!(w.earliest >= d("2017-04-20"));
    assert!(
        w.basis.contains("already later than any delivery seen"),
        "{}",
        w.basis
    );
}

#[test]
fn model_round_trips_and_rejects_other_versions() {
    let l = lane("SP", "RJ");
    let model = TransitModel::learn(&history(&l, t(2017, 1, 2, 12), 50, |i| 3 + (i % 4) as i64));
    let json = model.to_json().unwrap();
    let back = TransitModel::from_json(&json).unwrap();
    let at = t(2017, 8, 7, 12);
    assert_eq!(back.promise(&l, at, 0.8), model.promise(&l, at, 0.8));
    assert_eq!(back.volume, model.volume);
    assert!(json.contains(&format!("\"version\":{MODEL_VERSION}")));
    assert!(json.contains("\"volume\":{\"daily\":{\"*\":[["), "{json}");
    // Lanes are saved as the shared lane's level keys.
    assert!(json.contains("\"c=?|s=?|d=BR-RJ|o=BR-SP\""), "{json}");
    // Models of the previous formats (version 4 without the order counts; version 3;
    // version 2 with the regime fields it had) still load, and save as the current one.
    let v4 = {
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let o = v.as_object_mut().unwrap();
        o.remove("volume");
        o.insert("version".into(), 4.into());
        if let Some(opts) = o.get_mut("options").and_then(|x| x.as_object_mut()) {
            opts.remove("surge");
        }
        serde_json::to_string(&v).unwrap()
    };
    let old = TransitModel::from_json(&v4).unwrap();
    assert_eq!(old.version, MODEL_VERSION);
    assert!(old.options.surge);
    assert_eq!(old.volume, Volume::default());
    assert_eq!(old.promise(&l, at, 0.8), model.promise(&l, at, 0.8));
    for old in [
        "\"version\":3",
        "\"version\":2,\"drift_transit\":[-0.1,0.2]",
    ] {
        let old = TransitModel::from_json(&json.replacen(
            &format!("\"version\":{MODEL_VERSION}"),
            old,
            1,
        ))
        .unwrap();
        assert_eq!(old.version, MODEL_VERSION);
        assert_eq!(old.promise(&l, at, 0.8), model.promise(&l, at, 0.8));
    }
    for other in ["1", "99"] {
        let wrong = json.replacen(
            &format!("\"version\":{MODEL_VERSION}"),
            &format!("\"version\":{other}"),
            1,
        );
        assert!(matches!(
            TransitModel::from_json(&wrong),
            Err(crate::Error::InvalidModel { .. })
        ));
    }
    assert!(matches!(
        TransitModel::from_json("{}"),
        Err(crate::Error::InvalidModel { .. })
    ));
}

#[test]
fn a_format_5_calibration_loads_as_one_14_day_memory() {
    let l = lane("SP", "RJ");
    let mut h = history(&l, t(2016, 12, 1, 12), 200, |i| 3 + (i % 3) as i64);
    h.extend(history(&l, t(2017, 6, 19, 12), 70, |i| 8 + (i % 3) as i64));
    let model = TransitModel::learn(&h);
    let json = model.to_json().unwrap();
    let e14 = model
        .calibration
        .experts
        .iter()
        .find(|e| e.half_life_days == CALIB_HALF_LIFE_DAYS)
        .unwrap()
        .clone();
    // Format 5 kept the 14-day record's four histograms under `calibration` itself.
    let v5 = {
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v["version"] = 5.into();
        let c = v["calibration"].as_object_mut().unwrap();
        c.remove("experts");
        c.remove("scored");
        c.insert("tail_promise".into(), serde_json::json!(e14.tail_promise));
        c.insert(
            "tail_in_flight".into(),
            serde_json::json!(e14.tail_in_flight),
        );
        serde_json::to_string(&v).unwrap()
    };
    let old = TransitModel::from_json(&v5).unwrap();
    assert_eq!(old.version, MODEL_VERSION);
    assert_eq!(old.calibration.experts.len(), 1);
    let one = &old.calibration.experts[0];
    assert_eq!(one.half_life_days, CALIB_HALF_LIFE_DAYS);
    assert_eq!(one.tail_promise, e14.tail_promise);
    assert!(old.calibration.tail_promise.is_empty());
    // It cuts windows at the 14-day record's own level, as format 5 did.
    for ask in [calib::Ask::Promise, calib::Ask::InFlight] {
        let mut solo = model.calibration.clone();
        solo.experts = vec![e14.clone()];
        assert_eq!(old.calibration.level(ask, 0.9), solo.level(ask, 0.9));
    }
    // Saved again, it is the current format and the old fields are gone.
    let again = old.to_json().unwrap();
    assert!(
        again.contains("\"experts\":[{\"half_life_days\":14.0"),
        "{again}"
    );
    let saved: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert!(
        saved["calibration"].get("tail_promise").is_none(),
        "{again}"
    );
    // A memory with a negative or missing half-life is refused, naming the field.
    let bad = again.replacen("\"half_life_days\":14.0", "\"half_life_days\":-1.0", 1);
    let err = TransitModel::from_json(&bad).unwrap_err().to_string();
    assert!(err.contains("half_life_days"), "{err}");
}

#[test]
fn the_mixture_leans_on_the_memory_that_fared_best() {
    let l = lane("SP", "RJ");
    let mut model =
        TransitModel::learn(&history(&l, t(2017, 1, 2, 12), 150, |i| 3 + (i % 3) as i64));
    // A lasting slowdown: the short memories, which follow it, fare better than the long
    // ones, which still remember the calm months.
    for s in history(&l, t(2017, 6, 1, 12), 60, |i| 8 + (i % 3) as i64) {
        model.observe(&s);
    }
    let (level, lead) = model.calibration.level_with_lead(calib::Ask::Promise, 0.9);
    let (h, w) = lead.unwrap();
    assert!(h < 28.0, "{h} {w}");
    assert!(w > 1.0 / 4.0, "{h} {w}");
    assert!(level > 0.92, "{level}");
    let q = WindowQuery::promise(&l, t(2017, 8, 7, 12));
    let b = model.estimate(&q, t(2017, 8, 7, 12), 0.9).unwrap().basis;
    assert!(b.contains("judged mostly on the last"), "{b}");
}

#[test]
fn observing_one_by_one_matches_learning_in_bulk() {
    let l = lane("SP", "RJ");
    let h = history(&l, t(2017, 1, 2, 12), 120, |i| 2 + (i * 7 % 9) as i64);
    let bulk = TransitModel::learn(&h);
    let mut inc = TransitModel::default();
    for s in &h {
        inc.observe(s);
    }
    let at = t(2017, 8, 7, 12);
    for c in [0.5, 0.8, 0.9] {
        let (a, b) = (bulk.promise(&l, at, c), inc.promise(&l, at, c));
        assert_eq!(
            (a.earliest, a.latest),
            (b.earliest, b.latest),
            "confidence {c}"
        );
    }
    assert_eq!(inc.deliveries(), 120);
}

#[test]
fn recent_deliveries_outweigh_old_ones() {
    let l = lane("SP", "RJ");
    let mut h = history(&l, t(2016, 1, 4, 12), 200, |_| 15); // slow, a year earlier
    h.extend(history(&l, t(2017, 1, 2, 12), 100, |_| 3)); // fast, recent
    let model = TransitModel::learn(&h);
    let w = model.promise(&l, t(2017, 5, 1, 12), 0.5);
    assert!(w.latest < d("2017-05-12"), "{w:?}");
}

#[test]
fn published_standard_answers_without_history() {
    let model = TransitModel::default();
    let ups = Lane::new(
        Some("UPS"),
        Some("Ground"),
        Place::new(Some("US"), Some("CA")),
        Place::new(Some("US"), Some("NY")),
    );
    let q = WindowQuery {
        lane: ups,
        shipped_at: Some(t(2024, 6, 3, 18)), // Monday
        ..WindowQuery::default()
    };
    let w = model.estimate(&q, t(2024, 6, 3, 19), 0.8).unwrap();
    assert_eq!(w.source, WindowSource::Prior);
    assert!(w.basis.contains("1-5 business days"), "{}", w.basis);
    assert_eq!(w.earliest, d("2024-06-04"));
    // The central 80%: 10% of the prior's mass may fall after the window (its 6th-7th days).
    assert!(w.latest <= d("2024-06-11"), "{w:?}");
}

#[test]
fn a_reliable_carrier_estimate_is_trusted_an_unproven_one_blended() {
    let l = Lane::new(
        Some("dhl_parcel_de"),
        None,
        Place::new(Some("DE"), None),
        Place::new(Some("DE"), Some("BY")),
    );
    let mut h = history(&l, t(2024, 1, 8, 12), 100, |_| 1);
    for s in &mut h {
        let e = s.delivered_at - Duration::hours(6);
        s.carrier_estimate = Some((e, e));
    }
    let model = TransitModel::learn(&h);
    let shipped = t(2024, 6, 3, 12);
    let ce = Some((t(2024, 6, 5, 8), t(2024, 6, 5, 18)));
    let q = WindowQuery {
        lane: l.clone(),
        shipped_at: Some(shipped),
        carrier_estimate: ce,
        ..WindowQuery::default()
    };
    let w = model.estimate(&q, shipped, 0.9).unwrap();
    assert_eq!(w.source, WindowSource::Carrier);
    assert_eq!((w.earliest, w.latest), (d("2024-06-05"), d("2024-06-05")));
    let fresh = TransitModel::default().estimate(&q, shipped, 0.9).unwrap();
    assert_ne!(fresh.source, WindowSource::Carrier);
    assert!(
        fresh.basis.contains("carrier's estimate"),
        "{}",
        fresh.basis
    );
}

#[test]
fn a_burst_of_slow_deliveries_moves_the_live_window_later() {
    let l = lane("SP", "RJ");
    let mut model =
        TransitModel::learn(&history(&l, t(2017, 1, 2, 12), 300, |i| 3 + (i % 3) as i64));
    let shipped = t(2017, 9, 4, 12);
    let q = WindowQuery {
        lane: l.clone(),
        shipped_at: Some(shipped),
        ..WindowQuery::default()
    };
    let before = model.estimate(&q, shipped, 0.8).unwrap();
    // Sixty deliveries in the last two weeks took three times as long.
    for i in 0..60 {
        let shipped = t(2017, 8, 10, 12) + Duration::hours(4 * i);
        model.observe(&CompletedShipment {
            lane: l.clone(),
            ordered_at: Some(shipped - Duration::hours(20)),
            shipped_at: Some(shipped),
            delivered_at: shipped + Duration::days(14),
            carrier_estimate: None,
            promised_by: None,
            order_id: None,
        });
    }
    let after = model.estimate(&q, shipped, 0.8).unwrap();
    assert!(after.latest > before.latest, "{before:?} -> {after:?}");
    assert!(
        after.basis.contains("recent deliveries are slower"),
        "{}",
        after.basis
    );
}

/// Two orders a day from `from` for `n` days; `days(date of order)` days from hand-off.
fn daily(
    l: &Lane,
    from: DateTime<Utc>,
    n: i64,
    days: impl Fn(NaiveDate) -> i64,
) -> Vec<CompletedShipment> {
    (0..2 * n)
        .map(|i| {
            let ordered = from + Duration::hours(12 * i);
            let shipped = ordered + Duration::hours(20);
            CompletedShipment {
                lane: l.clone(),
                ordered_at: Some(ordered),
                shipped_at: Some(shipped),
                delivered_at: shipped + Duration::days(days(ordered.date_naive()) + i % 2),
                carrier_estimate: None,
                promised_by: None,
                order_id: None,
            }
        })
        .collect()
}

#[test]
fn a_past_slowdown_comes_back_the_same_month_next_year_only() {
    use chrono::Datelike;
    let l = lane("SP", "RJ");
    // Fourteen months of 4-5 days, except November 2016 at 9-10.
    let h = daily(&l, t(2016, 1, 4, 10), 425, |d| {
        if d.year() == 2016 && d.month() == 11 {
            9
        } else {
            4
        }
    });
    let model = TransitModel::learn(&h);
    let ask = |y, m, day| {
        let at = t(y, m, day, 10);
        let w = model.promise(&l, at, 0.9);
        (w.clone(), (w.latest - at.date_naive()).num_days())
    };
    // In February and October 2017 the windows are the usual ones: the slowdown is not kept
    // as a permanent widening.
    let (feb, feb_days) = ask(2017, 2, 6);
    let (oct, oct_days) = ask(2017, 10, 2);
    assert!(!feb.basis.contains("same month"), "{}", feb.basis);
    assert!(!oct.basis.contains("same month"), "{}", oct.basis);
    // In November 2017, before any slow delivery is seen, last November says what is coming.
    let (nov, nov_days) = ask(2017, 11, 6);
    assert!(
        nov.basis.contains("the same month of 2016 was slower"),
        "{}",
        nov.basis
    );
    assert!(
        nov_days > feb_days.max(oct_days),
        "{nov_days} vs {feb_days}, {oct_days}"
    );
}
