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
    DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
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
    pub fn to_rfc3339(&self) -> String {
        match FixedOffset::east_opt(self.offset_seconds) {
            Some(off) => self.utc.with_timezone(&off).to_rfc3339(),
            None => self.utc.to_rfc3339(),
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
    let cc = country.trim().to_ascii_uppercase();
    let region = region.map(|r| {
        let r = r.trim().to_ascii_uppercase();
        // Accept ISO 3166-2 style `US-CA` as well as `CA`.
        match r.split_once('-') {
            Some((prefix, tail)) if prefix == cc => tail.to_string(),
            _ => r,
        }
    });
    let name = region
        .as_deref()
        .and_then(|r| crate::time_zones::regional_zone(&cc, r))
        .or_else(|| crate::time_zones::country_zone(&cc))?;
    name.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;

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
}
