//! What history says beyond per-lane histograms: how much months strayed from the usual
//! (regimes that windows mix over), and how far a shop's promise tracks delivery times.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::days::Days;
use super::hist::{BINS, Hist};
use super::lane::CompletedShipment;
use super::model::{Node, TransitModel};
use crate::lane::Lane;

/// Per-month sums of `ln(1 + days)`, to measure how much months differ from each other.
#[derive(Default)]
pub(super) struct MonthLog {
    pub transit: (f64, u32),
    pub total: (f64, u32),
}

/// Months with fewer deliveries than this are too noisy to say anything about drift.
const DRIFT_MIN_MONTH: u32 = 30;

/// The months that strayed from the usual: each month's mean log duration minus the median
/// over months, as `(month key, log factor)` (key: `year * 12 + month0`), kept only when it
/// lies more than 3 median absolute deviations from the median (about 2 standard deviations
/// for normal noise, a common robust outlier rule) and at least 3%: a disruption, not a
/// month's calendar noise. Empty with fewer than 3 usable months.
pub(super) fn month_deviations(
    months: &BTreeMap<i32, MonthLog>,
    pick: fn(&MonthLog) -> (f64, u32),
) -> Vec<(i32, f32)> {
    let means: Vec<(i32, f64)> = months
        .iter()
        .map(|(k, m)| (*k, pick(m)))
        .filter(|(_, (_, n))| *n >= DRIFT_MIN_MONTH)
        .map(|(k, (s, n))| (k, s / f64::from(n)))
        .collect();
    if means.len() < 3 {
        return Vec::new();
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    // The median month is the usual: a disruption must not shift what it is measured against.
    let centre = median(means.iter().map(|(_, m)| *m).collect());
    let mad = median(means.iter().map(|(_, m)| (m - centre).abs()).collect());
    let limit = (3.0 * mad).max(0.03);
    means
        .into_iter()
        .map(|(k, m)| (k, m - centre))
        .filter(|(_, d)| d.abs() > limit)
        .map(|(k, d)| (k, d as f32))
        .collect()
}

/// The seasonal factor for a window starting in month `key` (`year * 12 + month0`): how much
/// slower (> 1) or faster the same month ran one year earlier (two when one is not known),
/// from `season`; `None` when neither is known or the difference is under 3%. Clamped to
/// 0.67..=1.5 like the short memory.
pub(super) fn seasonal_factor(season: &[(i32, f32)], key: i32) -> Option<(f64, i32)> {
    let (k, dev) = [key - 12, key - 24]
        .iter()
        .find_map(|k| season.iter().find(|(m, _)| m == k).copied())?;
    let f = f64::from(dev).exp().clamp(0.67, 1.5);
    ((f - 1.0).abs() >= 0.03).then_some((f, k.div_euclid(12)))
}

impl TransitModel {
    /// Least-squares slope (through the origin) of `ln(1 + total) - ln(1 + median total)` on
    /// `ln(1 + lead) - ln(1 + median lead)` over deliveries that had a promise, the medians
    /// taken at the shipment's lane (or its destination, or globally, when the lane is thin).
    pub(super) fn fit_promise_beta(
        &self,
        history: &[CompletedShipment],
        lanes: &HashMap<&Lane, (Days, Node)>,
    ) -> f64 {
        let mut medians: HashMap<&Lane, Option<(f64, f64)>> = HashMap::new();
        let (mut sxx, mut sxy, mut n) = (0.0, 0.0, 0u32);
        for s in history {
            let (Some(ordered), Some(promised)) = (s.ordered_at, s.promised_by) else {
                continue;
            };
            let Some((days, lane_node)) = lanes.get(&s.lane) else {
                continue;
            };
            let med = *medians
                .entry(&s.lane)
                .or_insert_with(|| self.typical_lead_and_total(&s.lane, lane_node));
            let Some((med_lead, med_total)) = med else {
                continue;
            };
            let o = days.local_date(ordered);
            let d = days.local_date(s.delivered_at);
            if promised < o || d < o {
                continue;
            }
            let x = f64::from(days.count(o, promised)).ln_1p() - med_lead.ln_1p();
            let y = f64::from(days.count(o, d)).ln_1p() - med_total.ln_1p();
            sxx += x * x;
            sxy += x * y;
            n += 1;
        }
        if n < 50 || sxx <= 1e-9 {
            return 0.0;
        }
        (sxy / sxx).clamp(0.0, 1.0)
    }

    /// Median promised lead and order-to-delivery of the finest level with 10+ deliveries
    /// that had a promise.
    pub(crate) fn typical_lead_and_total(
        &self,
        lane: &Lane,
        lane_node: &Node,
    ) -> Option<(f64, f64)> {
        let keys = lane.level_keys();
        let node = std::iter::once(lane_node)
            .chain([3usize, 0].iter().filter_map(|l| self.node(keys.get(*l))))
            .find(|n| n.lead.total > 0.0 && n.n >= 10)?;
        Some((
            f64::from(node.lead.quantile(0.5)),
            f64::from(node.total.quantile(0.5)),
        ))
    }
}

/// Half-life of the short memory that follows sudden slowdowns (peak season, strikes).
const RECENT_HALF_LIFE_DAYS: f64 = 14.0;
/// Recent deliveries needed before the short memory speaks, and its shrinkage strength.
const RECENT_MIN: f64 = 30.0;

/// A short memory of how long the latest deliveries took, over all lanes: decayed sums of
/// weights and of `ln(1 + business days)`, with a 14-day half-life. Compared with the long
/// memory (the global histogram, 90-day half-life) it says whether deliveries right now run
/// slower or faster than usual.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Recent {
    /// Time the sums are relative to (the newest delivery added).
    pub at: Option<DateTime<Utc>>,
    /// Transit: (sum of weights, sum of weighted log days).
    #[serde(with = "as_f32")]
    pub transit: (f64, f64),
    /// Order to delivery: (sum of weights, sum of weighted log days).
    #[serde(with = "as_f32")]
    pub total: (f64, f64),
    /// The sums as they stood at the end of each of the last 120 (`SNAPSHOT_DAYS`) days that had
    /// deliveries (`(day, transit weight, transit sum, total weight, total sum)`, days since
    /// 1970), taken as deliveries come in one by one: the calibration record scores a delivery
    /// against the short memory as it was when its window was asked, not with hindsight.
    pub daily: Vec<(i32, f32, f32, f32, f32)>,
}

/// Days of short-memory snapshots kept (longer than nearly any order-to-delivery time).
pub const SNAPSHOT_DAYS: usize = 120;

/// Saved as f32 (like the histograms): a loaded model then saves to the same bytes.
mod as_f32 {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(v: &(f64, f64), s: S) -> Result<S::Ok, S::Error> {
        (v.0 as f32, v.1 as f32).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<(f64, f64), D::Error> {
        let (a, b) = <(f32, f32)>::deserialize(d)?;
        Ok((f64::from(a), f64::from(b)))
    }
}

impl Recent {
    /// Adds one delivery at `t` (any order: older ones count with their decayed weight).
    /// With `snapshot`, the sums are saved at each change of day (deliveries then come in
    /// time order, see [`Recent::daily`]).
    pub(super) fn add(
        &mut self,
        t: DateTime<Utc>,
        transit: Option<u32>,
        total: Option<u32>,
        snapshot: bool,
    ) {
        let half = RECENT_HALF_LIFE_DAYS * 86_400.0;
        let at = *self.at.get_or_insert(t);
        let mut w = 1.0;
        if t > at {
            let day = |x: DateTime<Utc>| x.timestamp().div_euclid(86_400) as i32;
            if snapshot && day(t) > day(at) {
                if self.daily.len() >= SNAPSHOT_DAYS {
                    self.daily.remove(0);
                }
                self.daily.push((
                    day(at),
                    self.transit.0 as f32,
                    self.transit.1 as f32,
                    self.total.0 as f32,
                    self.total.1 as f32,
                ));
            }
            let f = (-((t - at).num_seconds() as f64) / half).exp2();
            for s in [&mut self.transit, &mut self.total] {
                s.0 *= f;
                s.1 *= f;
            }
            self.at = Some(t);
        } else {
            w = (-((at - t).num_seconds() as f64) / half).exp2();
        }
        if let Some(x) = transit {
            self.transit.0 += w;
            self.transit.1 += w * f64::from(x).ln_1p();
        }
        if let Some(x) = total {
            self.total.0 += w;
            self.total.1 += w * f64::from(x).ln_1p();
        }
    }

    /// The short memory as it stood at the end of the day before `t`: the latest snapshot
    /// before that day, or the current sums when `t` is after all snapshots (or before them:
    /// nothing older is known).
    pub(super) fn as_of(&self, t: DateTime<Utc>) -> Recent {
        let day = t.timestamp().div_euclid(86_400) as i32;
        let current = || Recent {
            at: self.at,
            transit: self.transit,
            total: self.total,
            daily: Vec::new(),
        };
        if self
            .at
            .is_none_or(|a| (a.timestamp().div_euclid(86_400) as i32) < day)
        {
            return current();
        }
        match self.daily.iter().rev().find(|s| s.0 < day) {
            Some(&(_, tw, tx, ow, ox)) => Recent {
                at: None,
                transit: (f64::from(tw), f64::from(tx)),
                total: (f64::from(ow), f64::from(ox)),
                daily: Vec::new(),
            },
            None => current(),
        }
    }

    /// `sums` as they weigh at `t`: decayed from [`Recent::at`] (when `t` is later) with the
    /// short memory's half-life, so that a model left alone for months does not keep judging
    /// by deliveries it saw long ago (their weight falls below what the factor needs).
    pub(super) fn faded(&self, sums: (f64, f64), t: DateTime<Utc>) -> (f64, f64) {
        match self.at {
            Some(at) if t > at => {
                let f =
                    (-((t - at).num_seconds() as f64) / (RECENT_HALF_LIFE_DAYS * 86_400.0)).exp2();
                (sums.0 * f, sums.1 * f)
            }
            _ => sums,
        }
    }

    /// The factor by which deliveries run slower (> 1) or faster than the long memory `long`
    /// says, shrunk toward 1 when few recent deliveries back it; `None` when within 3%.
    pub(super) fn factor(sums: (f64, f64), long: &Hist) -> Option<f64> {
        let (w, wx) = sums;
        if w < RECENT_MIN || long.total <= 0.0 {
            return None;
        }
        static LN: std::sync::OnceLock<[f64; BINS]> = std::sync::OnceLock::new();
        let ln = LN.get_or_init(|| std::array::from_fn(|i| (i as f64).ln_1p()));
        let mut mean = 0.0;
        for (h, l) in long.w.iter().zip(ln.iter()) {
            mean += h * l;
        }
        mean /= long.total;
        let delta = (wx / w - mean) * w / (w + RECENT_MIN);
        let f = delta.exp().clamp(0.67, 1.5);
        ((f - 1.0).abs() >= 0.03).then_some(f)
    }
}
