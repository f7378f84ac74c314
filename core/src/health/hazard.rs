//! The hazard of loss: the chance that a parcel still undelivered `d` days after hand-off is
//! never delivered, learned from past hand-offs and the outcomes known by now.
//!
//! **What it learns from.** Every hand-off ([`HazardModel::note_handoff`]) and every delivery
//! ([`HazardModel::note_delivered`]), each once it has happened. At a fit, a parcel handed off
//! `a` days ago has been checked on days 1 to `a`, and for each of them it is known whether it
//! was still undelivered then; parcels still open are part of the input, not a blind spot (a
//! learner fed deliveries alone cannot see a loss). Only outcomes known at the moment of the
//! fit are read.
//!
//! **The estimate** (a mixture cure model: Farewell 1982, "The use of mixture models for the
//! analysis of survival data with long-term survivors", Biometrics 38): a parcel still
//! undelivered `mature_days` after hand-off counts as never delivered, so with `S(d)` the
//! share of parcels still undelivered on day `d`, the chance that a parcel open on day `d`
//! is never delivered is `S(mature) / S(d)`. Each `S(d)` is read off the parcels old enough
//! to have been checked on day `d`, recency-weighted, so the days that matter (15 to 30) use
//! hand-offs of the last weeks, not only those old enough to have matured: when the network
//! slows down, more parcels are still open on day `d`, and the chance falls at once. Groups
//! nest: all parcels of a carrier, then by destination region, then by lane (origin region
//! to destination region), then by seller (origin postal code) on that lane; each group's
//! `S(d)` is shrunk towards its parent's with [`PRIOR_WEIGHT`] pseudo-parcels
//! (empirical-Bayes smoothing), so a seller with three past parcels is judged mostly by its
//! lane.
//!
//! **The level.** A parcel is flagged once its group's chance passes a level chosen at every
//! fit so that, among recent matured parcels that were delivered, at most `alarm_rate` would
//! have been flagged on their way (each parcel's highest chance on a day before its
//! delivery, against the level). The false-alarm budget, not a fixed probability, sets how
//! sure health must be. On the dev history the level chosen on calm months let 2-4 times its
//! budget through in the November-December peak (docs/health-evaluation.md), so it is off by
//! default.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use chrono::{DateTime, NaiveDate, Utc};

use crate::fast_hash::FxHasher;
use crate::timeline::Shipment;

/// Days after hand-off the table covers; later days use the last one.
pub const HAZARD_DAYS: usize = 60;
/// The days after hand-off from which a parcel still undelivered may count as never
/// delivered (the maturity, [`HazardModel::new`]): from a week (a shorter one would call the
/// ordinary tail lost) to [`HAZARD_DAYS`] (the table's end). The one rule for it: the model
/// clamps to it and the replay options refuse a value outside it.
pub const HAZARD_MATURE_DAYS: std::ops::RangeInclusive<i64> = 7..=HAZARD_DAYS as i64;
/// The maturity of the replay's default, 45 days: past the 30-day fixed-rule anchor and the
/// long promises of the slowest lanes, so few late deliveries are counted as lost.
pub const HAZARD_DEFAULT_MATURE_DAYS: i64 = 45;
/// Pseudo-parcels of the parent group's rate in each group's estimate.
pub const PRIOR_WEIGHT: f64 = 20.0;
/// Recency half-life of a parcel's weight, days (as the dwell and transit models).
const HALF_LIFE_DAYS: f64 = 90.0;
/// Mature parcels handed off within this many days before the maturity cut choose the level.
const LEVEL_WINDOW_DAYS: i64 = 120;
/// Hand-offs older than this (days) are forgotten.
const KEEP_DAYS: i64 = 730;
/// Matured parcels (outcome known) a group needs before its own figure is used: with fewer,
/// the parcel is judged by the nearest coarser group that has them, and with none, not at all.
pub const HAZARD_MIN_MATURED: u32 = 30;
/// Levels of the group hierarchy: carrier, destination, lane, seller on the lane.
const DEPTH: usize = 4;
/// The levels, coarsest first (what `Evidence::samples` counted).
pub const HAZARD_LEVELS: [HazardGroup; DEPTH] = [
    HazardGroup::Carrier,
    HazardGroup::Destination,
    HazardGroup::Lane,
    HazardGroup::Seller,
];

/// The group of past parcels a hazard estimate came from, coarsest first; named in words by
/// the sentence of a hazard flag, and by [`HazardGroup::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HazardGroup {
    /// Every parcel of the carrier.
    Carrier,
    /// The carrier's parcels to the destination region.
    Destination,
    /// The carrier's parcels on the lane (destination and origin).
    Lane,
    /// The sender's parcels (origin postal code) on the lane.
    Seller,
}

impl HazardGroup {
    /// The group's name, as serialized.
    pub fn as_str(self) -> &'static str {
        match self {
            HazardGroup::Carrier => "carrier",
            HazardGroup::Destination => "destination",
            HazardGroup::Lane => "lane",
            HazardGroup::Seller => "seller",
        }
    }
}

impl std::fmt::Display for HazardGroup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A hand-off the model knows of.
#[derive(Debug, Clone)]
struct Noted {
    id: String,
    shipped: DateTime<Utc>,
    delivered: Option<DateTime<Utc>>,
    keys: [u64; DEPTH],
}

/// One group's fitted curve.
#[derive(Debug, Clone)]
struct Curve {
    /// The parent group's key (`None` for the root).
    parent: Option<u64>,
    /// Recency-weighted parcels old enough to have been checked on each day, and of those
    /// the ones still undelivered then.
    seen: Vec<f64>,
    open: Vec<f64>,
    /// Unweighted count of the group's matured parcels (handed off at least `mature_days`
    /// before the fit, so their outcome is known): the evidence's samples.
    matured: u32,
    /// The smoothed chance of loss by day; `None` where nothing stands behind it (no parcel
    /// of the group or its parents was ever still open that day: 0/0 is no estimate).
    p: Vec<Option<f64>>,
    /// The first day (1-based) whose chance reaches the level.
    first: Option<u32>,
}

/// The hazard-of-loss model (see the module docs).
#[derive(Debug, Clone)]
pub struct HazardModel {
    mature_days: i64,
    alarm_rate: f64,
    parcels: Vec<Noted>,
    by_id: HashMap<String, usize>,
    curves: HashMap<u64, Curve>,
    level: Option<f64>,
    fitted_on: Option<NaiveDate>,
}

/// Why the hazard flags a parcel: the day it passed the level, and what stood behind it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HazardBound {
    /// Whole days after hand-off from which the parcel is flagged.
    pub day: u32,
    /// The learned chance of loss on that day.
    pub chance: f64,
    /// The level it passed.
    pub level: f64,
    /// Matured parcels (handed off at least the maturity before the fit, outcome known) of
    /// the group the estimate came from; at least [`HAZARD_MIN_MATURED`].
    pub samples: u64,
    /// The group the estimate came from ([`HAZARD_LEVELS`]): the finest group of the parcel
    /// with at least [`HAZARD_MIN_MATURED`] matured parcels.
    pub group: HazardGroup,
}

fn key_of(parts: &[&str]) -> u64 {
    let mut h = FxHasher::default();
    parts.hash(&mut h);
    h.finish()
}

/// The group keys of a shipment, coarsest first: prefixes of its lane's key
/// ([`crate::lane::Lane`]: carrier, then destination, then origin), and for the seller the
/// origin's postal code (trimmed, upper-cased) after the full lane.
fn keys(s: &Shipment) -> [u64; DEPTH] {
    let lane = s.lane().level_keys();
    let postal = s
        .origin
        .as_ref()
        .and_then(|l| l.postal_code.as_deref())
        .map(|p| p.trim().to_ascii_uppercase())
        .unwrap_or_default();
    [
        key_of(&[lane.get(1)]),
        key_of(&[lane.get(3)]),
        key_of(&[lane.get(4)]),
        key_of(&[lane.get(4), &postal]),
    ]
}

/// Whole days from hand-off to delivery, rounded up (the first daily check after delivery).
fn days_between(a: DateTime<Utc>, b: DateTime<Utc>) -> i64 {
    ((b - a).num_seconds().max(0) + 86_399) / 86_400
}

impl HazardModel {
    /// An empty model: parcels still undelivered `mature_days` after hand-off (clamped to
    /// [`HAZARD_MATURE_DAYS`]) count as never delivered; the level lets at most `alarm_rate`
    /// of delivered parcels be flagged.
    pub fn new(mature_days: i64, alarm_rate: f64) -> HazardModel {
        HazardModel {
            mature_days: mature_days.clamp(*HAZARD_MATURE_DAYS.start(), *HAZARD_MATURE_DAYS.end()),
            alarm_rate: alarm_rate.clamp(0.0, 1.0),
            parcels: Vec::new(),
            by_id: HashMap::new(),
            curves: HashMap::new(),
            level: None,
            fitted_on: None,
        }
    }

    /// Learns from `history` as it was known at `at`: every shipment handed off before it,
    /// with its delivery only when that came before `at` too; then fits.
    pub fn learn<'a>(
        mature_days: i64,
        alarm_rate: f64,
        history: impl IntoIterator<Item = &'a Shipment>,
        at: DateTime<Utc>,
    ) -> HazardModel {
        let mut m = HazardModel::new(mature_days, alarm_rate);
        for s in history {
            if s.shipped_at().is_some_and(|t| t < at) {
                m.note_handoff(s);
                if let Some(d) = s.delivered_at().filter(|d| *d < at) {
                    m.note_delivered(&s.id, d);
                }
            }
        }
        m.fit(at);
        m
    }

    /// Notes a hand-off once it happened (a shipment without a hand-off time is ignored, and
    /// one already noted is not noted twice). Its delivery is not read here: pass it to
    /// [`HazardModel::note_delivered`] once it happened.
    pub fn note_handoff(&mut self, s: &Shipment) {
        let Some(shipped) = s.shipped_at() else {
            return;
        };
        if self.by_id.contains_key(&s.id) {
            return;
        }
        self.by_id.insert(s.id.clone(), self.parcels.len());
        self.parcels.push(Noted {
            id: s.id.clone(),
            shipped,
            delivered: None,
            keys: keys(s),
        });
    }

    /// Notes the delivery of a parcel noted at hand-off (others are ignored).
    pub fn note_delivered(&mut self, id: &str, at: DateTime<Utc>) {
        if let Some(p) = self.by_id.get(id).and_then(|&i| self.parcels.get_mut(i)) {
            p.delivered = Some(at);
        }
    }

    /// Refits when `now` falls on a later UTC day than the last fit (at most once a day).
    pub fn advance(&mut self, now: DateTime<Utc>) {
        if self
            .fitted_on
            .is_none_or(|d| crate::time::local_naive(&now).date() > d)
        {
            self.fit(now);
        }
    }

    /// Fits the curves and the level on the outcomes known at `now`.
    pub fn fit(&mut self, now: DateTime<Utc>) {
        self.fitted_on = Some(crate::time::local_naive(&now).date());
        let mature =
            chrono::TimeDelta::try_days(self.mature_days).and_then(|d| now.checked_sub_signed(d));
        let keep = chrono::TimeDelta::try_days(KEEP_DAYS).and_then(|d| now.checked_sub_signed(d));
        if let Some(keep) = keep.filter(|k| self.parcels.iter().any(|p| p.shipped < *k)) {
            self.parcels.retain(|p| p.shipped >= keep);
            self.by_id = self
                .parcels
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.clone(), i))
                .collect();
        }
        self.curves.clear();
        self.level = None;
        let Some(mature) = mature else {
            return;
        };
        let half_life = HALF_LIFE_DAYS * 86_400.0;
        let weight = |t: DateTime<Utc>| ((t - now).num_seconds() as f64 / half_life).exp2();
        let mut order: Vec<(usize, u64)> = Vec::new();
        for p in &self.parcels {
            // Daily checks that have happened: on day `d` after hand-off, `d` <= age.
            let age = ((now - p.shipped).num_seconds().max(0) / 86_400) as usize;
            let checked = age.min(HAZARD_DAYS);
            if checked == 0 {
                continue;
            }
            // A delivery known by now, on its first check day; open before it.
            let day = p
                .delivered
                .filter(|d| *d <= now)
                .map(|d| days_between(p.shipped, d).max(1) as usize);
            let w = weight(p.shipped);
            let matured = u32::from(p.shipped <= mature);
            let mut parent = None;
            for (depth, &k) in p.keys.iter().enumerate() {
                let c = self.curves.entry(k).or_insert_with(|| {
                    order.push((depth, k));
                    Curve {
                        parent,
                        seen: vec![0.0; HAZARD_DAYS],
                        open: vec![0.0; HAZARD_DAYS],
                        matured: 0,
                        p: Vec::new(),
                        first: None,
                    }
                });
                c.matured += matured;
                for i in 0..checked {
                    // Check day i + 1: still open when delivered after it (or not yet).
                    let open = day.is_none_or(|d| d > i + 1);
                    if let (Some(n), Some(o)) = (c.seen.get_mut(i), c.open.get_mut(i)) {
                        *n += w;
                        if open {
                            *o += w;
                        }
                    }
                }
                parent = Some(k);
            }
        }
        // Smooth coarsest first: a parent is always complete before its children. Each
        // group's share still open on day d, shrunk to its parent's; the chance of loss is the
        // share still open at maturity over the share open on day d. A share no parcel of the
        // group or its parents was checked for is unknown, and a share of 0 (none still open
        // that day) over 0 is no estimate either: neither says the parcel is lost.
        order.sort_unstable();
        // Within `HAZARD_MATURE_DAYS` (`new`), so a day of the table.
        let m = self.mature_days.unsigned_abs() as usize;
        let mut open_share: HashMap<u64, Vec<Option<f64>>> = HashMap::new();
        for (_, k) in order {
            let Some(c) = self.curves.get(&k) else {
                continue;
            };
            let parent = c.parent.and_then(|pk| open_share.get(&pk));
            let share: Vec<Option<f64>> = (0..HAZARD_DAYS)
                .map(|i| {
                    let n = c.seen.get(i).copied().unwrap_or(0.0);
                    let o = c.open.get(i).copied().unwrap_or(0.0);
                    match parent.and_then(|pp| pp.get(i).copied().flatten()) {
                        Some(pp) => Some((o + PRIOR_WEIGHT * pp) / (n + PRIOR_WEIGHT)),
                        None => (n > 0.0).then(|| o / n),
                    }
                })
                .collect();
            let lost = share.get(m - 1).copied().flatten();
            let p: Vec<Option<f64>> = share
                .iter()
                .enumerate()
                .map(|(i, &s)| {
                    let s = s.filter(|&s| s > 0.0)?;
                    if i + 1 >= m {
                        // Still open at maturity: lost by definition.
                        Some(1.0)
                    } else {
                        Some((lost? / s).min(1.0))
                    }
                })
                .collect();
            open_share.insert(k, share);
            if let Some(c) = self.curves.get_mut(&k) {
                c.p = p;
            }
        }
        self.level = self.choose_level(mature);
        if let Some(level) = self.level {
            for c in self.curves.values_mut() {
                c.first =
                    c.p.iter()
                        .position(|p| p.is_some_and(|p| p >= level))
                        .map(|i| i as u32 + 1);
            }
        }
    }

    /// The lowest level at which at most `alarm_rate` of the recent mature delivered parcels
    /// would have been flagged before their delivery.
    fn choose_level(&self, mature: DateTime<Utc>) -> Option<f64> {
        let from = chrono::TimeDelta::try_days(LEVEL_WINDOW_DAYS)
            .and_then(|d| mature.checked_sub_signed(d))?;
        let mut highest: Vec<f64> = self
            .parcels
            .iter()
            .filter(|p| p.shipped <= mature && p.shipped >= from)
            .filter_map(|p| {
                let day = days_between(p.shipped, p.delivered?);
                if day > self.mature_days {
                    return None;
                }
                let c = self.finest(&p.keys)?.0;
                let before = (day.max(1) as usize - 1).min(HAZARD_DAYS);
                Some(
                    c.p.get(..before)
                        .unwrap_or_default()
                        .iter()
                        .flatten()
                        .copied()
                        .fold(0.0, f64::max),
                )
            })
            .collect();
        if highest.is_empty() {
            return None;
        }
        highest.sort_unstable_by(|a, b| b.total_cmp(a));
        let allowed = (self.alarm_rate * highest.len() as f64).floor() as usize;
        // Flagged when the chance is at least the level: just above the first parcel that
        // must stay unflagged.
        let level = match highest.get(allowed) {
            Some(&h) => h + 1e-9,
            None => 0.0,
        };
        // A level that flags nearly every open parcel says nothing about loss.
        Some(level.max(0.5 / highest.len() as f64).min(1.0 + 1e-9))
    }

    /// The finest group of `keys` with at least [`HAZARD_MIN_MATURED`] matured parcels: the one a
    /// parcel is judged by, and named, with its count, in the evidence.
    fn finest(&self, keys: &[u64; DEPTH]) -> Option<(&Curve, usize)> {
        keys.iter().enumerate().rev().find_map(|(depth, k)| {
            self.curves
                .get(k)
                .filter(|c| c.matured >= HAZARD_MIN_MATURED)
                .map(|c| (c, depth))
        })
    }

    /// The level of the last fit (`None` before one, or without delivered mature parcels).
    pub fn level(&self) -> Option<f64> {
        self.level
    }

    /// Hand-offs the model knows of.
    pub fn len(&self) -> usize {
        self.parcels.len()
    }

    /// Whether the model knows of no hand-off.
    pub fn is_empty(&self) -> bool {
        self.parcels.is_empty()
    }

    /// From which day after hand-off the hazard flags `s`, and why (`None`: never within
    /// [`HAZARD_DAYS`], or nothing learned for its groups).
    pub fn bound(&self, s: &Shipment) -> Option<HazardBound> {
        let level = self.level?;
        let (c, depth) = self.finest(&keys(s))?;
        let day = c.first?;
        let i = day as usize - 1;
        Some(HazardBound {
            day,
            chance: c.p.get(i).copied().flatten()?,
            level,
            samples: u64::from(c.matured),
            group: HAZARD_LEVELS
                .get(depth)
                .copied()
                .unwrap_or(HazardGroup::Carrier),
        })
    }
}
