//! Dwell times learned from history: how long shipments stay in one state before the next
//! scan (or delivery), per carrier, status and lane, in business hours of the destination's
//! calendar. Stored as a few quantiles per key, so assessing needs one hash lookup.
//!
//! Two kinds of gap are kept apart, because they measure different things:
//! - `scan_gap`: from a scan in a state to the next scan (timelines with events);
//! - `handoff_to_delivery`: the whole leg, for history that has only shipped/delivered times.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::clock::{Calendars, Clock};
use crate::error::Error;
use crate::event::Location;
use crate::status::Status;
use crate::timeline::Shipment;

/// Current model format version.
pub const DWELL_MODEL_VERSION: u32 = 1;

/// The quantile levels a learned model keeps.
pub const LEVELS: [f64; 6] = [0.5, 0.8, 0.9, 0.95, 0.975, 0.99];

/// Which gap a dwell sample measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// From a scan to the next scan (or delivery).
    ScanGap,
    /// From hand-off to delivery, with no scans in between (history without events).
    HandoffToDelivery,
}

/// How specific a learned entry is (the back-off order, most specific first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    /// Carrier slug (`unknown` when history had none; empty at [`Scope::Status`]).
    pub carrier: String,
    /// The state the shipment dwelt in.
    pub status: Status,
    /// Lane `CC-RR>CC-RR` (region omitted when unknown); empty unless [`Scope::Lane`].
    pub lane: String,
    /// Number of samples.
    pub n: u64,
    /// Dwell in business hours at each level of [`DwellModel::levels`] (point estimates).
    pub hours: Vec<f64>,
    /// One-sided 95%-confidence upper bounds of those quantiles (distribution-free, from the
    /// order statistics); `None` where the sample is too small to bound the quantile. The
    /// stall threshold uses these, so small lanes are not judged by a lucky-short sample.
    #[serde(default)]
    pub upper: Vec<Option<f64>>,
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
}

impl Default for DwellModel {
    fn default() -> Self {
        DwellModel {
            version: DWELL_MODEL_VERSION,
            levels: LEVELS.to_vec(),
            min_samples: 30,
            entries: Vec::new(),
        }
    }
}

/// Folds a carrier to its registry slug, `unknown` when absent.
pub(crate) fn carrier_slug(carrier: Option<&str>) -> &str {
    match carrier.map(str::trim).filter(|c| !c.is_empty()) {
        None => "unknown",
        Some(c) => {
            if let Some(k) = crate::carrier::CARRIERS.iter().find(|k| k.slug == c) {
                return k.slug;
            }
            crate::carrier::lookup(c).map_or(c, |k| k.slug)
        }
    }
}

/// The lane of a shipment as text (`BR-SP>BR-RJ`).
pub(crate) fn lane_text(origin: Option<&Location>, dest: Option<&Location>) -> String {
    let mut s = String::new();
    for_lane_parts(origin, dest, |p| s.push_str(p));
    s
}

/// Feeds the lane's parts in order; hashing the parts equals hashing [`lane_text`].
fn for_lane_parts(origin: Option<&Location>, dest: Option<&Location>, mut f: impl FnMut(&str)) {
    fn side(l: Option<&Location>, f: &mut impl FnMut(&str)) {
        let cc = l.and_then(|l| l.country.as_deref()).map_or("", str::trim);
        f(cc);
        if let Some(r) = l
            .and_then(|l| l.region.as_deref())
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            f("-");
            f(r);
        }
    }
    side(origin, &mut f);
    f(">");
    side(dest, &mut f);
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
    pub(crate) fn lane(mut self, origin: Option<&Location>, dest: Option<&Location>) -> Self {
        let h = &mut self;
        for_lane_parts(origin, dest, |p| h.str(p));
        self.byte(0x1f);
        self
    }
    pub(crate) fn text_lane(mut self, lane: &str) -> Self {
        self.str(lane);
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
            out.push((
                GapKind::HandoffToDelivery,
                Status::InTransit,
                clock.business_hours(a, b),
            ));
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

/// The distribution-free one-sided 95% upper confidence bound of the `q` quantile: the order
/// statistic of rank `ceil(nq + 1.645 sqrt(nq(1-q)))` (normal approximation of the binomial),
/// `None` when that rank exceeds the sample.
fn upper_bound(sorted: &[f32], q: f64) -> Option<f64> {
    let n = sorted.len() as f64;
    let rank = (n * q + 1.645 * (n * q * (1.0 - q)).sqrt()).ceil() as usize;
    if rank == 0 || rank > sorted.len() {
        return None;
    }
    sorted.get(rank - 1).map(|v| f64::from(*v))
}

/// Nearest-rank quantile of sorted values.
fn quantile(sorted: &[f32], q: f64) -> f64 {
    let n = sorted.len();
    let rank = ((q * n as f64).ceil() as usize).clamp(1, n.max(1));
    sorted.get(rank - 1).map_or(0.0, |v| f64::from(*v))
}

impl DwellModel {
    /// Learns from completed (or partly completed) shipments. Only observed gaps count: a
    /// shipment still sitting in a state contributes nothing for that state (no guessing).
    pub fn learn<'a>(shipments: impl IntoIterator<Item = &'a Shipment>) -> DwellModel {
        let calendars = Calendars::default();
        // Keyed by the same hash assessment uses, so a sample costs no allocation; the
        // key's text is kept once, on first sight.
        type Meta = (Scope, GapKind, String, Status, String);
        let mut acc: HashMap<u64, (Meta, Vec<f32>)> = HashMap::new();
        let mut samples_buf = Vec::new();
        // Carrier names that are not slugs are resolved once (the registry lookup allocates).
        let mut slugs: HashMap<String, String> = HashMap::new();
        for s in shipments {
            let name = s.carrier.as_deref().unwrap_or("");
            if !slugs.contains_key(name) {
                slugs.insert(
                    name.to_string(),
                    carrier_slug(s.carrier.as_deref()).to_string(),
                );
            }
            let carrier = slugs.get(name).map_or("unknown", String::as_str);
            let (o, d) = (s.origin.as_ref(), s.destination.as_ref());
            samples_buf.clear();
            samples_buf.extend(samples(s, &calendars));
            for &(kind, status, hours) in &samples_buf {
                let h = hours as f32;
                let keys = [
                    (
                        KeyHash::new(Scope::Lane, kind, status)
                            .carrier(carrier)
                            .lane(o, d),
                        Scope::Lane,
                    ),
                    (
                        KeyHash::new(Scope::Carrier, kind, status).carrier(carrier),
                        Scope::Carrier,
                    ),
                    (KeyHash::new(Scope::Status, kind, status), Scope::Status),
                ];
                for (k, scope) in keys {
                    acc.entry(k.finish())
                        .or_insert_with(|| {
                            let meta = match scope {
                                Scope::Lane => {
                                    (scope, kind, carrier.to_string(), status, lane_text(o, d))
                                }
                                Scope::Carrier => {
                                    (scope, kind, carrier.to_string(), status, String::new())
                                }
                                Scope::Status => {
                                    (scope, kind, String::new(), status, String::new())
                                }
                            };
                            (meta, Vec::new())
                        })
                        .1
                        .push(h);
                }
            }
        }
        let mut model = DwellModel::default();
        for ((scope, kind, carrier, status, lane), mut v) in acc.into_values() {
            v.sort_by(f32::total_cmp);
            let hours = model.levels.iter().map(|&q| quantile(&v, q)).collect();
            let upper = model.levels.iter().map(|&q| upper_bound(&v, q)).collect();
            model.entries.push(DwellEntry {
                scope,
                kind,
                carrier,
                status,
                lane,
                n: v.len() as u64,
                hours,
                upper,
            });
        }
        // Deterministic output for the same history.
        model.entries.sort_by(|a, b| {
            (a.scope as u8, a.kind as u8, &a.carrier, a.status, &a.lane).cmp(&(
                b.scope as u8,
                b.kind as u8,
                &b.carrier,
                b.status,
                &b.lane,
            ))
        });
        model
    }

    /// Parses a model from JSON, checking its version and shape.
    ///
    /// # Errors
    /// [`Error::InvalidModel`] for another version, bad JSON or entries whose quantiles do not
    /// match the levels.
    pub fn from_json(json: &str) -> Result<DwellModel, Error> {
        let m: DwellModel = serde_json::from_str(json).map_err(|e| Error::InvalidModel {
            reason: e.to_string(),
        })?;
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
            return bad("levels must be in [0, 1)".into());
        }
        for e in &self.entries {
            if e.hours.len() != self.levels.len()
                || e.hours.iter().any(|h| !h.is_finite())
                || (!e.upper.is_empty() && e.upper.len() != self.levels.len())
            {
                return bad(format!(
                    "entry {} {} has bad quantiles",
                    e.carrier, e.status
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
        let mut map = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.n < self.min_samples {
                continue;
            }
            let mut h = KeyHash::new(e.scope, e.kind, e.status);
            h = match e.scope {
                Scope::Lane => h.carrier(&e.carrier).text_lane(&e.lane),
                Scope::Carrier => h.carrier(&e.carrier),
                Scope::Status => h,
            };
            map.insert(h.finish(), i);
        }
        map
    }
}
