//! Rolling-origin health replay: a split at the start of every month with enough history
//! before it; each learns from what was delivered before its split and replays the orders of
//! that month day by day (see [`super::replay_health`]), so every month is judged once by an
//! assessor that knew only the past. Figures by month and pooled over all months, each against
//! the family of fixed "N days after hand-off" rules on the same parcels.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::health::{FixedRuleComparison, HealthEvalOptions, HealthSummary, Replay};
use super::health::{
    compare_fixed_rules, replay_health_with_orders, summarize_health, unlearned_orders,
};
use super::rolling::next_month;
use super::score::round3;
use crate::estimate::{CompletedShipment, TransitModel};
use crate::health::{Assessor, DwellModel};
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
    /// Months in which the fixed rule dominates health (each month matched on its own).
    pub months_dominated: usize,
    /// Months in which health flags never-delivered parcels earlier than the fixed rule.
    pub months_ahead: usize,
    /// The mean of the months' leads (each month matched on its own), in days.
    pub mean_lead_by_month: Option<f64>,
}

/// Runs the health replay at every month start from the first one with at least `min_train`
/// deliveries before it to the last order of `history` (see the module docs).
pub fn health_rolling(
    history: &[Shipment],
    options: &HealthEvalOptions,
    min_train: usize,
) -> HealthRollingReport {
    let ordered = |s: &Shipment| s.ordered_at.or(s.shipped_at());
    let first = history.iter().filter_map(Shipment::delivered_at).min();
    let last_order = history.iter().filter_map(ordered).max();
    let mut deliveries: Vec<&Shipment> = history
        .iter()
        .filter(|s| s.delivered_at().is_some())
        .collect();
    deliveries.sort_by_cached_key(|s| s.delivered_at());
    let h = options.horizon_days;
    let mut months = Vec::new();
    let mut all: Vec<Replay> = Vec::new();
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
        let later = deliveries.get(cut..).unwrap_or_default();
        let orders = unlearned_orders(history, split);
        let replays =
            replay_health_with_orders(&mut assessor, &test, later, &orders, options.online, h);
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
        months.push(HealthMonth {
            split_at: split,
            trained_on: train.len(),
            delivered: delivered.len(),
            false_alarm_rate: rate(&delivered, &|r| r.first_stall_day.is_some()),
            never_delivered: lost.len(),
            flagged_within_30_days: rate(&lost, &|r| r.first_stall_day.is_some_and(|d| d <= 30)),
            fixed_rule,
            lost_flagged_by_day,
        });
        all.extend(replays);
    }
    let leads: Vec<i64> = months
        .iter()
        .filter_map(|m| m.fixed_rule.lead_days)
        .collect();
    HealthRollingReport {
        options: options.clone(),
        min_train,
        months_dominated: months.iter().filter(|m| m.fixed_rule.dominated).count(),
        months_ahead: leads.iter().filter(|d| **d > 0).count(),
        mean_lead_by_month: (!leads.is_empty())
            .then(|| round3(leads.iter().sum::<i64>() as f64 / leads.len() as f64)),
        months,
        pooled: summarize_health(&all, h),
    }
}
