//! Scan timestamps with or without offset, and where their time zone came from.
//!
//! Carriers send times in many shapes, often as local wall-clock with no offset (UPS
//! `YYYYMMDD` + `HHMMSS`, DHL `DD.MM.YYYY HH:MM`). The instant is then resolved in a zone chosen
//! by priority: explicit offset > scan location > carrier default > shipment destination >
//! assumed UTC. Every [`EventTime`] records which one was used ([`TzSource`]), so a wrong guess
//! is visible instead of silent.
//!
//! DST: a wall-clock time in a spring-forward gap (`2024-03-10 02:30` in New York) does not
//! exist; it is read as the same wall-clock time after the shift (the instant one gap-length
//! later, `03:30` EDT = 07:30Z), as RFC 9557 "compatible" disambiguation does. A time in a
//! fall-back overlap (`2024-11-03 01:30`) exists twice; the earlier instant (EDT) is taken.

use chrono::{
    DateTime, Datelike, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;
use serde::{Serialize, Serializer};

use crate::error::Error;
use crate::event::Location;

/// Where the zone used to read a timestamp came from, in priority order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TzSource {
    /// The timestamp carried its own offset (`Z`, `+02:00`).
    ExplicitOffset,
    /// The zone of the scan's location (country, and region where a country spans zones).
    ScanLocation,
    /// The carrier's default zone (its home network).
    CarrierDefault,
    /// The zone of the shipment's destination.
    ShipmentDestination,
    /// Nothing else was known; the wall-clock time was read as UTC.
    AssumedUtc,
}

/// A resolved scan time: the instant, the wall-clock time as the carrier wrote it, the offset
/// between them, and where the zone came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EventTime {
    /// The instant.
    pub utc: DateTime<Utc>,
    /// Local wall-clock time at the scan.
    pub local: NaiveDateTime,
    /// Offset of `local` from UTC, in seconds (east positive).
    pub offset_seconds: i32,
    /// How the zone was chosen.
    pub source: TzSource,
    /// The IANA zone, when one was used (none for explicit offsets and assumed UTC).
    #[serde(serialize_with = "serialize_zone")]
    pub zone: Option<Tz>,
}

fn serialize_zone<S: Serializer>(zone: &Option<Tz>, s: S) -> Result<S::Ok, S::Error> {
    match zone {
        Some(z) => s.serialize_some(z.name()),
        None => s.serialize_none(),
    }
}

impl EventTime {
    /// The time as RFC 3339 with its local offset (`2024-04-26T07:50:00-04:00`).
    /// The same text as chrono's `to_rfc3339` (fraction only when non-zero), written without
    /// the formatting machinery: snapshots format every event's time.
    pub fn to_rfc3339(&self) -> String {
        let Some(off) = FixedOffset::east_opt(self.offset_seconds) else {
            return self.utc.to_rfc3339();
        };
        let local = self.utc.with_timezone(&off).naive_local();
        let (date, time) = (local.date(), local.time());
        let year = date.year();
        if !(0..=9999).contains(&year) || self.offset_seconds % 60 != 0 {
            return self.utc.with_timezone(&off).to_rfc3339();
        }
        let mut out = String::with_capacity(32);
        let push2 = |out: &mut String, n: u32| {
            out.push(char::from(b'0' + (n / 10 % 10) as u8));
            out.push(char::from(b'0' + (n % 10) as u8));
        };
        let y = year.unsigned_abs();
        push2(&mut out, y / 100);
        push2(&mut out, y % 100);
        out.push('-');
        push2(&mut out, date.month());
        out.push('-');
        push2(&mut out, date.day());
        out.push('T');
        push2(&mut out, time.hour());
        out.push(':');
        push2(&mut out, time.minute());
        out.push(':');
        push2(&mut out, time.second());
        let nanos = time.nanosecond();
        if nanos != 0 {
            // chrono's AutoSi: milli, micro or nano digits, the fewest that are exact.
            let (value, digits) = if nanos % 1_000_000 == 0 {
                (nanos / 1_000_000, 3)
            } else if nanos % 1_000 == 0 {
                (nanos / 1_000, 6)
            } else {
                (nanos, 9)
            };
            out.push('.');
            let text = format!("{value:0digits$}");
            out.push_str(&text);
        }
        let abs = self.offset_seconds.unsigned_abs() / 60;
        out.push(if self.offset_seconds < 0 { '-' } else { '+' });
        push2(&mut out, abs / 60);
        out.push(':');
        push2(&mut out, abs % 60);
        out
    }

    /// An instant already known in UTC (e.g. `now`), shown in UTC.
    pub fn from_utc(utc: DateTime<Utc>) -> Self {
        EventTime {
            utc,
            local: utc.naive_utc(),
            offset_seconds: 0,
            source: TzSource::ExplicitOffset,
            zone: None,
        }
    }
}

/// What is known about where a scan happened, to read a timestamp without offset.
#[derive(Debug, Clone, Copy, Default)]
pub struct ZoneHints<'a> {
    /// The scan's location.
    pub location: Option<&'a Location>,
    /// The carrier slug or name.
    pub carrier: Option<&'a str>,
    /// The shipment's destination.
    pub destination: Option<&'a Location>,
}

/// A timestamp as parsed, before zone resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParsedTime {
    /// It carried an offset.
    WithOffset(DateTime<FixedOffset>),
    /// Wall-clock only.
    Local(NaiveDateTime),
}

const LOCAL_FORMATS: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y%m%d %H%M%S",
    "%Y%m%d%H%M%S",
    "%Y%m%dT%H%M%S",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
];

const OFFSET_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S%.f%:z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M%:z",
];

/// Parses a timestamp in any supported shape, without resolving a zone.
///
/// Accepted: RFC 3339 (`2024-04-26T07:50:00Z`, `+02:00`), ISO without offset
/// (`2024-04-26T07:50:00`), `YYYY-MM-DD HH:MM[:SS]`, `YYYYMMDD HHMMSS` (UPS date/time pairs;
/// a 5-digit time such as `74700` is read with its leading zero restored), `DD.MM.YYYY HH:MM`,
/// `M/D/YYYY h:mm:ss AM`, and a bare date `YYYY-MM-DD` / `YYYYMMDD` (read as midnight).
///
/// # Errors
/// [`Error::InvalidTime`] when no shape fits or the date does not exist.
pub fn parse_time(input: &str) -> Result<ParsedTime, Error> {
    let s = input.trim();
    let invalid = |reason: &str| Error::InvalidTime {
        input: input.to_string(),
        reason: reason.to_string(),
    };
    if s.is_empty() {
        return Err(invalid("empty"));
    }
    if let Some(t) = fast_parse(s.as_bytes()) {
        return Ok(t);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(ParsedTime::WithOffset(t));
    }
    for f in OFFSET_FORMATS {
        if let Ok(t) = DateTime::parse_from_str(s, f) {
            return Ok(ParsedTime::WithOffset(t));
        }
    }
    let upper = s.to_ascii_uppercase();
    let normalized = fix_short_hhmmss(&upper);
    for f in LOCAL_FORMATS {
        if let Ok(t) = NaiveDateTime::parse_from_str(&normalized, f) {
            return Ok(ParsedTime::Local(t));
        }
    }
    for f in ["%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "%m/%d/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Ok(ParsedTime::Local(d.and_time(NaiveTime::MIN)));
        }
    }
    Err(invalid("not a recognised date-time shape"))
}

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
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, mo, d)?.and_hms_nano_opt(h, mi, sec, nanos)
}

/// A UTC offset `Z`, `+HH:MM`, `+HHMM` or `+HH`, in seconds east.
fn offset_seconds(b: &[u8]) -> Option<i32> {
    match b {
        [b'Z' | b'z'] => Some(0),
        [sign @ (b'+' | b'-'), rest @ ..] => {
            let (h, m) = match rest.len() {
                2 => (digits(rest, 0..2)?, 0),
                4 => (digits(rest, 0..2)?, digits(rest, 2..4)?),
                5 if rest.get(2) == Some(&b':') => (digits(rest, 0..2)?, digits(rest, 3..5)?),
                _ => return None,
            };
            if h > 23 || m > 59 {
                return None;
            }
            let secs = i32::try_from(h * 3600 + m * 60).ok()?;
            Some(if *sign == b'-' { -secs } else { secs })
        }
        _ => None,
    }
}

/// Hand-written parser for the shapes carriers send most (ISO 8601 with or without offset,
/// UPS `YYYYMMDD HHMMSS`, DHL `DD.MM.YYYY HH:MM`): ten times faster than trying format
/// strings one by one. `None` means "not one of these", and the general path decides.
fn fast_parse(b: &[u8]) -> Option<ParsedTime> {
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
        return off
            .from_local_datetime(&t)
            .single()
            .map(ParsedTime::WithOffset);
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

/// Resolves a wall-clock time in `zone`, handling DST gaps and overlaps (see module docs).
///
/// # Errors
/// [`Error::InvalidTime`] only if the zone has no valid instant within a day of the input.
pub fn resolve_local(local: NaiveDateTime, zone: Tz) -> Result<DateTime<Utc>, Error> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(earlier, _) => Ok(earlier.with_timezone(&Utc)),
        LocalResult::None => {
            // In a gap: take the offset in force just before it and apply it to the wall-clock
            // time, which lands after the gap by the gap's length ("compatible").
            let before = local - chrono::Duration::hours(3);
            match zone.from_local_datetime(&before) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => {
                    let off = t.offset().fix();
                    Ok(Utc.from_utc_datetime(&(local - off)))
                }
                LocalResult::None => Err(Error::InvalidTime {
                    input: local.to_string(),
                    reason: format!("no valid instant in {}", zone.name()),
                }),
            }
        }
    }
}

/// Parses `input` and resolves it to an instant using `hints` (see module docs for priority).
///
/// # Errors
/// [`Error::InvalidTime`] when the text cannot be parsed.
pub fn parse_event_time(input: &str, hints: &ZoneHints<'_>) -> Result<EventTime, Error> {
    match parse_time(input)? {
        ParsedTime::WithOffset(t) => Ok(EventTime {
            utc: t.with_timezone(&Utc),
            local: t.naive_local(),
            offset_seconds: t.offset().local_minus_utc(),
            source: TzSource::ExplicitOffset,
            zone: None,
        }),
        ParsedTime::Local(local) => {
            let (zone, source) = choose_zone(hints);
            match zone {
                Some(z) => {
                    let utc = resolve_local(local, z)?;
                    let offset_seconds = z.offset_from_utc_datetime(&utc.naive_utc()).fix();
                    Ok(EventTime {
                        utc,
                        local,
                        offset_seconds: offset_seconds.local_minus_utc(),
                        source,
                        zone: Some(z),
                    })
                }
                None => Ok(EventTime {
                    utc: Utc.from_utc_datetime(&local),
                    local,
                    offset_seconds: 0,
                    source: TzSource::AssumedUtc,
                    zone: None,
                }),
            }
        }
    }
}

/// The zone to read a wall-clock time in, and why.
pub fn choose_zone(hints: &ZoneHints<'_>) -> (Option<Tz>, TzSource) {
    if let Some(z) = hints.location.and_then(zone_for_location) {
        return (Some(z), TzSource::ScanLocation);
    }
    if let Some(z) = hints
        .carrier
        // Through the normalizer's index: `carrier::lookup` folds every registry name for a
        // carrier given by alias, and this runs for every scan without an offset.
        .and_then(crate::normalize::registry_slug)
        .and_then(crate::carrier::lookup)
        .and_then(|c| c.timezone.parse::<Tz>().ok())
        .filter(|z| *z != Tz::UTC)
    {
        return (Some(z), TzSource::CarrierDefault);
    }
    if let Some(z) = hints.destination.and_then(zone_for_location) {
        return (Some(z), TzSource::ShipmentDestination);
    }
    (None, TzSource::AssumedUtc)
}

/// The zone of a location, from its country and region.
pub fn zone_for_location(loc: &Location) -> Option<Tz> {
    zone_for(loc.country.as_deref()?, loc.region.as_deref())
}

/// Resolves an IANA zone from an ISO 3166-1 alpha-2 country, plus a region code for the
/// countries that span several zones (US, CA, BR, AU, MX, RU). Without a region, such a
/// country gets its most populous zone.
///
/// Sources: the IANA tz database `zone1970.tab` (country -> zones) and each country's
/// subdivision codes (ISO 3166-2); state-to-zone assignments follow the zone each state's
/// capital observes.
pub fn zone_for(country: &str, region: Option<&str>) -> Option<Tz> {
    // Upper-cased on the stack: this runs for every scan without an offset.
    let mut cc_buf = [0u8; 3];
    let cc = upper(country.trim(), &mut cc_buf)?;
    let mut region_buf = [0u8; 8];
    let region = region.and_then(|r| {
        let r = r.trim();
        // Accept ISO 3166-2 style `US-CA` as well as `CA`.
        let r = match r.split_once('-') {
            Some((prefix, tail)) if prefix.eq_ignore_ascii_case(cc) => tail,
            _ => r,
        };
        upper(r, &mut region_buf)
    });
    let name = region
        .and_then(|r| crate::time_zones::regional_zone(cc, r))
        .or_else(|| crate::time_zones::country_zone(cc))?;
    name.parse().ok()
}

/// `s` upper-cased into `buf`, when it is short ASCII (country and region codes are).
fn upper<'b>(s: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let out = buf.get_mut(..s.len())?;
    out.copy_from_slice(s.as_bytes());
    out.make_ascii_uppercase();
    std::str::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
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
}
