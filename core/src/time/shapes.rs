//! The shapes a timestamp is written in (RFC 3339, ISO without offset, carrier shapes such
//! as UPS `YYYYMMDD HHMMSS` and DHL `DD.MM.YYYY HH:MM`), read without resolving a zone; the
//! year range and leap seconds are checked here (see the parent module's docs).

use chrono::format::ParseErrorKind;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use super::{checked, fast, local_naive};
use crate::error::Error;

/// A timestamp as parsed, before zone resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParsedTime {
    /// It carried an offset.
    WithOffset(DateTime<FixedOffset>),
    /// Wall-clock only.
    Local(NaiveDateTime),
}

pub(super) const LOCAL_FORMATS: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y%m%d %H%M%S",
    "%Y%m%d%H%M%S",
    "%Y%m%dT%H%M%S",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    // Day first with dashes (UK, Spanish, Dutch feeds: `13-11-2024 10:00`); a four-digit
    // year first never reads as a day here (`%d` takes at most two digits).
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    // Day first with slashes (`26/04/2024 14:02`): read only when month first cannot be
    // (the first field is above 12), since the month-first shapes above are tried first; a
    // text such as `05/04/2024` stays month first, as documented.
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
];

pub(super) const OFFSET_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S%.f%:z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M%:z",
];

/// Parses a timestamp in any supported shape, without resolving a zone.
///
/// Accepted: RFC 3339 (`2024-04-26T07:50:00Z`, `+02:00`), ISO without offset
/// (`2024-04-26T07:50:00`), `YYYY-MM-DD HH:MM[:SS]`, `YYYYMMDD HHMMSS` (UPS date/time pairs;
/// a 5-digit time such as `74700` is read with its leading zero restored), `DD.MM.YYYY HH:MM`
/// and `DD-MM-YYYY HH:MM` (day first, as European feeds write it), `M/D/YYYY h:mm:ss AM`
/// (month first with slashes, as US feeds write it), `DD/MM/YYYY HH:MM` (day first with
/// slashes, read only when the first field cannot be a month: `26/04/2024`), and a bare
/// date `YYYY-MM-DD` / `YYYYMMDD` / `DD.MM.YYYY` / `DD-MM-YYYY` / `DD/MM/YYYY` (read as
/// midnight).
///
/// # Errors
/// [`Error::InvalidTime`] when no shape fits, the date does not exist, or the year lies
/// outside [`MIN_YEAR`](super::MIN_YEAR)..=[`MAX_YEAR`](super::MAX_YEAR).
pub fn parse_time(input: &str) -> Result<ParsedTime, Error> {
    let parsed = parse_any_shape(input)?;
    // The year as written (the local one): a time and its rendering with an offset agree.
    let (written, parsed) = match parsed {
        ParsedTime::WithOffset(t) => (local_naive(&t), ParsedTime::WithOffset(leap_free(t))),
        ParsedTime::Local(t) => (t, ParsedTime::Local(leap_free(t))),
    };
    checked::check_year(written.year()).map_err(|reason| Error::InvalidTime {
        input: input.to_string(),
        reason,
    })?;
    Ok(parsed)
}

/// chrono keeps a leap second as nanoseconds >= 1e9 within second 59: read it as the last
/// nanosecond of the minute (see module docs). Anything else (every time the fast path
/// reads) is returned as it is.
pub(super) fn leap_free<T: Timelike + Copy>(t: T) -> T {
    if t.nanosecond() <= 999_999_999 {
        return t;
    }
    t.with_nanosecond(999_999_999).unwrap_or(t)
}

fn parse_any_shape(input: &str) -> Result<ParsedTime, Error> {
    let s = crate::letters::trim(input);
    let invalid = |reason: &str| Error::InvalidTime {
        input: input.to_string(),
        reason: reason.to_string(),
    };
    if s.is_empty() {
        return Err(invalid("empty"));
    }
    if let Some(t) = fast::fast_parse(s.as_bytes()) {
        return Ok(t);
    }
    slow_parse(s).ok_or_else(|| match offset_out_of_range(s) {
        Some(offset) => Error::InvalidTime {
            input: input.to_string(),
            reason: format!("{BAD_OFFSET}: `{offset}`"),
        },
        None => invalid(if names_a_missing_day(s) {
            NO_SUCH_DAY
        } else {
            NO_SHAPE
        }),
    })
}

/// Why a text whose UTC offset cannot exist is rejected.
pub(super) const BAD_OFFSET: &str =
    "no such UTC offset: hours must lie within 00..=23 and minutes within 00..=59";

/// The trailing UTC offset of `s` (`+25:00`, `-0970`) when it has the shape of one but its
/// hours or minutes cannot exist; runs only on the error path, after no shape read `s`.
fn offset_out_of_range(s: &str) -> Option<&str> {
    // `+HH:MM` or `+HHMM` (either sign), right after a digit of the time
    // (`T14:02:00+25:00`).
    let two = |t: &str| -> Option<u32> {
        t.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| t.parse().ok())
            .flatten()
    };
    for (len, colon) in [(6, true), (5, false)] {
        let Some(start) = s.len().checked_sub(len) else {
            continue;
        };
        let (Some(head), Some(tail)) = (s.get(..start), s.get(start..)) else {
            continue;
        };
        if !head.ends_with(|c: char| c.is_ascii_digit()) || !tail.starts_with(['+', '-']) {
            continue;
        }
        let (h, m) = if colon {
            if tail.get(3..4) != Some(":") {
                continue;
            }
            (tail.get(1..3), tail.get(4..6))
        } else {
            (tail.get(1..3), tail.get(3..5))
        };
        let (Some(h), Some(m)) = (h.and_then(two), m.and_then(two)) else {
            continue;
        };
        return (h > 23 || m > 59).then_some(tail);
    }
    None
}

/// Every supported shape, read with chrono's format strings: what the fast path gives for
/// the shapes it knows (compared in the tests), and the only reading of the others.
pub(super) fn slow_parse(s: &str) -> Option<ParsedTime> {
    // Every shape below starts with a number (year, day or month): text without a digit
    // ("not a time", "pending") fits none, and trying 24 format strings on it costs more
    // than a whole valid scan.
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(ParsedTime::WithOffset(t));
    }
    for f in OFFSET_FORMATS {
        if let Ok(t) = DateTime::parse_from_str(s, f) {
            return Some(ParsedTime::WithOffset(t));
        }
    }
    let upper = s.to_ascii_uppercase();
    let normalized = fix_short_hhmmss(&upper);
    for f in LOCAL_FORMATS {
        if let Ok(t) = NaiveDateTime::parse_from_str(&normalized, f) {
            return Some(ParsedTime::Local(t));
        }
    }
    for f in [
        "%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "%d-%m-%Y", "%m/%d/%Y", "%d/%m/%Y",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Some(ParsedTime::Local(d.and_time(NaiveTime::MIN)));
        }
    }
    None
}

/// Why a text that fits no supported shape is rejected.
pub(super) const NO_SHAPE: &str = "not a recognised date-time shape";

/// Why a text of a supported shape naming a day or time that does not exist is rejected.
pub(super) const NO_SUCH_DAY: &str =
    "no such date or time: a month, day, hour or minute is out of range";

/// Whether `s`, which no shape read, has a supported shape but names a day or time that does
/// not exist (`2024-02-30`, `25:10`). Said as such, since "no recognised shape" sends the
/// reader looking for a format problem. Runs only on the error path. chrono also says "out of
/// range" when a shape's fields fall on the wrong digits (`%Y/%m/%d` over `13/11/2024` reads
/// day 2024), so only a shape whose leading field is where the text has it counts, and
/// month-first shapes never do (`13/11/2024` is far more likely a day-first date, not a
/// supported shape, than a 13th month).
fn names_a_missing_day(s: &str) -> bool {
    // Only a shape whose leading field fits the text can count (`leading_field_fits`, plain
    // string tests): a text no shape fits ("not a time", "pending", "13:05") is answered
    // without parsing it with every format string, which costs more than a whole valid scan.
    const DATE_FORMATS: [&str; 4] = ["%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "%d-%m-%Y"];
    let mut shapes = ["rfc3339"]
        .iter()
        .chain(OFFSET_FORMATS)
        .chain(LOCAL_FORMATS)
        .chain(&DATE_FORMATS);
    if !shapes.any(|f| leading_field_fits(s, f)) {
        return false;
    }
    let out_of_range = |e: chrono::ParseError, f: &str| {
        e.kind() == ParseErrorKind::OutOfRange && leading_field_fits(s, f)
    };
    let upper = s.to_ascii_uppercase();
    let normalized = fix_short_hhmmss(&upper);
    DateTime::parse_from_rfc3339(s).is_err_and(|e| out_of_range(e, "rfc3339"))
        || OFFSET_FORMATS
            .iter()
            .any(|f| DateTime::parse_from_str(s, f).is_err_and(|e| out_of_range(e, f)))
        || LOCAL_FORMATS.iter().any(|f| {
            NaiveDateTime::parse_from_str(&normalized, f).is_err_and(|e| out_of_range(e, f))
        })
        || DATE_FORMATS
            .iter()
            .any(|f| NaiveDate::parse_from_str(s, f).is_err_and(|e| out_of_range(e, f)))
}

/// Whether format `f` (or `"rfc3339"`) starts with the field `s` starts with: a four-digit
/// year, or a day of one or two digits followed by the format's separator (dot or dash).
fn leading_field_fits(s: &str, f: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if f == "rfc3339" || f.starts_with("%Y-") || f.starts_with("%Y/") {
        digits == 4
    } else if f.starts_with("%Y%m%d") {
        digits >= 8
    } else if let Some(sep) = f.strip_prefix("%d").and_then(|r| r.bytes().next()) {
        (1..=2).contains(&digits) && b.get(digits) == Some(&sep)
    } else {
        false
    }
}

/// `YYYYMMDD HMMSS` -> `YYYYMMDD 0HMMSS`: UPS drops the leading zero of early times.
fn fix_short_hhmmss(s: &str) -> String {
    match s.split_once(' ') {
        Some((date, time))
            if date.len() == 8
                && time.len() == 5
                && date.bytes().chain(time.bytes()).all(|b| b.is_ascii_digit()) =>
        {
            format!("{date} 0{time}")
        }
        _ => s.to_string(),
    }
}
