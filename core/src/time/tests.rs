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
fn offsets_with_seconds_are_rendered_exactly_and_read_back() {
    // Monrovia kept local mean time (-0:44:30) until 1972.
    let zone: Tz = "Africa/Monrovia".parse().unwrap();
    let local = NaiveDate::from_ymd_opt(1971, 6, 1)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap();
    let utc = resolve_local(local, zone).unwrap();
    let t = EventTime {
        utc,
        local,
        offset_seconds: zone
            .offset_from_utc_datetime(&utc.naive_utc())
            .fix()
            .local_minus_utc(),
        source: TzSource::ScanLocation,
        zone: Some(zone),
    };
    assert_eq!(t.offset_seconds, -(44 * 60 + 30));
    let text = t.to_rfc3339();
    assert_eq!(text, "1971-06-01T12:00:00-00:44:30");
    let back = parse_event_time(&text, &ZoneHints::default()).unwrap();
    assert_eq!(back.utc, t.utc);
    assert_eq!(back.offset_seconds, t.offset_seconds);
}

#[test]
fn rendering_extreme_instants_does_not_panic() {
    for utc in [DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC] {
        for offset_seconds in [-50_400, -2670, 0, 50_400] {
            let t = EventTime {
                utc,
                local: utc.naive_utc(),
                offset_seconds,
                source: TzSource::ExplicitOffset,
                zone: None,
            };
            assert!(!t.to_rfc3339().is_empty());
        }
    }
    // Resolving the ends of chrono's range in a zone returns (error or not) without panicking.
    let ny: Tz = "America/New_York".parse().unwrap();
    let _ = resolve_local(NaiveDateTime::MIN, ny);
    let _ = resolve_local(NaiveDateTime::MAX, ny);
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

#[test]
fn fast_offsets_read_as_chrono_reads_them() {
    // The fast path applies the offset itself; chrono's `from_local_datetime` is the
    // reference, including at the ends of chrono's range where neither may give an instant.
    let stamps = [
        "2024-04-26T07:50:00",
        "1970-01-01T00:00:00",
        "2200-12-31T23:59:59",
        "2016-12-31T23:59:60",
        "+262142-12-31T23:59:59",
        "-262143-01-01T00:00:00",
    ];
    let offsets = [
        "Z",
        "+00:00",
        "-04:00",
        "+05:30",
        "+1400",
        "-23:59",
        "-00:44:30",
        "+23:59:59",
    ];
    for stamp in stamps {
        for off in offsets {
            let text = format!("{stamp}{off}");
            let fast = fast::fast_parse(text.as_bytes());
            let reference = NaiveDateTime::parse_from_str(stamp, "%Y-%m-%dT%H:%M:%S")
                .ok()
                .zip(fast::offset_for_test(off))
                .and_then(|(t, o)| {
                    let t = if t.second() == 59 && t.nanosecond() >= 1_000_000_000 {
                        t.with_nanosecond(999_999_999)?
                    } else {
                        t
                    };
                    o.from_local_datetime(&t).single()
                })
                .map(ParsedTime::WithOffset);
            // Signed years are not a fast shape: those go to the general path.
            if stamp.starts_with(['+', '-']) {
                assert_eq!(fast, None, "{text}");
            } else {
                assert_eq!(fast, reference, "{text}");
            }
        }
    }
}

/// The fast path's reading, or `None` where it leaves the text to the format strings, with
/// the leap second folded as `parse_time` folds it.
fn fast_reading(s: &str) -> Option<ParsedTime> {
    fast::fast_parse(s.as_bytes()).map(fold_leap)
}

/// The format strings' reading, folded the same way.
fn slow_reading(s: &str) -> Option<ParsedTime> {
    slow_parse(s).map(fold_leap)
}

fn fold_leap(p: ParsedTime) -> ParsedTime {
    match p {
        ParsedTime::WithOffset(t) => ParsedTime::WithOffset(leap_free(t)),
        ParsedTime::Local(t) => ParsedTime::Local(leap_free(t)),
    }
}

/// Shapes the fast path reads that chrono's format strings do not: an offset with seconds
/// (the exact form `to_rfc3339` writes for local-mean-time offsets, so it must read back), a
/// compact or hour-only offset after a time without seconds, and an hour-only offset.
fn fast_only(s: &str) -> bool {
    let tail = s.get(16..).unwrap_or_default();
    let offset = tail.trim_start_matches(|c: char| c == ':' || c == '.' || c.is_ascii_digit());
    let with_seconds = offset.len() == 9 && offset.as_bytes().get(6) == Some(&b':');
    let compact = !offset.is_empty() && !offset.contains(':') && !offset.eq_ignore_ascii_case("z");
    let no_seconds = s.as_bytes().get(16) != Some(&b':');
    with_seconds || compact || (no_seconds && !offset.is_empty())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

    /// The fast path is exact: wherever both read a text, they read the same instant and
    /// wall-clock time (leap seconds, fractions, every offset form, impossible dates and
    /// times, years at and beyond the supported range).
    #[test]
    fn fast_and_slow_paths_agree(
        y in 0u32..10000, mo in 0u32..14, d in 0u32..33, h in 0u32..26, mi in 0u32..61,
        sec in proptest::option::of(0u32..62),
        frac in proptest::option::of("[0-9]{1,12}"),
        sep in proptest::sample::select(vec!["T", "t", " "]),
        off in proptest::option::of((
            proptest::sample::select(vec!["+", "-"]), 0u32..25, 0u32..61,
            proptest::option::of(0u32..61), proptest::bool::ANY,
        )),
        zulu in proptest::bool::ANY,
        shape in 0u8..3,
    ) {
        let text = match shape {
            0 => {
                let mut t = format!("{y:04}-{mo:02}-{d:02}{sep}{h:02}:{mi:02}");
                if let Some(s) = sec {
                    t += &format!(":{s:02}");
                    if let Some(f) = &frac {
                        t += &format!(".{f}");
                    }
                }
                match off {
                    _ if zulu => t += "Z",
                    Some((sign, oh, om, os, colon)) => {
                        let c = if colon { ":" } else { "" };
                        t += &format!("{sign}{oh:02}{c}{om:02}");
                        if let Some(os) = os.filter(|_| colon) {
                            t += &format!(":{os:02}");
                        }
                    }
                    None => {}
                }
                t
            }
            1 => format!("{y:04}{mo:02}{d:02} {h}{mi:02}{:02}", sec.unwrap_or(0)),
            _ => format!("{d:02}.{mo:02}.{y:04} {h:02}:{mi:02}{}",
                sec.map(|s| format!(":{s:02}")).unwrap_or_default()),
        };
        let (fast, slow) = (fast_reading(&text), slow_reading(&text));
        match (fast, slow) {
            (Some(f), Some(s)) => proptest::prop_assert_eq!(f, s, "{}", text),
            (Some(_), None) => proptest::prop_assert!(fast_only(&text), "only fast reads {}", text),
            // The general path reads what the fast path leaves: never a different answer.
            (None, _) => {}
        }
        // Through the public entry point, the range check holds on either path.
        if let Ok(p) = parse_time(&text) {
            let year = match p {
                ParsedTime::WithOffset(t) => local_naive(&t).year(),
                ParsedTime::Local(t) => t.year(),
            };
            proptest::prop_assert!((MIN_YEAR..=MAX_YEAR).contains(&year), "{}", text);
        }
    }

    /// The hand-written RFC 3339 writer gives chrono's text for whole-minute offsets, and
    /// reads back to the same instant for offsets with seconds. Instants stay a day inside
    /// the supported years: the range check reads the local date, so 1970-01-01T00:30Z
    /// written at -01:00 is a 1969 date and is rightly refused.
    #[test]
    fn rfc3339_writer_matches_chrono(
        secs in 86_400i64..7_258_118_400 - 86_400, nanos in 0u32..1_000_000_000,
        round in 0u8..4, offset in -86_399i32..86_400,
    ) {
        let nanos = match round { 0 => 0, 1 => nanos / 1_000_000 * 1_000_000, 2 => nanos / 1000 * 1000, _ => nanos };
        let utc = DateTime::from_timestamp(secs, nanos).unwrap();
        let off = FixedOffset::east_opt(offset).unwrap();
        let t = utc.with_timezone(&off);
        let et = EventTime {
            utc, local: t.naive_local(), offset_seconds: offset,
            source: TzSource::ExplicitOffset, zone: None,
        };
        let text = et.to_rfc3339();
        if offset % 60 == 0 {
            proptest::prop_assert_eq!(&text, &t.to_rfc3339());
        }
        match parse_time(&text) {
            Ok(ParsedTime::WithOffset(back)) => {
                proptest::prop_assert_eq!(back.with_timezone(&Utc), utc, "{}", text);
                proptest::prop_assert_eq!(back.offset().local_minus_utc(), offset, "{}", text);
            }
            other => proptest::prop_assert!(false, "{} read as {:?}", text, other),
        }
    }
}

proptest::proptest! {
    /// Over every year the writer handles itself (0-9999, before 1970 too) and across the
    /// edges of that range (where chrono writes the text), the writer's text is chrono's,
    /// for whole-minute offsets; with an offset in seconds (which chrono rounds to minutes),
    /// the date and time before the offset are.
    #[test]
    fn rfc3339_writer_matches_chrono_in_every_year(
        secs in -62_167_305_600i64..253_402_387_200, nanos in 0u32..1_000_000_000,
        round in 0u8..4, offset in -86_399i32..86_400,
    ) {
        let nanos = match round { 0 => 0, 1 => nanos / 1_000_000 * 1_000_000, 2 => nanos / 1000 * 1000, _ => nanos };
        let utc = DateTime::from_timestamp(secs, nanos).unwrap();
        let off = FixedOffset::east_opt(offset).unwrap();
        let et = EventTime {
            utc, local: utc.with_timezone(&off).naive_local(), offset_seconds: offset,
            source: TzSource::ExplicitOffset, zone: None,
        };
        let text = et.to_rfc3339();
        let chrono_text = utc.with_timezone(&off).to_rfc3339();
        if offset % 60 == 0 {
            proptest::prop_assert_eq!(&text, &chrono_text);
        } else {
            // chrono rounds such an offset to minutes: the date and time before it agree.
            let local = chrono_text.len() - "+HH:MM".len();
            proptest::prop_assert_eq!(text.get(..local), chrono_text.get(..local));
        }
    }
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
