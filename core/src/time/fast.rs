//! A hand-written parser for the common timestamp shapes: chrono's format-string parsing costs
//! microseconds per call, and ingest parses one timestamp per scan.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};

use super::ParsedTime;

/// The decimal value of the ASCII digits at `range`, if they are all digits.
fn digits(b: &[u8], range: std::ops::Range<usize>) -> Option<u32> {
    let part = b.get(range)?;
    if part.is_empty() {
        return None;
    }
    part.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

fn local(y: u32, mo: u32, d: u32, h: u32, mi: u32, sec: u32, nanos: u32) -> Option<NaiveDateTime> {
    // A leap second is read as the last nanosecond of its minute (see the module docs of
    // `time`).
    let (sec, nanos) = if sec == 60 {
        (59, 999_999_999)
    } else {
        (sec, nanos)
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, mo, d)?.and_hms_nano_opt(h, mi, sec, nanos)
}

/// A UTC offset `Z`, `+HH:MM`, `+HHMM`, `+HH`, or `+HH:MM:SS` (the exact form
/// `EventTime::to_rfc3339` writes for local-mean-time offsets), in seconds east.
fn offset_seconds(b: &[u8]) -> Option<i32> {
    match b {
        [b'Z' | b'z'] => Some(0),
        [sign @ (b'+' | b'-'), rest @ ..] => {
            let colon = |i: usize| rest.get(i) == Some(&b':');
            let (h, m, s) = match rest.len() {
                2 => (digits(rest, 0..2)?, 0, 0),
                4 => (digits(rest, 0..2)?, digits(rest, 2..4)?, 0),
                5 if colon(2) => (digits(rest, 0..2)?, digits(rest, 3..5)?, 0),
                8 if colon(2) && colon(5) => (
                    digits(rest, 0..2)?,
                    digits(rest, 3..5)?,
                    digits(rest, 6..8)?,
                ),
                _ => return None,
            };
            if h > 23 || m > 59 || s > 59 {
                return None;
            }
            let secs = i32::try_from(h * 3600 + m * 60 + s).ok()?;
            Some(if *sign == b'-' { -secs } else { secs })
        }
        _ => None,
    }
}

/// The offset of a timestamp's tail, for the tests' reference readings.
#[cfg(test)]
pub(super) fn offset_for_test(tail: &str) -> Option<FixedOffset> {
    FixedOffset::east_opt(offset_seconds(tail.as_bytes())?)
}

/// Hand-written parser for the shapes carriers send most (ISO 8601 with or without offset,
/// UPS `YYYYMMDD HHMMSS`, DHL `DD.MM.YYYY HH:MM`): ten times faster than trying format
/// strings one by one. `None` means "not one of these", and the general path decides.
pub(super) fn fast_parse(b: &[u8]) -> Option<ParsedTime> {
    let at = |i: usize| b.get(i).copied();
    // YYYY-MM-DD[T ]HH:MM[:SS[.f]][offset]
    if b.len() >= 16
        && at(4) == Some(b'-')
        && at(7) == Some(b'-')
        && matches!(at(10), Some(b'T' | b't' | b' '))
        && at(13) == Some(b':')
    {
        let (mut sec, mut nanos, mut i) = (0, 0, 16);
        if at(16) == Some(b':') {
            sec = digits(b, 17..19)?;
            i = 19;
            if at(19) == Some(b'.') {
                let start = 20;
                let mut end = start;
                while at(end).is_some_and(|c| c.is_ascii_digit()) {
                    end += 1;
                }
                let frac = b.get(start..end.min(start + 9))?;
                let mut n = digits(frac, 0..frac.len())?;
                for _ in frac.len()..9 {
                    n *= 10;
                }
                nanos = n;
                i = end;
            }
        }
        let t = local(
            digits(b, 0..4)?,
            digits(b, 5..7)?,
            digits(b, 8..10)?,
            digits(b, 11..13)?,
            digits(b, 14..16)?,
            sec,
            nanos,
        )?;
        let rest = b.get(i..)?;
        if rest.is_empty() {
            return Some(ParsedTime::Local(t));
        }
        let off = FixedOffset::east_opt(offset_seconds(rest)?)?;
        // What `off.from_local_datetime(&t).single()` gives (a fixed offset has exactly one
        // reading, or none out of range), without the `LocalResult` machinery.
        let utc = t.checked_sub_offset(off)?;
        return Some(ParsedTime::WithOffset(DateTime::from_naive_utc_and_offset(
            utc, off,
        )));
    }
    // YYYYMMDD HHMMSS, YYYYMMDD HMMSS (UPS drops the leading zero)
    if (b.len() == 15 || b.len() == 14) && at(8) == Some(b' ') {
        let time = b.get(9..)?;
        let (h, rest) = if time.len() == 6 {
            (digits(time, 0..2)?, 2)
        } else {
            (digits(time, 0..1)?, 1)
        };
        let t = local(
            digits(b, 0..4)?,
            digits(b, 4..6)?,
            digits(b, 6..8)?,
            h,
            digits(time, rest..rest + 2)?,
            digits(time, rest + 2..rest + 4)?,
            0,
        )?;
        return Some(ParsedTime::Local(t));
    }
    // DD.MM.YYYY HH:MM[:SS]
    if (b.len() == 16 || b.len() == 19)
        && at(2) == Some(b'.')
        && at(5) == Some(b'.')
        && at(10) == Some(b' ')
        && at(13) == Some(b':')
    {
        let sec = if b.len() == 19 {
            if at(16) != Some(b':') {
                return None;
            }
            digits(b, 17..19)?
        } else {
            0
        };
        let t = local(
            digits(b, 6..10)?,
            digits(b, 3..5)?,
            digits(b, 0..2)?,
            digits(b, 11..13)?,
            digits(b, 14..16)?,
            sec,
            0,
        )?;
        return Some(ParsedTime::Local(t));
    }
    None
}
