//! Scoring deliveries for the calibration record: the score of a delivery against the window
//! the model would have given when it was asked (promise or in flight), fed live by
//! `observe` and seeded by `learn` from the history's tail (see [`super::Calibration`] for
//! what the record does with the scores).

use chrono::{DateTime, Utc};

use super::calib::{
    Ask, Calibration, LOSS_HALF_LIFE_DAYS, N_LEVELS, TAIL_DAYS, TAIL_MAX, level_at,
};
use super::hist::central_interval;
use super::lane::CompletedShipment;
use super::model::TransitModel;
use super::window::WindowQuery;

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
        // Open orders first (see `pending.rs`): steps due by now, then this order's censored
        // weight out, so it is counted once, by its real score.
        self.calibration.advance(s.delivered_at);
        self.calibration
            .resolve(s.order_id.as_deref(), s.ordered_at.or(s.shipped_at));
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
        let mut scored: Vec<(DateTime<Utc>, Ask, usize)> = Vec::new();
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
            scored.extend(
                history
                    .iter()
                    .filter(asked)
                    .step_by(stride)
                    .filter_map(|s| pre.score(s, ask).map(|b| (s.delivered_at, ask, b))),
            );
        }
        // Replayed in delivery order (ties by question kind, then bin: deterministic), so the
        // experts' losses start from how each would have fared on the tail; the replay's
        // live records become the tail records, recency-weighted relative to the newest
        // delivery (`tail_at`) like the live record.
        scored.sort_by_key(|(t, ask, b)| (*t, ask.index(), *b));
        let mut replay = Calibration::with_experts();
        for (t, ask, b) in scored {
            replay.add(ask, t, b);
        }
        let since = replay
            .at
            .filter(|at| *at < newest)
            .map_or(0.0, |at| (newest - at).num_seconds() as f64);
        let loss_fade = (-since / (LOSS_HALF_LIFE_DAYS * 86_400.0)).exp2();
        for e in &mut replay.experts {
            let f = e.decay(since);
            e.tail_promise = std::mem::take(&mut e.promise)
                .into_iter()
                .map(|x| (f64::from(x) * f) as f32)
                .collect();
            e.tail_in_flight = std::mem::take(&mut e.in_flight)
                .into_iter()
                .map(|x| (f64::from(x) * f) as f32)
                .collect();
            e.loss.scale(loss_fade);
        }
        replay.scored.scale(loss_fade);
        replay.at = None;
        replay.tail_at = Some(newest);
        self.calibration = replay;
        self.calibration.refresh();
    }
}
