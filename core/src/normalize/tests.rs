use super::*;

use crate::status::SubStatus as Sub;

fn n() -> Normalizer {
    Normalizer::new()
}

#[test]
fn aggregator_vocabularies_are_addressed_as_carriers() {
    let r = n().normalize("aftership", Some("Delivered_002"), None, None);
    assert_eq!(r.substatus, Some(Sub::DeliveredPickedUpByRecipient));
    assert_eq!(r.rule.as_str(), "table:aftership:Delivered_002");
    assert!(r.confidence > 0.9);
    // Case-insensitive carrier and code; a status/detail pair resolves by its detail.
    let r = n().normalize(
        "EasyPost",
        Some("in_transit/arrived_at_facility"),
        None,
        None,
    );
    assert_eq!(r.substatus, Some(Sub::InTransitArrivedAtFacility));
    assert!(r.confidence < 0.9);
    let r = n().normalize("shipengine", Some("SP"), None, None);
    assert_eq!(r.status, Status::AvailableForPickup);
    let r = n().normalize("17track", Some("Exception_Returned"), None, None);
    assert_eq!(r.substatus, Some(Sub::ReturnToSenderReturned));
    let r = n().normalize("shopify", Some("picked_up"), None, None);
    assert_eq!(r.substatus, Some(Sub::DeliveredPickedUpByRecipient));
}

#[test]
fn colliding_codes_are_chosen_by_text() {
    let payment = n().normalize(
        "17track",
        Some("DeliveryFailure_Security"),
        Some("Duties and taxes due at delivery, payment missing"),
        None,
    );
    assert_eq!(payment.substatus, Some(Sub::AttemptFailPaymentRequired));
    let id = n().normalize(
        "17track",
        Some("DeliveryFailure_Security"),
        Some("Age check failed at delivery"),
        None,
    );
    assert_eq!(id.substatus, Some(Sub::AttemptFailIdCheckFailed));
    let pickup = n().normalize(
        "trackingmore",
        Some("pickup"),
        Some("Ready for pickup at the local facility"),
        None,
    );
    assert_eq!(pickup.status, Status::AvailableForPickup);
    let ofd = n().normalize(
        "trackingmore",
        Some("pickup"),
        Some("With courier, out for delivery"),
        None,
    );
    assert_eq!(ofd.status, Status::OutForDelivery);
}

#[test]
fn text_overrules_a_delivered_code_when_it_says_pickup_point_and_records_why() {
    let r = n().normalize(
        "aftership",
        Some("Delivered_001"),
        Some("Delivered to UPS Access Point, awaiting customer pickup"),
        Some("en"),
    );
    assert_eq!(r.status, Status::AvailableForPickup);
    assert!(r.rule.as_str().starts_with("text:en:"), "{}", r.rule);
    assert!(
        r.note
            .as_deref()
            .unwrap()
            .contains("table:aftership:Delivered_001")
    );
    // Text that only adds detail keeps the table's status and rule.
    let r = n().normalize(
        "aftership",
        Some("Delivered_001"),
        Some("Delivered, left with neighbour"),
        None,
    );
    assert_eq!(r.substatus, Some(Sub::DeliveredNeighbor));
    assert_eq!(r.rule.as_str(), "table:aftership:Delivered_001");
    // Text never upgrades a table answer to delivered.
    let r = n().normalize("aftership", Some("InTransit_001"), Some("Delivered"), None);
    assert_eq!(r.status, Status::InTransit);
    // An in-transit code with out-for-delivery text moves forward (docs/statuses.md, labelling rule 1).
    let r = n().normalize(
        "easypost",
        Some("in_transit"),
        Some("Out for delivery"),
        None,
    );
    assert_eq!(r.status, Status::OutForDelivery);
}

#[test]
fn unknown_input_is_unmapped_with_low_confidence() {
    let r = n().normalize("no-such-carrier", Some("ZZ9"), None, None);
    assert_eq!(r.substatus, Some(Sub::UnknownUnmapped));
    assert_eq!(r.rule.as_str(), "fallback:unmapped");
    assert!(r.confidence <= 0.1);
    assert!(!r.affects_state);
    let r = n().normalize("ups", None, Some("qwerty uiop"), None);
    assert_eq!(r.status, Status::Unknown);
    // A word-like code with no table is read as words, less surely than a text.
    let r = n().normalize("some_carrier", Some("OutForDelivery"), None, None);
    assert_eq!(r.status, Status::OutForDelivery);
    let text = n().normalize("some_carrier", None, Some("Out for delivery"), None);
    assert!(r.confidence < text.confidence - 0.1);
}

#[test]
fn overrides_add_and_correct_mappings_without_rebuilding() {
    let json = r#"{
        "tables": {
            "Acme Freight": [{"code": "A1", "status": "in_transit.customs", "reason": "customs_inspection"}],
            "aftership": [{"code": "Delivered_001", "status": "delivered.front_door"}]
        },
        "text": [{"contains": ["paquete", "listo"], "status": "available_for_pickup", "name": "es:listo"}]
    }"#;
    let o = Normalizer::with_overrides_json(json).unwrap();
    let r = o.normalize("acme freight", Some("a1"), None, None);
    assert_eq!(r.substatus, Some(Sub::InTransitCustoms));
    assert_eq!(r.reason.as_deref(), Some("customs_inspection"));
    assert_eq!(r.rule.as_str(), "override:acme freight:A1");
    let r = o.normalize("aftership", Some("Delivered_001"), None, None);
    assert_eq!(r.substatus, Some(Sub::DeliveredFrontDoor));
    let r = o.normalize("x", None, Some("¡Paquete LISTO!"), None);
    assert_eq!(r.status, Status::AvailableForPickup);
    assert_eq!(r.rule.as_str(), "override:text:es:listo");
    // The built-in normalizer is untouched.
    assert_eq!(
        n().normalize("aftership", Some("Delivered_001"), None, None)
            .substatus,
        None
    );
}

#[test]
fn bad_overrides_are_typed_errors() {
    let e = Normalizer::with_overrides_json("{not json").unwrap_err();
    assert_eq!(e.kind(), crate::error::ErrorKind::InvalidJson);
    let e = Normalizer::with_overrides_json(r#"{"tables":{"x":[{"code":"A","status":"flying"}]}}"#)
        .unwrap_err();
    assert_eq!(e.kind(), crate::error::ErrorKind::InvalidInput);
    let e = Normalizer::with_overrides_json(r#"{"tabels":{}}"#).unwrap_err();
    assert_eq!(e.kind(), crate::error::ErrorKind::InvalidJson);
}

#[test]
fn given_status_is_kept_and_empty_events_are_rejected() {
    let ev = RawEvent {
        status: Some("InTransit".into()),
        substatus: Some("customs".into()),
        ..RawEvent::default()
    };
    let r = n().normalize_event(&ev, None).unwrap();
    assert_eq!(
        (r.status, r.substatus),
        (Status::InTransit, Some(Sub::InTransitCustoms))
    );
    assert_eq!(r.rule.as_str(), "given");
    let ev = RawEvent {
        code: Some("  ".into()),
        ..RawEvent::default()
    };
    assert!(n().normalize_event(&ev, Some("ups")).is_err());
    let ev = RawEvent {
        status: Some("flying".into()),
        ..RawEvent::default()
    };
    assert!(n().normalize_event(&ev, None).is_err());
}

#[test]
fn shopify_reverse_map_follows_the_taxonomy() {
    assert_eq!(
        to_shopify(Status::InTransit, Some(Sub::InTransitPickedUp)),
        Some("CARRIER_PICKED_UP")
    );
    assert_eq!(
        to_shopify(Status::Exception, Some(Sub::ExceptionLost)),
        Some("FAILURE")
    );
    assert_eq!(
        to_shopify(Status::Exception, Some(Sub::ExceptionCustomsHold)),
        Some("DELAYED")
    );
    assert_eq!(to_shopify(Status::ReturnToSender, None), Some("FAILURE"));
    assert_eq!(
        to_shopify(Status::AvailableForPickup, None),
        Some("READY_FOR_PICKUP")
    );
    assert_eq!(
        to_shopify(Status::Unknown, Some(Sub::UnknownInformational)),
        None
    );
    // Every forward mapping of the Shopify table maps back to a status Shopify accepts.
    let n = n();
    for code in [
        "LABEL_PURCHASED",
        "IN_TRANSIT",
        "OUT_FOR_DELIVERY",
        "ATTEMPTED_DELIVERY",
        "DELAYED",
        "READY_FOR_PICKUP",
        "DELIVERED",
        "FAILURE",
    ] {
        let r = n.normalize("shopify", Some(code), None, None);
        assert_eq!(to_shopify(r.status, r.substatus), Some(code), "{code}");
    }
}

#[test]
fn noise_around_the_carriers_own_text_does_not_trigger_an_override_but_negation_does() {
    // The Shopify table's text for PICKED_UP is "Picked up by the buyer".
    let r = n().normalize(
        "shopify",
        Some("PICKED_UP"),
        Some("12.03.2024 10:15 PICKED UP BY THE BUYER - HAMBURG"),
        None,
    );
    assert_eq!(r.substatus, Some(Sub::DeliveredPickedUpByRecipient));
    assert_eq!(r.rule.as_str(), "table:shopify:PICKED_UP");
    let r = n().normalize("shopify", Some("DELIVERED"), Some("Not delivered"), None);
    assert_eq!(r.status, Status::AttemptFail);
    assert!(r.note.is_some());
}
