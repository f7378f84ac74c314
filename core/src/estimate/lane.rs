//! Lanes and pre-parsed history records: what learning reads, with no strings to parse.

use chrono::{DateTime, Utc};
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
    /// carrier+service+destination, full lane.
    pub(crate) fn level_keys(&self) -> [String; 5] {
        let c = self.carrier.as_deref().unwrap_or("?");
        let s = self.service.as_deref().unwrap_or("?");
        let cs = format!("c={c}|s={s}");
        let d = self.destination.label();
        let dest = format!("{cs}|d={d}");
        let lane = format!("{cs}|o={}|d={d}", self.origin.label());
        ["*".to_string(), format!("c={c}"), cs, dest, lane]
    }

    /// In words, for a level of [`LaneKey::level_keys`].
    pub(crate) fn describe(&self, level: usize) -> String {
        let who = match (&self.carrier, &self.service) {
            (Some(c), Some(s)) => format!("{c} {s} "),
            (Some(c), None) => format!("{c} "),
            _ => String::new(),
        };
        match level {
            0 => "all lanes".to_string(),
            1 => format!("carrier {}", self.carrier.as_deref().unwrap_or("unknown")),
            2 => format!("{}all lanes", if who.is_empty() { "unknown carrier, " } else { &who }),
            3 => format!("{who}all lanes to {}", self.destination.label()),
            _ => format!(
                "{who}{} -> {}",
                self.origin.label(),
                self.destination.label()
            ),
        }
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
