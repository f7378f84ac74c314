//! A location's country given as ISO 3166-1 alpha-3 (`JPN`) or English name (`Japan`) is
//! read as its alpha-2 code everywhere (scan time zone, lane, carrier home); a text that
//! names no country is kept and reported, never silently replaced by the carrier's zone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use chrono::{DateTime, Utc};
use tracking_core::Normalizer;
use tracking_core::time::TzSource;
use tracking_core::timeline::{Shipment, ShipmentInput};

fn now() -> DateTime<Utc> {
    "2024-04-27T00:00:00Z".parse().unwrap()
}

fn shipment(country: &str, destination: &str) -> Shipment {
    let json = format!(
        r#"{{"id":"X","carrier":"ups","destination":{{"country":"{destination}"}},
            "events":[{{"description":"Departed facility","time":"2024-04-26 14:02",
                        "location":{{"country":"{country}","city":"Tokyo"}}}}]}}"#
    );
    let input: ShipmentInput = serde_json::from_str(&json).unwrap();
    Shipment::from_input(input, &Normalizer::new(), now())
        .unwrap()
        .0
}

#[test]
fn alpha3_and_english_names_read_as_alpha2_everywhere() {
    let reference = shipment("JP", "JP");
    let e = &reference.events[0];
    assert_eq!(e.time.source, TzSource::ScanLocation);
    assert_eq!(e.time.utc.to_rfc3339(), "2024-04-26T05:02:00+00:00");
    for (country, destination) in [("JPN", "JPN"), ("Japan", "jpn"), ("jpn", "Japan")] {
        let s = shipment(country, destination);
        let e = &s.events[0];
        assert_eq!(e.time.source, TzSource::ScanLocation, "{country}");
        assert_eq!(e.time.utc, reference.events[0].time.utc, "{country}");
        assert_eq!(s.lane(), reference.lane(), "{destination}");
        assert_eq!(
            s.destination.as_ref().unwrap().country.as_deref(),
            Some("JP")
        );
        let loc = e.raw.location.as_ref().unwrap();
        assert_eq!(loc.country.as_deref(), Some("JP"));
        assert_eq!(loc.city.as_deref(), Some("Tokyo"), "the rest is kept");
        assert!(
            s.snapshot().warnings.is_empty(),
            "{:?}",
            s.snapshot().warnings
        );
    }
}

#[test]
fn alpha3_decides_a_carrier_brand_like_alpha2() {
    // DHL's domestic German network is decided by the country (registry brand homes).
    let read = |cc: &str| {
        let json = format!(
            r#"{{"id":"D","carrier":"DHL","origin":{{"country":"{cc}"}},
                "destination":{{"country":"{cc}"}}}}"#
        );
        let input: ShipmentInput = serde_json::from_str(&json).unwrap();
        let s = Shipment::from_input(input, &Normalizer::new(), now())
            .unwrap()
            .0;
        s.settled_carrier().map(|c| c.to_string())
    };
    assert_eq!(read("DEU"), read("DE"));
    assert_eq!(read("Germany"), read("DE"));
    assert_eq!(read("DE").as_deref(), Some("dhl_parcel_de"));
}

#[test]
fn a_country_that_names_none_is_kept_and_reported() {
    let s = shipment("Japon", "XX");
    let e = &s.events[0];
    // No zone from the text: the carrier's home zone, as before, but now with a warning.
    assert_eq!(e.time.source, TzSource::CarrierDefault);
    assert_eq!(
        e.raw.location.as_ref().unwrap().country.as_deref(),
        Some("Japon"),
        "kept as given"
    );
    let snap = s.snapshot();
    let warnings: Vec<(&str, &str)> = snap
        .warnings
        .iter()
        .map(|w| (w.kind.code(), w.field.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        warnings,
        [
            ("unknown_country", "destination.country"),
            ("unknown_country", "location.country")
        ]
    );
    assert!(
        snap.warnings[1].message.contains("\"Japon\""),
        "{}",
        snap.warnings[1].message
    );
    // The same scan sent again does not repeat the warning.
    let mut again = s.clone();
    let raw = s.events[0].raw.clone();
    again.ingest([raw], &Normalizer::new(), now());
    assert_eq!(again.snapshot().warnings.len(), 2);
}
