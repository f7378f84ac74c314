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
//!
//! Range: a timestamp whose year as written lies outside [`MIN_YEAR`]..=[`MAX_YEAR`] is rejected
//! when it is parsed ([`Error::InvalidTime`]), so no later stage ever does date arithmetic near the ends
//! of what `chrono` can represent. Leap seconds (`23:59:60`) are accepted and read as the last
//! nanosecond of that minute (`23:59:59.999999999`), which keeps the order of events and
//! renders as valid RFC 3339.

use chrono::{
    DateTime, Datelike, FixedOffset, LocalResult, NaiveDateTime, Offset, TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;
use serde::{Serialize, Serializer};

use crate::error::Error;
use crate::event::Location;

mod checked;
mod clock;
mod fast;
mod scan;
mod shapes;
mod text;

pub use checked::{
    MAX_YEAR, MIN_YEAR, add_days, add_hours, check_instant, local_naive, next_day, sub_days,
};
pub use clock::{parse_clock, parse_now};
pub use scan::{TIME_TEXT_BUF, check_event_time, event_time_text, read_event_time};
#[cfg(test)]
use shapes::{
    BAD_OFFSET, LOCAL_FORMATS, NO_SHAPE, NO_SUCH_DAY, OFFSET_FORMATS, leap_free, slow_parse,
};
pub use shapes::{ParsedTime, parse_time};
pub use text::TimeText;

/// Where the zone used to read a timestamp came from, in priority order.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
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
    ///
    /// An offset with seconds (local mean time, e.g. Monrovia's `-00:44:30` until 1972) is
    /// written exactly as `-00:44:30` (the ISO 8601 extended form) instead of being truncated
    /// to minutes, which would name a different instant.
    pub fn to_rfc3339(&self) -> String {
        self.rfc3339().into()
    }

    /// [`EventTime::to_rfc3339`]'s text held inline, without allocating: what a snapshot
    /// shows as each event's time.
    pub fn rfc3339(&self) -> TimeText {
        let Some(off) = FixedOffset::east_opt(self.offset_seconds) else {
            return self.chrono_rfc3339();
        };
        let Some(local) = self.utc.naive_utc().checked_add_offset(off) else {
            return self.chrono_rfc3339();
        };
        let (date, time) = (local.date(), local.time());
        let year = date.year();
        if !(0..=9999).contains(&year) {
            return self.chrono_rfc3339();
        }
        // At most 38 bytes (`YYYY-MM-DDTHH:MM:SS.fffffffff+HH:MM:SS`), all ASCII, written at
        // fixed places into the text's own inline buffer.
        let mut buf = [0u8; TimeText::INLINE];
        let two = |n: u32| [b'0' + (n / 10 % 10) as u8, b'0' + (n % 10) as u8];
        let y = year.unsigned_abs();
        let [y1, y2] = two(y / 100);
        let [y3, y4] = two(y % 100);
        let [mo1, mo2] = two(date.month());
        let [d1, d2] = two(date.day());
        let [h1, h2] = two(time.hour());
        let [mi1, mi2] = two(time.minute());
        let [s1, s2] = two(time.second());
        let head = [
            y1, y2, y3, y4, b'-', mo1, mo2, b'-', d1, d2, b'T', h1, h2, b':', mi1, mi2, b':', s1,
            s2,
        ];
        let mut len = head.len();
        if let Some(slot) = buf.get_mut(..len) {
            slot.copy_from_slice(&head);
        }
        // A leap second that reached here without going through `parse_time` (chrono keeps it
        // as nanoseconds >= 1e9) is shown as the minute's last nanosecond.
        let nanos = time.nanosecond().min(999_999_999);
        if nanos != 0 {
            // chrono's AutoSi: milli, micro or nano digits, the fewest that are exact.
            let (mut value, digits) = if nanos % 1_000_000 == 0 {
                (nanos / 1_000_000, 3)
            } else if nanos % 1_000 == 0 {
                (nanos / 1_000, 6)
            } else {
                (nanos, 9)
            };
            if let Some((dot, frac)) = buf
                .get_mut(len..=len + digits)
                .and_then(|f| f.split_first_mut())
            {
                *dot = b'.';
                for slot in frac.iter_mut().rev() {
                    *slot = b'0' + (value % 10) as u8;
                    value /= 10;
                }
            }
            len += digits + 1;
        }
        let abs = self.offset_seconds.unsigned_abs();
        let sign = if self.offset_seconds < 0 { b'-' } else { b'+' };
        let [oh1, oh2] = two(abs / 3600);
        let [om1, om2] = two(abs / 60 % 60);
        let [os1, os2] = two(abs % 60);
        let tail = [sign, oh1, oh2, b':', om1, om2, b':', os1, os2];
        // Seconds only when the offset has them (local mean time).
        let tail_len = if abs.is_multiple_of(60) { 6 } else { 9 };
        if let (Some(slot), Some(src)) = (buf.get_mut(len..len + tail_len), tail.get(..tail_len)) {
            slot.copy_from_slice(src);
        }
        len += tail_len;
        TimeText::inline_ascii(buf, len)
    }

    /// chrono's own text, for what the fast writer does not cover (a year outside 0-9999,
    /// an offset chrono refuses).
    #[cold]
    #[inline(never)]
    fn chrono_rfc3339(&self) -> TimeText {
        match FixedOffset::east_opt(self.offset_seconds) {
            Some(off) => self.utc.with_timezone(&off).to_rfc3339().into(),
            None => self.utc.to_rfc3339().into(),
        }
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

/// Resolves a wall-clock time in `zone`, handling DST gaps and overlaps (see module docs).
///
/// # Errors
/// [`Error::InvalidTime`] only if the zone has no valid instant within a day of the input.
pub fn resolve_local(local: NaiveDateTime, zone: Tz) -> Result<DateTime<Utc>, Error> {
    resolve_local_offset(local, zone).map(|(utc, _)| utc)
}

/// [`resolve_local`] and the zone's offset at the resulting instant, in seconds east: read
/// from the same lookup instead of a second search of the zone's transitions.
fn resolve_local_offset(local: NaiveDateTime, zone: Tz) -> Result<(DateTime<Utc>, i32), Error> {
    let at = |t: DateTime<Tz>| (t.with_timezone(&Utc), t.offset().fix().local_minus_utc());
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(at(t)),
        LocalResult::Ambiguous(earlier, _) => Ok(at(earlier)),
        LocalResult::None => {
            // In a gap: take the offset in force just before it and apply it to the wall-clock
            // time, which lands after the gap by the gap's length ("compatible").
            let before = chrono::TimeDelta::try_hours(3).and_then(|d| local.checked_sub_signed(d));
            match before.map(|b| zone.from_local_datetime(&b)) {
                Some(LocalResult::Single(t) | LocalResult::Ambiguous(t, _)) => {
                    let off = t.offset().fix();
                    let utc = local
                        .checked_sub_offset(off)
                        .map(|utc| Utc.from_utc_datetime(&utc))
                        .ok_or_else(|| Error::InvalidTime {
                            input: local.to_string(),
                            reason: "out of range".to_string(),
                        })?;
                    // The instant lies after the gap: the offset in force there.
                    let after = zone.offset_from_utc_datetime(&utc.naive_utc()).fix();
                    Ok((utc, after.local_minus_utc()))
                }
                _ => Err(Error::InvalidTime {
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
    parse_event_time_with(input, || choose_zone(hints))
}

/// [`parse_event_time`] with the zone choice given as a function, called only when the text
/// has no offset (the timeline memoizes [`choose_zone`] per batch).
pub(crate) fn parse_event_time_with(
    input: &str,
    choose: impl FnOnce() -> (Option<Tz>, TzSource),
) -> Result<EventTime, Error> {
    match parse_time(input)? {
        ParsedTime::WithOffset(t) => Ok(EventTime {
            utc: t.with_timezone(&Utc),
            local: local_naive(&t),
            offset_seconds: t.offset().local_minus_utc(),
            source: TzSource::ExplicitOffset,
            zone: None,
        }),
        ParsedTime::Local(local) => {
            let (zone, source) = choose();
            match zone {
                Some(z) => {
                    let (utc, offset_seconds) = resolve_local_offset(local, z)?;
                    Ok(EventTime {
                        utc,
                        local,
                        offset_seconds,
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
mod tests;
