//! Tests of the tracker: window floor, snapshots, expiry, learning.

use super::*;
use crate::health::Verdict;
use crate::milestone::Milestone;
use crate::status::{Status, SubStatus};
use crate::timeline::Shipment;

/// Health's window floor reads the tracker's noted order counts without holding the
/// order ids a second time, and holds no noted orders when it never reads them.
#[test]
fn the_floor_holds_no_second_copy_of_the_open_orders() {
    use crate::estimate::{CompletedShipment, PlacedOrder};
    use chrono::{Duration, TimeZone};
    let fx = crate::estimate::testing::noted_orders().expect("fixture");
    let from = chrono::Utc.with_ymd_and_hms(2017, 1, 2, 12, 0, 0).unwrap();
    let history: Vec<CompletedShipment> = (0..150)
        .map(|i| {
            let ordered = from + Duration::days(i);
            CompletedShipment {
                lane: fx.lane.clone(),
                ordered_at: Some(ordered),
                shipped_at: Some(ordered + Duration::hours(20)),
                delivered_at: ordered + Duration::days(3 + i % 3),
                carrier_estimate: None,
                promised_by: None,
                order_id: None,
            }
        })
        .collect();
    // A saved model with orders open (placed after every learned delivery), loaded into a
    // tracker: the floor's copy is made from it.
    let mut model = TransitModel::learn(&history);
    let start = from + Duration::days(160);
    for i in 0..5 {
        let at = start + Duration::minutes(i);
        model
            .note_order(&format!("open{i}"), &fx.lane, at)
            .expect("noted");
    }
    assert!(!model.calibration.pending.is_empty());
    let tracker = Tracker::builder().transit_model(model).build();
    // Placed after every learned delivery, so the tracker opens them.
    let orders: Vec<PlacedOrder> = (0..20)
        .map(|i| PlacedOrder {
            id: format!("late{i}"),
            lane: fx.lane.clone(),
            placed_at: start + Duration::days(1) + Duration::minutes(i),
            promised_by: None,
        })
        .collect();
    tracker.note_orders(&orders);
    let m = tracker.models();
    assert!(
        !m.transit.calibration.pending.is_empty(),
        "the tracker opens them"
    );
    let floor = m.assessor.transit().expect("a floor");
    assert!(floor.calibration.pending.is_empty());
    assert!(
        floor
            .calibration
            .experts
            .iter()
            .all(|e| e.censored.is_empty())
    );
}

#[test]
fn the_floor_counts_noted_orders_without_their_ids() {
    use crate::estimate::{NoteOutcome, PlacedOrder};
    use chrono::TimeZone;
    let start = chrono::Utc.with_ymd_and_hms(2024, 3, 1, 10, 0, 0).unwrap();
    let lane = crate::estimate::Lane::new(
        Some("ups"),
        None,
        crate::estimate::Place::new(Some("US"), Some("CA")),
        crate::estimate::Place::new(Some("US"), Some("NY")),
    );
    // 120 days of 3 orders a day: older days expire from both copies alike.
    let orders: Vec<PlacedOrder> = (0..360)
        .map(|i| PlacedOrder {
            id: format!("o{i}"),
            lane: lane.clone(),
            placed_at: start + chrono::Duration::hours(8 * i),
            promised_by: None,
        })
        .collect();
    for surge in [true, false] {
        let tracker = Tracker::builder()
            .transit_model(TransitModel::default())
            .health_options(HealthOptions {
                window_surge: surge,
                ..HealthOptions::default()
            })
            .build();
        let first = tracker.note_orders(&orders);
        assert!(first.iter().all(|o| matches!(o, Ok(NoteOutcome::Counted))));
        // Sent again: every one a duplicate, counted nowhere.
        let again = tracker.note_orders(&orders[300..]);
        assert!(
            again
                .iter()
                .all(|o| matches!(o, Ok(NoteOutcome::Duplicate)))
        );
        let m = tracker.models();
        let noted = &m.transit.volume.noted;
        let kept = noted.len();
        assert!(kept > 250 && kept < 360, "the oldest days expired: {kept}");
        let floor = &m.assessor.transit().expect("a floor").volume.noted;
        assert!(floor.ids.is_empty(), "the floor keeps no order ids");
        if surge {
            assert_eq!(floor.daily, noted.daily, "the same counts as the tracker's");
        } else {
            assert!(floor.is_empty(), "an un-surged floor keeps no noted orders");
        }
    }
}

fn input(json: &str) -> ShipmentInput {
    serde_json::from_str(json).unwrap()
}

#[test]
fn expired_shipments_get_the_derived_status() {
    let t: DateTime<Utc> = "2024-05-01T00:00:00Z".parse().unwrap();
    let s = track(
        input(r#"{"id":"e1","carrier":"ups","tracking_number":"1Z1","ordered_at":"2024-03-01T10:00:00Z"}"#),
        t,
        "en",
    )
    .unwrap();
    assert_eq!(s.status, Status::Expired);
    assert_eq!(s.substatus, Some(SubStatus::ExpiredNoInfo));
    assert_eq!(s.milestone, Milestone::Issue);
    assert_eq!(
        s.message.unwrap().headline,
        "There are no tracking updates for your parcel"
    );
    let s = track(
        input(
            r#"{"id":"e2","carrier":"ups","events":[{"status":"in_transit","description":"Departed",
            "time":"2024-03-01T10:00:00Z"}]}"#,
        ),
        t,
        "en",
    )
    .unwrap();
    assert_eq!(s.substatus, Some(SubStatus::ExpiredStalled));
    assert_eq!(s.health.unwrap().verdict, Verdict::LikelyLost);
}

#[test]
fn in_flight_snapshot_has_window_health_and_message() {
    let t: DateTime<Utc> = "2024-06-04T12:00:00Z".parse().unwrap();
    let s = track(
        input(
            r#"{"id":"w1","carrier":"ups","service":"ground",
            "origin":{"country":"US","region":"CA"},"destination":{"country":"US","region":"NY"},
            "events":[{"status":"in_transit","substatus":"picked_up","description":"Picked up",
            "time":"2024-06-03T18:00:00Z"}]}"#,
        ),
        t,
        "es",
    )
    .unwrap();
    let w = s
        .window
        .clone()
        .expect("window from the published UPS Ground standard");
    assert!(w.latest >= w.earliest);
    assert_eq!(s.health.as_ref().unwrap().verdict, Verdict::OnTrack);
    let m = s.message.unwrap();
    assert_eq!(m.locale, "es");
    assert!(m.next.unwrap().starts_with("Llegada prevista"));
}

#[test]
fn observed_deliveries_recalibrate_the_trackers_health() {
    // A leg without scans that usually takes a day; then deliveries take a week.
    let day = |d: i64| {
        "2024-01-01T09:00:00Z".parse::<DateTime<Utc>>().unwrap() + chrono::Duration::days(d)
    };
    let leg = |i: i64, hours: i64| {
        let mut s = Shipment::new(format!("h{i}"));
        s.given_shipped_at = Some(day(7 * (i % 30)));
        s.given_delivered_at = Some(day(7 * (i % 30)) + chrono::Duration::hours(hours));
        s
    };
    let history: Vec<Shipment> = (0..200).map(|i| leg(i, 20 + i % 8)).collect();
    let dwell = DwellModel::learn(&history);
    let tracker = Tracker::new(None, Some(&dwell), MessageCatalog::new());
    let mut open = Shipment::new("o");
    open.given_shipped_at = Some(day(7 * 40));
    let now = day(7 * 40 + 2);
    let verdict = |t: &Tracker| t.snapshot(&open, now, "en").health.unwrap().verdict;
    assert_eq!(verdict(&tracker), Verdict::Stalled);
    for i in 0..300 {
        let mut s = leg(i, 96 + i % 10);
        s.given_shipped_at = Some(day(7 * 31 + i % 50 / 10));
        s.given_delivered_at = s
            .given_shipped_at
            .map(|t| t + chrono::Duration::hours(96 + i % 10));
        tracker.observe(&s);
    }
    assert_eq!(verdict(&tracker), Verdict::OnTrack);
}

/// Regression (#10): with the carrier given as `"USPS"`, health said "collect by 25 March"
/// (15 days, USPS's holding period) while the message said "kept until 17 March" (7 days,
/// the default), because only health resolved the slug. The carrier is now resolved once
/// at ingest, so every stage agrees, whatever the case or alias.
#[test]
fn carrier_case_and_alias_give_one_pickup_deadline() {
    let now: DateTime<Utc> = "2024-03-12T12:00:00Z".parse().unwrap();
    let snap = |carrier: &str| {
        track(
            input(&format!(
                r#"{{"id":"p","carrier":"{carrier}","destination":{{"country":"US","region":"NY"}},
                "events":[{{"status":"available_for_pickup","description":"Available for Pickup",
                "time":"2024-03-10T15:00:00Z"}}]}}"#
            )),
            now,
            "en",
        )
        .unwrap()
    };
    let usps = snap("usps");
    let action = usps.health.as_ref().unwrap().action.clone().unwrap();
    assert!(action.ends_with("by Monday, 25 March"), "{action}");
    let next = usps.message.as_ref().unwrap().next.clone().unwrap();
    assert!(next.contains("25"), "{next}");
    for other in ["USPS", " Usps ", "U.S. Postal Service"] {
        let s = snap(other);
        assert_eq!(s.carrier.as_deref(), Some("usps"), "{other}");
        assert_eq!(s.health, usps.health, "{other}");
        assert_eq!(s.message, usps.message, "{other}");
    }
}
