//! Tests of time parsing and zone resolution; the fast path and the RFC 3339 writer are
//! tested in `tests_fast_path.rs` and `tests_rfc3339.rs` (the `tests_` prefix marks them as
//! test code for the source checks in `core/tests/`).
use super::*;
use chrono::{NaiveDate, NaiveTime};

#[path = "tests_fast_path.rs"]
mod fast_path;
#[path = "tests_rfc3339.rs"]
mod rfc3339;

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

#[test]
fn years_outside_the_supported_range_are_rejected_at_parse_time() {
    for bad in [
        "0000-01-01T00:00:00Z",
        "0024-04-26T07:50:00",
        "1969-12-31T23:59:59Z",
        "2201-01-01 00:00",
        "+262143-12-31T23:59:59Z",
        "-262143-01-01T00:00:00Z",
        "99991231 235959",
        "31.12.9999 23:59",
        "1/1/0001 12:00 AM",
        "0001-01-01",
    ] {
        assert!(
            matches!(parse_time(bad), Err(Error::InvalidTime { .. })),
            "{bad}"
        );
    }
    // The bounds themselves are fine; the year is the one written, whatever the offset (so a
    // time and its rendering with an offset always agree).
    for ok in [
        "1970-01-01T00:00:00Z",
        "2200-12-31T23:59:59",
        "1970-01-01T00:30:00+01:00",
        "2200-12-31T23:59:59-12:00",
    ] {
        assert!(parse_time(ok).is_ok(), "{ok}");
    }
    assert!(parse_time("1969-12-31T23:30:00-01:00").is_err());
    assert!(crate::timeline::parse_date("0000-02-29").is_err());
}

#[test]
fn leap_seconds_read_as_the_last_nanosecond_of_the_minute() {
    let hints = ZoneHints::default();
    for (input, shown) in [
        (
            "2016-12-31T23:59:60Z",
            "2016-12-31T23:59:59.999999999+00:00",
        ),
        (
            "2016-12-31T23:59:60.5Z",
            "2016-12-31T23:59:59.999999999+00:00",
        ),
        ("2016-12-31 23:59:60", "2016-12-31T23:59:59.999999999+00:00"),
        (
            "2016-12-31T23:59:60+00:00",
            "2016-12-31T23:59:59.999999999+00:00",
        ),
        ("20161231 235960", "2016-12-31T23:59:59.999999999+00:00"),
    ] {
        let t = parse_event_time(input, &hints).unwrap();
        assert_eq!(t.to_rfc3339(), shown, "{input}");
        assert!(
            DateTime::parse_from_rfc3339(&t.to_rfc3339()).is_ok(),
            "{input}"
        );
        let next = parse_event_time("2017-01-01T00:00:00Z", &hints).unwrap();
        assert!(t.utc < next.utc);
    }
}

#[test]
fn text_without_a_digit_is_rejected_before_the_format_strings() {
    // Every shape the slow path tries needs a number, so skipping it for digit-free text
    // changes no result: each format string has a numeric field.
    for f in LOCAL_FORMATS.iter().chain(OFFSET_FORMATS) {
        assert!(
            ["%Y", "%m", "%d"].iter().all(|spec| f.contains(spec)),
            "{f}"
        );
    }
    for text in ["not a time", "pending", "T::Z", "--", "AM PM", "ноль"] {
        match parse_time(text) {
            Err(Error::InvalidTime { input, reason }) => {
                assert_eq!(input, text);
                assert_eq!(reason, NO_SHAPE);
            }
            other => panic!("{text}: {other:?}"),
        }
    }
    // With digits the slow path still decides, for better or worse.
    assert!(parse_time("4/26/2024 7:50 PM").is_ok());
    assert!(matches!(
        parse_time("4 apples"),
        Err(Error::InvalidTime { reason, .. }) if reason == NO_SHAPE
    ));
}

/// The offset taken from the local lookup is the zone's offset at the resolved instant, in
/// gaps, overlaps and ordinary times, across zones with odd rules.
#[test]
fn the_resolved_offset_is_the_zones_offset_at_the_instant() {
    let zones: [Tz; 6] = [
        chrono_tz::America::New_York,
        chrono_tz::Europe::Berlin,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::America::Sao_Paulo,
        chrono_tz::Africa::Monrovia,
        chrono_tz::Asia::Kathmandu,
    ];
    let start = NaiveDate::from_ymd_opt(1970, 1, 1)
        .unwrap()
        .and_time(NaiveTime::MIN);
    for z in zones {
        // Every 97 minutes over 56 years: crosses every transition's hour many times.
        for step in (0..56 * 365 * 24 * 60).step_by(97 * 7) {
            let local = start + chrono::TimeDelta::minutes(step);
            let (utc, offset) = resolve_local_offset(local, z).unwrap();
            let want = z.offset_from_utc_datetime(&utc.naive_utc()).fix();
            assert_eq!(offset, want.local_minus_utc(), "{z} {local}");
            assert_eq!(resolve_local(local, z).unwrap(), utc);
        }
    }
}

#[test]
fn a_day_that_does_not_exist_is_named_as_such() {
    // The shape is right, the day or hour is not: the reason says so, for every family of
    // shapes that names the year or the day first.
    for text in [
        "2024-02-30T14:02:00-04:00",
        "2024-13-45T99:00:00Z",
        "2023-02-29",
        "2024-11-31",
        "2024-04-26 25:10",
        "31.04.2024 10:00",
        "31-04-2024 10:00",
        "2024/11/31 10:00",
        "31/04/2024 10:00",
        "20241345",
    ] {
        match parse_time(text) {
            Err(Error::InvalidTime { reason, .. }) => assert_eq!(reason, NO_SUCH_DAY, "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    // Wrong shapes keep their reason; real leap days still parse (a day-first date with
    // slashes, `13/11/2024`, is read: see the next test).
    for text in ["2024-02-3x", "yesterday 10:00"] {
        match parse_time(text) {
            Err(Error::InvalidTime { reason, .. }) => assert_eq!(reason, NO_SHAPE, "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    assert!(parse_time("2024-02-29").is_ok());
}

#[test]
fn day_first_dates_with_dashes_read_like_dotted_ones() {
    // `13-11-2024 10:00` (UK, Spanish, Dutch feeds) is the same wall-clock time as
    // `13.11.2024 10:00`, with and without seconds, and as a bare date.
    for (dashed, dotted) in [
        ("13-11-2024 10:00", "13.11.2024 10:00"),
        ("13-11-2024 10:00:30", "13.11.2024 10:00:30"),
        ("3-1-2024 07:05", "3.1.2024 07:05"),
        ("13-11-2024", "13.11.2024"),
    ] {
        let t = parse_time(dashed).unwrap_or_else(|e| panic!("{dashed}: {e}"));
        assert_eq!(t, parse_time(dotted).unwrap(), "{dashed}");
        assert!(matches!(t, ParsedTime::Local(_)), "{dashed}");
    }
    assert_eq!(
        parse_time("13-11-2024 10:00").unwrap(),
        ParsedTime::Local(
            NaiveDate::from_ymd_opt(2024, 11, 13)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap()
        )
    );
    // Year first still reads year first; a dashed date whose first field is neither a day
    // nor a year is not a shape.
    assert_eq!(
        parse_time("2024-11-13 10:00").unwrap(),
        parse_time("13-11-2024 10:00").unwrap()
    );
    assert!(parse_time("113-11-2024 10:00").is_err());
}

#[test]
fn day_first_dates_with_slashes_read_when_month_first_cannot() {
    // `26/04/2024 14:02` cannot be month first (no month 26): read day first, like
    // `26.04.2024 14:02` and `26-04-2024 14:02`, with and without seconds, and as a bare date.
    for (slashed, dotted) in [
        ("26/04/2024 14:02", "26.04.2024 14:02"),
        ("26/04/2024 14:02:09", "26.04.2024 14:02:09"),
        ("13/1/2024 07:05", "13.1.2024 07:05"),
        ("26/04/2024", "26.04.2024"),
    ] {
        let t = parse_time(slashed).unwrap_or_else(|e| panic!("{slashed}: {e}"));
        assert_eq!(t, parse_time(dotted).unwrap(), "{slashed}");
        assert_eq!(
            t,
            parse_time(&slashed.replace('/', "-")).unwrap(),
            "{slashed}"
        );
    }
    // A text that fits month first stays month first (US feeds), as documented.
    assert_eq!(
        parse_time("04/05/2024 10:00").unwrap(),
        parse_time("2024-04-05 10:00").unwrap()
    );
    assert_eq!(
        parse_time("4/26/2024 7:50 PM").unwrap(),
        parse_time("2024-04-26 19:50").unwrap()
    );
    // Neither reading exists: a day that does not exist is said as such.
    match parse_time("32/13/2024 10:00") {
        Err(Error::InvalidTime { reason, .. }) => assert_eq!(reason, NO_SUCH_DAY),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_offset_that_cannot_exist_is_named_as_the_problem() {
    for (text, offset) in [
        ("2024-04-26T14:02:00+25:00", "+25:00"),
        ("2024-04-26 14:02:00-24:00", "-24:00"),
        ("2024-04-26T14:02:00+05:75", "+05:75"),
        ("2024-04-26T14:02:00+2500", "+2500"),
    ] {
        match parse_time(text) {
            Err(Error::InvalidTime { reason, .. }) => {
                assert!(reason.starts_with(BAD_OFFSET), "{text}: {reason}");
                assert!(reason.contains(offset), "{text}: {reason}");
            }
            other => panic!("{text}: {other:?}"),
        }
    }
    // A good offset on a day that does not exist still names the day.
    match parse_time("2024-02-30T10:00:00+02:00") {
        Err(Error::InvalidTime { reason, .. }) => assert_eq!(reason, NO_SUCH_DAY),
        other => panic!("{other:?}"),
    }
    assert!(parse_time("2024-04-26T14:02:00+14:00").is_ok());
}
