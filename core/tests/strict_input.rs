//! Strict input shapes (issue 18): records are objects with their required fields, `expired`
//! is never read from input, and one shipment id within an order is one parcel.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use chrono::{DateTime, Utc};
use serde_json::json;
use tracking_core::event::RejectReason;
use tracking_core::order::{Order, OrderInput};
use tracking_core::timeline::{Shipment, ShipmentInput};
use tracking_core::{Normalizer, RawEvent};

fn now() -> DateTime<Utc> {
    "2024-06-01T00:00:00Z".parse().unwrap()
}

#[test]
fn shipments_must_be_objects_with_an_id() {
    for bad in [
        "[]",
        "{}",
        r#"{"id": ""}"#,
        r#"{"id": "  "}"#,
        "[\"s1\"]",
        "null",
        "3",
    ] {
        assert!(serde_json::from_str::<ShipmentInput>(bad).is_err(), "{bad}");
    }
    let err = serde_json::from_str::<ShipmentInput>("{}")
        .unwrap_err()
        .to_string();
    assert!(err.contains("id"), "{err}");
    let ok: ShipmentInput = serde_json::from_str(r#"{"id": "s1", "unknown": 1}"#).unwrap();
    assert_eq!(ok.id, "s1");
    // Round trip through the derived serializer.
    let back: ShipmentInput = serde_json::from_value(serde_json::to_value(&ok).unwrap()).unwrap();
    assert_eq!(back, ok);
}

#[test]
fn a_shipment_built_in_code_needs_an_id_too() {
    // The Kotlin/Swift records and Rust callers build `ShipmentInput` without JSON: the
    // conversion into a shipment refuses a blank id as the JSON readers do.
    let n = Normalizer::default();
    for id in ["", "  "] {
        let input = ShipmentInput {
            id: id.into(),
            ..ShipmentInput::default()
        };
        let err = Shipment::from_input(input.clone(), &n, now()).unwrap_err();
        assert_eq!(err.kind().code(), "invalid_input", "{id:?}");
        assert!(err.to_string().contains("non-empty `id`"), "{err}");
        assert!(Shipment::from_history(input, &n, now()).is_err());
    }
    let ok = ShipmentInput {
        id: "s1".into(),
        ..ShipmentInput::default()
    };
    assert!(Shipment::from_input(ok, &n, now()).is_ok());
}

#[test]
fn events_must_be_objects() {
    let bad = json!({"id": "s1", "events": [[]]});
    assert!(serde_json::from_value::<ShipmentInput>(bad).is_err());
    let bad = json!({"id": "s1", "events": ["2024-05-01T10:00:00Z"]});
    assert!(serde_json::from_value::<ShipmentInput>(bad).is_err());
    let ok = json!({"id": "s1", "events": [{"time": "2024-05-01T10:00:00Z", "code": "X"}]});
    assert_eq!(
        serde_json::from_value::<ShipmentInput>(ok)
            .unwrap()
            .events
            .len(),
        1
    );
    let none = json!({"id": "s1", "events": null});
    assert!(
        serde_json::from_value::<ShipmentInput>(none)
            .unwrap()
            .events
            .is_empty()
    );
}

#[test]
fn expired_is_refused_as_a_given_status() {
    let mut s = Shipment::new("s1");
    let evs: Vec<RawEvent> = [
        json!({"time": "2024-05-01T10:00:00Z", "status": "expired"}),
        json!({"time": "2024-05-01T11:00:00Z", "status": "expired", "substatus": "expired.stalled"}),
        json!({"time": "2024-05-01T12:00:00Z", "status": "in_transit"}),
    ]
    .into_iter()
    .map(|v| serde_json::from_value(v).unwrap())
    .collect();
    let report = s.ingest(evs, &Normalizer::new(), now());
    assert_eq!(report.added, 1);
    assert_eq!(report.rejected.len(), 2);
    for r in &report.rejected {
        assert!(
            matches!(&r.error, RejectReason::DerivedOnlyStatus { code } if code == "expired"),
            "{:?}",
            r.error
        );
        assert!(r.error.to_string().contains("derived"));
    }
}

#[test]
fn expired_is_refused_as_an_override_target() {
    for target in ["expired", "expired.stalled", "Expired"] {
        let table = json!({"tables": {"ups": [{"code": "ZZ", "status": target}]}}).to_string();
        let err = Normalizer::with_overrides_json(&table)
            .unwrap_err()
            .to_string();
        assert!(err.contains("derived"), "{target}: {err}");
        let text = json!({"text": [{"contains": ["gone"], "status": target}]}).to_string();
        assert!(Normalizer::with_overrides_json(&text).is_err(), "{target}");
    }
    let fine = json!({"tables": {"ups": [{"code": "ZZ", "status": "in_transit"}]}}).to_string();
    assert!(Normalizer::with_overrides_json(&fine).is_ok());
}

#[test]
fn repeated_shipment_ids_in_an_order_are_one_parcel() {
    let order: OrderInput = serde_json::from_value(json!({
        "id": "o1",
        "shipments": [
            {"id": "p1", "carrier": "ups", "events": [
                {"id": "e1", "time": "2024-05-01T10:00:00Z", "status": "in_transit"}]},
            {"id": "p1", "carrier": "UPS", "tracking_number": "1Z999AA10123456784", "events": [
                {"id": "e1", "time": "2024-05-01T10:00:00Z", "status": "in_transit"},
                {"id": "e2", "time": "2024-05-02T10:00:00Z", "status": "delivered"}]},
            {"id": "p2", "events": []}
        ]
    }))
    .unwrap();
    let (order, _) = Order::from_input(order, &Normalizer::new(), now()).unwrap();
    assert_eq!(order.shipments.len(), 2);
    let p1 = &order.shipments[0];
    assert_eq!(p1.events.len(), 2);
    assert_eq!(p1.carrier.as_deref(), Some("ups"));
    assert_eq!(p1.tracking_number.as_deref(), Some("1Z999AA10123456784"));
    assert_eq!(order.snapshot().shipments.len(), 2);
    // Same result through Order::new with separately built shipments.
    let again = Order::new("o1", order.shipments.clone());
    assert_eq!(again, order);
}

/// A value of the wrong type names its field (new-user trial, round 8): a shipment, the
/// facade's request, and JSON values the bindings build.
#[test]
fn a_value_of_the_wrong_type_names_its_field() {
    use tracking_core::error::{Error, from_json_str, from_json_value};
    let message = |e: Error| match e {
        Error::InvalidJson { message, .. } => message,
        other => format!("not invalid_json: {other:?}"),
    };
    let text = r#"{"id": "A1", "carrier": "ups", "events": [
        {"description": "Delivered", "time": "2024-04-26T14:02:00Z"},
        {"code": 12, "description": "Delivered", "time": "2024-04-26T14:02:00Z"}]}"#;
    let e = message(from_json_str::<ShipmentInput>(text).unwrap_err());
    assert!(
        e.starts_with("in `events[1].code`: invalid type: integer `12`"),
        "{e}"
    );
    assert!(e.ends_with("line 3 column 19"), "{e}");
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let e = message(from_json_value::<ShipmentInput>(&value).unwrap_err());
    assert!(
        e.starts_with("in `events[1].code`: invalid type: integer"),
        "{e}"
    );
    let e = message(
        from_json_value::<ShipmentInput>(&json!({"id": "A1", "destination": "Brooklyn, NY"}))
            .unwrap_err(),
    );
    assert!(
        e.starts_with("in `destination`: invalid type: string"),
        "{e}"
    );
    // The shipment's own check has no field to name.
    let e = message(from_json_str::<ShipmentInput>(r#"{"id": " "}"#).unwrap_err());
    assert_eq!(e, "a shipment needs a non-empty `id` at line 1 column 11");

    let request = r#"{"now": "2024-04-27T00:00:00Z", "shipment": {"id": "A1",
        "events": [{"description": "Delivered", "time": 1714154520}]}}"#;
    let e = message(tracking_core::api::call("track", request).unwrap_err());
    assert!(
        e.starts_with("in `shipment.events[0].time`: invalid type: integer"),
        "{e}"
    );
}
