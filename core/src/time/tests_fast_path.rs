//! The fast parser of the common shapes reads every text as chrono's format strings do,
//! or leaves it to them.
use super::*;

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
}
