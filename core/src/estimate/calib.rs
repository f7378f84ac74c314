//! Online calibration (weighted split conformal): the model keeps a recency-weighted record of
//! how its own windows fared on deliveries it has seen, and asks for whatever level its recent
//! record says is needed to hold the requested confidence.
//!
//! The score of a delivery is the smallest confidence level whose window (the shortest
//! interval of the distribution the model would have given for it, asked at order time for
//! the promise and at hand-off in flight) would have held it. For a calibrated model scores
//! are uniform on 0..1; when deliveries run slower than the model thinks, they pile up near 1.
//! A window at confidence `q` then uses the level `c = Q_q(recent scores)`: the `q`-quantile
//! of the recent scores, so that a fraction `q` of recent deliveries would have been held.
//! `c` grows with `q`, so higher confidence is never narrower.
//!
//! Two records per question kind, pooled into one: the level is the `q`-quantile of both
//! together (with the prior below), so it moves both ways:
//! - the **tail record**, seeded by `learn`: deliveries asked in the last [`TAIL_DAYS`] (60)
//!   days of the history, scored by a model learned on the deliveries before that tail (an
//!   honest out-of-sample test of a model left alone for two months, which is how an offline
//!   model is used). Asks later than the 90th-percentile duration before the newest delivery
//!   are left out: their slow deliveries have not come in yet and would flatter the model.
//!   Its weights fade with the same half-life as live scores come in (relative to
//!   [`Calibration::tail_at`]), so an online model ends up judged by its live record;
//! - the **live record**, fed by `observe`: each delivery scored before it is learned, with
//!   the short memory as it stood on the day it was asked (no hindsight).
//!
//! When recent deliveries fell inside their windows more often than asked, the level drops
//! below the requested confidence and windows narrow again; when less often, it rises and
//! they widen: conformal calibration on a rolling, recency-weighted record (in the spirit of
//! adaptive conformal inference, Gibbs & Candès 2021, "Adaptive conformal inference under
//! distribution shift", NeurIPS), so that a past slowdown does not leave windows wide for good.
//!
//! Knobs:
//! - [`CALIB_HALF_LIFE_DAYS`] = 14, the same as the short memory: a slowdown shows up in the
//!   scores only once its deliveries come in, weeks late already, so the record must forget
//!   quickly; both records are recency-weighted with it (the tail one relative to the newest
//!   delivery). About 14/ln 2 = 20 days of deliveries count, a few hundred on a small shop.
//! - [`CALIB_PRIOR`] = 20 pseudo-deliveries of a perfectly calibrated record (uniform scores),
//!   the same strength as `prior_strength`: with little record the requested level is used.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::hist::central_interval;
use super::lane::CompletedShipment;
use super::model::TransitModel;
use super::window::WindowQuery;

/// Confidence levels a score can take: 0.02 steps to 0.98 (49 levels), then 0.99, 0.995,
/// 0.999; a delivery outside even the 0.999 window scores in one more bin (level 1).
const N_LEVELS: usize = 52;
/// Score bins: one per level plus "missed at every level".
pub(crate) const SCORE_BINS: usize = N_LEVELS + 1;

/// The `k`-th level (1.0 past the last one).
fn level_at(k: usize) -> f64 {
    match k {
        0..=48 => (k as f64 + 1.0) * 0.02,
        49 => 0.99,
        50 => 0.995,
        51 => 0.999,
        _ => 1.0,
    }
}

/// Half-life of the record, in days (see the module docs).
pub const CALIB_HALF_LIFE_DAYS: f64 = 14.0;
/// Pseudo-deliveries of perfect calibration the record is shrunk toward.
pub const CALIB_PRIOR: f64 = 20.0;
/// Days of history's tail `learn` scores to seed the record.
pub const TAIL_DAYS: i64 = 60;
/// At most this many tail deliveries are scored per question kind (spread evenly), so that
/// seeding costs the same on a million shipments as on ten thousand.
const TAIL_MAX: usize = 4_000;

/// Which question a score is about: the checkout promise or the in-flight window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ask {
    /// From the order (order -> delivery).
    Promise,
    /// From the hand-off (hand-off -> delivery).
    InFlight,
}

/// Histograms of scores, one per question kind (see the module docs): the tail record seeded
/// by `learn` (kept as is: how the model fared out of sample over the last months of its
/// history), and the live record fed by `observe` (recency-weighted: how it fares right now).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Calibration {
    /// Time the live weights are relative to (the newest delivery scored).
    pub at: Option<DateTime<Utc>>,
    /// Live promise scores: decayed weight per score bin (empty until the first score).
    pub promise: Vec<f32>,
    /// Live in-flight scores.
    pub in_flight: Vec<f32>,
    /// Tail promise scores from `learn` (count per score bin).
    pub tail_promise: Vec<f32>,
    /// Tail in-flight scores from `learn`.
    pub tail_in_flight: Vec<f32>,
    /// Time the tail weights are relative to (the newest delivery `learn` saw); the tail
    /// fades from there like the live record. `None` (models of format 2): it does not fade.
    pub tail_at: Option<DateTime<Utc>>,
}

fn bump(r: &mut Vec<f32>, bin: usize, w: f64) {
    if r.len() != SCORE_BINS {
        r.clear();
        r.resize(SCORE_BINS, 0.0);
    }
    if let Some(x) = r.get_mut(bin.min(SCORE_BINS - 1)) {
        *x = (f64::from(*x) + w) as f32;
    }
}

/// The `q`-quantile of a score record mixed with [`CALIB_PRIOR`] uniform pseudo-scores,
/// linear within a bin: non-decreasing in `q`, and `q` itself for an empty record.
fn quantile(r: &[f32], q: f64) -> f64 {
    if r.len() != SCORE_BINS {
        return q;
    }
    let total: f64 = r.iter().map(|x| f64::from(*x)).sum::<f64>() + CALIB_PRIOR;
    let target = q * total;
    let mut cum = 0.0;
    let mut lo = 0.0;
    for (k, x) in r.iter().enumerate() {
        let hi = level_at(k);
        let mass = f64::from(*x) + CALIB_PRIOR * (hi - lo);
        if cum + mass >= target && mass > 0.0 {
            return (lo + (hi - lo) * (target - cum) / mass).clamp(0.05, 0.999);
        }
        cum += mass;
        lo = hi;
    }
    0.999
}

impl Calibration {
    /// Adds a live score (bin index) for a delivery at `t`, decaying older weights.
    pub(crate) fn add(&mut self, ask: Ask, t: DateTime<Utc>, bin: usize) {
        let half = CALIB_HALF_LIFE_DAYS * 86_400.0;
        let at = *self.at.get_or_insert(t);
        let mut w = 1.0f64;
        if t > at {
            let f = (-((t - at).num_seconds() as f64) / half).exp2();
            for r in [&mut self.promise, &mut self.in_flight] {
                for x in r.iter_mut() {
                    *x = (f64::from(*x) * f) as f32;
                }
            }
            self.at = Some(t);
        } else {
            w = (-((at - t).num_seconds() as f64) / half).exp2();
        }
        match ask {
            Ask::Promise => bump(&mut self.promise, bin, w),
            Ask::InFlight => bump(&mut self.in_flight, bin, w),
        }
    }

    /// The level to ask the distribution for so that a fraction `q` of deliveries would have
    /// been held: the `q`-quantile of the live and tail records pooled (the tail faded by its
    /// age relative to the newest live score). Below `q` when recent windows held more than
    /// asked, above when fewer; `q` with no record. Non-decreasing in `q`.
    pub(crate) fn level(&self, ask: Ask, q: f64) -> f64 {
        let (live, tail) = match ask {
            Ask::Promise => (&self.promise, &self.tail_promise),
            Ask::InFlight => (&self.in_flight, &self.tail_in_flight),
        };
        let fade = match (self.at, self.tail_at) {
            (Some(at), Some(t)) if at > t => {
                (-((at - t).num_seconds() as f64) / (CALIB_HALF_LIFE_DAYS * 86_400.0)).exp2()
            }
            _ => 1.0,
        };
        let mut pooled = [0.0f32; SCORE_BINS];
        let mut any = false;
        for (r, w) in [(live, 1.0), (tail, fade)] {
            if r.len() == SCORE_BINS {
                any = true;
                for (a, b) in pooled.iter_mut().zip(r.iter()) {
                    *a = (f64::from(*a) + w * f64::from(*b)) as f32;
                }
            }
        }
        if any { quantile(&pooled, q) } else { q }
    }
}

/// The score bin of a delivery in bin `truth` of distribution `p`: the first level whose
/// shortest interval holds it (binary search: shortest intervals grow with the level).
pub(crate) fn score_bin(p: &[f64], truth: usize) -> usize {
    let holds = |k: usize| {
        (k < N_LEVELS)
            .then(|| central_interval(p, level_at(k)))
            .flatten()
            .is_some_and(|(lo, hi)| lo <= truth && truth <= hi)
    };
    let (mut lo, mut hi) = (0usize, N_LEVELS);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if holds(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

impl TransitModel {
    /// The level windows at `confidence` are actually cut at, by the calibration record
    /// (below `confidence` when recent windows held more than asked, above when fewer): for
    /// the in-flight question when `in_flight`, else the promise.
    pub fn calibrated_level(&self, in_flight: bool, confidence: f64) -> f64 {
        let ask = if in_flight {
            Ask::InFlight
        } else {
            Ask::Promise
        };
        self.calibration.level(ask, confidence.clamp(0.05, 0.999))
    }

    /// Scores a delivery against what this model would have said when it was asked.
    pub(crate) fn score(&self, s: &CompletedShipment, ask: Ask) -> Option<usize> {
        let (q, at) = match ask {
            Ask::Promise => {
                let at = s.ordered_at?;
                let q = WindowQuery {
                    promised_by: s.promised_by,
                    ..WindowQuery::promise(&s.lane, at)
                };
                (q, at)
            }
            Ask::InFlight => {
                let at = s.shipped_at?;
                let q = WindowQuery {
                    lane: s.lane.clone(),
                    ordered_at: s.ordered_at,
                    shipped_at: Some(at),
                    carrier_estimate: s.carrier_estimate,
                    promised_by: s.promised_by,
                    ..WindowQuery::default()
                };
                (q, at)
            }
        };
        if s.delivered_at < at {
            return None;
        }
        let recent = self.recent.as_of(at);
        let prep = self.prepare(&q, at, 0.9, &recent)?;
        let deliv = prep.days.local_date(s.delivered_at);
        let truth = prep.days.count(prep.start, deliv) as usize;
        Some(score_bin(&prep.d.p, truth))
    }

    /// Scores `s` for both questions into the record (before learning from it).
    pub(crate) fn calibrate_with(&mut self, s: &CompletedShipment) {
        for ask in [Ask::Promise, Ask::InFlight] {
            if let Some(b) = self.score(s, ask) {
                self.calibration.add(ask, s.delivered_at, b);
            }
        }
    }

    /// Seeds the record from the history's tail: a model learned on deliveries before
    /// `newest - TAIL_DAYS` scores the deliveries asked after that cut. Asks later than the
    /// 90th-percentile duration before the newest delivery are left out: their slow
    /// deliveries have not come in yet, so they would make the record look too good.
    pub(crate) fn seed_calibration(&mut self, history: &[CompletedShipment], settle_days: i64) {
        let Some(newest) = self.latest else { return };
        let back = |days: i64| {
            chrono::TimeDelta::try_days(days).and_then(|d| newest.checked_sub_signed(d))
        };
        let (Some(cut), Some(last_ask)) = (back(TAIL_DAYS), back(settle_days)) else {
            return;
        };
        if last_ask <= cut {
            return;
        }
        let before: Vec<CompletedShipment> = history
            .iter()
            .filter(|s| s.delivered_at < cut)
            .cloned()
            .collect();
        if before.is_empty() {
            return;
        }
        let mut pre = TransitModel::learn_core(&before, self.options.clone());
        // Order counts are known at each ask (only days before it are read): the tail is
        // scored with the surges its windows would have seen.
        pre.volume = self.volume.clone();
        for ask in [Ask::Promise, Ask::InFlight] {
            let asked = |s: &&CompletedShipment| {
                let t = match ask {
                    Ask::Promise => s.ordered_at,
                    Ask::InFlight => s.shipped_at,
                };
                t.is_some_and(|t| t >= cut && t <= last_ask)
            };
            let n = history.iter().filter(asked).count();
            let stride = n.div_ceil(TAIL_MAX).max(1);
            let scored: Vec<(DateTime<Utc>, usize)> = history
                .iter()
                .filter(asked)
                .step_by(stride)
                .filter_map(|s| pre.score(s, ask).map(|b| (s.delivered_at, b)))
                .collect();
            let tail = match ask {
                Ask::Promise => &mut self.calibration.tail_promise,
                Ask::InFlight => &mut self.calibration.tail_in_flight,
            };
            // Recency-weighted like the live record (the latest evidence is the most like
            // the weeks ahead), relative to the newest delivery (`tail_at`).
            let half = CALIB_HALF_LIFE_DAYS * 86_400.0;
            self.calibration.tail_at = Some(newest);
            for (t, b) in scored {
                bump(
                    tail,
                    b,
                    (-((newest - t).num_seconds() as f64) / half).exp2(),
                );
            }
        }
    }
}
