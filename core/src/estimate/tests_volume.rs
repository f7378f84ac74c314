//! Order volume: saved counts checked on load, the key cap, a surge of noted orders widening
//! the promise, noted and learned counts kept apart, each order counted once.

use chrono::{DateTime, Duration, Utc};

use super::tests::{history, lane, t};
use super::*;

/// A saved model with its `volume.daily` replaced by `daily` (hand-edited JSON).
fn with_daily(json: &str, daily: serde_json::Value) -> String {
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["volume"]["daily"] = daily;
    serde_json::to_string(&v).unwrap()
}

#[test]
fn saved_order_counts_are_checked_sorted_and_merged_on_load() {
    let l = lane("SP", "RJ");
    let model = TransitModel::learn(&history(&l, t(2017, 1, 2, 12), 50, |i| 3 + (i % 4) as i64));
    let json = model.to_json().unwrap();
    // Unsorted days with a repeated day load sorted and merged.
    let edited = with_daily(
        &json,
        serde_json::json!({"*": [[17300, 4], [17290, 1], [17300, 2]]}),
    );
    let back = TransitModel::from_json(&edited).unwrap();
    assert_eq!(
        back.volume.daily.get("*"),
        Some(&vec![(17290, 1), (17300, 6)])
    );
    // Days older than the kept span before the newest are dropped.
    let edited = with_daily(&json, serde_json::json!({"ups": [[17000, 3], [17300, 2]]}));
    let back = TransitModel::from_json(&edited).unwrap();
    assert_eq!(back.volume.daily.get("ups"), Some(&vec![(17300, 2)]));
    // Refused, each naming the field: an implausible day (milliseconds, not days), a count
    // beyond any shop, a key that is not a settled carrier key, too many keys.
    let cases = [
        (
            serde_json::json!({"*": [[1_500_000_000, 1]]}),
            "volume.daily.*[0]",
        ),
        (
            serde_json::json!({"*": [[17300, 1], [17301, 20_000_000]]}),
            "volume.daily.*[1]",
        ),
        (serde_json::json!({"UPS": [[17300, 1]]}), "volume.daily"),
        (serde_json::json!({" ups": [[17300, 1]]}), "volume.daily"),
    ];
    for (daily, field) in cases {
        let err = TransitModel::from_json(&with_daily(&json, daily.clone())).unwrap_err();
        assert!(
            matches!(&err, crate::Error::InvalidModel { reason } if reason.contains(field)),
            "{daily}: {err:?}"
        );
    }
    let many: serde_json::Map<String, serde_json::Value> = (0..=volume::VOLUME_MAX_KEYS + 1)
        .map(|i| (format!("c{i}"), serde_json::json!([[17300, 1]])))
        .collect();
    let err = TransitModel::from_json(&with_daily(&json, many.into())).unwrap_err();
    assert!(format!("{err:?}").contains("volume.daily"), "{err:?}");
}

#[test]
fn noting_orders_on_ever_new_carriers_stops_adding_keys_at_the_cap() {
    let mut m = TransitModel::default();
    let at = t(2017, 3, 1, 12);
    for i in 0..volume::VOLUME_MAX_KEYS + 50 {
        let l = Lane::new(
            Some(&format!("carrier {i}")),
            None,
            Place::new(Some("BR"), Some("SP")),
            Place::new(Some("BR"), Some("RJ")),
        );
        m.note_order(&format!("o{i}"), &l, at).unwrap();
    }
    // The carriers beyond the cap still count in the all-carrier key.
    assert_eq!(m.volume.noted.daily.len(), volume::VOLUME_MAX_KEYS + 1);
    let all: u32 = m
        .volume
        .noted
        .daily
        .get("*")
        .map_or(0, |v| v.iter().map(|(_, n)| n).sum());
    assert_eq!(all as usize, volume::VOLUME_MAX_KEYS + 50);
}

/// Ten weeks of five orders a day on `l` from `from`, each delivered in 4-7 days.
fn five_a_day(l: &Lane, from: DateTime<Utc>) -> Vec<CompletedShipment> {
    (0..350)
        .map(|i| {
            let ordered = from + Duration::hours(24 * (i / 5) as i64 + (i % 5) as i64);
            CompletedShipment {
                lane: l.clone(),
                ordered_at: Some(ordered),
                shipped_at: Some(ordered + Duration::hours(20)),
                delivered_at: ordered + Duration::days(4 + (i % 4) as i64),
                carrier_estimate: None,
                promised_by: None,
                order_id: None,
            }
        })
        .collect()
}

/// Notes twelve orders a day for the week from `week` (ids `s<day>-<k>`).
fn surge_week(model: &mut TransitModel, l: &Lane, week: DateTime<Utc>) {
    for day in 0..7 {
        for k in 0..12 {
            let at = week + Duration::days(day) + Duration::minutes(k);
            model.note_order(&format!("s{day}-{k}"), l, at).unwrap();
        }
    }
}

#[test]
fn an_order_surge_widens_the_promise_at_once_and_says_so() {
    let l = lane("SP", "RJ");
    let from = t(2017, 8, 7, 12);
    let past = five_a_day(&l, from);
    let mut model = TransitModel::learn(&past);
    // The shop backend notes its orders: the last ten weeks (a backfill), then the week
    // after at twelve orders a day (2.4x the usual week), none delivered yet.
    for (i, c) in past.iter().enumerate() {
        let placed = c.ordered_at.unwrap();
        assert_eq!(
            model.note_order(&format!("p{i}"), &l, placed).unwrap(),
            NoteOutcome::Counted
        );
    }
    let week = from + Duration::days(70);
    surge_week(&mut model, &l, week);
    let mut plain = model.clone();
    plain.options.surge = false;
    let ask = week + Duration::days(7) + Duration::hours(2);
    let s = model.surge(&l, ask).unwrap();
    assert_eq!(s.last_week, 84);
    assert_eq!(s.source, CountSource::Noted);
    assert!((s.ratio - 84.0 / 35.0).abs() < 1e-9, "{s:?}");
    let w = model.promise(&l, ask, 0.9);
    let before = plain.promise(&l, ask, 0.9);
    assert!(w.latest > before.latest, "{w:?} vs {before:?}");
    // The window carries the surge as numbers, never the shop's order count.
    assert_eq!(
        w.surge,
        Some(WindowSurge {
            ratio: 2.4,
            factor: 1.5
        })
    );
    assert!(
        w.basis
            .contains("a busy period, 2.4 times the usual orders"),
        "{}",
        w.basis
    );
    assert!(!w.basis.contains("84"), "{}", w.basis);
    assert_eq!(before.surge, None);
    let json = serde_json::to_string(&w).unwrap();
    assert!(
        json.contains(r#""surge":{"ratio":2.4,"factor":1.5}"#),
        "{json}"
    );
    // A window saved before the field existed still loads.
    let mut old: serde_json::Value = serde_json::to_value(&before).unwrap();
    old.as_object_mut().unwrap().remove("surge");
    assert_eq!(
        serde_json::from_value::<DeliveryWindow>(old).unwrap(),
        before
    );
    // The week before the surge read no surge: the same windows either way.
    let calm = week - Duration::hours(1);
    assert_eq!(model.surge(&l, calm), None);
    assert_eq!(model.promise(&l, calm, 0.9), plain.promise(&l, calm, 0.9));
}

#[test]
fn noted_and_learned_counts_are_never_mixed_in_one_ratio() {
    let l = lane("SP", "RJ");
    let from = t(2017, 8, 7, 12);
    let mut model = TransitModel::learn(&five_a_day(&l, from));
    // Only the surge week is noted: a week of noted orders against learned usual weeks
    // would read 2.4x, but the noted counts hold too few weeks to read, and the learned
    // ones hold no orders in that week.
    let week = from + Duration::days(70);
    surge_week(&mut model, &l, week);
    let ask = week + Duration::days(7) + Duration::hours(2);
    assert_eq!(model.surge(&l, ask), None);
    // The learned counts alone still read their own history.
    let inside = from + Duration::days(63);
    assert_eq!(model.volume.surge(&l, inside), None);
}

#[test]
fn an_order_is_counted_once_and_a_relearn_keeps_what_was_noted() {
    let l = lane("SP", "RJ");
    let from = t(2017, 8, 7, 12);
    let past = five_a_day(&l, from);
    let mut model = TransitModel::learn(&past);
    let note_all = |m: &mut TransitModel| -> Vec<NoteOutcome> {
        past.iter()
            .enumerate()
            .map(|(i, c)| {
                m.note_order(&format!("p{i}"), &l, c.ordered_at.unwrap())
                    .unwrap()
            })
            .collect()
    };
    assert!(
        note_all(&mut model)
            .iter()
            .all(|o| *o == NoteOutcome::Counted)
    );
    let week = from + Duration::days(70);
    surge_week(&mut model, &l, week);
    let ask = week + Duration::days(7) + Duration::hours(2);
    let before = model.surge(&l, ask).unwrap();
    // Fed again (a backend's restart): nothing counted twice, the same surge.
    assert!(
        note_all(&mut model)
            .iter()
            .all(|o| *o == NoteOutcome::Duplicate)
    );
    assert_eq!(model.surge(&l, ask), Some(before));
    // Saved and loaded: the ids still dedupe.
    let mut back = TransitModel::from_json(&model.to_json().unwrap()).unwrap();
    assert_eq!(back.volume, model.volume);
    assert_eq!(
        back.note_order("p0", &l, past[0].ordered_at.unwrap())
            .unwrap(),
        NoteOutcome::Duplicate
    );
    // Far older than the kept days: not counted, its id could not be checked.
    assert_eq!(
        back.note_order("ancient", &l, from - Duration::days(200))
            .unwrap(),
        NoteOutcome::TooOld
    );
    assert!(back.note_order("x", &l, t(1980, 1, 1, 0)).is_err());
    // A relearn starts from the history alone; the noted orders are carried over on request.
    let mut relearned = TransitModel::learn(&past);
    assert_eq!(relearned.surge(&l, ask), None);
    relearned.keep_noted_orders(&model);
    assert_eq!(relearned.surge(&l, ask), Some(before));
}

#[test]
fn noted_ids_are_checked_on_load() {
    let l = lane("SP", "RJ");
    let mut m = TransitModel::default();
    m.note_order("a", &l, t(2017, 3, 1, 12)).unwrap();
    let json = m.to_json().unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let (day, h) = {
        let ids = v["volume"]["noted"]["ids"].as_object().unwrap();
        let (day, hashes) = ids.iter().next().unwrap();
        (day.clone(), hashes[0].as_str().unwrap().to_string())
    };
    // The same hash twice, and a hash that is not 16 hex digits.
    v["volume"]["noted"]["ids"][&day] = serde_json::json!([h, h]);
    let err = TransitModel::from_json(&v.to_string()).unwrap_err();
    assert!(format!("{err:?}").contains("volume.noted.ids"), "{err:?}");
    v["volume"]["noted"]["ids"][&day] = serde_json::json!(["12345"]);
    assert!(TransitModel::from_json(&v.to_string()).is_err());
}
