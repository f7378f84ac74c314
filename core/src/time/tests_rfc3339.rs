//! The hand-written RFC 3339 writer: chrono's text for whole-minute offsets, exact and
//! readable back for offsets with seconds, no panic at the ends of the range.
use super::*;

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

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

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
