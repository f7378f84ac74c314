//! Merchant analytics over shipment history, built in one pass: order-to-ship,
//! ship-to-delivery and order-to-delivery percentiles (p50/p80/p90/p95), on-time % against the
//! shop's promise, coverage of the carrier's own estimate windows, and exception / loss /
//! return / cancel rates, overall and by carrier, lane, month and lane x month.
//!
//! Durations are calendar days (hours / 24) between the instants; "on time" means delivered on
//! or before the promised date in the destination's local calendar. Rates count every
//! shipment, delivered or not, so open and cancelled orders weigh in.
//!
//! ```
//! use tracking_core::analytics::ReportBuilder;
//! use tracking_core::timeline::Shipment;
//! let mut b = ReportBuilder::new();
//! b.add(&Shipment::new("a"));
//! let report = b.finish();
//! assert_eq!(report.overall.shipments, 1);
//! ```

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::estimate::Days;
use crate::status::{Status, SubStatus};
use crate::timeline::Shipment;

/// Percentiles of a duration, in days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Percentiles {
    /// Number of values.
    pub n: usize,
    /// Mean.
    pub mean: f64,
    /// Median.
    pub p50: f64,
    /// 80th percentile.
    pub p80: f64,
    /// 90th percentile.
    pub p90: f64,
    /// 95th percentile.
    pub p95: f64,
}

impl Percentiles {
    /// Percentiles of `values` (nearest rank); `None` when empty.
    pub fn of(values: &mut [f32]) -> Option<Percentiles> {
        if values.is_empty() {
            return None;
        }
        values.sort_by(f32::total_cmp);
        let n = values.len();
        let at = |q: f64| {
            let i = ((n as f64 * q).ceil() as usize).clamp(1, n) - 1;
            round2(f64::from(values.get(i).copied().unwrap_or(0.0)))
        };
        let mean = values.iter().map(|v| f64::from(*v)).sum::<f64>() / n as f64;
        Some(Percentiles {
            n,
            mean: round2(mean),
            p50: at(0.5),
            p80: at(0.8),
            p90: at(0.9),
            p95: at(0.95),
        })
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A share: `hits` of `n`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Rate {
    /// Cases counted.
    pub n: u64,
    /// Cases that met the condition.
    pub hits: u64,
    /// `hits / n`.
    pub rate: f64,
}

impl Rate {
    fn of(hits: u64, n: u64) -> Option<Rate> {
        (n > 0).then(|| Rate {
            n,
            hits,
            rate: (hits as f64 / n as f64 * 10_000.0).round() / 10_000.0,
        })
    }
}

/// Metrics of one group of shipments (a carrier, a lane, a month, or all).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct GroupStats {
    /// Shipments in the group.
    pub shipments: u64,
    /// Delivered.
    pub delivered: u64,
    /// Cancelled (by the shop or the carrier), never delivered.
    pub cancelled: u64,
    /// Returned to sender.
    pub returned: u64,
    /// Reported lost.
    pub lost: u64,
    /// Had at least one exception event.
    pub exceptions: u64,
    /// Neither delivered nor ended: still open.
    pub open: u64,
    /// Order -> hand-off, days.
    pub order_to_ship_days: Option<Percentiles>,
    /// Hand-off -> delivery, days.
    pub ship_to_delivery_days: Option<Percentiles>,
    /// Order -> delivery, days.
    pub order_to_delivery_days: Option<Percentiles>,
    /// Delivered on or before the shop's promised date (delivered shipments with a promise).
    pub on_time: Option<Rate>,
    /// Delivered inside the carrier's own estimate window (shipments that had one).
    pub carrier_window_coverage: Option<Rate>,
    /// `exceptions / shipments`.
    pub exception_rate: f64,
    /// `lost / shipments`.
    pub loss_rate: f64,
    /// `returned / shipments`.
    pub return_rate: f64,
    /// `cancelled / shipments`.
    pub cancel_rate: f64,
}

/// The analytics report (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Report {
    /// All shipments.
    pub overall: GroupStats,
    /// By carrier slug (`unknown` when not given).
    pub by_carrier: BTreeMap<String, GroupStats>,
    /// By lane, `origin -> destination` regions (`BR-SP -> BR-RJ`).
    pub by_lane: BTreeMap<String, GroupStats>,
    /// By order month (`2017-11`).
    pub by_month: BTreeMap<String, GroupStats>,
    /// Hand-off -> delivery percentiles by lane and order month (`BR-SP -> BR-RJ 2017-11`).
    pub transit_by_lane_month: BTreeMap<String, Percentiles>,
}

/// Raw accumulators of one group.
#[derive(Default)]
struct Acc {
    stats: GroupStats,
    to_ship: Vec<f32>,
    transit: Vec<f32>,
    total: Vec<f32>,
    on_time: (u64, u64),
    ce: (u64, u64),
}

/// One shipment's facts, computed once and added to each of its groups.
struct Facts {
    delivered: bool,
    cancelled: bool,
    returned: bool,
    lost: bool,
    exception: bool,
    to_ship: Option<f32>,
    transit: Option<f32>,
    total: Option<f32>,
    on_time: Option<bool>,
    in_carrier_window: Option<bool>,
}

impl Acc {
    fn add(&mut self, f: &Facts) {
        let s = &mut self.stats;
        s.shipments += 1;
        s.delivered += u64::from(f.delivered);
        s.cancelled += u64::from(f.cancelled);
        s.returned += u64::from(f.returned);
        s.lost += u64::from(f.lost);
        s.exceptions += u64::from(f.exception);
        s.open += u64::from(!(f.delivered || f.cancelled || f.returned || f.lost));
        self.to_ship.extend(f.to_ship);
        self.transit.extend(f.transit);
        self.total.extend(f.total);
        if let Some(ok) = f.on_time {
            self.on_time.0 += u64::from(ok);
            self.on_time.1 += 1;
        }
        if let Some(ok) = f.in_carrier_window {
            self.ce.0 += u64::from(ok);
            self.ce.1 += 1;
        }
    }

    fn finish(mut self) -> GroupStats {
        let mut s = self.stats;
        s.order_to_ship_days = Percentiles::of(&mut self.to_ship);
        s.ship_to_delivery_days = Percentiles::of(&mut self.transit);
        s.order_to_delivery_days = Percentiles::of(&mut self.total);
        s.on_time = Rate::of(self.on_time.0, self.on_time.1);
        s.carrier_window_coverage = Rate::of(self.ce.0, self.ce.1);
        let n = s.shipments.max(1) as f64;
        let r = |x: u64| (x as f64 / n * 10_000.0).round() / 10_000.0;
        s.exception_rate = r(s.exceptions);
        s.loss_rate = r(s.lost);
        s.return_rate = r(s.returned);
        s.cancel_rate = r(s.cancelled);
        s
    }
}

/// Builds a [`Report`] one shipment at a time (one pass, no second read of the history).
#[derive(Default)]
pub struct ReportBuilder {
    overall: Acc,
    by_carrier: BTreeMap<String, Acc>,
    by_lane: BTreeMap<String, Acc>,
    by_month: BTreeMap<String, Acc>,
    lane_month: BTreeMap<String, Vec<f32>>,
}

fn days_between(a: Option<DateTime<Utc>>, b: Option<DateTime<Utc>>) -> Option<f32> {
    let (a, b) = (a?, b?);
    (b >= a).then(|| (b - a).num_seconds() as f32 / 86_400.0)
}

impl ReportBuilder {
    /// An empty builder.
    pub fn new() -> ReportBuilder {
        ReportBuilder::default()
    }

    /// Adds one shipment. `order_status` is the shop's own status (`canceled`,
    /// `unavailable`, ...), when known: a cancelled order counts as cancelled even without
    /// carrier events.
    pub fn add_with_order_status(&mut self, s: &Shipment, order_status: Option<&str>) {
        let state = s.state();
        let delivered_at = s.delivered_at();
        let shipped_at = s.shipped_at();
        let lane = s.lane();
        let days = Days::for_place(
            lane.destination.country.as_deref(),
            lane.destination.region.as_deref(),
        );
        let shop_cancel = order_status
            .map(|o| o.trim().to_ascii_lowercase())
            .is_some_and(|o| matches!(o.as_str(), "canceled" | "cancelled" | "unavailable"));
        let delivered = delivered_at.is_some();
        let facts = Facts {
            delivered,
            cancelled: !delivered && (shop_cancel || state.status == Status::Cancelled),
            returned: state.status == Status::ReturnToSender,
            lost: state.substatus == Some(SubStatus::ExceptionLost),
            exception: s
                .events
                .iter()
                .any(|e| e.normalized.status == Status::Exception),
            to_ship: days_between(s.ordered_at, shipped_at),
            transit: days_between(shipped_at, delivered_at),
            total: days_between(s.ordered_at, delivered_at),
            on_time: delivered_at
                .zip(s.promised_by)
                .map(|(d, p)| days.local_date(d) <= p),
            in_carrier_window: delivered_at.zip(s.carrier_estimate).map(|(d, (e, l))| {
                let d = days.local_date(d);
                d >= days.local_date(e) && d <= days.local_date(l)
            }),
        };
        let carrier = lane
            .carrier
            .clone()
            .unwrap_or_else(|| "unknown".to_string());
        let lane_label = format!("{} -> {}", lane.origin.label(), lane.destination.label());
        let month = s
            .ordered_at
            .or(shipped_at)
            .or(delivered_at)
            .map(|t| days.local_date(t).format("%Y-%m").to_string());
        self.overall.add(&facts);
        self.by_carrier.entry(carrier).or_default().add(&facts);
        self.by_lane
            .entry(lane_label.clone())
            .or_default()
            .add(&facts);
        if let Some(m) = month {
            self.by_month.entry(m.clone()).or_default().add(&facts);
            if let Some(t) = facts.transit {
                self.lane_month
                    .entry(format!("{lane_label} {m}"))
                    .or_default()
                    .push(t);
            }
        }
    }

    /// Adds one shipment (see [`ReportBuilder::add_with_order_status`]).
    pub fn add(&mut self, s: &Shipment) {
        self.add_with_order_status(s, None);
    }

    /// The report.
    pub fn finish(self) -> Report {
        let fin = |m: BTreeMap<String, Acc>| {
            m.into_iter()
                .map(|(k, a)| (k, a.finish()))
                .collect::<BTreeMap<_, _>>()
        };
        Report {
            overall: self.overall.finish(),
            by_carrier: fin(self.by_carrier),
            by_lane: fin(self.by_lane),
            by_month: fin(self.by_month),
            transit_by_lane_month: self
                .lane_month
                .into_iter()
                .filter_map(|(k, mut v)| Percentiles::of(&mut v).map(|p| (k, p)))
                .collect(),
        }
    }
}

impl Report {
    /// The report of a set of shipments.
    pub fn build<'a>(shipments: impl IntoIterator<Item = &'a Shipment>) -> Report {
        let mut b = ReportBuilder::new();
        for s in shipments {
            b.add(s);
        }
        b.finish()
    }
}

#[cfg(test)]
mod tests;
