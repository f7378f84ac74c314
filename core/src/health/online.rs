//! Recency-weighted dwell histograms (so a model can learn one delivery at a time) and the
//! conformal-style control of the false-alarm rate.
//!
//! **Histograms.** Every entry keeps its samples as weights over log-spaced bins (edges
//! `0.01 * 1.05^i`, 5% wide, up to ~10,000: business hours, or ratios for
//! [`GapKind::PromiseRatio`]). A sample's weight is `2^((t - reference) / half_life)`, `t` the
//! shipment's completion, so a sample one half-life older than another counts half, as in the
//! transit model. Quantiles are read off the cumulative weights (linear within a bin, so off by
//! at most 5%); the upper confidence bound uses Kish's effective sample size
//! `(sum w)^2 / sum w^2`, the distribution-free bound of `dwell.rs` with `n` replaced by it.
//!
//! **Control** (adaptive conformal inference, Gibbs & Candès 2021, "Adaptive Conformal
//! Inference Under Distribution Shift"): every threshold is multiplied by `exp(log_scale)`.
//! When a shipment is delivered, `alarm` is whether the thresholds of that moment would ever
//! have flagged it on its way; then `log_scale += step * (alarm - alpha)` with `alpha = 1 -
//! level`. A false alarm lifts every threshold by `step * (1 - alpha)` (about 4.9% at the
//! default step 0.05 and level 0.95); each delivery that was not flagged lowers them by `step *
//! alpha` (0.25%). At equilibrium false alarms happen at rate `alpha`, and ACI bounds the
//! long-run average miss by `(range of log_scale) / (step * deliveries)` whatever the drift.
//! `log_scale` is clamped to `[ln 0.5, ln 4]` so one odd season cannot disable detection.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use std::collections::HashMap;

use super::clock::Calendars;
use super::dwell::{
    DwellEntry, DwellModel, GapKind, KeyHash, Scope, carrier_slug, completed_at, entry_key,
    samples, scoped_lane,
};
use crate::timeline::Shipment;

/// Smallest bin edge.
const HIST_MIN: f64 = 0.01;
/// Ratio between successive bin edges.
const HIST_RATIO: f64 = 1.05;
/// Number of bins: bin 0 holds values below [`HIST_MIN`], the last one everything above
/// `HIST_MIN * HIST_RATIO^(HIST_BINS - 2)` (~9,950).
pub(crate) const HIST_BINS: usize = 284;
/// Rebase the weights when the newest exponent passes this (2^30 stays exact in f32 sums).
const MAX_EXPONENT: f64 = 30.0;
/// Bounds of the control's `log_scale`: thresholds move between half and four times.
pub(crate) const LOG_SCALE_RANGE: (f64, f64) =
    (-std::f64::consts::LN_2, 2.0 * std::f64::consts::LN_2);

/// Default recency half-life of a dwell model, days (as the transit model's).
pub(crate) fn default_half_life() -> f64 {
    90.0
}

fn bin_of(v: f64) -> usize {
    if v.is_nan() || v < HIST_MIN {
        return 0;
    }
    let i = 1 + ((v / HIST_MIN).ln() / HIST_RATIO.ln()).floor() as usize;
    i.min(HIST_BINS - 1)
}

fn edges(i: usize) -> (f64, f64) {
    if i == 0 {
        return (0.0, HIST_MIN);
    }
    let lo = HIST_MIN * HIST_RATIO.powi(i as i32 - 1);
    (lo, lo * HIST_RATIO)
}

/// The weighted `q` quantile of a histogram with total weight `total`.
fn hist_quantile(hist: &[f32], total: f64, q: f64) -> f64 {
    let target = q * total;
    let mut cum = 0.0;
    for (i, &w) in hist.iter().enumerate() {
        let w = f64::from(w);
        if w > 0.0 && cum + w >= target {
            let (lo, hi) = edges(i);
            return lo + (hi - lo) * ((target - cum) / w).clamp(0.0, 1.0);
        }
        cum += w;
    }
    hist.iter()
        .rposition(|&w| w > 0.0)
        .map_or(0.0, |i| edges(i).1)
}

/// `x` rounded to 12 significant digits: stored values then print short and read back exactly
/// (JSON round trips compare equal), far below any precision that matters here.
fn round_sig(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let p = 10f64.powi(11 - x.abs().log10().floor() as i32);
    (x * p).round() / p
}

impl DwellEntry {
    /// Adds one sample of `value` with weight `w`.
    pub(crate) fn add(&mut self, value: f64, w: f64) {
        if self.hist.len() != HIST_BINS {
            self.hist = vec![0.0; HIST_BINS];
        }
        if let Some(b) = self.hist.get_mut(bin_of(value)) {
            *b += w as f32;
        }
        self.weight += w;
        self.weight_sq += w * w;
        self.n += 1;
    }

    /// Multiplies every weight by `f` (rebasing the recency reference).
    pub(crate) fn scale(&mut self, f: f64) {
        for b in &mut self.hist {
            *b = (f64::from(*b) * f) as f32;
        }
        self.weight = round_sig(self.weight * f);
        self.weight_sq = round_sig(self.weight_sq * f * f);
    }

    /// Recomputes `hours` and `upper` at `levels` from the histogram.
    pub(crate) fn refresh(&mut self, levels: &[f64]) {
        if self.weight <= 0.0 || self.hist.is_empty() {
            return;
        }
        self.weight = round_sig(self.weight);
        self.weight_sq = round_sig(self.weight_sq);
        let n = self.weight * self.weight / self.weight_sq.max(f64::MIN_POSITIVE);
        let total: f64 = self.hist.iter().map(|&w| f64::from(w)).sum();
        self.hours = levels
            .iter()
            .map(|&q| round_sig(hist_quantile(&self.hist, total, q)))
            .collect();
        self.upper = levels
            .iter()
            .map(|&q| {
                let up = q + 1.645 * (q * (1.0 - q) / n).sqrt();
                (up <= 1.0).then(|| round_sig(hist_quantile(&self.hist, total, up)))
            })
            .collect();
    }
}

/// The tracked false-alarm control (serde; carried with the model).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct AlarmCalibration {
    /// Thresholds are multiplied by `exp(log_scale)`.
    pub log_scale: f64,
    /// Deliveries the control has seen.
    pub deliveries: u64,
    /// Of those, how many the thresholds of their time flagged on the way (false alarms).
    pub false_alarms: u64,
    /// Recent false-alarm rate: exponential average over about the last 200 deliveries.
    pub recent_rate: f64,
}

impl Default for AlarmCalibration {
    fn default() -> Self {
        AlarmCalibration {
            log_scale: 0.0,
            deliveries: 0,
            false_alarms: 0,
            recent_rate: 0.0,
        }
    }
}

impl AlarmCalibration {
    /// The multiplier on every threshold.
    pub fn scale(&self) -> f64 {
        self.log_scale.exp()
    }

    /// One delivery: `alarm` if it was ever flagged on its way; `alpha` the target rate.
    pub(crate) fn update(&mut self, alarm: bool, alpha: f64, step: f64) {
        let err = if alarm { 1.0 } else { 0.0 };
        self.deliveries += 1;
        self.false_alarms += u64::from(alarm);
        self.recent_rate += (err - self.recent_rate) / (self.deliveries.min(200) as f64);
        self.log_scale =
            (self.log_scale + step * (err - alpha)).clamp(LOG_SCALE_RANGE.0, LOG_SCALE_RANGE.1);
    }
}

/// The recency weight (`2^exponent`) of a sample completed at `t`, rebasing `entries` and the
/// `reference` when needed.
pub(crate) fn weight_at(
    reference: &mut Option<DateTime<Utc>>,
    half_life_days: f64,
    entries: &mut [DwellEntry],
    t: DateTime<Utc>,
) -> f64 {
    let r = *reference.get_or_insert(t);
    let half_life = half_life_days.max(1.0) * 86_400.0;
    let exp = (t - r).num_seconds() as f64 / half_life;
    if exp > MAX_EXPONENT {
        let f = (-exp).exp2();
        for e in entries.iter_mut() {
            e.scale(f);
        }
        *reference = Some(t);
        return 1.0;
    }
    exp.exp2()
}

/// Whether a kind's values are hours (thresholds get the 12-hour floor) or ratios.
pub(crate) fn is_hours(kind: GapKind) -> bool {
    kind != GapKind::PromiseRatio
}

impl DwellModel {
    /// Adds one completed shipment's samples, recency-weighted, and refreshes the quantiles
    /// of the entries it touched (as [`TransitModel::observe`](crate::estimate::TransitModel::observe)
    /// does for windows). Call it as deliveries complete; a shipment completed long before
    /// the newest one counts little. O(entries) to find the keys: for a stream, prefer
    /// [`super::Assessor::observe`], which keeps them indexed (and also runs the false-alarm
    /// control).
    pub fn observe(&mut self, s: &Shipment) {
        let mut keys: HashMap<u64, usize> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (entry_key(e), i))
            .collect();
        self.observe_with(s, &Calendars::default(), &mut keys);
    }

    /// [`DwellModel::observe`] with a key index of all entries (kept up to date here).
    /// Returns whether the set of usable entries (`n >= min_samples`) changed.
    pub(crate) fn observe_with(
        &mut self,
        s: &Shipment,
        calendars: &Calendars,
        keys: &mut HashMap<u64, usize>,
    ) -> bool {
        let carrier = carrier_slug(s.settled_carrier().as_deref()).to_string();
        let mut touched = Vec::new();
        self.add_samples(s, &carrier, calendars, keys, &mut touched);
        let levels = self.levels.clone();
        let mut changed = false;
        for i in touched {
            if let Some(e) = self.entries.get_mut(i) {
                e.refresh(&levels);
                changed |= e.n == self.min_samples.max(1);
            }
        }
        changed
    }

    pub(super) fn add_samples(
        &mut self,
        s: &Shipment,
        carrier: &str,
        calendars: &Calendars,
        keys: &mut HashMap<u64, usize>,
        touched: &mut Vec<usize>,
    ) {
        let Some(t) = completed_at(s) else {
            return;
        };
        let found = samples(s, calendars);
        if found.is_empty() {
            return;
        }
        let w = weight_at(
            &mut self.reference,
            self.half_life_days,
            &mut self.entries,
            t,
        );
        let route = scoped_lane(s, carrier, Scope::Lane).route();
        for (kind, status, value) in found {
            let scoped = [
                (
                    KeyHash::new(Scope::Lane, kind, status)
                        .carrier(carrier)
                        .route(&route),
                    Scope::Lane,
                ),
                (
                    KeyHash::new(Scope::Carrier, kind, status).carrier(carrier),
                    Scope::Carrier,
                ),
                (KeyHash::new(Scope::Status, kind, status), Scope::Status),
            ];
            for (k, scope) in scoped {
                let i = *keys.entry(k.finish()).or_insert_with(|| {
                    self.entries.push(DwellEntry {
                        scope,
                        kind,
                        lane: scoped_lane(s, carrier, scope),
                        status,
                        n: 0,
                        hours: Vec::new(),
                        upper: Vec::new(),
                        hist: Vec::new(),
                        weight: 0.0,
                        weight_sq: 0.0,
                    });
                    self.entries.len() - 1
                });
                if let Some(e) = self.entries.get_mut(i) {
                    e.add(value, w);
                }
                touched.push(i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bins_cover_values_and_quantiles_are_close() {
        assert_eq!(bin_of(0.0), 0);
        assert_eq!(bin_of(f64::NAN), 0);
        assert_eq!(bin_of(1e9), HIST_BINS - 1);
        let (lo, hi) = edges(bin_of(100.0));
        assert!(lo <= 100.0 && 100.0 < hi, "{lo} {hi}");
        let mut h = vec![0.0_f32; HIST_BINS];
        for v in 1..=100 {
            h[bin_of(f64::from(v))] += 1.0;
        }
        let q = hist_quantile(&h, 100.0, 0.95);
        assert!((90.0..=100.0).contains(&q), "{q}");
    }

    #[test]
    fn the_control_lifts_on_false_alarms_and_settles_at_alpha() {
        let mut c = AlarmCalibration::default();
        c.update(true, 0.05, 0.05);
        assert!((c.log_scale - 0.0475).abs() < 1e-9);
        c.update(false, 0.05, 0.05);
        assert!((c.log_scale - 0.045).abs() < 1e-9);
        // One alarm in twenty keeps it where it is.
        let before = c.log_scale;
        for i in 0..200 {
            c.update(i % 20 == 0, 0.05, 0.05);
        }
        assert!((c.log_scale - before).abs() < 1e-6, "{}", c.log_scale);
        for _ in 0..1000 {
            c.update(true, 0.05, 0.05);
        }
        assert_eq!(c.log_scale, LOG_SCALE_RANGE.1);
    }
}
