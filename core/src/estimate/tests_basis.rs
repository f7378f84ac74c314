//! The window's `basis` in words a support agent can repeat (findings R4, E2).

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::window::stretched;
use super::*;

fn t(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

fn gls_de() -> Lane {
    Lane::new(
        Some("gls"),
        None,
        Place::new(Some("DE"), None),
        Place::new(Some("DE"), None),
    )
}

/// Words that needed a statistician to read ("cut at 82%", "scaled x0.89").
fn assert_plain(basis: &str) {
    for jargon in [
        "cut at",
        "scaled x",
        "weighted most",
        "coarser levels",
        "asked",
    ] {
        assert!(!basis.contains(jargon), "`{jargon}` in: {basis}");
    }
}

#[test]
fn a_window_before_hand_off_says_it_adds_the_shops_handling_time() {
    // R4: GLS Germany publishes 1-2 business days; a parcel not handed over yet gets a window
    // much wider than that, and the basis must say why.
    let q = WindowQuery::promise(&gls_de(), t(2024, 11, 14, 10));
    let w = TransitModel::default()
        .estimate(&q, t(2024, 11, 14, 10), 0.9)
        .unwrap();
    assert!(
        w.latest - w.earliest > chrono::TimeDelta::try_days(4).unwrap(),
        "{w:?}"
    );
    assert!(w.basis.contains("1-2 business days"), "{}", w.basis);
    assert!(
        w.basis
            .contains("once handed over, plus up to 7 business days before the shop hands it over"),
        "{}",
        w.basis
    );
    assert_plain(&w.basis);
}

#[test]
fn a_window_widened_by_days_gone_by_says_so() {
    // Handed over four business days ago, no delivery yet: only the slow deliveries remain.
    let q = WindowQuery {
        lane: gls_de(),
        shipped_at: Some(t(2024, 11, 8, 9)),
        ..WindowQuery::default()
    };
    let w = TransitModel::default()
        .estimate(&q, t(2024, 11, 14, 9), 0.9)
        .unwrap();
    assert!(
        w.basis
            .contains("4 business days have gone by without delivery, longer than"),
        "{}",
        w.basis
    );
    assert!(w.basis.contains("so it is wider"), "{}", w.basis);
    assert_plain(&w.basis);
    // The day after hand-off nothing is said: most parcels are still on their way.
    let q = WindowQuery {
        shipped_at: Some(t(2024, 11, 13, 9)),
        ..q
    };
    let w = TransitModel::default()
        .estimate(&q, t(2024, 11, 13, 12), 0.9)
        .unwrap();
    assert!(!w.basis.contains("gone by"), "{}", w.basis);
}

#[test]
fn a_calibrated_learned_window_reads_without_jargon() {
    // A lane whose deliveries slowed down: the calibration moves the level, the recent
    // slowdown stretches the distribution; both are said in words.
    let lane = Lane::new(
        None,
        None,
        Place::new(Some("BR"), Some("SP")),
        Place::new(Some("BR"), Some("RJ")),
    );
    let delivery = |i: usize, days: i64| {
        let shipped = t(2017, 1, 2, 12) + Duration::try_hours(24 * i as i64).unwrap();
        CompletedShipment {
            lane: lane.clone(),
            ordered_at: Some(shipped - Duration::try_hours(20).unwrap()),
            shipped_at: Some(shipped),
            delivered_at: shipped + Duration::try_days(days).unwrap(),
            carrier_estimate: None,
            promised_by: None,
            order_id: None,
        }
    };
    let mut model = TransitModel::learn(
        &(0..150)
            .map(|i| delivery(i, 3 + (i % 3) as i64))
            .collect::<Vec<_>>(),
    );
    for i in 150..210 {
        model.observe(&delivery(i, 8 + (i % 3) as i64));
    }
    let q = WindowQuery {
        lane: lane.clone(),
        shipped_at: Some(t(2017, 8, 1, 12)),
        ..WindowQuery::default()
    };
    let w = model.estimate(&q, t(2017, 8, 1, 13), 0.9).unwrap();
    assert!(w.basis.contains("made "), "{}", w.basis);
    assert!(w.basis.contains("% in practice"), "{}", w.basis);
    assert_plain(&w.basis);
}

#[test]
fn stretches_are_said_as_percentages() {
    assert_eq!(stretched(1.2), "lengthened by about 20%");
    assert_eq!(stretched(0.89), "shortened by about 11%");
    assert_eq!(stretched(1.5), "lengthened by about 50%");
}

/// O11: a parcel shipped 140 days ago and never delivered got the window today..today at
/// 0.9. Past every delivery the model knows, the window says it is overdue (typed and in
/// words), does not pretend to hold 90%, and spreads over the next days from today.
#[test]
fn a_parcel_older_than_any_delivery_is_overdue_not_due_today() {
    let model = TransitModel::default();
    let now = t(2024, 11, 14, 10);
    let shipped = now - Duration::days(140);
    let q = WindowQuery {
        lane: gls_de(),
        ordered_at: Some(shipped - Duration::days(1)),
        shipped_at: Some(shipped),
        ..WindowQuery::default()
    };
    let w = model.estimate(&q, now, 0.9).unwrap();
    assert!(w.overdue, "{w:?}");
    assert!(w.basis.contains("overdue: "), "{}", w.basis);
    assert!(w.basis.contains("since the hand-off"), "{}", w.basis);
    assert!(w.basis.contains("are not a 90% window"), "{}", w.basis);
    assert_plain(&w.basis);
    let today = now.date_naive();
    assert!(w.earliest >= today && w.latest > w.earliest, "{w:?}");
    assert!(
        w.latest - today <= chrono::TimeDelta::try_days(10).unwrap(),
        "{w:?}"
    );
    let json = serde_json::to_value(&w).unwrap();
    assert_eq!(json["overdue"], true);
    // The promise asked for an order placed that long ago: the same.
    let p = WindowQuery::promise(&gls_de(), shipped);
    let w = model.estimate(&p, now, 0.9).unwrap();
    assert!(w.overdue && w.basis.contains("since the order"), "{w:?}");
    // A parcel shipped yesterday is not overdue, and the field is not written.
    let fresh = WindowQuery {
        shipped_at: Some(now - Duration::days(1)),
        ..q
    };
    let w = model.estimate(&fresh, now, 0.9).unwrap();
    assert!(!w.overdue && !w.basis.contains("overdue"), "{w:?}");
    assert!(serde_json::to_value(&w).unwrap().get("overdue").is_none());
}
