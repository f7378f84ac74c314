//! The lane of a shipment: carrier, service, origin and destination, resolved once. One type
//! for every stage that groups by lane (transit windows, dwell thresholds, analytics), with one
//! text form that both saved models use.
//!
//! The text form is a *level key*: the lane's parts from coarsest to finest, each `name=value`,
//! `?` for an unknown part, joined by `|`; a coarser level is a prefix of a finer one:
//!
//! | level | key |
//! |---|---|
//! | 0, all lanes | `*` |
//! | 1, carrier | `c=ups` |
//! | 2, carrier + service | `c=ups\|s=ground` |
//! | 3, ... + destination | `c=ups\|s=ground\|d=US-NY` |
//! | 4, the full lane | `c=ups\|s=ground\|d=US-NY\|o=US-CA` |

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::event::Location;

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
            (Some(c), None) => buf.push_str(c),
            (None, Some(r)) => {
                buf.push('-');
                buf.push_str(r);
            }
            (None, None) => buf.push('?'),
        }
    }

    /// `BR-SP`, `BR`, `-SP` (region of an unknown country), or `?`.
    pub fn label(&self) -> String {
        let mut s = String::new();
        self.push_label(&mut s);
        s
    }

    /// Reads a [`Place::label`] back.
    pub fn from_label(label: &str) -> Place {
        let label = label.trim();
        if label == "?" {
            return Place::default();
        }
        match label.split_once('-') {
            Some((c, r)) => Place::new(Some(c), Some(r)),
            None => Place::new(Some(label), None),
        }
    }

    /// Whether nothing is known.
    pub fn is_unknown(&self) -> bool {
        self.country.is_none() && self.region.is_none()
    }
}

/// A lane: carrier, service, origin and destination. Carrier names are resolved to registry
/// slugs (`UPS Ground` -> `ups`) and services normalized (`Ground Advantage` ->
/// `ground_advantage`) so that the same lane always gets the same key.
///
/// ```
/// use tracking_core::lane::{Lane, Place};
/// let lane = Lane::new(Some("UPS"), Some("Ground"), Place::new(Some("us"), Some("ca")),
///     Place::new(Some("US"), Some("NY")));
/// assert_eq!(lane.carrier.as_deref(), Some("ups"));
/// assert_eq!(lane.key(), "c=ups|s=ground|d=US-NY|o=US-CA");
/// assert_eq!(Lane::from_key(&lane.key()), Some(lane));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Lane {
    /// Carrier slug (or the lower-cased name of a carrier the registry does not know).
    pub carrier: Option<String>,
    /// Normalized service.
    pub service: Option<String>,
    /// Where it ships from.
    pub origin: Place,
    /// Where it goes; its calendar counts the business days.
    pub destination: Place,
}

impl Lane {
    /// A lane from raw names.
    pub fn new(
        carrier: Option<&str>,
        service: Option<&str>,
        origin: Place,
        destination: Place,
    ) -> Lane {
        Lane {
            carrier: carrier.and_then(normalize_carrier),
            service: service.and_then(normalize_service),
            origin,
            destination,
        }
    }

    /// A lane from raw names and locations.
    pub fn from_locations(
        carrier: Option<&str>,
        service: Option<&str>,
        origin: Option<&Location>,
        destination: Option<&Location>,
    ) -> Lane {
        Lane::new(carrier, service, Place::of(origin), Place::of(destination))
    }

    /// The same lane at level `level` (0 = all lanes ... 4 = the full lane): finer parts are
    /// dropped (see the module docs).
    pub fn at_level(&self, level: usize) -> Lane {
        Lane {
            carrier: self.carrier.clone().filter(|_| level >= 1),
            service: self.service.clone().filter(|_| level >= 2),
            destination: if level >= 3 {
                self.destination.clone()
            } else {
                Place::default()
            },
            origin: if level >= 4 {
                self.origin.clone()
            } else {
                Place::default()
            },
        }
    }

    /// The key of the full lane (level 4), e.g. `c=ups|s=ground|d=US-NY|o=US-CA`.
    pub fn key(&self) -> String {
        self.level_keys().get(4).to_string()
    }

    /// The route, `BR-SP>BR-RJ` (origin, then destination).
    pub fn route(&self) -> String {
        let mut s = String::with_capacity(16);
        self.origin.push_label(&mut s);
        s.push('>');
        self.destination.push_label(&mut s);
        s
    }

    /// Reads a level key back (any level; `?` parts are unknown). `None` when the text is
    /// not a level key.
    pub fn from_key(key: &str) -> Option<Lane> {
        let mut lane = Lane::default();
        if key == "*" {
            return Some(lane);
        }
        let known = |v: &str| (v != "?").then(|| v.to_string());
        for (i, part) in key.split('|').enumerate() {
            let (name, value) = part.split_once('=')?;
            match (i, name) {
                (0, "c") => lane.carrier = known(value),
                (1, "s") => lane.service = known(value),
                (2, "d") => lane.destination = Place::from_label(value),
                (3, "o") => lane.origin = Place::from_label(value),
                _ => return None,
            }
        }
        Some(lane)
    }

    /// The keys of the hierarchy, coarsest first (see the module docs). Built in one buffer:
    /// each key is a prefix of the next.
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

/// `ups ground BR-SP -> BR-RJ` (unknown parts left out).
impl fmt::Display for Lane {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for part in [&self.carrier, &self.service].into_iter().flatten() {
            write!(f, "{part} ")?;
        }
        write!(f, "{} -> {}", self.origin.label(), self.destination.label())
    }
}

/// The five level keys of a lane (see [`Lane::level_keys`]).
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

/// A lane saved as its level key (what the saved models hold).
pub(crate) mod as_key {
    use serde::{Deserialize, Deserializer, Serializer, de::Error as _};

    use super::Lane;

    pub fn serialize<S: Serializer>(lane: &Lane, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&lane.key_at_own_level())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Lane, D::Error> {
        let text = String::deserialize(d)?;
        Lane::from_key(&text).ok_or_else(|| D::Error::custom(format!("bad lane key `{text}`")))
    }
}

impl Lane {
    /// The key of the finest level this lane has a known part at (`*` for an empty lane,
    /// `c=ups` for a carrier-only lane), so that a coarse lane saves as a short key.
    pub(crate) fn key_at_own_level(&self) -> String {
        let level = if !self.origin.is_unknown() {
            4
        } else if !self.destination.is_unknown() {
            3
        } else if self.service.is_some() {
            2
        } else if self.carrier.is_some() {
            1
        } else {
            0
        };
        self.level_keys().get(level).to_string()
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn keys_round_trip_at_every_level() {
        let lane = Lane::new(
            Some("DHL Express"),
            Some("Express Worldwide"),
            Place::new(Some("de"), None),
            Place::new(None, Some("sp")),
        );
        let keys = lane.level_keys();
        assert_eq!(keys.get(0), "*");
        assert_eq!(
            keys.get(4),
            "c=dhl_express|s=express_worldwide|d=-SP|o=DE",
            "{}",
            keys.get(4)
        );
        for level in 0..LevelKeys::LEVELS {
            let back = Lane::from_key(keys.get(level)).unwrap();
            assert_eq!(back, lane.at_level(level), "level {level}");
            assert_eq!(back.key_at_own_level(), keys.get(level));
        }
        assert_eq!(Lane::from_key("d=BR|c=ups"), None);
        assert_eq!(Lane::from_key("ups"), None);
    }

    #[test]
    fn unknown_parts_read_back_as_unknown() {
        let lane = Lane::from_key("c=?|s=?|d=BR-RJ|o=?").unwrap();
        assert_eq!(lane.carrier, None);
        assert_eq!(lane.route(), "?>BR-RJ");
        assert_eq!(lane.to_string(), "? -> BR-RJ");
    }
}
