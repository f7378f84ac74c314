//! Scoring delivery windows: coverage, width, error of the central day, and the interval
//! (Winkler) score, a proper scoring rule for a central interval at a stated level.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The interval (Winkler) score of a window `earliest..=latest` at confidence `1 - alpha` for
/// a delivery on `truth`, in days: the window's width (inclusive, in calendar days) plus
/// `2 / alpha` times the days by which the delivery fell outside it. Lower is better; an
/// honest window at the stated level minimizes its expectation (Gneiting & Raftery 2007,
/// "Strictly proper scoring rules, prediction, and estimation", JASA 102(477), section 6.2).
///
/// A window that covers too little pays for each missed day far more than a day of width
/// costs, so the score rewards narrow windows only as long as they still hold the delivery.
///
/// ```
/// use chrono::NaiveDate;
/// use tracking_core::eval::interval_score;
/// let d = |day| NaiveDate::from_ymd_opt(2024, 6, day).unwrap();
/// // A 5-day window that holds the delivery scores its width.
/// assert_eq!(interval_score(d(3), d(7), d(5), 0.1), 5.0);
/// // Two days late: 5 + (2 / 0.1) x 2.
/// assert_eq!(interval_score(d(3), d(7), d(9), 0.1), 45.0);
/// ```
pub fn interval_score(earliest: NaiveDate, latest: NaiveDate, truth: NaiveDate, alpha: f64) -> f64 {
    let width = ((latest - earliest).num_days() + 1).max(1) as f64;
    let missed = if truth < earliest {
        (earliest - truth).num_days()
    } else if truth > latest {
        (truth - latest).num_days()
    } else {
        0
    };
    let alpha = if alpha.is_finite() {
        alpha.clamp(1e-3, 1.0)
    } else {
        0.1
    };
    width + 2.0 / alpha * missed as f64
}

/// Running totals for one predictor over a set of questions.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Questions scored.
    pub n: usize,
    /// Deliveries inside the window.
    pub covered: usize,
    /// Sum of window widths (calendar days, inclusive).
    pub width_days: f64,
    /// Sum of absolute errors of the central day, in days.
    pub abs_err_days: f64,
    /// Sum of interval scores (see [`interval_score`]).
    pub interval_score: f64,
}

impl Score {
    /// Adds one question: the delivery day `truth`, the window and its central day, scored at
    /// confidence `1 - alpha`.
    pub fn add(
        &mut self,
        truth: NaiveDate,
        (earliest, latest, central): (NaiveDate, NaiveDate, NaiveDate),
        alpha: f64,
    ) {
        self.n += 1;
        if truth >= earliest && truth <= latest {
            self.covered += 1;
        }
        self.width_days += ((latest - earliest).num_days() + 1).max(1) as f64;
        self.abs_err_days += (truth - central).num_days().abs() as f64;
        self.interval_score += interval_score(earliest, latest, truth, alpha);
    }

    /// Adds another set of totals.
    pub fn merge(&mut self, o: &Score) {
        self.n += o.n;
        self.covered += o.covered;
        self.width_days += o.width_days;
        self.abs_err_days += o.abs_err_days;
        self.interval_score += o.interval_score;
    }

    fn mean(&self, total: f64) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            total / self.n as f64
        }
    }

    /// Share of deliveries inside their window (0 when nothing was scored).
    pub fn coverage(&self) -> f64 {
        self.mean(self.covered as f64)
    }

    /// Mean width in calendar days.
    pub fn mean_width(&self) -> f64 {
        self.mean(self.width_days)
    }

    /// Mean absolute error of the central day, in days.
    pub fn mae(&self) -> f64 {
        self.mean(self.abs_err_days)
    }

    /// Mean interval score in days (lower is better).
    pub fn mean_interval_score(&self) -> f64 {
        self.mean(self.interval_score)
    }

    /// The means, rounded to 3 decimals, for reports.
    pub fn summary(&self) -> Summary {
        Summary {
            n: self.n,
            coverage: round3(self.coverage()),
            mean_width_days: round3(self.mean_width()),
            mae_days: round3(self.mae()),
            interval_score: round3(self.mean_interval_score()),
        }
    }
}

/// Means of a [`Score`]: what reports print.
#[derive(Debug, Default, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Summary {
    /// Questions scored.
    pub n: usize,
    /// Share of deliveries inside their window.
    pub coverage: f64,
    /// Mean width, calendar days (inclusive).
    pub mean_width_days: f64,
    /// Mean absolute error of the central day, days.
    pub mae_days: f64,
    /// Mean interval score, days (lower is better).
    pub interval_score: f64,
}

/// `x` rounded to 3 decimals.
pub(crate) fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The `q`-quantile of sorted values: the smallest value with at least a fraction `q` of the
/// values at or below it (`None` when empty).
///
/// ```
/// use tracking_core::eval::quantile;
/// assert_eq!(quantile(&[1, 2, 3, 4], 0.5), Some(2));
/// assert_eq!(quantile(&[1, 2, 3, 4], 0.9), Some(4));
/// assert_eq!(quantile::<i64>(&[], 0.5), None);
/// ```
pub fn quantile<T: Copy>(sorted: &[T], q: f64) -> Option<T> {
    if sorted.is_empty() {
        return None;
    }
    let q = if q.is_nan() { 0.5 } else { q.clamp(0.0, 1.0) };
    let i = ((sorted.len() as f64 * q).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted.get(i).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 6, day).unwrap()
    }

    #[test]
    fn interval_score_charges_misses_on_both_sides() {
        assert_eq!(interval_score(d(10), d(12), d(11), 0.2), 3.0);
        assert_eq!(interval_score(d(10), d(12), d(8), 0.2), 3.0 + 10.0 * 2.0);
        assert_eq!(interval_score(d(10), d(12), d(13), 0.2), 3.0 + 10.0);
        // A narrower window that still holds the delivery is better; one that misses it by
        // a day is worse than a window a few days wider.
        assert!(interval_score(d(10), d(11), d(11), 0.1) < interval_score(d(9), d(12), d(11), 0.1));
        assert!(interval_score(d(10), d(11), d(12), 0.1) > interval_score(d(9), d(14), d(12), 0.1));
    }

    #[test]
    fn score_means() {
        let mut s = Score::default();
        s.add(d(11), (d(10), d(12), d(11)), 0.1);
        s.add(d(14), (d(10), d(12), d(11)), 0.1);
        assert_eq!(s.n, 2);
        assert_eq!(s.coverage(), 0.5);
        assert_eq!(s.mean_width(), 3.0);
        assert_eq!(s.mae(), 1.5);
        assert_eq!(s.mean_interval_score(), (3.0 + 3.0 + 40.0) / 2.0);
        let mut t = Score::default();
        t.merge(&s);
        t.merge(&s);
        assert_eq!(t.summary().interval_score, s.summary().interval_score);
        assert_eq!(Score::default().coverage(), 0.0);
    }
}
