//! Dwell times learned from history: how long shipments stay in one state before the next
//! scan (or delivery), per carrier, status and lane, in business hours of the destination's
//! calendar. Stored as a few quantiles per key, so assessing needs one hash lookup.
//!
//! Two kinds of gap are kept apart, because they measure different things:
//! - `scan_gap`: from a scan in a state to the next scan (timelines with events);
//! - `handoff_to_delivery`: the whole leg, for history that has only shipped/delivered times;
//! - `promise_ratio`: for such a leg with a shop's promised date, the leg's business hours over
//!   the business hours from hand-off to the end of the promised day (a per-order expectation:
//!   a shop that promised three weeks expects a slower parcel than one that promised five days).
//!
//! Quantiles are recency-weighted (see `online.rs`), and [`DwellModel::observe`] adds one
//! completed shipment at a time.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::clock::{Calendars, Clock};
use super::online::{self, AlarmCalibration};
use crate::error::Error;
use crate::event::Location;
use crate::lane::Lane;
use crate::status::Status;
use crate::timeline::Shipment;

/// Current model format version. Version 2 saves each entry's carrier and lane as one
/// [`Lane`] level key (`c=ups|s=?|d=BR-RJ|o=BR-SP`), the form transit models use; version 1
/// (a `carrier` slug and a `BR-SP>BR-RJ` lane text) still loads.
pub const DWELL_MODEL_VERSION: u32 = 2;

/// The oldest model format [`DwellModel::from_json`] reads.
pub const MIN_DWELL_MODEL_VERSION: u32 = 1;

/// The quantile levels a learned model keeps.
pub const LEVELS: [f64; 6] = [0.5, 0.8, 0.9, 0.95, 0.975, 0.99];

/// Which gap a dwell sample measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GapKind {
    /// From a scan to the next scan (or delivery).
    ScanGap,
    /// From hand-off to delivery, with no scans in between (history without events).
    HandoffToDelivery,
    /// A hand-off-to-delivery leg over the promised transit (a ratio, not hours).
    PromiseRatio,
}

/// How specific a learned entry is (the back-off order, most specific first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Scope {
    /// Carrier, status and lane.
    Lane,
    /// Carrier and status.
    Carrier,
    /// Status, all carriers pooled.
    Status,
}

/// One learned key: its sample size and the dwell quantiles at [`DwellModel::levels`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DwellEntry {
    /// How specific the entry is.
    pub scope: Scope,
    /// Which gap it measures.
    pub kind: GapKind,
    /// The lane, as far as the scope keeps it: carrier (`None` when history had none),
    /// origin and destination at [`Scope::Lane`]; the carrier at [`Scope::Carrier`]; nothing
    /// at [`Scope::Status`]. Saved as its level key (see [`crate::lane`]); the service is not
    /// part of a dwell key.
    #[serde(with = "crate::lane::as_key")]
    pub lane: Lane,
    /// The state the shipment dwelt in.
    pub status: Status,
    /// Number of samples.
    pub n: u64,
    /// Dwell in business hours at each level of [`DwellModel::levels`] (point estimates).
    pub hours: Vec<f64>,
    /// One-sided 95%-confidence upper bounds of those quantiles (distribution-free, from the
    /// order statistics); `None` where the sample is too small to bound the quantile. The
    /// stall threshold uses these, so small lanes are not judged by a lucky-short sample.
    #[serde(default)]
    pub upper: Vec<Option<f64>>,
    /// Recency-weighted sample weights over log-spaced bins (see `online.rs`), so that
    /// [`DwellModel::observe`] can update the quantiles; empty in older models (such an entry
    /// restarts from the observed samples).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hist: Vec<f32>,
    /// Sum of the sample weights.
    #[serde(default)]
    pub weight: f64,
    /// Sum of the squared sample weights (for the effective sample size).
    #[serde(default)]
    pub weight_sq: f64,
}

/// Dwell-time quantiles learned from history (serde, versioned).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DwellModel {
    /// Format version ([`DWELL_MODEL_VERSION`]).
    pub version: u32,
    /// Quantile levels of every entry's `hours`.
    pub levels: Vec<f64>,
    /// Entries with fewer samples than this are not used (back-off to a wider scope).
    pub min_samples: u64,
    /// The learned keys.
    pub entries: Vec<DwellEntry>,
    /// Recency half-life in days: a sample this much older than another counts half.
    #[serde(default = "online::default_half_life")]
    pub half_life_days: f64,
    /// The instant sample weights are relative to (weight 1).
    #[serde(default)]
    pub reference: Option<DateTime<Utc>>,
    /// The false-alarm control, updated by [`super::Assessor::observe`].
    #[serde(default)]
    pub calibration: AlarmCalibration,
}

impl Default for DwellModel {
    fn default() -> Self {
        DwellModel {
            version: DWELL_MODEL_VERSION,
            levels: LEVELS.to_vec(),
            min_samples: 30,
            entries: Vec::new(),
            half_life_days: online::default_half_life(),
            reference: None,
            calibration: AlarmCalibration::default(),
        }
    }
}

/// Folds a carrier to its registry slug, `unknown` when absent.
pub(crate) fn carrier_slug(carrier: Option<&str>) -> &str {
    match carrier.map(str::trim).filter(|c| !c.is_empty()) {
        None => "unknown",
        Some(c) => crate::carrier::lookup(c).map_or(c, |k| k.slug),
    }
}

/// The dwell lane of a shipment at `scope`: what an entry of that scope is keyed by.
pub(crate) fn scoped_lane(s: &Shipment, carrier: &str, scope: Scope) -> Lane {
    let carrier = (carrier != "unknown").then(|| carrier.to_string());
    match scope {
        Scope::Lane => Lane {
            carrier,
            ..Lane::from_locations(None, None, s.origin.as_ref(), s.destination.as_ref())
        },
        Scope::Carrier => Lane {
            carrier,
            ..Lane::default()
        },
        Scope::Status => Lane::default(),
    }
}

/// Streaming FNV-1a over upper-cased bytes, with a separator between fields.
#[derive(Clone, Copy)]
pub(crate) struct KeyHash(u64);

impl KeyHash {
    pub(crate) fn new(scope: Scope, kind: GapKind, status: Status) -> Self {
        let mut h = KeyHash(0xcbf2_9ce4_8422_2325);
        h.byte(scope as u8);
        h.byte(kind as u8);
        h.str(status.code());
        h.byte(0x1f);
        h
    }
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    pub(crate) fn str(&mut self, s: &str) {
        for b in s.bytes() {
            self.byte(b.to_ascii_uppercase());
        }
    }
    pub(crate) fn carrier(mut self, slug: &str) -> Self {
        self.str(slug);
        self.byte(0x1f);
        self
    }
    /// A lane's route (`BR-SP>BR-RJ`, see [`Lane::route`]).
    pub(crate) fn route(mut self, route: &str) -> Self {
        self.str(route);
        self.byte(0x1f);
        self
    }
    pub(crate) fn finish(self) -> u64 {
        self.0
    }
}

/// Whether an origin and destination are in different countries (unknown counts as domestic).
pub(crate) fn is_international(origin: Option<&Location>, dest: Option<&Location>) -> bool {
    fn cc(l: Option<&Location>) -> Option<&str> {
        l.and_then(|l| l.country.as_deref()).map(str::trim)
    }
    match (cc(origin), cc(dest)) {
        (Some(a), Some(b)) if !a.is_empty() && !b.is_empty() => !a.eq_ignore_ascii_case(b),
        _ => false,
    }
}

/// Whether a parcel in `status` is still with the shipper (its dwell runs on the origin's
/// calendar; everything after hand-off runs on the destination's).
pub(crate) fn at_origin(status: Status) -> bool {
    matches!(status, Status::Pending | Status::InfoReceived)
}

/// The calendar a dwell in `status` is counted on.
pub(crate) fn clock_for(s: &Shipment, status: Status, calendars: &Calendars) -> Clock {
    let place = if at_origin(status) {
        s.origin.as_ref()
    } else {
        s.destination.as_ref()
    };
    calendars.get(
        place.and_then(|d| d.country.as_deref()),
        place.and_then(|d| d.region.as_deref()),
    )
}

/// The dwell samples of one shipment: `(kind, status, business hours)`.
pub(crate) fn samples(s: &Shipment, calendars: &Calendars) -> Vec<(GapKind, Status, f64)> {
    let clock = clock_for(s, Status::InTransit, calendars);
    let origin_clock = clock_for(s, Status::InfoReceived, calendars);
    let mut out = Vec::new();
    let moving: Vec<_> = s
        .events
        .iter()
        .filter(|e| e.normalized.affects_state)
        .collect();
    if moving.is_empty() {
        if let (Some(a), Some(b)) = (s.shipped_at(), s.given_delivered_at) {
            let leg = clock.business_hours(a, b);
            out.push((GapKind::HandoffToDelivery, Status::InTransit, leg));
            if let Some(p) = promised_hours(s, a, &clock) {
                out.push((GapKind::PromiseRatio, Status::InTransit, leg / p));
            }
        }
        return out;
    }
    for pair in moving.windows(2) {
        let (Some(a), Some(b)) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let st = a.normalized.status;
        if st == Status::Delivered || crate::status::is_terminal(st, a.normalized.substatus) {
            break;
        }
        let c = if at_origin(st) { &origin_clock } else { &clock };
        out.push((
            GapKind::ScanGap,
            st,
            c.business_hours(a.time.utc, b.time.utc),
        ));
    }
    // The last scan before a delivery given only as a time.
    if let (Some(last), Some(d)) = (moving.last(), s.given_delivered_at)
        && last.normalized.status != Status::Delivered
        && d > last.time.utc
    {
        out.push((
            GapKind::ScanGap,
            last.normalized.status,
            clock.business_hours(last.time.utc, d),
        ));
    }
    out
}

/// Business hours from hand-off to the end of the promised day, when a promise was given and
/// leaves at least half a business day (shorter ones say nothing about the transit).
pub(crate) fn promised_hours(s: &Shipment, shipped: DateTime<Utc>, clock: &Clock) -> Option<f64> {
    let p = s.promised_by?;
    let h = clock.business_hours(shipped, clock.end_of_day(p));
    (h >= 12.0).then_some(h)
}

/// When a shipment's samples were complete: delivery, else its last event or hand-off.
pub(crate) fn completed_at(s: &Shipment) -> Option<DateTime<Utc>> {
    s.given_delivered_at
        .or(s.delivered_at())
        .or(s.last_event_at())
        .or(s.shipped_at())
}

/// The key hash of a stored entry (as assessment computes it from a shipment).
pub(crate) fn entry_key(e: &DwellEntry) -> u64 {
    let h = KeyHash::new(e.scope, e.kind, e.status);
    let carrier = e.lane.carrier.as_deref().unwrap_or("unknown");
    match e.scope {
        Scope::Lane => h.carrier(carrier).route(&e.lane.route()),
        Scope::Carrier => h.carrier(carrier),
        Scope::Status => h,
    }
    .finish()
}

/// Rewrites a version 1 model in place as version 2: each entry's `carrier` slug and
/// `BR-SP>BR-RJ` lane text become one lane key.
fn upgrade_v1(v: &mut serde_json::Value) -> Result<(), Error> {
    let bad = |what: &str| Error::InvalidModel {
        reason: format!("dwell model (version 1): {what}"),
    };
    let entries = v
        .get_mut("entries")
        .and_then(serde_json::Value::as_array_mut)
        .ok_or_else(|| bad("field `entries` must be a list"))?;
    for e in entries {
        let obj = e
            .as_object_mut()
            .ok_or_else(|| bad("every entry must be an object"))?;
        let text = |o: &mut serde_json::Map<String, serde_json::Value>, k: &str| match o.remove(k) {
            None | Some(serde_json::Value::Null) => Ok(String::new()),
            Some(serde_json::Value::String(s)) => Ok(s),
            Some(_) => Err(bad(&format!("field `entries.{k}` must be text"))),
        };
        let carrier = text(obj, "carrier")?;
        let route = text(obj, "lane")?;
        let (origin, dest) = route.split_once('>').unwrap_or(("", ""));
        let lane = Lane {
            carrier: Some(carrier.trim())
                .filter(|c| !c.is_empty() && *c != "unknown")
                .map(str::to_string),
            service: None,
            origin: crate::lane::Place::from_label(origin),
            destination: crate::lane::Place::from_label(dest),
        };
        obj.insert(
            "lane".into(),
            serde_json::Value::String(lane.key_at_own_level()),
        );
    }
    if let Some(version) = v.get_mut("version") {
        *version = serde_json::Value::from(DWELL_MODEL_VERSION);
    }
    Ok(())
}

impl DwellModel {
    /// Learns from completed (or partly completed) shipments. Only observed gaps count: a
    /// shipment still sitting in a state contributes nothing for that state (no guessing).
    /// Samples are weighted by recency against the newest shipment (see
    /// [`DwellModel::half_life_days`]).
    pub fn learn<'a>(shipments: impl IntoIterator<Item = &'a Shipment>) -> DwellModel {
        let shipments: Vec<&Shipment> = shipments.into_iter().collect();
        let mut model = DwellModel {
            reference: shipments.iter().filter_map(|s| completed_at(s)).max(),
            ..DwellModel::default()
        };
        let calendars = Calendars::default();
        let mut keys: HashMap<u64, usize> = HashMap::new();
        for s in shipments {
            let carrier = s.settled_carrier();
            let carrier = carrier_slug(carrier.as_deref());
            model.add_samples(s, carrier, &calendars, &mut keys, &mut Vec::new());
        }
        let levels = model.levels.clone();
        for e in &mut model.entries {
            e.refresh(&levels);
        }
        // Deterministic output for the same history.
        model
            .entries
            .sort_by_cached_key(|e| (e.scope as u8, e.kind as u8, e.lane.key(), e.status));
        model
    }

    /// Parses a model from JSON, checking its version and shape.
    ///
    /// # Errors
    /// [`Error::InvalidModel`] for another version, bad JSON or entries whose quantiles do not
    /// match the levels.
    pub fn from_json(json: &str) -> Result<DwellModel, Error> {
        let invalid = |e: serde_json::Error| Error::InvalidModel {
            reason: format!("dwell model: {e}"),
        };
        let v: serde_json::Value = serde_json::from_str(json).map_err(invalid)?;
        let mut v: serde_json::Value = v;
        let version = crate::model_check::version(&v, "dwell model")?;
        if !(u64::from(MIN_DWELL_MODEL_VERSION)..=u64::from(DWELL_MODEL_VERSION)).contains(&version)
        {
            return Err(Error::InvalidModel {
                reason: format!(
                    "dwell model version {version} is not supported (expected {MIN_DWELL_MODEL_VERSION} to {DWELL_MODEL_VERSION})"
                ),
            });
        }
        if version == 1 {
            upgrade_v1(&mut v)?;
        }
        crate::model_check::numbers(
            &v,
            "dwell model",
            &crate::model_check::Rules {
                // The calibration's scale is a logarithm.
                signed: &["log_scale"],
                bounded: &[
                    ("levels", 1.0),
                    ("half_life_days", 36_500.0),
                    ("log_scale", 50.0),
                ],
            },
        )?;
        let m: DwellModel = crate::model_check::shape(v, "dwell model")?;
        m.validate()?;
        Ok(m)
    }

    /// Checks version, levels and entry shapes.
    ///
    /// # Errors
    /// [`Error::InvalidModel`] describing the first problem.
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |reason: String| Err(Error::InvalidModel { reason });
        if self.version != DWELL_MODEL_VERSION {
            return bad(format!(
                "dwell model version {} (this build reads {DWELL_MODEL_VERSION})",
                self.version
            ));
        }
        if self.levels.is_empty() || self.levels.iter().any(|l| !(0.0..1.0).contains(l)) {
            return bad("dwell model: field `levels` must hold values in [0, 1)".into());
        }
        if self.levels.windows(2).any(|w| w.first() >= w.get(1)) {
            return bad("dwell model: field `levels` must be strictly increasing".into());
        }
        if !(self.half_life_days > 0.0 && self.half_life_days.is_finite()) {
            return bad("dwell model: field `half_life_days` must be > 0".into());
        }
        for e in &self.entries {
            if e.hours.len() != self.levels.len()
                || e.hours.iter().any(|h| !h.is_finite())
                || (!e.upper.is_empty() && e.upper.len() != self.levels.len())
                || (!e.hist.is_empty() && e.hist.len() != online::HIST_BINS)
            {
                return bad(format!(
                    "entry {} {} has bad quantiles",
                    e.lane.key(),
                    e.status
                ));
            }
        }
        Ok(())
    }

    /// The entry's dwell at `level` (the nearest stored level at or above it).
    pub(crate) fn level_index(&self, level: f64) -> usize {
        self.levels
            .iter()
            .position(|&l| l >= level - 1e-9)
            .unwrap_or(self.levels.len().saturating_sub(1))
    }

    /// Hash index of usable entries.
    pub(crate) fn index(&self) -> HashMap<u64, usize> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.n >= self.min_samples && !e.hours.is_empty())
            .map(|(i, e)| (entry_key(e), i))
            .collect()
    }
}
