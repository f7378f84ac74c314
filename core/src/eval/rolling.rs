//! Rolling-origin evaluation: a backtest split at the start of every month that has enough
//! history before it, each scoring the questions asked in that month only, so every month is
//! scored once by a model that knew everything before it. The mean over splits (and the
//! worst month) is the figure to improve, not any single split.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::backtest::{BacktestOptions, Scores, backtest_with_orders};
use super::score::{Score, round3};
use crate::estimate::{CompletedShipment, DeliveryWindow, PlacedOrder};

/// How a rolling-origin evaluation runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RollingOptions {
    /// Mode, online, confidence and learning of every split (`test_until` is set per split).
    pub backtest: BacktestOptions,
    /// A month start is a split only with at least this many deliveries before it.
    pub min_train: usize,
    /// ... and at least this many questions in its month.
    pub min_questions: usize,
    /// Splits at or after this instant are the held-out months: a variant is chosen on the
    /// means of the splits before it ([`RollingReport::selection`]) and reported on the ones
    /// after ([`RollingReport::held_out`]), so the reported figure is not the one it was
    /// picked on. `None`: no such split (only the means over all months), unless
    /// [`RollingOptions::hold_out_later_half`].
    pub hold_out_from: Option<DateTime<Utc>>,
    /// Without `hold_out_from`: hold out the later half of the splits (from the split at
    /// index `n / 2` of `n`, with at least two splits), the CLI's default. The report's
    /// `options.hold_out_from` says which date that was.
    pub hold_out_later_half: bool,
}

impl Default for RollingOptions {
    fn default() -> Self {
        RollingOptions {
            backtest: BacktestOptions::default(),
            min_train: 300,
            min_questions: 30,
            hold_out_from: None,
            hold_out_later_half: false,
        }
    }
}

/// One split: the month after `split_at`, scored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Split {
    /// Start of the month (UTC midnight).
    pub split_at: DateTime<Utc>,
    /// Deliveries learned from.
    pub trained_on: usize,
    /// The month's scores.
    pub scores: Scores,
}

/// Means over splits of one predictor (each split weighs the same).
#[derive(Debug, Default, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SplitMeans {
    /// Splits where the predictor answered.
    pub splits: usize,
    /// Mean over splits of the coverage.
    pub coverage: f64,
    /// Lowest coverage of any split.
    pub min_coverage: f64,
    /// Highest coverage of any split.
    pub max_coverage: f64,
    /// Splits whose coverage lies in 0.88-0.93 (the band the targets ask of every
    /// month at 0.9).
    pub months_in_band: usize,
    /// Mean over splits of the mean width (calendar days).
    pub mean_width_days: f64,
    /// Mean over splits of the mean interval score (days).
    pub interval_score: f64,
}

impl SplitMeans {
    fn of<'a>(scores: impl Iterator<Item = &'a Score>) -> SplitMeans {
        let mut m = SplitMeans {
            min_coverage: 1.0,
            ..SplitMeans::default()
        };
        for s in scores.filter(|s| s.n > 0) {
            m.splits += 1;
            m.coverage += s.coverage();
            m.min_coverage = m.min_coverage.min(s.coverage());
            m.max_coverage = m.max_coverage.max(s.coverage());
            m.months_in_band += usize::from((0.88..=0.93).contains(&round3(s.coverage())));
            m.mean_width_days += s.mean_width();
            m.interval_score += s.mean_interval_score();
        }
        if m.splits == 0 {
            return SplitMeans::default();
        }
        let k = m.splits as f64;
        SplitMeans {
            coverage: round3(m.coverage / k),
            min_coverage: round3(m.min_coverage),
            max_coverage: round3(m.max_coverage),
            mean_width_days: round3(m.mean_width_days / k),
            interval_score: round3(m.interval_score / k),
            ..m
        }
    }
}

/// Means over a group of splits for the model and both baselines, and the model's mean width
/// as a share of the shop promise's.
#[derive(Debug, Default, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GroupMeans {
    /// The model.
    pub model: SplitMeans,
    /// The shop's promise.
    pub shop_promise: SplitMeans,
    /// The per-lane quantile.
    pub lane_quantile: SplitMeans,
    /// The model's mean width over the shop promise's (both means over the same splits);
    /// 0 without a shop promise.
    pub width_vs_shop: f64,
}

impl GroupMeans {
    fn of<'a>(splits: impl Iterator<Item = &'a Split> + Clone) -> GroupMeans {
        let model = SplitMeans::of(splits.clone().map(|s| &s.scores.model));
        let shop_promise = SplitMeans::of(splits.clone().map(|s| &s.scores.shop_promise));
        let width_vs_shop = if shop_promise.mean_width_days > 0.0 {
            round3(model.mean_width_days / shop_promise.mean_width_days)
        } else {
            0.0
        };
        GroupMeans {
            model,
            shop_promise,
            lane_quantile: SplitMeans::of(splits.map(|s| &s.scores.lane_quantile)),
            width_vs_shop,
        }
    }
}

/// What a rolling-origin evaluation found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RollingReport {
    /// The options it ran with.
    pub options: RollingOptions,
    /// Every split, in time order.
    pub splits: Vec<Split>,
    /// Means over splits: the model.
    pub model: SplitMeans,
    /// Means over splits: the shop's promise.
    pub shop_promise: SplitMeans,
    /// Means over splits: the per-lane quantile.
    pub lane_quantile: SplitMeans,
    /// All questions of all splits pooled.
    pub pooled: Scores,
    /// The model's mean width over the shop promise's, over all splits.
    pub width_vs_shop: f64,
    /// With [`RollingOptions::hold_out_from`]: the means over the splits before it (where a
    /// variant is chosen).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selection: Option<GroupMeans>,
    /// With [`RollingOptions::hold_out_from`]: the means over the splits from it on (the
    /// months to report; held out only if nothing was chosen or studied on them, which on
    /// the dev history is not the case for any month read in earlier rounds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub held_out: Option<GroupMeans>,
}

pub(super) fn month_start(d: NaiveDate) -> Option<DateTime<Utc>> {
    NaiveDate::from_ymd_opt(d.year(), d.month(), 1)?
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc())
}

pub(super) fn next_month(t: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let d = crate::time::local_naive(&t).date();
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    month_start(NaiveDate::from_ymd_opt(y, m, 1)?)
}

/// Runs a backtest at every month start between the first delivery and the last order of
/// `history` that has at least `min_train` deliveries before it, scoring the orders of that
/// month only (see the module docs).
///
/// The orders noted are those of `history`, delivered orders only: for the counting the
/// product uses see [`rolling_origin_with_orders`].
pub fn rolling_origin(history: &[CompletedShipment], options: &RollingOptions) -> RollingReport {
    rolling_origin_with_orders(
        history,
        &super::backtest::delivered_orders(history),
        options,
    )
}

/// [`rolling_origin`], noting `orders` (every order placed, delivered or not) as
/// [`super::backtest_with_orders`] does at each split.
pub fn rolling_origin_with_orders(
    history: &[CompletedShipment],
    orders: &[PlacedOrder],
    options: &RollingOptions,
) -> RollingReport {
    rolling_origin_each(history, orders, options, |_, _, _| {})
}

/// [`rolling_origin_with_orders`], calling `each(split, index into history, window)` for
/// every question of every split in the order asked (to write per-shipment predictions, e.g.
/// for a look at the windows by segment). Questions of splits that score too few questions
/// (`min_questions`) are passed too, though that split is left out of the means.
pub fn rolling_origin_each(
    history: &[CompletedShipment],
    orders: &[PlacedOrder],
    options: &RollingOptions,
    mut each: impl FnMut(DateTime<Utc>, usize, Option<&DeliveryWindow>),
) -> RollingReport {
    let first = history.iter().map(|c| c.delivered_at).min();
    let last_order = history.iter().filter_map(|c| c.ordered_at).max();
    let mut deliveries: Vec<DateTime<Utc>> = history.iter().map(|c| c.delivered_at).collect();
    deliveries.sort_unstable();
    let mut splits = Vec::new();
    let mut at = first.and_then(next_month);
    while let (Some(split), Some(end)) = (at, last_order) {
        if split > end {
            break;
        }
        let next = next_month(split);
        let trained = deliveries.partition_point(|d| *d < split);
        if trained >= options.min_train {
            let opts = BacktestOptions {
                test_until: next,
                ..options.backtest.clone()
            };
            let r = backtest_with_orders(history, orders, split, &opts, |i, w| each(split, i, w));
            if r.questions >= options.min_questions.max(1) {
                splits.push(Split {
                    split_at: split,
                    trained_on: r.trained_on,
                    scores: r.overall,
                });
            }
        }
        at = next;
    }
    let mut pooled = Scores::default();
    for s in &splits {
        pooled.merge(&s.scores);
    }
    let all = GroupMeans::of(splits.iter());
    let mut options = options.clone();
    if options.hold_out_from.is_none() && options.hold_out_later_half && splits.len() >= 2 {
        options.hold_out_from = splits.get(splits.len() / 2).map(|s| s.split_at);
    }
    let (selection, held_out) = match options.hold_out_from {
        Some(from) => (
            Some(GroupMeans::of(splits.iter().filter(|s| s.split_at < from))),
            Some(GroupMeans::of(splits.iter().filter(|s| s.split_at >= from))),
        ),
        None => (None, None),
    };
    RollingReport {
        options,
        model: all.model,
        shop_promise: all.shop_promise,
        lane_quantile: all.lane_quantile,
        width_vs_shop: all.width_vs_shop,
        splits,
        pooled,
        selection,
        held_out,
    }
}
