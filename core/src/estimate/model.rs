//! The learned transit model: per-level histograms of handling (order -> hand-off), transit
//! (hand-off -> delivery) and total (order -> delivery) business days, recency-weighted,
//! learnable in one pass and updatable one delivery at a time.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::calib::Calibration;
use super::days::Days;
use super::drift::{MonthLog, Recent, month_deviations};
use super::hist::{FnvBuild, Hist};
use super::lane::{CompletedShipment, describe_key};
use super::shape::thousands;
use super::volume::Volume;
use crate::error::Error;
use crate::lane::Lane;
use crate::normalize::Normalizer;
use crate::timeline::ShipmentInput;

/// The serialized model format. Version 8 keeps each open order's order-id hash, so a
/// delivery closes the order of its id (a version 7 model loads with its open orders matched
/// by their placed time, as before). Version 7 keeps the open orders of the promise calibration
/// (`calibration.pending`, the experts' `censored` records, see [`super::Pending`]); a version
/// 6 model loads with none open (orders noted after loading are kept open). Version 6 keeps the calibration as several memories mixed by
/// their record (`calibration.experts`, see [`super::Calibration`]); a version 5 or older
/// model loads with its single 14-day record as the one expert. Version 5 adds the daily order counts that surge-widened
/// windows read (`volume`, see [`super::Volume`]); a version 4 model loads without them (no
/// surge is read until orders are noted again). Version 4 keys its levels by the shared [`Lane`] level key,
/// in which a place with a region but no country reads `-SP` (version 3 wrote `SP`, which
/// read back as a country). Version 3 (seasonal memory in place of the regime mixture, a
/// fading tail record) and version 2 (whose regime fields are ignored) still load, their keys
/// as saved; loading any other version fails with [`Error::InvalidModel`].
pub const MODEL_VERSION: u32 = 8;

/// The oldest model format [`TransitModel::from_json`] still reads.
pub const MIN_MODEL_VERSION: u32 = 2;

/// Learning settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct LearnOptions {
    /// Recency half-life in days: a delivery this much older than the newest one counts half.
    /// 90 days follows seasonal drift (peak season, strikes) while keeping a quarter's data.
    pub half_life_days: f64,
    /// Shrinkage strength: a level with this many (recency-weighted) deliveries is trusted
    /// half, its parent level the other half. Lanes with little data thus lean on coarser
    /// levels; busy lanes speak for themselves.
    pub prior_strength: f64,
    /// Widen windows asked during an order-volume surge (see [`super::Volume`]); on by
    /// default, off to compare with windows that ignore the order volume.
    pub surge: bool,
}

impl Default for LearnOptions {
    fn default() -> Self {
        LearnOptions {
            half_life_days: 90.0,
            prior_strength: 20.0,
            surge: true,
        }
    }
}

/// What is known about one level of the hierarchy (a lane, a destination, a carrier, ...).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Node {
    /// Deliveries seen (not decayed), for the basis text.
    pub n: u64,
    /// First delivery date seen.
    pub first: Option<NaiveDate>,
    /// Last delivery date seen.
    pub last: Option<NaiveDate>,
    /// Order -> hand-off, business days.
    pub handling: Hist,
    /// Hand-off -> delivery, business days.
    pub transit: Hist,
    /// Order -> delivery, business days.
    pub total: Hist,
    /// Order -> the shop's promised date, business days (deliveries that had a promise).
    pub lead: Hist,
    /// Decayed weight of deliveries inside the carrier's own estimate.
    #[serde(with = "f32_scalar")]
    pub ce_hit: f64,
    /// Decayed weight of deliveries that had a carrier estimate.
    #[serde(with = "f32_scalar")]
    pub ce_n: f64,
    /// "1,240 deliveries on BR-SP -> BR-RJ, 2017-01-03 to 2017-09-30": built once per node
    /// (on learn, load and observe) so that windows do not format it each time.
    #[serde(skip)]
    pub basis: String,
}

impl Node {
    fn describe(&mut self, key: &str) {
        let mut b = format!("{} deliveries on {}", thousands(self.n), describe_key(key));
        if let (Some(a), Some(z)) = (self.first, self.last) {
            b.push_str(&format!(", {a} to {z}"));
        }
        self.basis = b;
    }

    fn merge(&mut self, o: &Node) {
        self.n += o.n;
        self.first = min_opt(self.first, o.first);
        self.last = self.last.max(o.last);
        self.handling.merge(&o.handling, 1.0);
        self.transit.merge(&o.transit, 1.0);
        self.total.merge(&o.total, 1.0);
        self.lead.merge(&o.lead, 1.0);
        self.ce_hit += o.ce_hit;
        self.ce_n += o.ce_n;
    }

    fn scale(&mut self, f: f64) {
        self.handling.scale(f);
        self.transit.scale(f);
        self.total.scale(f);
        self.lead.scale(f);
        self.ce_hit *= f;
        self.ce_n *= f;
    }

    /// Adds one delivery with weight `w`, counting days in the destination's calendar.
    /// Returns the (transit, total) business days it counted, when known.
    fn add(&mut self, s: &CompletedShipment, days: &Days, w: f64) -> (Option<u32>, Option<u32>) {
        let mut counted = (None, None);
        let deliv = days.local_date(s.delivered_at);
        let ship = s.shipped_at.map(|t| days.local_date(t));
        let order = s.ordered_at.map(|t| days.local_date(t));
        // Out-of-order times (hand-off recorded before the order) say nothing about duration.
        if let (Some(o), Some(sh)) = (order, ship)
            && sh >= o
        {
            self.handling.add(days.count(o, sh), w);
        }
        if let Some(sh) = ship
            && deliv >= sh
        {
            let n = days.count(sh, deliv);
            self.transit.add(n, w);
            counted.0 = Some(n);
        }
        if let Some(o) = order
            && deliv >= o
        {
            let n = days.count(o, deliv);
            self.total.add(n, w);
            counted.1 = Some(n);
        }
        if let (Some(o), Some(p)) = (order, s.promised_by)
            && p >= o
        {
            self.lead.add(days.count(o, p), w);
        }
        if let Some((e, l)) = s.carrier_estimate {
            let (e, l) = (days.local_date(e), days.extend_end(days.local_date(l)));
            self.ce_n += w;
            if deliv >= e && deliv <= l {
                self.ce_hit += w;
            }
        }
        self.n += 1;
        self.first = min_opt(self.first, Some(deliv));
        self.last = self.last.max(Some(deliv));
        counted
    }
}

/// Saved as f32 (like the histograms): a loaded model then saves to the same bytes.
mod f32_scalar {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
        (*v as f32).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        f32::deserialize(d).map(f64::from)
    }
}

fn sorted_nodes<S: serde::Serializer>(
    nodes: &HashMap<String, Node, FnvBuild>,
    s: S,
) -> Result<S::Ok, S::Error> {
    let sorted: BTreeMap<&String, &Node> = nodes.iter().collect();
    sorted.serialize(s)
}

fn min_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

/// A transit-time model learned from delivered shipments. See the module docs of
/// [`crate::estimate`] for the method; [`TransitModel::estimate`] turns it into windows.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use tracking_core::estimate::{CompletedShipment, Lane, Place, TransitModel};
/// let lane = Lane::new(Some("ups"), Some("ground"), Place::new(Some("US"), Some("CA")),
///     Place::new(Some("US"), Some("NY")));
/// let t = |d: u32, h: u32| Utc.with_ymd_and_hms(2024, 6, d, h, 0, 0).unwrap();
/// let history: Vec<CompletedShipment> = (0..40).map(|i| CompletedShipment {
///     lane: lane.clone(),
///     ordered_at: Some(t(3, 9)),
///     shipped_at: Some(t(3, 18)),
///     delivered_at: t(6 + (i % 2), 15), // Thursday or Friday: 3 or 4 business days
///     carrier_estimate: None,
///     promised_by: None,
///     order_id: None,
/// }).collect();
/// let model = TransitModel::learn(&history);
/// let json = model.to_json().unwrap();
/// let model = TransitModel::from_json(&json).unwrap();
/// let w = model.promise(&lane, t(10, 9), 0.9);
/// assert!(w.earliest <= w.most_likely && w.most_likely <= w.latest);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TransitModel {
    /// Format version, [`MODEL_VERSION`].
    pub version: u32,
    /// The settings it was learned with.
    pub options: LearnOptions,
    /// Decayed weights are `2^((delivered - reference) / half_life)`.
    pub(crate) reference: Option<DateTime<Utc>>,
    /// The newest delivery seen.
    pub(crate) latest: Option<DateTime<Utc>>,
    /// Levels by key (see `Lane::level_keys`).
    /// (A hash map for O(1) lookups; saved sorted by key so the JSON is deterministic.)
    #[serde(serialize_with = "sorted_nodes")]
    pub(crate) nodes: HashMap<String, Node, FnvBuild>,
    /// Seasonal memory: the complete months whose transit (hand-off -> delivery) strayed
    /// far from the usual, as `(year * 12 + month0, log factor)` (see
    /// `drift::month_deviations`). A window asked in the
    /// same month a year later is stretched by it (see `drift::seasonal_factor`): a past
    /// disruption is remembered for the same weeks next year, not as a permanent widening.
    #[serde(default)]
    pub(crate) season_transit: Vec<(i32, f32)>,
    /// The same for order -> delivery.
    #[serde(default)]
    pub(crate) season_total: Vec<(i32, f32)>,
    /// How strongly a shop's promise that is later (or earlier) than usual on a lane predicts
    /// a slower (faster) delivery: the slope of log order-to-delivery on log promised lead,
    /// both relative to the lane's median, fitted on the history (0 = the promise says
    /// nothing, 1 = delivery scales with it). Clamped to 0..=1.
    #[serde(default)]
    pub promise_beta: f32,
    /// Short memory of the latest deliveries (see [`Recent`]).
    #[serde(default)]
    pub recent: Recent,
    /// How the model's own recent windows fared: the conformal record that sets the level
    /// windows are asked at (see [`Calibration`]).
    #[serde(default)]
    pub calibration: Calibration,
    /// Orders per day, the input of surge-widened windows (see [`Volume`]).
    #[serde(default)]
    pub volume: Volume,
}

impl Default for TransitModel {
    fn default() -> Self {
        TransitModel::new(LearnOptions::default())
    }
}

/// Decayed weights grow as new deliveries come in; rebase before they get large.
const MAX_EXPONENT: f64 = 40.0;

impl TransitModel {
    /// An empty model (estimates come from the published priors until it learns).
    pub fn new(options: LearnOptions) -> TransitModel {
        TransitModel {
            version: MODEL_VERSION,
            options,
            reference: None,
            latest: None,
            nodes: HashMap::default(),
            season_transit: Vec::new(),
            season_total: Vec::new(),
            promise_beta: 0.0,
            recent: Recent::default(),
            calibration: Calibration::default(),
            volume: Volume::default(),
        }
    }

    /// Learns from delivered shipments with the default options. O(n).
    pub fn learn(history: &[CompletedShipment]) -> TransitModel {
        TransitModel::learn_with(history, LearnOptions::default())
    }

    /// Learns with the given options: one pass accumulating per-lane histograms, then a
    /// roll-up of lanes into their coarser levels; then the calibration record is seeded from
    /// the history's tail (see [`Calibration`]).
    pub fn learn_with(history: &[CompletedShipment], options: LearnOptions) -> TransitModel {
        let mut model = TransitModel::learn_core(history, options);
        let settle = model.settle_days();
        model.seed_calibration(history, settle);
        model
    }

    /// Calendar days within which nine in ten orders are delivered (the 90th-percentile
    /// order-to-delivery time, business days stretched to calendar days, plus one).
    pub(crate) fn settle_days(&self) -> i64 {
        self.node("*")
            .map_or(0, |n| i64::from(n.total.quantile(0.9)) * 7 / 5 + 1)
    }

    /// Learning without the calibration record.
    pub(crate) fn learn_core(history: &[CompletedShipment], options: LearnOptions) -> TransitModel {
        let mut model = TransitModel::new(options);
        let Some(reference) = history.iter().map(|s| s.delivered_at).max() else {
            return model;
        };
        model.reference = Some(reference);
        model.latest = Some(reference);
        let half_life = model.half_life_secs();
        let mut lanes: HashMap<&Lane, (Days, Node)> = HashMap::new();
        let mut months: BTreeMap<i32, MonthLog> = BTreeMap::new();
        for s in history {
            let (days, node) = lanes.entry(&s.lane).or_insert_with(|| {
                let d = &s.lane.destination;
                (
                    Days::for_place(d.country.as_deref(), d.region.as_deref()),
                    Node::default(),
                )
            });
            let age = (s.delivered_at - reference).num_seconds() as f64;
            let (transit, total) = node.add(s, days, (age / half_life).exp2());
            model.recent.add(s.delivered_at, transit, total, false);
            if let Some(at) = s.ordered_at.or(s.shipped_at) {
                model.volume.add(&s.lane, at);
            }
            // Months by order (hand-off when no order time): a regime is what orders of a
            // month went through.
            let d = s
                .ordered_at
                .or(s.shipped_at)
                .unwrap_or(s.delivered_at)
                .naive_utc()
                .date();
            let m = months.entry(d.year() * 12 + d.month0() as i32).or_default();
            if let Some(t) = transit {
                m.transit.0 += f64::from(t).ln_1p();
                m.transit.1 += 1;
            }
            if let Some(t) = total {
                m.total.0 += f64::from(t).ln_1p();
                m.total.1 += 1;
            }
        }
        // An order month is complete once its slow deliveries could have come in: drop the
        // newest months whose end is less than ~the 90th-percentile duration before the newest
        // delivery (their stragglers are missing, so they look fast), and the first month.
        let mut all = Hist::default();
        for (_, node) in lanes.values() {
            all.merge(&node.total, 1.0);
        }
        let settle = i64::from(all.quantile(0.9)) * 7 / 5 + 1;
        let newest = reference.naive_utc().date();
        months.retain(|key, _| {
            let (y, m0) = (key.div_euclid(12), key.rem_euclid(12) as u32);
            let next = if m0 == 11 { (y + 1, 1) } else { (y, m0 + 2) };
            NaiveDate::from_ymd_opt(next.0, next.1, 1).is_some_and(|end| {
                crate::time::add_days(end, settle).is_some_and(|settled| settled <= newest)
            })
        });
        if let Some(first) = months.keys().next().copied() {
            months.remove(&first);
        }
        model.season_transit = month_deviations(&months, |m| m.transit);
        model.season_total = month_deviations(&months, |m| m.total);
        // Roll up in a fixed order so float sums, and so windows, are the same on every run.
        let mut ordered: Vec<(&&Lane, &(Days, Node))> = lanes.iter().collect();
        ordered.sort_by_cached_key(|(lane, _)| lane.level_keys().get(4).to_string());
        for (lane, (_, node)) in ordered {
            let keys = lane.level_keys();
            for key in keys.iter() {
                match model.nodes.get_mut(key) {
                    Some(n) => n.merge(node),
                    None => {
                        model.nodes.insert(key.to_string(), node.clone());
                    }
                }
            }
        }
        // f32: exact through a JSON round trip (and 7 digits are plenty for a slope).
        model.promise_beta = model.fit_promise_beta(history, &lanes) as f32;
        model.rebuild_tables();
        model
    }

    /// Learns from history records in the shipment JSON shape; records that were not
    /// delivered are skipped. Returns the model and how many records it learned from.
    ///
    /// # Errors
    /// The first record whose times cannot be parsed.
    pub fn learn_from_inputs(
        inputs: impl IntoIterator<Item = ShipmentInput>,
        options: LearnOptions,
        now: DateTime<Utc>,
    ) -> Result<(TransitModel, usize), Error> {
        let normalizer = Normalizer::new();
        let mut done = Vec::new();
        for input in inputs {
            if let Some(c) = CompletedShipment::from_input(input, &normalizer, now)? {
                done.push(c);
            }
        }
        let n = done.len();
        Ok((TransitModel::learn_with(&done, options), n))
    }

    /// Adds one delivery as it comes in (O(levels x bins) at most). The delivery is first scored against the model as it stands (the calibration record),
    /// then learned.
    pub fn observe(&mut self, s: &CompletedShipment) {
        self.calibrate_with(s);
        let half_life = self.half_life_secs();
        let reference = *self.reference.get_or_insert(s.delivered_at);
        let mut exp = (s.delivered_at - reference).num_seconds() as f64 / half_life;
        if exp > MAX_EXPONENT {
            // Rebase: multiply every weight by 2^-exp so the new delivery weighs 1.
            let f = (-exp).exp2();
            for node in self.nodes.values_mut() {
                node.scale(f);
            }
            self.reference = Some(s.delivered_at);
            exp = 0.0;
        }
        self.latest = self.latest.max(Some(s.delivered_at));
        let d = &s.lane.destination;
        let days = Days::for_place(d.country.as_deref(), d.region.as_deref());
        let keys = s.lane.level_keys();
        let mut counted = (None, None);
        for key in keys.iter() {
            let node = self.nodes.entry(key.to_string()).or_default();
            counted = node.add(s, &days, exp.exp2());
            node.describe(key);
        }
        self.recent.add(s.delivered_at, counted.0, counted.1, true);
    }

    /// Number of deliveries learned (all observations, not decayed).
    pub fn deliveries(&self) -> u64 {
        self.nodes.get("*").map_or(0, |n| n.n)
    }

    /// Number of hierarchy levels stored (lanes and their coarser levels).
    pub fn levels(&self) -> usize {
        self.nodes.len()
    }

    /// Serializes to JSON.
    ///
    /// # Errors
    /// [`Error::Internal`] if serialization fails (it does not for valid models).
    pub fn to_json(&self) -> Result<String, Error> {
        serde_json::to_string(self).map_err(|e| Error::Internal {
            message: e.to_string(),
        })
    }

    /// Loads a model saved by [`TransitModel::to_json`].
    ///
    /// # Errors
    /// [`Error::InvalidModel`] when the JSON is not a model, has another `version` (or one
    /// that is not an integer), or holds a number out of its field's range (negative counts
    /// or half-life, drift beyond ±10 on the log scale, anything beyond 1e12); the message
    /// names the field.
    pub fn from_json(json: &str) -> Result<TransitModel, Error> {
        let v: serde_json::Value = serde_json::from_str(json).map_err(|e| Error::InvalidModel {
            reason: e.to_string(),
        })?;
        let version = crate::model_check::version(&v, "transit model")?;
        if !(u64::from(MIN_MODEL_VERSION)..=u64::from(MODEL_VERSION)).contains(&version) {
            return Err(Error::InvalidModel {
                reason: format!(
                    "transit model version {version} is not supported (expected {MIN_MODEL_VERSION} to {MODEL_VERSION})"
                ),
            });
        }
        crate::model_check::numbers(
            &v,
            "transit model",
            &crate::model_check::Rules {
                // Log-scale month deviations and the promise coefficient may be negative.
                signed: &[
                    "drift_transit",
                    "drift_total",
                    "season_transit",
                    "season_total",
                    "promise_beta",
                    "log_scale",
                ],
                bounded: &[
                    ("drift_transit", 10.0),
                    ("drift_total", 10.0),
                    ("promise_beta", 10.0),
                    ("half_life_days", 36_500.0),
                ],
            },
        )?;
        let mut m: TransitModel = crate::model_check::shape(v, "transit model")?;
        m.volume.check()?;
        m.calibration.upgrade();
        if m.calibration.experts.len() > super::calib::MAX_EXPERTS {
            return Err(Error::InvalidModel {
                reason: format!(
                    "transit model: field `calibration.experts` holds more than {} memories",
                    super::calib::MAX_EXPERTS
                ),
            });
        }
        if m.calibration
            .experts
            .iter()
            .any(|e| !(e.half_life_days.is_finite() && e.half_life_days > 0.0))
        {
            return Err(Error::InvalidModel {
                reason: "transit model: field `calibration.experts[].half_life_days` must be > 0"
                    .into(),
            });
        }
        if m.options.half_life_days.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
            return Err(Error::InvalidModel {
                reason: "transit model: field `options.half_life_days` must be > 0".into(),
            });
        }
        // Read as the current format from here on (an older model saves as the current one).
        m.version = MODEL_VERSION;
        m.rebuild_tables();
        Ok(m)
    }

    fn rebuild_tables(&mut self) {
        for (key, node) in &mut self.nodes {
            node.describe(key);
        }
    }

    pub(crate) fn half_life_secs(&self) -> f64 {
        (self.options.half_life_days * 86_400.0).max(1.0)
    }

    /// The weight a delivery at the newest seen time has: divides decayed totals into
    /// "fresh-delivery equivalents".
    pub(crate) fn unit_weight(&self) -> f64 {
        match (self.reference, self.latest) {
            (Some(r), Some(l)) => ((l - r).num_seconds() as f64 / self.half_life_secs()).exp2(),
            _ => 1.0,
        }
    }

    pub(crate) fn node(&self, key: &str) -> Option<&Node> {
        self.nodes.get(key)
    }
}
