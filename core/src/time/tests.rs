//! Tests of time parsing and zone resolution.
use super::*;

fn loc(country: &str, region: Option<&str>) -> Location {
    Location {
        country: Some(country.into()),
        region: region.map(Into::into),
        ..Location::default()
    }
}

#[test]
fn parses_every_documented_shape() {
    let cases = [
        "2024-04-26T07:50:00Z",
        "2024-04-26T07:50:00+02:00",
        "2024-04-26T07:50:00",
        "2024-04-26 07:50",
        "2024-04-26 07:50:00",
        "20240426 075000",
        "20240426 74700",
        "26.04.2024 07:50",
        "4/26/2024 7:50:00 AM",
        "2024-04-26",
    ];
    for c in cases {
        assert!(parse_time(c).is_ok(), "{c}");
    }
    match parse_time("20240426 74700").unwrap() {
        ParsedTime::Local(t) => assert_eq!((t.hour(), t.minute()), (7, 47)),
        other => panic!("{other:?}"),
    }
    match parse_time("4/26/2024 7:50:00 PM").unwrap() {
        ParsedTime::Local(t) => assert_eq!(t.hour(), 19),
        other => panic!("{other:?}"),
    }
    assert!(parse_time("yesterday").is_err());
    assert!(parse_time("2024-02-30 10:00").is_err());
}

#[test]
fn rfc3339_output_matches_chrono() {
    let cases = [
        "2024-04-26T07:50:00-04:00",
        "2024-04-26T07:50:00+00:00",
        "2024-12-31T23:59:59.5+05:30",
        "2024-01-01T00:00:00.000123-09:30",
        "0999-01-01T00:00:00.123456789+14:00",
    ];
    for c in cases {
        let t = DateTime::parse_from_rfc3339(c).unwrap();
        let et = EventTime {
            utc: t.with_timezone(&Utc),
            local: t.naive_local(),
            offset_seconds: t.offset().local_minus_utc(),
            source: TzSource::ExplicitOffset,
            zone: None,
        };
        assert_eq!(et.to_rfc3339(), t.to_rfc3339(), "{c}");
    }
}

#[test]
fn fast_path_agrees_with_the_format_strings() {
    let cases = [
        ("2024-04-26T07:50:00Z", "2024-04-26T07:50:00+00:00"),
        (
            "2024-04-26T07:50:00.123+02:00",
            "2024-04-26T07:50:00.123+02:00",
        ),
        ("2024-04-26 07:50:00-0400", "2024-04-26T07:50:00-04:00"),
        ("2024-04-26T07:50+05:30", "2024-04-26T07:50:00+05:30"),
    ];
    for (input, want) in cases {
        match parse_time(input).unwrap() {
            ParsedTime::WithOffset(t) => assert_eq!(t.to_rfc3339(), want, "{input}"),
            other => panic!("{input}: {other:?}"),
        }
    }
    let locals = [
        ("2024-04-26T07:50:00", "2024-04-26 07:50:00"),
        ("2024-04-26 07:50", "2024-04-26 07:50:00"),
        ("20240426 074700", "2024-04-26 07:47:00"),
        ("20240426 74700", "2024-04-26 07:47:00"),
        ("26.04.2024 05:12", "2024-04-26 05:12:00"),
        ("26.04.2024 05:12:09", "2024-04-26 05:12:09"),
    ];
    for (input, want) in locals {
        match parse_time(input).unwrap() {
            ParsedTime::Local(t) => assert_eq!(t.to_string(), want, "{input}"),
            other => panic!("{input}: {other:?}"),
        }
    }
    for bad in [
        "2024-13-26T07:50:00Z",
        "31.02.2024 10:00",
        "20240431 010000",
        "2024-04-26T25:00",
    ] {
        assert!(parse_time(bad).is_err(), "{bad}");
    }
}

#[test]
fn zone_priority_is_explicit_then_location_then_carrier_then_destination() {
    let ny = loc("US", Some("NY"));
    let de = loc("DE", None);
    let h = ZoneHints {
        location: Some(&ny),
        carrier: Some("dhl_parcel_de"),
        destination: Some(&de),
    };
    let t = parse_event_time("2024-04-26T07:50:00+02:00", &h).unwrap();
    assert_eq!(t.source, TzSource::ExplicitOffset);
    let t = parse_event_time("2024-04-26 07:50", &h).unwrap();
    assert_eq!(t.source, TzSource::ScanLocation);
    assert_eq!(t.utc.to_rfc3339(), "2024-04-26T11:50:00+00:00");
    let h = ZoneHints {
        location: None,
        ..h
    };
    let t = parse_event_time("2024-04-26 07:50", &h).unwrap();
    assert_eq!(t.source, TzSource::CarrierDefault);
    assert_eq!(t.offset_seconds, 7200);
    let h = ZoneHints { carrier: None, ..h };
    assert_eq!(
        parse_event_time("2024-04-26 07:50", &h).unwrap().source,
        TzSource::ShipmentDestination
    );
    let t = parse_event_time("2024-04-26 07:50", &ZoneHints::default()).unwrap();
    assert_eq!(t.source, TzSource::AssumedUtc);
    assert_eq!(t.utc.to_rfc3339(), "2024-04-26T07:50:00+00:00");
}

#[test]
fn dst_gap_and_overlap_in_new_york() {
    let z: Tz = "America/New_York".parse().unwrap();
    let gap = NaiveDateTime::parse_from_str("2024-03-10 02:30", "%Y-%m-%d %H:%M").unwrap();
    assert_eq!(
        resolve_local(gap, z).unwrap().to_rfc3339(),
        "2024-03-10T07:30:00+00:00"
    );
    let overlap = NaiveDateTime::parse_from_str("2024-11-03 01:30", "%Y-%m-%d %H:%M").unwrap();
    // Earlier of the two: 01:30 EDT (-04:00).
    assert_eq!(
        resolve_local(overlap, z).unwrap().to_rfc3339(),
        "2024-11-03T05:30:00+00:00"
    );
    let ny = loc("US", Some("NY"));
    let t = parse_event_time(
        "2024-11-03 01:30",
        &ZoneHints {
            location: Some(&ny),
            ..ZoneHints::default()
        },
    )
    .unwrap();
    assert_eq!(t.offset_seconds, -4 * 3600);
}

#[test]
fn regions_pick_the_right_zone() {
    assert_eq!(
        zone_for("US", Some("CA")).unwrap().name(),
        "America/Los_Angeles"
    );
    assert_eq!(
        zone_for("us", Some("US-IL")).unwrap().name(),
        "America/Chicago"
    );
    assert_eq!(zone_for("BR", Some("AM")).unwrap().name(), "America/Manaus");
    assert_eq!(
        zone_for("BR", Some("SP")).unwrap().name(),
        "America/Sao_Paulo"
    );
    assert_eq!(
        zone_for("AU", Some("WA")).unwrap().name(),
        "Australia/Perth"
    );
    assert_eq!(
        zone_for("CA", Some("BC")).unwrap().name(),
        "America/Vancouver"
    );
    assert_eq!(
        zone_for("MX", Some("BCN")).unwrap().name(),
        "America/Tijuana"
    );
    assert_eq!(
        zone_for("RU", Some("NVS")).unwrap().name(),
        "Asia/Novosibirsk"
    );
    assert_eq!(zone_for("US", None).unwrap().name(), "America/New_York");
    assert_eq!(zone_for("DE", Some("BY")).unwrap().name(), "Europe/Berlin");
    assert!(zone_for("XX", None).is_none());
}
