//! Online calibration (weighted split conformal, aggregated over several memories): the model
//! keeps recency-weighted records of how its own windows fared on deliveries it has seen, and
//! asks for whatever level those records say is needed to hold the requested confidence.
//!
//! The score of a delivery is the smallest confidence level whose window (the shortest
//! interval of the distribution the model would have given for it, asked at order time for
//! the promise and at hand-off in flight) would have held it. For a calibrated model scores
//! are uniform on 0..1; when deliveries run slower than the model thinks, they pile up near 1.
//! A window at confidence `q` then uses the level `c = Q_q(recent scores)`: the `q`-quantile
//! of the recent scores, so that a fraction `q` of recent deliveries would have been held.
//! `c` grows with `q`, so higher confidence is never narrower.
//!
//! **Several memories, aggregated** ([`CALIB_HALF_LIVES`]: 7, 14, 28 and 56 days). How fast
//! the record should forget is the step size of adaptive conformal inference: a short memory
//! follows a slowdown quickly but is noisy and overshoots in calm weeks after it; a long one
//! is steady in calm weeks but stays wide (or narrow) long after a shift, and which is right
//! depends on how many deliveries a day the shop has and how often its network shifts. So
//! each memory is an expert giving its own level, and the level used is their weighted mean, weighted by exponential weights on each expert's discounted
//! pinball loss (the proper score of a quantile) at confidences 0.8, 0.9 and 0.95, each loss
//! taken before the delivery is learned (prequential). This is the aggregation of adaptive
//! conformal inference over several learning rates of Gibbs & Candès 2022 ("Conformal
//! inference for online prediction with arbitrary distribution shifts", DtACI) and Zaffran et
//! al. 2022 ("Adaptive conformal predictions for time series", ICML, AgACI). The weights do
//! not depend on the requested confidence, so the mixture stays non-decreasing in it.
//! The learning rate of the weights is Hedge's usual `sqrt(8 ln K / n)`, with `n` the
//! discounted number of scored deliveries (losses are in 0..1): no constant fitted to a month.
//!
//! Each expert has two records per question kind, pooled into one:
//! - the **tail record**, seeded by `learn`: deliveries asked in the last [`TAIL_DAYS`] (60)
//!   days of the history, scored by a model learned on the deliveries before that tail (an
//!   honest out-of-sample test of a model left alone for two months, which is how an offline
//!   model is used). Asks later than the 90th-percentile duration before the newest delivery
//!   are left out: their slow deliveries have not come in yet and would flatter the model.
//!   The tail is replayed in delivery order, so the experts' losses start from it too. Its
//!   weights fade with the expert's half-life as live scores come in (relative to
//!   [`Calibration::tail_at`]), so an online model ends up judged by its live record;
//! - the **live record**, fed by `observe`: each delivery scored before it is learned, with
//!   the short memory as it stood on the day it was asked (no hindsight).
//!
//! When recent deliveries fell inside their windows more often than asked, the level drops
//! below the requested confidence and windows narrow again; when less often, it rises and
//! they widen, so that a past slowdown does not leave windows wide for good.
//!
//! Knobs:
//! - [`CALIB_HALF_LIVES`]: a factor-2 grid from one week (the shortest span holding enough
//!   deliveries of a small shop) to eight weeks (about two months, the tail's span).
//! - [`LOSS_HALF_LIFE_DAYS`] = 56: the experts are compared over the longest memory's span,
//!   so that a calm stretch and the shift before it both count.
//! - [`CALIB_PRIOR`] = 20 pseudo-deliveries of a perfectly calibrated record (uniform scores),
//!   the same strength as `prior_strength`: with little record the requested level is used.
//!
//! Models of format 5 and older hold one 14-day record; they load as a single expert and
//! behave as before until the next `learn`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Confidence levels a score can take: 0.02 steps to 0.98 (49 levels), then 0.99, 0.995,
/// 0.999; a delivery outside even the 0.999 window scores in one more bin (level 1).
pub(crate) const N_LEVELS: usize = 52;
/// Score bins: one per level plus "missed at every level".
pub(crate) const SCORE_BINS: usize = N_LEVELS + 1;

/// The `k`-th level (1.0 past the last one).
pub(crate) fn level_at(k: usize) -> f64 {
    match k {
        0..=48 => (k as f64 + 1.0) * 0.02,
        49 => 0.99,
        50 => 0.995,
        51 => 0.999,
        _ => 1.0,
    }
}

/// Half-lives of the experts' records, in days (see the module docs).
pub const CALIB_HALF_LIVES: [f64; 4] = [7.0, 14.0, 28.0, 56.0];
/// Half-life of the single record of models of format 5 and older (one expert).
pub const CALIB_HALF_LIFE_DAYS: f64 = 14.0;
/// Half-life of the experts' loss record, in days.
pub const LOSS_HALF_LIFE_DAYS: f64 = 56.0;
/// Confidences the experts' pinball losses are taken at (the range windows are asked in).
const LOSS_LEVELS: [f64; 3] = [0.8, 0.9, 0.95];
/// Pseudo-deliveries of perfect calibration the record is shrunk toward.
pub const CALIB_PRIOR: f64 = 20.0;
/// Days of history's tail `learn` scores to seed the record.
pub const TAIL_DAYS: i64 = 60;
/// At most this many tail deliveries are scored per question kind (spread evenly), so that
/// seeding costs the same on a million shipments as on ten thousand.
pub(crate) const TAIL_MAX: usize = 4_000;
/// At most this many experts load from a model file.
pub(crate) const MAX_EXPERTS: usize = 16;

/// Which question a score is about: the checkout promise or the in-flight window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ask {
    /// From the order (order -> delivery).
    Promise,
    /// From the hand-off (hand-off -> delivery).
    InFlight,
}

impl Ask {
    pub(crate) fn index(self) -> usize {
        match self {
            Ask::Promise => 0,
            Ask::InFlight => 1,
        }
    }
}

/// One number per question kind (stored as `f32` like the score records, so that a saved
/// model reads back bit for bit).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PerAsk {
    /// For the promise.
    pub promise: f32,
    /// For the in-flight window.
    pub in_flight: f32,
}

impl PerAsk {
    fn get(&self, ask: Ask) -> f64 {
        f64::from(match ask {
            Ask::Promise => self.promise,
            Ask::InFlight => self.in_flight,
        })
    }

    fn add(&mut self, ask: Ask, x: f64) {
        let v = match ask {
            Ask::Promise => &mut self.promise,
            Ask::InFlight => &mut self.in_flight,
        };
        *v = (f64::from(*v) + x) as f32;
    }

    pub(crate) fn scale(&mut self, f: f64) {
        for v in [&mut self.promise, &mut self.in_flight] {
            *v = (f64::from(*v) * f) as f32;
        }
    }
}

/// One memory's records (see the module docs): the tail record seeded by `learn` and the
/// live record fed by `observe`, per question kind, and its discounted loss.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Expert {
    /// Half-life of this memory, in days.
    pub half_life_days: f64,
    /// Live promise scores: decayed weight per score bin (empty until the first score).
    pub promise: Vec<f32>,
    /// Live in-flight scores.
    pub in_flight: Vec<f32>,
    /// Tail promise scores from `learn` (weight per score bin).
    pub tail_promise: Vec<f32>,
    /// Tail in-flight scores from `learn`.
    pub tail_in_flight: Vec<f32>,
    /// Discounted pinball loss of this expert's levels.
    pub loss: PerAsk,
    /// Censored promise scores of open orders past some window (format 7): weight per
    /// lowest bin the score is known to reach (see `pending.rs`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub censored: Vec<f32>,
}

impl Expert {
    fn new(half_life_days: f64) -> Expert {
        Expert {
            half_life_days,
            ..Expert::default()
        }
    }

    fn half_life_secs(&self) -> f64 {
        self.half_life_days.max(1e-3) * 86_400.0
    }

    /// The decay factor of this memory over `secs` seconds.
    pub(crate) fn decay(&self, secs: f64) -> f64 {
        (-secs / self.half_life_secs()).exp2()
    }

    /// This expert's live and tail records pooled, the tail faded by `tail_age` seconds
    /// (all zero without a record: the quantile is then the prior's, `q`).
    fn pooled(&self, ask: Ask, tail_age: f64, share: f64) -> [f32; SCORE_BINS] {
        let (live, tail) = match ask {
            Ask::Promise => (&self.promise, &self.tail_promise),
            Ask::InFlight => (&self.in_flight, &self.tail_in_flight),
        };
        let fade = self.decay(tail_age.max(0.0));
        let mut pooled = [0.0f32; SCORE_BINS];
        for (r, w) in [(live, 1.0), (tail, fade)] {
            if r.len() == SCORE_BINS {
                for (a, b) in pooled.iter_mut().zip(r.iter()) {
                    *a = (f64::from(*a) + w * f64::from(*b)) as f32;
                }
            }
        }
        if ask == Ask::Promise {
            super::censoring::redistribute(&mut pooled, &self.censored, share, CALIB_PRIOR);
        }
        pooled
    }

    /// This expert's level for `q`: the `q`-quantile of its live and tail records pooled, the
    /// tail faded by `tail_age` seconds.
    fn level(&self, ask: Ask, q: f64, tail_age: f64, share: f64) -> f64 {
        quantile(&self.pooled(ask, tail_age, share), q)
    }
}

/// The experts' records and how they are mixed (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Calibration {
    /// Time the live weights are relative to (the newest delivery scored).
    pub at: Option<DateTime<Utc>>,
    /// Time the tail weights are relative to (the newest delivery `learn` saw); the tail
    /// fades from there like the live record. `None` (models of format 2): it does not fade.
    pub tail_at: Option<DateTime<Utc>>,
    /// One record per memory (format 6); empty in a model that has scored nothing.
    pub experts: Vec<Expert>,
    /// Discounted number of deliveries behind the experts' losses.
    pub scored: PerAsk,
    /// Format 5 and older: the single 14-day live promise record (moved into `experts` on
    /// load, never written).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub promise: Vec<f32>,
    /// Format 5 and older: live in-flight record.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub in_flight: Vec<f32>,
    /// Format 5 and older: tail promise record.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tail_promise: Vec<f32>,
    /// Format 5 and older: tail in-flight record.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tail_in_flight: Vec<f32>,
    /// Open orders whose promise scores are not known yet (format 7, see `pending.rs`).
    pub pending: super::pending::Pending,
    /// The experts' weights and pooled records, derived from the fields above so that a
    /// window does not recompute them: refreshed on every score, on `learn` and on load
    /// (after editing the records by hand, call [`Calibration::refresh`]). Never saved.
    #[serde(skip)]
    mix: Mix,
}

/// Per question kind, each expert's weight and its live and faded tail records pooled (see
/// [`Calibration::refresh`]).
#[derive(Debug, Clone, Default)]
struct Mix {
    promise: Vec<(f64, [f32; SCORE_BINS])>,
    in_flight: Vec<(f64, [f32; SCORE_BINS])>,
}

impl PartialEq for Mix {
    /// Derived data: two calibrations are equal by their records.
    fn eq(&self, _: &Mix) -> bool {
        true
    }
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

/// Pinball (quantile) loss at `q` of threshold `c` for score `s`: a window cut at `c` holds
/// the delivery when `s <= c`.
fn pinball(q: f64, s: f64, c: f64) -> f64 {
    if s <= c {
        (1.0 - q) * (c - s)
    } else {
        q * (s - c)
    }
}

impl Calibration {
    /// A fresh record with one expert per [`CALIB_HALF_LIVES`].
    pub(crate) fn with_experts() -> Calibration {
        Calibration {
            experts: CALIB_HALF_LIVES.iter().map(|h| Expert::new(*h)).collect(),
            ..Calibration::default()
        }
    }

    /// Moves a format-5 single record into one 14-day expert (called on load).
    pub(crate) fn upgrade(&mut self) {
        let legacy = [
            std::mem::take(&mut self.promise),
            std::mem::take(&mut self.in_flight),
            std::mem::take(&mut self.tail_promise),
            std::mem::take(&mut self.tail_in_flight),
        ];
        if self.experts.is_empty() && legacy.iter().any(|r| !r.is_empty()) {
            let [promise, in_flight, tail_promise, tail_in_flight] = legacy;
            self.experts.push(Expert {
                promise,
                in_flight,
                tail_promise,
                tail_in_flight,
                ..Expert::new(CALIB_HALF_LIFE_DAYS)
            });
        }
        self.refresh();
    }

    /// Seconds the tail has aged (0 when it does not fade).
    fn tail_age(&self) -> f64 {
        match (self.at, self.tail_at) {
            (Some(at), Some(t)) if at > t => (at - t).num_seconds() as f64,
            _ => 0.0,
        }
    }

    /// Moves the record's clock to `t` when it is later, decaying the live and censored
    /// records, the losses and the open orders' counts.
    pub(crate) fn shift(&mut self, t: DateTime<Utc>) {
        if self.experts.is_empty() {
            *self = Calibration {
                at: self.at,
                tail_at: self.tail_at,
                pending: std::mem::take(&mut self.pending),
                ..Calibration::with_experts()
            };
        }
        let at = *self.at.get_or_insert(t);
        if t <= at {
            return;
        }
        let secs = (t - at).num_seconds() as f64;
        for e in &mut self.experts {
            let f = e.decay(secs);
            for r in [&mut e.promise, &mut e.in_flight, &mut e.censored] {
                for x in r.iter_mut() {
                    *x = (f64::from(*x) * f) as f32;
                }
            }
        }
        let f = (-secs / (LOSS_HALF_LIFE_DAYS * 86_400.0)).exp2();
        for e in &mut self.experts {
            e.loss.scale(f);
        }
        self.scored.scale(f);
        self.at = Some(t);
    }

    /// Adds a live score (bin index) for a delivery at `t`, decaying older weights; each
    /// expert's loss is taken first, on the level it would have given.
    pub(crate) fn add(&mut self, ask: Ask, t: DateTime<Utc>, bin: usize) {
        self.shift(t);
        // Seconds this score is older than the newest one (0 when it is the newest).
        let behind = self
            .at
            .filter(|at| *at > t)
            .map_or(0.0, |at| (at - t).num_seconds() as f64);
        let s = level_at(bin);
        let tail_age = self.tail_age();
        let share = self.pending.delivered_share();
        let lw = (-behind / (LOSS_HALF_LIFE_DAYS * 86_400.0)).exp2();
        for e in &mut self.experts {
            let loss: f64 = LOSS_LEVELS
                .iter()
                .map(|q| pinball(*q, s, e.level(ask, *q, tail_age, share)))
                .sum::<f64>()
                / LOSS_LEVELS.len() as f64;
            e.loss.add(ask, lw * loss);
            let w = e.decay(behind);
            match ask {
                Ask::Promise => bump(&mut e.promise, bin, w),
                Ask::InFlight => bump(&mut e.in_flight, bin, w),
            }
        }
        self.scored.add(ask, lw);
        self.refresh();
    }

    /// The experts' weights for `ask` (summing to 1): exponential weights on their discounted
    /// losses, learning rate `sqrt(8 ln K / n)`.
    fn weights(&self, ask: Ask) -> Vec<f64> {
        let k = self.experts.len().max(1) as f64;
        let eta = (8.0 * k.ln() / self.scored.get(ask).max(1.0)).sqrt();
        let best = self
            .experts
            .iter()
            .map(|e| e.loss.get(ask))
            .fold(f64::INFINITY, f64::min);
        let w: Vec<f64> = self
            .experts
            .iter()
            .map(|e| {
                let x = (-eta * (e.loss.get(ask) - best)).exp();
                if x.is_finite() { x } else { 0.0 }
            })
            .collect();
        let sum: f64 = w.iter().sum();
        if sum > 0.0 && sum.is_finite() {
            w.iter().map(|x| x / sum).collect()
        } else {
            vec![1.0 / k; self.experts.len()]
        }
    }

    /// The level to ask the distribution for so that a fraction `q` of deliveries would have
    /// been held: the experts' levels (each the `q`-quantile of its live and faded tail
    /// records) mixed by their weights. Below `q` when recent windows held more than asked,
    /// above when fewer; `q` with no record. Non-decreasing in `q`.
    pub(crate) fn level(&self, ask: Ask, q: f64) -> f64 {
        self.level_with_lead(ask, q).0
    }

    /// [`Calibration::level`], and the half-life (days) of the expert with the largest
    /// weight, with that weight (none without a record).
    pub(crate) fn level_with_lead(&self, ask: Ask, q: f64) -> (f64, Option<(f64, f64)>) {
        if self.experts.is_empty() {
            return (q, None);
        }
        let cached = match ask {
            Ask::Promise => &self.mix.promise,
            Ask::InFlight => &self.mix.in_flight,
        };
        let fresh;
        let mix = if cached.len() == self.experts.len() {
            cached
        } else {
            fresh = self.mixed(ask);
            &fresh
        };
        let c: f64 = mix.iter().map(|(w, r)| w * quantile(r, q)).sum();
        let lead = mix
            .iter()
            .zip(&self.experts)
            .map(|((w, _), e)| (e.half_life_days, *w))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        (c.clamp(0.05, 0.999), lead)
    }

    /// Each expert's weight and pooled records for `ask`.
    fn mixed(&self, ask: Ask) -> Vec<(f64, [f32; SCORE_BINS])> {
        let tail_age = self.tail_age();
        let share = self.pending.delivered_share();
        self.weights(ask)
            .into_iter()
            .zip(&self.experts)
            .map(|(w, e)| (w, e.pooled(ask, tail_age, share)))
            .collect()
    }

    /// Recomputes the experts' weights and pooled records that windows read (done on every
    /// score, on `learn` and on load).
    pub fn refresh(&mut self) {
        self.mix = Mix {
            promise: self.mixed(Ask::Promise),
            in_flight: self.mixed(Ask::InFlight),
        };
    }
}
