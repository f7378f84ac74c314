//! Rolling-origin health replay: a split at the start of every month with enough history
//! before it; each learns from what was delivered before its split and replays the orders of
//! that month day by day (see [`super::replay_health`]), so every month is judged once by an
//! assessor that knew only the past. Figures by month and pooled over all months, each against
//! the family of fixed "N days after hand-off" rules on the same parcels.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::health::{FixedRuleComparison, HealthEvalOptions, HealthSummary, Replay};
use super::health::{
    ReplayFeed, compare_fixed_rules, replay_health_fed, summarize_health, unlearned_orders,
};
use super::rolling::next_month;
use super::score::round3;
use crate::estimate::{CompletedShipment, TransitModel};
use crate::health::{Assessor, DwellModel, HazardModel};
use crate::timeline::Shipment;

/// One month of the rolling health replay.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HealthMonth {
    /// Start of the month (UTC midnight): learned from deliveries before it.
    pub split_at: DateTime<Utc>,
    /// Shipments learned from.
    pub trained_on: usize,
    /// Delivered shipments ordered in the month.
    pub delivered: usize,
    /// Share of them ever flagged stalled or likely lost (false alarms).
    pub false_alarm_rate: f64,
    /// Never-delivered shipments ordered in the month.
    pub never_delivered: usize,
    /// Share of them flagged within 30 days of hand-off.
    pub flagged_within_30_days: f64,
    /// The fixed rule with the same false-alarm rate, against health; its `family` holds
    /// the false-alarm rate of the rule "N days after hand-off" in this month for N = 1 to
    /// the horizon.
    pub fixed_rule: FixedRuleComparison,
    /// Health's curve beside that family: the share of the month's never-delivered parcels
    /// flagged by day N after hand-off, N = 1 to the horizon (the fixed rule N flags all of
    /// them on day N). Health's median first flag is the first day this reaches one half.
    pub lost_flagged_by_day: Vec<f64>,
    /// Every parcel's replay (not in the JSON report: `health --eval --rolling --replays FILE`
    /// writes them, to read which parcels a month's false alarms were).
    #[serde(skip)]
    pub replays: Vec<Replay>,
}

/// How a group of months fared against the fixed rule, each month matched on its own
/// family. Every month is in exactly one of `ahead`, `dominated`, `without_median` and
/// `without_lost`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MonthTally {
    /// Months in the group.
    pub months: usize,
    /// Months where health has a median first flag and is not dominated.
    pub ahead: usize,
    /// Months where health has a median first flag and the fixed rule at its false-alarm
    /// rate is at least as good on both counts.
    pub dominated: usize,
    /// Months where health flagged fewer than half of the never-delivered parcels within the
    /// horizon (no median): health's worst outcome, never left out of a count.
    pub without_median: usize,
    /// Months without a never-delivered parcel: nothing to compare.
    pub without_lost: usize,
    /// Months with a lead (a median, and a fixed rule within the horizon at health's rate).
    pub with_lead: usize,
    /// Mean of those months' `lead_days` (`None` when no month has one). An upper bound
    /// where a family falls off a cliff (see [`super::compare_fixed_rules`]).
    pub mean_lead_days: Option<f64>,
}

impl MonthTally {
    pub(super) fn of<'a>(months: impl Iterator<Item = &'a HealthMonth>) -> MonthTally {
        let mut t = MonthTally::default();
        let mut leads = 0i64;
        for m in months {
            let f = &m.fixed_rule;
            t.months += 1;
            if m.never_delivered == 0 {
                t.without_lost += 1;
            } else if f.health_median_first_flag.is_none() {
                t.without_median += 1;
            } else if f.dominated {
                t.dominated += 1;
            } else {
                t.ahead += 1;
            }
            if let Some(d) = f.lead_days {
                t.with_lead += 1;
                leads += d;
            }
        }
        t.mean_lead_days = (t.with_lead > 0).then(|| leads as f64 / t.with_lead as f64);
        t
    }
}

/// The months of one side of [`HealthRollingReport::hold_out_from`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HealthGroup {
    /// Month by month against the fixed rule.
    pub by_month: MonthTally,
    /// The group's parcels pooled (one fixed-rule family over all its months).
    pub pooled: HealthSummary,
}

/// What the rolling health replay found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HealthRollingReport {
    /// The options it ran with.
    pub options: HealthEvalOptions,
    /// A month start is a split only with at least this many deliveries before it.
    pub min_train: usize,
    /// Every month, in time order.
    pub months: Vec<HealthMonth>,
    /// All months' parcels pooled. Its fixed-rule comparison matches one family over every
    /// month, in which months of different speeds mix: pooled over some months health can be
    /// ahead while it is behind pooled over each half of them. Read the months instead.
    pub pooled: HealthSummary,
    /// All months, each against its own fixed-rule family.
    pub by_month: MonthTally,
    /// Splits from this instant on form the second group. Settings are meant to be chosen on
    /// the months before it only; the later months are a hold-out only if nothing was ever
    /// chosen or studied on them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hold_out_from: Option<DateTime<Utc>>,
    /// With `hold_out_from`: the months before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selection: Option<HealthGroup>,
    /// With `hold_out_from`: the months from it on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub held_out: Option<HealthGroup>,
}

/// Runs the health replay at every month start from the first one with at least `min_train`
/// deliveries before it to the last order of `history` (see the module docs). With
/// `hold_out_from`, the months are also summed in two groups, before it and from it on
/// (either may hold no month; a caller that asked for both should check).
pub fn health_rolling(
    history: &[Shipment],
    options: &HealthEvalOptions,
    min_train: usize,
    hold_out_from: Option<DateTime<Utc>>,
) -> HealthRollingReport {
    let ordered = |s: &Shipment| s.ordered_at.or(s.shipped_at());
    let first = history.iter().filter_map(Shipment::delivered_at).min();
    let last_order = history.iter().filter_map(ordered).max();
    let mut deliveries: Vec<&Shipment> = history
        .iter()
        .filter(|s| s.delivered_at().is_some())
        .collect();
    deliveries.sort_by_cached_key(|s| s.delivered_at());
    let mut handoffs: Vec<&Shipment> = history
        .iter()
        .filter(|s| s.shipped_at().is_some())
        .collect();
    handoffs.sort_by_cached_key(|s| s.shipped_at());
    let h = options.horizon_days;
    let mut months = Vec::new();
    let mut at = first.and_then(next_month);
    while let (Some(split), Some(end)) = (at, last_order) {
        if split > end {
            break;
        }
        let next = next_month(split);
        at = next;
        let cut = deliveries.partition_point(|s| s.delivered_at().is_some_and(|d| d < split));
        let train: Vec<&Shipment> = deliveries
            .get(..cut)
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(|s| ordered(s).is_some_and(|t| t < split))
            .collect();
        if train.len() < min_train {
            continue;
        }
        let test: Vec<&Shipment> = history
            .iter()
            .filter(|s| {
                ordered(s).is_some_and(|t| t >= split && next.is_none_or(|n| t < n))
                    && s.shipped_at().is_some()
            })
            .collect();
        if test.is_empty() {
            continue;
        }
        let completed: Vec<CompletedShipment> = train
            .iter()
            .filter_map(|s| CompletedShipment::from_shipment(s))
            .collect();
        let model = DwellModel::learn(train.iter().copied());
        let mut assessor = Assessor::new(Some(&model), options.health.clone())
            .with_transit(TransitModel::learn(&completed));
        if let Some(rate) = options.hazard_alarm_rate {
            let mature = options.hazard_mature_days;
            assessor = assessor.with_hazard(HazardModel::learn(mature, rate, history, split));
        }
        let later = deliveries.get(cut..).unwrap_or_default();
        let orders = unlearned_orders(history, split);
        let from = handoffs.partition_point(|s| s.shipped_at().is_some_and(|t| t < split));
        let feed = ReplayFeed {
            deliveries: later,
            orders: &orders,
            handoffs: handoffs.get(from..).unwrap_or_default(),
        };
        let replays = replay_health_fed(&mut assessor, &test, &feed, options.online, h);
        let delivered: Vec<&Replay> = replays.iter().filter(|r| r.delivered).collect();
        let lost: Vec<&Replay> = replays.iter().filter(|r| !r.delivered).collect();
        let rate = |v: &[&Replay], f: &dyn Fn(&Replay) -> bool| {
            if v.is_empty() {
                0.0
            } else {
                round3(v.iter().filter(|r| f(r)).count() as f64 / v.len() as f64)
            }
        };
        let fixed_rule = compare_fixed_rules(&replays, h);
        let lost_flagged_by_day = (1..=h)
            .map(|n| rate(&lost, &|r| r.first_stall_day.is_some_and(|d| d <= n)))
            .collect();
        let month = HealthMonth {
            split_at: split,
            trained_on: train.len(),
            delivered: delivered.len(),
            false_alarm_rate: rate(&delivered, &|r| r.first_stall_day.is_some()),
            never_delivered: lost.len(),
            flagged_within_30_days: rate(&lost, &|r| r.first_stall_day.is_some_and(|d| d <= 30)),
            fixed_rule,
            lost_flagged_by_day,
            replays: Vec::new(),
        };
        months.push(HealthMonth { replays, ..month });
    }
    let group = |keep: &dyn Fn(&HealthMonth) -> bool| {
        let pooled: Vec<Replay> = months
            .iter()
            .filter(|m| keep(m))
            .flat_map(|m| m.replays.iter().cloned())
            .collect();
        HealthGroup {
            by_month: MonthTally::of(months.iter().filter(|m| keep(m))),
            pooled: summarize_health(&pooled, h),
        }
    };
    let (selection, held_out) = match hold_out_from {
        Some(from) => (
            Some(group(&|m| m.split_at < from)),
            Some(group(&|m| m.split_at >= from)),
        ),
        None => (None, None),
    };
    let HealthGroup { by_month, pooled } = group(&|_| true);
    HealthRollingReport {
        options: options.clone(),
        min_train,
        months,
        pooled,
        by_month,
        hold_out_from,
        selection,
        held_out,
    }
}
