//! Lanes and pre-parsed history records: what learning reads, with no strings to parse.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::event::Location;
use crate::normalize::Normalizer;
use crate::timeline::{Shipment, ShipmentInput};

/// A country and region (`BR`, `SP`), upper-cased; either may be unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Place {
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// State, province or region code.
    pub region: Option<String>,
}

impl Place {
    /// A place from codes (trimmed, upper-cased, blanks dropped).
    pub fn new(country: Option<&str>, region: Option<&str>) -> Place {
        let clean = |s: Option<&str>| {
            s.map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_ascii_uppercase)
        };
        Place {
            country: clean(country),
            region: clean(region),
        }
    }

    /// The place of a location (its country and region).
    pub fn of(loc: Option<&Location>) -> Place {
        Place::new(
            loc.and_then(|l| l.country.as_deref()),
            loc.and_then(|l| l.region.as_deref()),
        )
    }

    fn push_label(&self, buf: &mut String) {
        match (&self.country, &self.region) {
            (Some(c), Some(r)) => {
                buf.push_str(c);
                buf.push('-');
                buf.push_str(r);
            }
            (Some(x), None) | (None, Some(x)) => buf.push_str(x),
            (None, None) => buf.push('?'),
        }
    }

    /// `BR-SP`, `BR`, or `?`.
    pub fn label(&self) -> String {
        match (&self.country, &self.region) {
            (Some(c), Some(r)) => format!("{c}-{r}"),
            (Some(c), None) => c.clone(),
            (None, Some(r)) => r.clone(),
            (None, None) => "?".to_string(),
        }
    }
}

/// A lane: carrier, service, origin and destination. Carrier names are resolved to registry
/// slugs (`UPS Ground` -> `ups`) and services normalized (`Ground Advantage` ->
/// `ground_advantage`) so that the same lane always gets the same key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LaneKey {
    /// Carrier slug (or the lower-cased name of a carrier the registry does not know).
    pub carrier: Option<String>,
    /// Normalized service.
    pub service: Option<String>,
    /// Where it ships from.
    pub origin: Place,
    /// Where it goes; its calendar counts the business days.
    pub destination: Place,
}

impl LaneKey {
    /// A lane from raw names.
    ///
    /// ```
    /// use tracking_core::estimate::{LaneKey, Place};
    /// let lane = LaneKey::new(Some("UPS"), Some("Ground"), Place::new(Some("us"), Some("ca")),
    ///     Place::new(Some("US"), Some("NY")));
    /// assert_eq!(lane.carrier.as_deref(), Some("ups"));
    /// assert_eq!(lane.service.as_deref(), Some("ground"));
    /// ```
    pub fn new(
        carrier: Option<&str>,
        service: Option<&str>,
        origin: Place,
        destination: Place,
    ) -> LaneKey {
        LaneKey {
            carrier: carrier.and_then(normalize_carrier),
            service: service.and_then(normalize_service),
            origin,
            destination,
        }
    }

    /// The lane of a shipment.
    pub fn of(s: &Shipment) -> LaneKey {
        LaneKey::new(
            s.carrier.as_deref(),
            s.service.as_deref(),
            Place::of(s.origin.as_ref()),
            Place::of(s.destination.as_ref()),
        )
    }

    /// The keys of the hierarchy, coarsest first: global, carrier, carrier+service,
    /// carrier+service+destination, full lane. Built in one buffer: each key is a prefix of
    /// the next (`c=ups`, `c=ups|s=ground`, `c=ups|s=ground|d=US-NY`, `...|o=US-CA`).
    pub(crate) fn level_keys(&self) -> LevelKeys {
        let mut buf = String::with_capacity(48);
        let mut ends = [0; 4];
        buf.push_str("c=");
        buf.push_str(self.carrier.as_deref().unwrap_or("?"));
        ends[0] = buf.len();
        buf.push_str("|s=");
        buf.push_str(self.service.as_deref().unwrap_or("?"));
        ends[1] = buf.len();
        buf.push_str("|d=");
        self.destination.push_label(&mut buf);
        ends[2] = buf.len();
        buf.push_str("|o=");
        self.origin.push_label(&mut buf);
        ends[3] = buf.len();
        LevelKeys { buf, ends }
    }
}

/// A level key in words: `all lanes`, `carrier ups`, `ups ground all lanes to US-NY`,
/// `BR-SP -> BR-RJ`.
pub(crate) fn describe_key(key: &str) -> String {
    let (mut c, mut sv, mut d, mut o) = (None, None, None, None);
    for part in key.split('|') {
        match part.split_once('=') {
            Some(("c", v)) => c = Some(v),
            Some(("s", v)) => sv = Some(v),
            Some(("d", v)) => d = Some(v),
            Some(("o", v)) => o = Some(v),
            _ => {}
        }
    }
    fn known(v: Option<&str>) -> Option<&str> {
        v.filter(|x| *x != "?")
    }
    let who = match (known(c), known(sv)) {
        (Some(c), Some(s)) => format!("{c} {s} "),
        (Some(c), None) => format!("{c} "),
        _ => String::new(),
    };
    match (c, sv, d, o) {
        (Some(_), Some(_), Some(d), Some(o)) => format!("{who}{o} -> {d}"),
        (Some(_), Some(_), Some(d), None) => format!("{who}all lanes to {d}"),
        (Some(_), Some(_), None, _) if who.is_empty() => "unknown carrier, all lanes".to_string(),
        (Some(_), Some(_), None, _) => format!("{who}all lanes"),
        (Some(c), None, _, _) => format!("carrier {}", known(Some(c)).unwrap_or("unknown")),
        _ => "all lanes".to_string(),
    }
}

/// The five level keys of a lane (see [`LaneKey::level_keys`]).
pub(crate) struct LevelKeys {
    buf: String,
    ends: [usize; 4],
}

impl LevelKeys {
    /// Number of levels.
    pub const LEVELS: usize = 5;

    /// The key of `level` (0 = global ... 4 = full lane).
    pub fn get(&self, level: usize) -> &str {
        match level.checked_sub(1).and_then(|i| self.ends.get(i)) {
            None => "*",
            Some(end) => self.buf.get(..*end).unwrap_or("*"),
        }
    }

    /// All keys, coarsest first.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..Self::LEVELS).map(|l| self.get(l))
    }
}

fn normalize_carrier(name: &str) -> Option<String> {
    let t = name.trim();
    if t.is_empty() {
        return None;
    }
    Some(match crate::carrier::lookup(t) {
        Some(c) => c.slug.to_string(),
        None => t.to_lowercase(),
    })
}

fn normalize_service(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    for ch in name.trim().chars() {
        if ch.is_alphanumeric() {
            out.extend(ch.to_lowercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_matches('_').to_string();
    (!out.is_empty()).then_some(out)
}

/// One delivered shipment, pre-parsed: instants and a lane key. What [`super::TransitModel`]
/// learns from.
#[derive(Debug, Clone, PartialEq)]
pub struct CompletedShipment {
    /// The lane.
    pub lane: LaneKey,
    /// When the customer ordered.
    pub ordered_at: Option<DateTime<Utc>>,
    /// Hand-off to the carrier.
    pub shipped_at: Option<DateTime<Utc>>,
    /// Delivery.
    pub delivered_at: DateTime<Utc>,
    /// The carrier's own estimate that was shown, if any (earliest, latest).
    pub carrier_estimate: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// The shop's promised date, if any: learning measures how far it predicts delivery.
    pub promised_by: Option<NaiveDate>,
}

impl CompletedShipment {
    /// The completed record of a delivered shipment; `None` when it was not delivered.
    pub fn from_shipment(s: &Shipment) -> Option<CompletedShipment> {
        Some(CompletedShipment {
            lane: LaneKey::of(s),
            ordered_at: s.ordered_at,
            shipped_at: s.shipped_at(),
            delivered_at: s.delivered_at()?,
            carrier_estimate: s.carrier_estimate,
            promised_by: s.promised_by,
        })
    }

    /// Parses one history record (the shipment JSON shape); `Ok(None)` when it was not
    /// delivered (open, cancelled), which transit learning skips.
    ///
    /// # Errors
    /// [`Error::InvalidTime`] when a shipment-level time cannot be parsed.
    pub fn from_input(
        input: ShipmentInput,
        normalizer: &Normalizer,
        now: DateTime<Utc>,
    ) -> Result<Option<CompletedShipment>, Error> {
        let (s, _) = Shipment::from_input(input, normalizer, now)?;
        Ok(CompletedShipment::from_shipment(&s))
    }
}
