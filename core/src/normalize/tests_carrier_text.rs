//! The carrier's own event texts (table rows found by description) and zero-padded codes.

use super::*;

use crate::status::SubStatus as Sub;

fn n() -> Normalizer {
    Normalizer::new()
}

#[test]
fn a_code_less_row_is_found_by_its_folded_text() {
    // Australia Post publishes no codes: case, punctuation and a date do not matter.
    let r = n().normalize(
        "australia_post",
        None,
        Some("AWAITING COLLECTION 12/05/2024"),
        None,
    );
    assert_eq!(r.status, Status::AvailableForPickup);
    assert_eq!(r.rule.as_str(), "table:australia_post:text");
    assert!(r.confidence >= 0.9);
    // Carrier aliases resolve like for codes.
    let r = n().normalize("Australia Post", None, Some("Item is in customs."), None);
    assert_eq!(r.substatus, Some(Sub::InTransitCustoms));
    assert_eq!(r.rule.as_str(), "table:australia_post:text");
}

#[test]
fn a_code_less_row_inside_a_longer_text_matches_with_less_confidence() {
    let r = n().normalize(
        "australia_post",
        None,
        Some("Item processed at facility - SYDNEY WEST NSW"),
        None,
    );
    assert_eq!(r.substatus, Some(Sub::InTransitProcessed));
    assert_eq!(r.rule.as_str(), "table:australia_post:text");
    assert!(r.confidence < 0.9 && r.confidence > 0.75);
    // Japanese: a substring, facility names in brackets and digits ignored.
    let r = n().normalize(
        "japan_post",
        None,
        Some("【東京国際郵便局】にて 到着 2024/05/12"),
        None,
    );
    assert_eq!(r.substatus, Some(Sub::InTransitArrivedAtFacility));
    assert_eq!(r.rule.as_str(), "table:japan_post:text");
}

#[test]
fn carrier_wording_never_makes_a_pickup_point_text_delivered() {
    // "Delivered" is an Australia Post row, but the text says the parcel waits elsewhere.
    let r = n().normalize(
        "australia_post",
        None,
        Some("Delivered to a parcel locker, ready for pickup by the recipient"),
        None,
    );
    assert_ne!(r.status, Status::Delivered);
    let r = n().normalize("australia_post", None, Some("Not delivered"), None);
    assert_ne!(r.status, Status::Delivered);
}

#[test]
fn an_unknown_code_falls_back_to_every_row_description_then_the_classifier() {
    // `ZZ9` is no UPS code; the text is the description of a coded UPS row.
    let r = n().normalize(
        "ups",
        Some("ZZ9"),
        Some("Shipment Information Voided"),
        None,
    );
    assert_eq!(r.rule.as_str(), "table:ups:text");
    assert_eq!(r.status, Status::Cancelled);
    // A text shared by rows that disagree on the status decides nothing: the classifier reads it.
    let r = n().normalize("dhl_parcel_de", None, Some("Annahme verweigert"), None);
    assert_ne!(r.rule.as_str(), "table:dhl_parcel_de:text");
    // Whole words only: "delivered" is not inside "undelivered".
    let r = n().normalize("australia_post", None, Some("Undelivered parcels"), None);
    assert_ne!(r.rule.as_str(), "table:australia_post:text");
    // A carrier without a table goes straight to the classifier.
    let r = n().normalize("no_such_carrier", None, Some("Delivered"), None);
    assert_eq!(r.rule.kind(), "text");
}

#[test]
fn zero_padded_numeric_codes_find_the_unpadded_row() {
    let padded = n().normalize(
        "ups",
        Some("007"),
        Some("Shipment Information Voided"),
        None,
    );
    assert_eq!(padded.rule.as_str(), "table:ups:7");
    let plain = n().normalize("ups", Some("7"), Some("Shipment Information Voided"), None);
    assert_eq!(padded, plain);
    // Only all-digit codes are unpadded.
    let r = n().normalize("ups", Some("0MP"), None, None);
    assert_ne!(r.rule.as_str(), "table:ups:MP");
}

#[test]
fn the_longest_contained_description_wins() {
    let (t, errors) = table::parse_table(
        "fixture",
        "-\tin_transit\t-\tParcel\t-\n\
         -\tavailable_for_pickup\t-\tParcel ready at post office\t-\n\
         -\tdelivered\t-\tDelivered\t-\n",
    );
    assert!(errors.is_empty());
    let at = |text: &str| {
        t.contained_description(&fold::fold(text))
            .and_then(|i| t.row(i))
            .map(|r| r.status)
    };
    assert_eq!(
        at("Your parcel ready at post office Bondi"),
        Some(Status::AvailableForPickup)
    );
    assert_eq!(at("Parcel scanned"), Some(Status::InTransit));
    assert_eq!(at("Undelivered"), None);
    // Code-less rows are not codes.
    assert!(t.lookup("-").is_none());
}
