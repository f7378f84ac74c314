//! Orders with several shipments: order status, attention list, progress, return legs.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code: a failure should stop loudly

use chrono::{DateTime, TimeZone, Utc};
use serde_json::{Value, json};
use tracking_core::Normalizer;
use tracking_core::milestone::Milestone;
use tracking_core::order::{AttentionReason, Order, OrderInput, OrderSnapshot, OrderStatus};
use tracking_core::timeline::{Direction, ShipmentInput};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 5, 10, 12, 0, 0).unwrap()
}

/// A parcel whose events have the given statuses, one a day from May 1st.
fn parcel(id: &str, statuses: &[&str]) -> Value {
    let events: Vec<Value> = statuses
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (status, sub) = s.split_once('.').map_or((*s, None), |(a, b)| (a, Some(b)));
            json!({"status": status, "substatus": sub, "description": s,
                   "time": format!("2024-05-0{}T10:00:00Z", i + 1)})
        })
        .collect();
    json!({"id": id, "events": events})
}

fn order(shipments: Vec<Value>) -> OrderSnapshot {
    let input: OrderInput =
        serde_json::from_value(json!({"id": "O1", "shipments": shipments})).unwrap();
    let (order, reports) = Order::from_input(input, &Normalizer::new(), now()).unwrap();
    assert_eq!(reports.len(), order.shipments.len());
    order.snapshot()
}

#[test]
fn an_order_without_shipments_is_ordered() {
    let s = order(vec![]);
    assert_eq!(s.status, OrderStatus::Ordered);
    assert_eq!(s.milestone, Milestone::Ordered);
    assert_eq!((s.progress.step, s.progress.fraction), (1, 0.0));
}

#[test]
fn every_parcel_cancelled_is_a_cancelled_order() {
    let s = order(vec![
        parcel("A", &["info_received", "cancelled"]),
        parcel("B", &["cancelled"]),
    ]);
    assert_eq!(s.status, OrderStatus::Cancelled);
    assert_eq!(s.milestone, Milestone::Cancelled);
}

#[test]
fn an_exception_wins_over_partial_delivery_and_names_the_parcel() {
    let s = order(vec![
        parcel("A", &["in_transit.picked_up", "delivered"]),
        parcel(
            "B",
            &["in_transit.picked_up", "out_for_delivery", "attempt_fail"],
        ),
        parcel(
            "C",
            &["in_transit.picked_up", "available_for_pickup.locker"],
        ),
    ]);
    assert_eq!(s.status, OrderStatus::Exception);
    let who: Vec<(&str, AttentionReason)> = s
        .attention
        .iter()
        .map(|a| (a.shipment_id.as_str(), a.reason))
        .collect();
    assert_eq!(
        who,
        [
            ("B", AttentionReason::AttemptFail),
            ("C", AttentionReason::ReadyForPickup)
        ]
    );
    // Least advanced: B and C both at step 5; mean of 1.0, 0.8, 0.8.
    assert_eq!(s.progress.step, 5);
    assert!((s.progress.fraction - 2.6 / 3.0).abs() < 1e-9);
}

#[test]
fn return_legs_do_not_count_as_outbound_parcels() {
    let mut ret = parcel("R", &["info_received.label_created"]);
    ret["direction"] = json!("return");
    let s = order(vec![
        parcel("A", &["in_transit.picked_up", "in_transit"]),
        ret,
    ]);
    assert_eq!(s.parcels, 1);
    assert_eq!(s.return_legs, 1);
    // The return leg only has a label: it is not moving, so the order is simply in transit.
    assert_eq!(s.status, OrderStatus::InTransit);
    assert_eq!(s.milestone, Milestone::InTransit);
    assert_eq!(s.shipments[1].direction, Direction::Return);
}

#[test]
fn all_parcels_returning_is_returned_and_all_delivered_is_delivered() {
    let s = order(vec![
        parcel("A", &["in_transit", "return_to_sender"]),
        parcel("B", &["in_transit", "return_to_sender.returned"]),
    ]);
    assert_eq!(s.status, OrderStatus::Returned);
    assert_eq!(s.attention.len(), 2);
    let s = order(vec![
        parcel("A", &["delivered"]),
        parcel("B", &["delivered"]),
    ]);
    assert_eq!(s.status, OrderStatus::Delivered);
    assert_eq!(s.delivered, 2);
    assert_eq!(s.progress.fraction, 1.0);
}

#[test]
fn shipped_versus_in_transit() {
    let s = order(vec![
        parcel("A", &["in_transit.picked_up"]),
        parcel("B", &["in_transit.picked_up"]),
    ]);
    assert_eq!(s.status, OrderStatus::Shipped);
    let s = order(vec![
        parcel("A", &["in_transit.picked_up"]),
        parcel("B", &["in_transit.picked_up", "out_for_delivery"]),
    ]);
    assert_eq!(s.status, OrderStatus::InTransit);
}

#[test]
fn serializes_with_snake_case_codes() {
    let s = order(vec![
        parcel("A", &["in_transit.picked_up", "delivered"]),
        parcel("B", &["in_transit.picked_up", "exception.damaged"]),
    ]);
    let v = serde_json::to_value(&s).unwrap();
    assert_eq!(v["status"], "exception");
    assert_eq!(v["milestone"], "issue");
    assert_eq!(v["attention"][0]["reason"], "exception");
    assert_eq!(v["attention"][0]["substatus"], "exception.damaged");
    assert_eq!(v["shipments"][0]["direction"], "outbound");
    assert_eq!(
        OrderStatus::PartiallyDelivered.code(),
        "partially_delivered"
    );
    assert_eq!(
        serde_json::to_value(OrderStatus::PartiallyReturned).unwrap(),
        "partially_returned"
    );
}

#[test]
fn direction_accepts_synonyms_and_rejects_nonsense() {
    let dir = |v: Value| {
        serde_json::from_value::<ShipmentInput>(json!({"id": "x", "direction": v}))
            .map(|s| s.direction)
    };
    assert_eq!(dir(json!("RETURN")).unwrap(), Direction::Return);
    assert_eq!(dir(json!("inbound")).unwrap(), Direction::Return);
    assert_eq!(dir(json!(null)).unwrap(), Direction::Outbound);
    assert_eq!(dir(json!("outbound")).unwrap(), Direction::Outbound);
    assert!(dir(json!("sideways")).is_err());
}
