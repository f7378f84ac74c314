//! Replaying health on history: learn from what was known at a split, then assess every
//! later shipment once a day from hand-off, as a live system would have, and measure how many
//! normally delivered parcels were ever flagged (false alarms) and how early the parcels that
//! never arrived were flagged. The same replay scores the family of fixed "alert N days after
//! hand-off" rules, which any learned health must beat: for the false-alarm rate health
//! reaches, the fixed rule with that rate flags lost parcels on its day N; health should flag
//! them earlier.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::score::{quantile, round3};
use crate::estimate::{CompletedShipment, TransitModel};
use crate::health::{Assessor, DwellModel, HealthOptions, Verdict};
use crate::timeline::Shipment;

/// How a health replay runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct HealthEvalOptions {
    /// Health rules and levels of the learned assessor.
    pub health: HealthOptions,
    /// Feed every delivery into the assessor once it lies before the start (UTC midnight)
    /// of the day being assessed.
    pub online: bool,
    /// Days after hand-off a never-delivered shipment is followed.
    pub horizon_days: i64,
    /// Replay with the hazard of loss ([`crate::health::HazardModel`], given to the learned
    /// assessor with [`Assessor::with_hazard`]): a leg without scans is also flagged once
    /// the learned chance that similar parcels still undelivered at its age never arrive
    /// passes a level chosen so that at most this share of recent delivered parcels would
    /// have been flagged by it. `None` (the default) replays without it. A live assessor
    /// takes the same two values in [`crate::health::HazardModel::new`].
    pub hazard_alarm_rate: Option<f64>,
    /// Days after hand-off from which a parcel still undelivered counts as never delivered
    /// for the hazard of loss, within [`crate::health::HAZARD_MATURE_DAYS`].
    pub hazard_mature_days: i64,
}

impl HealthEvalOptions {
    /// Checks every option's range: the health options ([`HealthOptions::validate`]), a
    /// horizon of at least one day, `hazard_alarm_rate` strictly between 0 and 1 (or absent)
    /// and `hazard_mature_days` within [`crate::health::HAZARD_MATURE_DAYS`].
    ///
    /// # Errors
    /// [`crate::Error::InvalidInput`] naming the first option out of range.
    pub fn validate(&self) -> Result<(), crate::Error> {
        self.health.validate()?;
        let bad = |field: &str, reason: String| {
            Err(crate::Error::InvalidInput {
                field: field.to_string(),
                reason,
            })
        };
        if self.horizon_days < 1 {
            return bad(
                "horizon_days",
                format!("{} is below one day", self.horizon_days),
            );
        }
        if let Some(r) = self.hazard_alarm_rate.filter(|r| !(*r > 0.0 && *r < 1.0)) {
            return bad(
                "hazard_alarm_rate",
                format!("must be strictly between 0 and 1 (or absent), got {r}"),
            );
        }
        let range = crate::health::HAZARD_MATURE_DAYS;
        if !range.contains(&self.hazard_mature_days) {
            return bad(
                "hazard_mature_days",
                format!(
                    "must be from {} to {} days, got {}",
                    range.start(),
                    range.end(),
                    self.hazard_mature_days
                ),
            );
        }
        Ok(())
    }
}

impl Default for HealthEvalOptions {
    fn default() -> Self {
        HealthEvalOptions {
            health: HealthOptions::default(),
            online: false,
            horizon_days: 60,
            hazard_alarm_rate: None,
            hazard_mature_days: crate::health::HAZARD_DEFAULT_MATURE_DAYS,
        }
    }
}

/// What the replay found for one shipment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Replay {
    /// The shipment's id (to join a replay with its history line).
    pub id: String,
    /// Hand-off month, `YYYY-MM` (UTC).
    pub month: String,
    /// Whether it was delivered (within the history).
    pub delivered: bool,
    /// Whole days from hand-off to delivery, rounded up (delivered ones).
    pub delivered_day: Option<i64>,
    /// Day after hand-off of the first stalled or likely-lost verdict.
    pub first_stall_day: Option<i64>,
    /// Day of the first likely-lost verdict.
    pub first_lost_day: Option<i64>,
    /// What the first flag's threshold rested on (`Evidence::basis`, or the reason).
    pub first_flag_basis: Option<String>,
}

/// Replays `test` day by day from hand-off: each shipment is assessed once a day (at its
/// hand-off time of day) on the scans it had by then, until it is delivered (given, or its
/// delivery scan), flagged likely lost, or `horizon` days pass.
/// With `online`, every shipment of `deliveries` (sorted by delivery) is observed once its
/// delivery lies before the start (UTC midnight) of the day being assessed.
pub fn replay_health(
    assessor: &mut Assessor,
    test: &[&Shipment],
    deliveries: &[&Shipment],
    online: bool,
    horizon: i64,
) -> Vec<Replay> {
    replay_health_with_orders(assessor, test, deliveries, &[], online, horizon)
}

/// The orders of `history` a live shop backend would note by the replay's days: every one
/// placed, delivered or not, from [`crate::estimate::NOTED_KEEP_DAYS`] days before `split`
/// on (its backfill when it starts), sorted by order time. Kept apart from the counts the
/// transit model learned (see [`crate::estimate::Volume`]).
pub(super) fn unlearned_orders(
    history: &[Shipment],
    split: DateTime<Utc>,
) -> Vec<crate::estimate::PlacedOrder> {
    let backfill = chrono::TimeDelta::try_days(i64::from(crate::estimate::NOTED_KEEP_DAYS))
        .and_then(|d| split.checked_sub_signed(d));
    let mut v: Vec<crate::estimate::PlacedOrder> = history
        .iter()
        .filter_map(crate::estimate::PlacedOrder::from_shipment)
        .filter(|o| backfill.is_none_or(|b| o.placed_at > b))
        .collect();
    v.sort_by_key(|o| o.placed_at);
    v
}

/// [`replay_health`], also noting `orders` (sorted by order time; every order placed,
/// delivered or not) as they are placed,
/// before each day's assessment, so the window floor widens in an order-volume surge as it
/// would live when `HealthOptions::window_surge` is on ([`Assessor::note_order`]). An order's existence is known when it is placed,
/// in either mode.
pub fn replay_health_with_orders(
    assessor: &mut Assessor,
    test: &[&Shipment],
    deliveries: &[&Shipment],
    orders: &[crate::estimate::PlacedOrder],
    online: bool,
    horizon: i64,
) -> Vec<Replay> {
    let feed = ReplayFeed {
        deliveries,
        orders,
        handoffs: &[],
    };
    replay_health_fed(assessor, test, &feed, online, horizon)
}

/// What a replay feeds the assessor as time passes, besides the parcels it assesses.
#[derive(Debug, Clone, Copy)]
pub struct ReplayFeed<'a> {
    /// Deliveries, sorted by delivery: observed (online) once they lie before the start of
    /// the day being assessed.
    pub deliveries: &'a [&'a Shipment],
    /// Every order placed, sorted by order time: noted as placed.
    pub orders: &'a [crate::estimate::PlacedOrder],
    /// Hand-offs, sorted by hand-off time: noted (online) once they happened, for the hazard
    /// of loss ([`Assessor::note_handoff`]), which then also moves with the replay's days
    /// ([`Assessor::advance`]).
    pub handoffs: &'a [&'a Shipment],
}

/// [`replay_health_with_orders`], also feeding hand-offs (see [`ReplayFeed`]).
pub fn replay_health_fed(
    assessor: &mut Assessor,
    test: &[&Shipment],
    feed: &ReplayFeed<'_>,
    online: bool,
    horizon: i64,
) -> Vec<Replay> {
    let ReplayFeed {
        deliveries,
        orders,
        handoffs,
    } = *feed;
    let handed: Vec<Option<DateTime<Utc>>> = handoffs.iter().map(|s| s.shipped_at()).collect();
    let mut next_handoff = 0;
    let mut next_order = 0;
    let mut replays: Vec<Replay> = Vec::with_capacity(test.len());
    let mut opens = Vec::with_capacity(test.len());
    let mut checks: Vec<(DateTime<Utc>, usize, i64)> = Vec::new();
    for s in test {
        let Some(shipped) = s.shipped_at() else {
            continue;
        };
        let delivered_at = s.delivered_at();
        let i = replays.len();
        replays.push(Replay {
            id: s.id.clone(),
            month: shipped.format("%Y-%m").to_string(),
            delivered: delivered_at.is_some(),
            delivered_day: delivered_at.map(|d| {
                let secs = (d - shipped).num_seconds().max(0);
                (secs + 86_399) / 86_400
            }),
            first_stall_day: None,
            first_lost_day: None,
            first_flag_basis: None,
        });
        let mut open = (*s).clone();
        open.given_delivered_at = None;
        opens.push(open);
        for day in 1..=horizon {
            let Some(now) = crate::time::add_hours(shipped, 24 * day) else {
                break;
            };
            if delivered_at.is_some_and(|d| now >= d) {
                break;
            }
            checks.push((now, i, day));
        }
    }
    checks.sort_by_key(|c| (c.0, c.1));
    // Delivery times once: with scans, each is read from the derived state.
    let delivered: Vec<Option<DateTime<Utc>>> =
        deliveries.iter().map(|d| d.delivered_at()).collect();
    let mut next = 0;
    let mut done = vec![false; replays.len()];
    for (now, i, day) in checks {
        while let Some(o) = orders.get(next_order).filter(|o| o.placed_at <= now) {
            assessor.note_order(&o.id, &o.lane, o.placed_at);
            next_order += 1;
        }
        if online {
            let day_start = crate::time::local_naive(&now)
                .date()
                .and_hms_opt(0, 0, 0)
                .map_or(now, |t| t.and_utc());
            while let (Some(d), Some(at)) = (deliveries.get(next), delivered.get(next)) {
                if at.is_none_or(|t| t >= day_start) {
                    break;
                }
                assessor.observe(d);
                next += 1;
            }
            while let (Some(s), Some(at)) = (handoffs.get(next_handoff), handed.get(next_handoff)) {
                if at.is_some_and(|t| t > now) {
                    break;
                }
                assessor.note_handoff(s);
                next_handoff += 1;
            }
            assessor.advance(now);
        }
        let (Some(r), Some(open)) = (replays.get_mut(i), opens.get(i)) else {
            continue;
        };
        if done.get(i).copied().unwrap_or(true) {
            continue;
        }
        // Only the scans known by `now`: a later scan (the delivery among them) must not
        // excuse or resolve the parcel early.
        let known = open.events.partition_point(|e| e.time.utc <= now);
        let h = if known < open.events.len() {
            let mut seen = open.clone();
            seen.events.truncate(known);
            assessor.assess(&seen, now, None)
        } else {
            assessor.assess(open, now, None)
        };
        let flagged = matches!(h.verdict, Verdict::Stalled | Verdict::LikelyLost);
        if flagged && r.first_stall_day.is_none() {
            r.first_stall_day = Some(day);
            r.first_flag_basis = Some(
                h.evidence
                    .as_ref()
                    .map_or_else(|| h.reason.code().to_string(), |e| e.basis.to_string()),
            );
        }
        if h.verdict == Verdict::LikelyLost {
            r.first_lost_day = Some(day);
            if let Some(d) = done.get_mut(i) {
                *d = true;
            }
        }
    }
    replays
}

/// The fixed rule "alert N days after hand-off" with the false-alarm rate health reached,
/// against health on the same replay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FixedRuleComparison {
    /// Health's false-alarm rate (delivered parcels ever flagged stalled).
    pub false_alarm_rate: f64,
    /// The earliest day N whose fixed rule raises no more false alarms than health (`None`
    /// when no N within the horizon does).
    pub rule_day: Option<i64>,
    /// That rule's false-alarm rate.
    pub rule_false_alarm_rate: Option<f64>,
    /// Health's median day of the first flag of never-delivered parcels.
    pub health_median_first_flag: Option<i64>,
    /// `rule_day` minus health's median first flag: how many days earlier health flags
    /// (negative: later).
    pub lead_days: Option<i64>,
    /// The same comparison matched on the day instead of the rate: the false-alarm rate of
    /// the fixed rule on health's median day (the rule that flags every never-delivered parcel
    /// when health has flagged half of them), rounded to three places. `None` when health has
    /// no median (no never-delivered parcel, or fewer than half of them flagged within the
    /// horizon).
    pub rule_false_alarm_at_health_median: Option<f64>,
    /// `rule_false_alarm_at_health_median` minus health's false-alarm rate, both unrounded
    /// (two rates that print alike can differ). When health's median exists, health is
    /// dominated exactly when this is at most zero (1e-12 of tolerance); the size says by
    /// how much, where a cliff in the family makes one day worth several points. `None`
    /// without a median.
    pub false_alarm_margin: Option<f64>,
    /// Whether the fixed rule at `rule_day` is at least as good on both counts: no more false
    /// alarms, and every never-delivered parcel flagged no later than health's median. True
    /// as well when health has no median but some rule within the horizon raises no more false
    /// alarms; false when there is no never-delivered parcel (nothing to compare).
    pub dominated: bool,
    /// False-alarm rate of the rule for N = 1..=horizon.
    pub family: Vec<f64>,
}

/// Share of replays satisfying `f` (0 when empty).
fn share(v: &[&Replay], f: impl Fn(&Replay) -> bool) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().filter(|r| f(r)).count() as f64 / v.len() as f64
    }
}

/// Compares health's replays with the fixed rules on the same shipments. A delivered parcel
/// is flagged by rule N when it was not delivered N days after hand-off; a never-delivered one
/// on day N.
///
/// The family is used as it is, one whole day at a time: health's false-alarm rate is matched
/// by the earliest day whose rule raises no more, never by a day interpolated between two
/// rules. Where the family falls off a cliff (4.5% on one day, 2.8% on the next), every rate
/// in between maps to the later day. Interpolating would mean a rule that flags part of the
/// parcels on the earlier day and the rest on the next, which reaches every rate in between
/// at a median no later than the later day's: a stricter rival, never a more lenient one. The
/// matched-day view ([`FixedRuleComparison::false_alarm_margin`]) gives the margin in false
/// alarms. Matching to whole days is the most lenient rival for health, so `lead_days` is an
/// upper bound on health's lead where the family falls off a cliff.
pub fn compare_fixed_rules(replays: &[Replay], horizon: i64) -> FixedRuleComparison {
    let delivered: Vec<&Replay> = replays.iter().filter(|r| r.delivered).collect();
    let lost: Vec<&Replay> = replays.iter().filter(|r| !r.delivered).collect();
    let fa = share(&delivered, |r| r.first_stall_day.is_some());
    let family: Vec<f64> = (1..=horizon.max(0))
        .map(|n| {
            round3(share(&delivered, |r| {
                r.delivered_day.is_some_and(|d| d > n)
            }))
        })
        .collect();
    let mut lost_days: Vec<i64> = lost.iter().filter_map(|r| r.first_stall_day).collect();
    lost_days.sort_unstable();
    // The fixed rules flag every never-delivered parcel on day N; health's median counts
    // unflagged ones as never (later than any day).
    let median = if lost.is_empty() {
        None
    } else if lost_days.len() * 2 >= lost.len() {
        quantile(&lost_days, 0.5 * lost.len() as f64 / lost_days.len() as f64)
    } else {
        None
    };
    // Exact comparison on the unrounded rates.
    let rate = |n: i64| share(&delivered, |r| r.delivered_day.is_some_and(|d| d > n));
    let rule_day = (1..=horizon).find(|n| rate(*n) <= fa + 1e-12);
    // The rule at `rule_day` flags every never-delivered parcel on that day with no more
    // false alarms: health is dominated unless its median flag comes strictly earlier.
    let dominated = !lost.is_empty() && rule_day.is_some_and(|n| median.is_none_or(|m| n <= m));
    FixedRuleComparison {
        false_alarm_rate: round3(fa),
        rule_day,
        rule_false_alarm_rate: rule_day.map(|n| round3(rate(n))),
        health_median_first_flag: median,
        lead_days: rule_day.zip(median).map(|(n, m)| n - m),
        rule_false_alarm_at_health_median: median.map(|m| round3(rate(m))),
        false_alarm_margin: median.map(|m| rate(m) - fa),
        dominated,
        family,
    }
}

/// Replay figures of one assessor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct HealthSummary {
    /// Delivered test shipments.
    pub delivered: usize,
    /// Share of them ever flagged stalled (or likely lost).
    pub false_alarm_rate_stalled: f64,
    /// Share of them ever flagged likely lost.
    pub false_alarm_rate_likely_lost: f64,
    /// By hand-off month: (delivered, flagged).
    pub false_alarms_by_handoff_month: BTreeMap<String, (usize, usize)>,
    /// Never-delivered test shipments.
    pub never_delivered: usize,
    /// Days followed after hand-off.
    pub horizon_days: i64,
    /// Share of never-delivered flagged stalled within the horizon.
    pub never_delivered_flagged_stalled: f64,
    /// Share of never-delivered flagged likely lost within the horizon.
    pub never_delivered_flagged_likely_lost: f64,
    /// Quartiles of the day of the first stall flag (flagged never-delivered ones).
    pub days_to_first_stall_p25_p50_p75: [Option<i64>; 3],
    /// Quartiles of the day of the likely-lost flag.
    pub days_to_likely_lost_p25_p50_p75: [Option<i64>; 3],
    /// Share of never-delivered flagged within 30 days of hand-off.
    pub never_delivered_flagged_within_30_days: f64,
    /// What the first flags rested on (`window`, `promise`, `lane`, `carrier`, `status`,
    /// `prior`, `cap`...), counted over never-delivered and delivered parcels.
    pub first_flag_basis: BTreeMap<String, usize>,
    /// Against the fixed "N days after hand-off" rules.
    pub fixed_rules: FixedRuleComparison,
}

/// Summarizes replays (see [`HealthSummary`]).
pub fn summarize_health(replays: &[Replay], horizon: i64) -> HealthSummary {
    let delivered: Vec<&Replay> = replays.iter().filter(|r| r.delivered).collect();
    let lost: Vec<&Replay> = replays.iter().filter(|r| !r.delivered).collect();
    let mut stall_days: Vec<i64> = lost.iter().filter_map(|r| r.first_stall_day).collect();
    let mut lost_days: Vec<i64> = lost.iter().filter_map(|r| r.first_lost_day).collect();
    stall_days.sort_unstable();
    lost_days.sort_unstable();
    let quartiles = |v: &[i64]| [0.25, 0.5, 0.75].map(|q| quantile(v, q));
    let mut by_month: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for r in &delivered {
        let e = by_month.entry(r.month.clone()).or_default();
        e.0 += 1;
        e.1 += usize::from(r.first_stall_day.is_some());
    }
    let mut basis: BTreeMap<String, usize> = BTreeMap::new();
    for b in replays.iter().filter_map(|r| r.first_flag_basis.as_ref()) {
        *basis.entry(b.clone()).or_default() += 1;
    }
    HealthSummary {
        delivered: delivered.len(),
        false_alarm_rate_stalled: round3(share(&delivered, |r| r.first_stall_day.is_some())),
        false_alarm_rate_likely_lost: round3(share(&delivered, |r| r.first_lost_day.is_some())),
        false_alarms_by_handoff_month: by_month,
        never_delivered: lost.len(),
        horizon_days: horizon,
        never_delivered_flagged_stalled: round3(share(&lost, |r| r.first_stall_day.is_some())),
        never_delivered_flagged_likely_lost: round3(share(&lost, |r| r.first_lost_day.is_some())),
        days_to_first_stall_p25_p50_p75: quartiles(&stall_days),
        days_to_likely_lost_p25_p50_p75: quartiles(&lost_days),
        never_delivered_flagged_within_30_days: round3(share(&lost, |r| {
            r.first_stall_day.is_some_and(|d| d <= 30)
        })),
        first_flag_basis: basis,
        fixed_rules: compare_fixed_rules(replays, horizon),
    }
}

/// What a health evaluation at one split found.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct HealthEvalReport {
    /// Learned from shipments ordered and delivered before this time.
    pub split_at: DateTime<Utc>,
    /// Shipments learned from.
    pub train_shipments: usize,
    /// Shipments ordered from the split on and handed off (replayed).
    pub test_shipments: usize,
    /// The options it ran with.
    pub options: HealthEvalOptions,
    /// The false-alarm control's state at the end (learned assessor).
    pub final_calibration: Option<crate::health::AlarmCalibration>,
    /// With the learned dwell and transit models.
    pub learned: HealthSummary,
    /// With the published priors only (offline).
    pub priors: HealthSummary,
}

/// Learns a dwell model and a transit model from the shipments of `history` ordered and
/// delivered before `split_at`, then replays every later shipment that was handed off (see
/// [`replay_health`]) with them and with the priors alone.
pub fn health_eval(
    history: &[Shipment],
    split_at: DateTime<Utc>,
    options: &HealthEvalOptions,
) -> HealthEvalReport {
    let ordered = |s: &Shipment| s.ordered_at.or(s.shipped_at());
    let train: Vec<&Shipment> = history
        .iter()
        .filter(|s| ordered(s).is_some_and(|t| t < split_at))
        .filter(|s| s.delivered_at().is_some_and(|d| d < split_at))
        .collect();
    let test: Vec<&Shipment> = history
        .iter()
        .filter(|s| ordered(s).is_some_and(|t| t >= split_at) && s.shipped_at().is_some())
        .collect();
    let model = DwellModel::learn(train.iter().copied());
    let completed: Vec<CompletedShipment> = train
        .iter()
        .filter_map(|s| CompletedShipment::from_shipment(s))
        .collect();
    let mut learned = Assessor::new(Some(&model), options.health.clone())
        .with_transit(TransitModel::learn(&completed));
    if let Some(rate) = options.hazard_alarm_rate {
        let mature = options.hazard_mature_days;
        learned = learned.with_hazard(crate::health::HazardModel::learn(
            mature, rate, history, split_at,
        ));
    }
    let mut priors = Assessor::new(None, options.health.clone());
    let mut deliveries: Vec<&Shipment> = history
        .iter()
        .filter(|s| s.delivered_at().is_some_and(|d| d >= split_at))
        .collect();
    deliveries.sort_by_cached_key(|s| s.delivered_at());
    let h = options.horizon_days;
    let orders = unlearned_orders(history, split_at);
    let mut handoffs: Vec<&Shipment> = history
        .iter()
        .filter(|s| s.shipped_at().is_some_and(|t| t >= split_at))
        .collect();
    handoffs.sort_by_cached_key(|s| s.shipped_at());
    let feed = ReplayFeed {
        deliveries: &deliveries,
        orders: &orders,
        handoffs: &handoffs,
    };
    let with_model = replay_health_fed(&mut learned, &test, &feed, options.online, h);
    let with_priors = replay_health(&mut priors, &test, &deliveries, false, h);
    HealthEvalReport {
        split_at,
        train_shipments: train.len(),
        test_shipments: test.len(),
        options: options.clone(),
        final_calibration: learned.model().map(|m| m.calibration.clone()),
        learned: summarize_health(&with_model, h),
        priors: summarize_health(&with_priors, h),
    }
}
