//! Hand-off to the carrier when no scan before the delivery shows it: a shipment whose only
//! scan is its delivery has no known hand-off (`shipped_at` is `None`), not a transit of zero
//! days, and every stage that reads the hand-off (snapshot and milestones, transit learning,
//! analytics, health's never-delivered model, order status) treats it as unknown.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code: a failure should stop loudly

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use tracking_core::Normalizer;
use tracking_core::analytics::Report;
use tracking_core::estimate::{CompletedShipment, TransitModel};
use tracking_core::health::HazardModel;
use tracking_core::milestone::Milestone;
use tracking_core::order::{Order, OrderInput, OrderStatus};
use tracking_core::timeline::{Shipment, ShipmentInput};

fn t(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn now() -> DateTime<Utc> {
    t("2024-06-01T00:00:00Z")
}

/// A UPS Ground shipment ordered on day `day` of May 2024, delivered three days later, with
/// the scans given (UPS activity codes: `P` pickup, `I` origin scan, `D` delivered).
fn ups(id: &str, day: u32, scans: &[&str]) -> Value {
    let events: Vec<Value> = scans
        .iter()
        .map(|code| {
            let (text, at) = match *code {
                "P" => (
                    "Pickup Scan",
                    format!("2024-05-{:02}T17:40:00-07:00", day + 1),
                ),
                "I" => (
                    "Origin Scan",
                    format!("2024-05-{:02}T22:15:00-07:00", day + 1),
                ),
                _ => (
                    "DELIVERED",
                    format!("2024-05-{:02}T14:02:00-04:00", day + 4),
                ),
            };
            json!({"code": code, "description": text, "time": at,
                   "location": {"city": if *code == "D" { "BROOKLYN" } else { "ONTARIO" },
                                "region": if *code == "D" { "NY" } else { "CA" }, "country": "US"}})
        })
        .collect();
    json!({"id": id, "carrier": "ups", "service": "ground",
           "origin": {"country": "US", "region": "CA"},
           "destination": {"country": "US", "region": "NY"},
           "ordered_at": format!("2024-05-{day:02}T09:12:00-07:00"),
           "events": events})
}

fn shipment(v: Value) -> Shipment {
    let input: ShipmentInput = serde_json::from_value(v).unwrap();
    Shipment::from_input(input, &Normalizer::new(), now())
        .unwrap()
        .0
}

#[test]
fn a_delivery_alone_leaves_the_hand_off_unknown() {
    let s = shipment(ups("1Z-only-delivered", 6, &["D"]));
    assert_eq!(s.delivered_at(), Some(t("2024-05-10T18:02:00Z")));
    assert_eq!(s.shipped_at(), None);
    // The stepper: delivered, every step reached ("shipped" among them), the hand-off undated.
    let snap = s.snapshot();
    assert_eq!(snap.milestone, Milestone::Delivered);
    assert_eq!(snap.progress.step, snap.progress.of);
    assert_eq!(snap.shipped_at, None);
    assert_eq!(snap.delivered_at, Some(t("2024-05-10T18:02:00Z")));
}

#[test]
fn a_scan_before_the_delivery_or_a_given_time_dates_the_hand_off() {
    let s = shipment(ups("1Z-picked-up", 6, &["P", "I", "D"]));
    assert_eq!(s.shipped_at(), Some(t("2024-05-08T00:40:00Z")));
    let mut given = ups("1Z-given", 6, &["D"]);
    given["shipped_at"] = json!("2024-05-07T16:00:00-07:00");
    assert_eq!(
        shipment(given).shipped_at(),
        Some(t("2024-05-07T23:00:00Z"))
    );
}

#[test]
fn a_scan_at_or_after_a_given_delivery_does_not_date_the_hand_off() {
    // The shop recorded the delivery; the carrier's feed starts with a late origin scan.
    let mut v = ups("1Z-late-feed", 6, &["I"]);
    v["delivered_at"] = json!("2024-05-07T12:00:00Z");
    let s = shipment(v);
    assert_eq!(s.delivered_at(), Some(t("2024-05-07T12:00:00Z")));
    assert_eq!(s.shipped_at(), None);
}

#[test]
fn a_date_only_delivery_keeps_the_hand_off_of_a_same_day_pickup() {
    // The shop recorded the delivery day only (read as local midnight in New York); the
    // carrier picked the parcel up that afternoon in California: a same-day delivery whose
    // hand-off is the pickup, not an unknown one. The delivery, known to the day, is then
    // no earlier than that day's last scan: never before the hand-off.
    let mut v = ups("1Z-same-day", 6, &["P"]);
    v["delivered_at"] = json!("2024-05-07");
    let s = shipment(v);
    assert_eq!(s.shipped_at(), Some(t("2024-05-08T00:40:00Z")));
    assert_eq!(s.delivered_at(), Some(t("2024-05-08T00:40:00Z")));
    let snap = s.snapshot();
    assert_eq!(snap.shipped_at, Some(t("2024-05-08T00:40:00Z")));
    assert_eq!(snap.delivered_at, Some(t("2024-05-08T00:40:00Z")));
    // With a delivery scan on the given day, that scan is the moment.
    let mut v = ups("1Z-day-scanned", 6, &["P", "D"]);
    v["delivered_at"] = json!("2024-05-10");
    let s = shipment(v);
    let (shipped, delivered) = (s.shipped_at().unwrap(), s.delivered_at().unwrap());
    assert_eq!(shipped, t("2024-05-08T00:40:00Z"));
    assert_eq!(delivered, t("2024-05-10T18:02:00Z"));
    assert_eq!(s.snapshot().delivered_at, Some(delivered));
    // A pickup the day after the recorded delivery day does not date it.
    let mut v = ups("1Z-next-day", 7, &["P"]);
    v["delivered_at"] = json!("2024-05-07");
    assert_eq!(shipment(v).shipped_at(), None);
    // A delivery given with its time of day is a moment: a scan after it does not count,
    // even on the same day.
    let mut v = ups("1Z-timed", 6, &["P"]);
    v["delivered_at"] = json!("2024-05-07T12:00:00-04:00");
    assert_eq!(shipment(v).shipped_at(), None);
}

#[test]
fn learning_skips_the_transit_of_a_delivery_alone() {
    let normalizer = Normalizer::new();
    let learn = |v: Vec<Value>| {
        let history: Vec<CompletedShipment> = v
            .into_iter()
            .map(|v| {
                let input: ShipmentInput = serde_json::from_value(v).unwrap();
                CompletedShipment::from_input(input, &normalizer, now())
                    .unwrap()
                    .unwrap()
            })
            .collect();
        TransitModel::learn(&history).to_json().unwrap()
    };
    // The same deliveries, once as a lone delivery scan and once as a delivery time given
    // without any scan: neither tells when the carrier got the parcel, so both teach the
    // same model (order -> delivery only, no hand-off -> delivery transit of zero days).
    let scanned: Vec<Value> = (1..=20).map(|i| ups(&format!("s{i}"), i, &["D"])).collect();
    let given: Vec<Value> = (1..=20)
        .map(|i| {
            let mut v = ups(&format!("s{i}"), i, &[]);
            v["delivered_at"] = json!(format!("2024-05-{:02}T14:02:00-04:00", i + 4));
            v
        })
        .collect();
    assert_eq!(learn(scanned), learn(given));
    // A pickup scan does teach a transit: the model differs.
    let picked: Vec<Value> = (1..=20)
        .map(|i| ups(&format!("s{i}"), i, &["P", "D"]))
        .collect();
    let given_again: Vec<Value> = (1..=20)
        .map(|i| {
            let mut v = ups(&format!("s{i}"), i, &[]);
            v["delivered_at"] = json!(format!("2024-05-{:02}T14:02:00-04:00", i + 4));
            v
        })
        .collect();
    assert_ne!(learn(picked), learn(given_again));
}

#[test]
fn analytics_count_no_transit_for_a_delivery_alone() {
    let alone: Vec<Shipment> = (1..=5)
        .map(|i| shipment(ups(&format!("a{i}"), i, &["D"])))
        .collect();
    let r = Report::build(&alone);
    assert_eq!(r.overall.delivered, 5);
    assert!(r.overall.ship_to_delivery_days.is_none());
    assert!(r.overall.order_to_ship_days.is_none());
    assert!(r.overall.order_to_delivery_days.is_some());
    let picked: Vec<Shipment> = (1..=5)
        .map(|i| shipment(ups(&format!("p{i}"), i, &["P", "D"])))
        .collect();
    let days = Report::build(&picked)
        .overall
        .ship_to_delivery_days
        .unwrap();
    assert!(days.p50 >= 2.0, "{days:?}");
}

#[test]
fn the_never_delivered_model_notes_no_hand_off_for_a_delivery_alone() {
    let alone: Vec<Shipment> = (1..=5)
        .map(|i| shipment(ups(&format!("a{i}"), i, &["D"])))
        .collect();
    assert!(HazardModel::learn(45, 0.05, &alone, now()).is_empty());
    let picked: Vec<Shipment> = (1..=5)
        .map(|i| shipment(ups(&format!("p{i}"), i, &["P", "D"])))
        .collect();
    assert_eq!(HazardModel::learn(45, 0.05, &picked, now()).len(), 5);
}

#[test]
fn a_return_leg_known_only_by_its_delivery_still_counts_as_a_return() {
    let outbound = ups("out", 6, &["P", "D"]);
    let mut back = ups("back", 12, &["D"]);
    back["direction"] = json!("return");
    let input: OrderInput =
        serde_json::from_value(json!({"id": "O1", "shipments": [outbound, back]})).unwrap();
    let (order, _) = Order::from_input(input, &Normalizer::new(), now()).unwrap();
    assert_eq!(order.snapshot().status, OrderStatus::PartiallyReturned);
}
