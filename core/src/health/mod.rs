//! Shipment health: on track, delayed, stalled, likely lost, needs customer or merchant
//! action, delivered, resolved; each with a machine reason, the moment it holds since, a
//! sentence a person understands and what to do.
//!
//! Stalls are judged against dwell times learned from history ([`DwellModel`]: the quantile of
//! time between a scan in this state and the next, per carrier, status and lane, in business
//! hours of the destination's calendar), backing off carrier+status+lane -> carrier+status ->
//! status -> published priors. At the default level (0.95) about 5% of normally delivered
//! shipments are ever flagged stalled, by construction of the threshold, as long as the
//! network behaves as in the history. For drift (peak season), [`Assessor::observe`] learns
//! from each delivery as it completes: recency-weighted quantiles ([`DwellModel::observe`])
//! and a conformal-style control that lifts every threshold when the recent share of false
//! alarms exceeds `1 - level` and lowers it when below (see `online.rs`).
//!
//! A hand-off-to-delivery leg without scans also uses the order's own evidence: the shop's
//! promised date (through the learned ratio of transit to promised transit) and, with a
//! transit model ([`Assessor::with_transit`]), its delivery window: a parcel still inside its
//! own window is not stalled.
//!
//! Expiry (docs/statuses.md: `expired` is derived): health reports it as the reason
//! `expired.no_info` (nothing from the carrier 30 days after registration; verdict
//! needs-merchant-action) or `expired.stalled` (no event for 30 days; verdict likely-lost),
//! and [`crate::pipeline`] then sets the snapshot's status to `expired.*`.
//!
//! Carrier wordings that end tracking early ("tracking updates may end here", "Sendungs-
//! verfolgung endet hier") never raise a stall: silence after them is expected.

mod assess;
mod basis;
mod clock;
mod dwell;
mod evidence;
mod hazard;
mod observe;
mod online;
mod options;
mod priors;
mod reason;
mod rules;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_hazard;
mod text;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use assess::Assessor;
pub use basis::StallBasis;
pub use dwell::{
    DWELL_MODEL_VERSION, DwellEntry, DwellModel, GapKind, LEVELS, MIN_DWELL_MODEL_VERSION, Scope,
};
pub use hazard::{
    HAZARD_DAYS, HAZARD_DEFAULT_MATURE_DAYS, HAZARD_LEVELS, HAZARD_MATURE_DAYS, HAZARD_MIN_MATURED,
    HazardBound, HazardGroup, HazardModel,
};
pub use online::AlarmCalibration;
pub use options::HealthOptions;
/// Hours in one business day, the unit business-hour spans are shown in.
pub(crate) use priors::DAY as BUSINESS_DAY_HOURS;
pub(crate) use priors::holding_days;
pub use reason::HealthReason;
pub use text::{HealthText, HealthTextKey, HealthTexts, Leg, TextArgs};

use crate::estimate::DeliveryWindow;
use crate::timeline::Shipment;

/// The overall judgement of a shipment's health.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verdict {
    /// Moving as expected.
    OnTrack,
    /// Past its window, or the carrier reported a delay.
    Delayed,
    /// No scan for longer than this carrier and status normally take.
    Stalled,
    /// So long without a scan that loss is likely.
    LikelyLost,
    /// The customer must act (address, customs payment, pickup waiting, ID check).
    NeedsCustomerAction,
    /// The merchant must act (label never handed over, returned to sender).
    NeedsMerchantAction,
    /// Delivered.
    Delivered,
    /// Ended without delivery (cancelled, returned, lost, disposed, expired).
    Resolved,
}

impl Verdict {
    /// Every verdict.
    pub const ALL: &'static [Verdict] = &[
        Verdict::OnTrack,
        Verdict::Delayed,
        Verdict::Stalled,
        Verdict::LikelyLost,
        Verdict::NeedsCustomerAction,
        Verdict::NeedsMerchantAction,
        Verdict::Delivered,
        Verdict::Resolved,
    ];

    /// Whether a parcel with this verdict gets no delivery date: stalled or likely lost.
    /// The tracking layer then drops the window from the snapshot and the message says the
    /// carrier is being asked, so a page never promises a day for a parcel nobody has seen.
    pub const fn withholds_date(self) -> bool {
        matches!(self, Verdict::Stalled | Verdict::LikelyLost)
    }

    /// The stable snake_case code (`likely_lost`).
    pub const fn code(self) -> &'static str {
        match self {
            Verdict::OnTrack => "on_track",
            Verdict::Delayed => "delayed",
            Verdict::Stalled => "stalled",
            Verdict::LikelyLost => "likely_lost",
            Verdict::NeedsCustomerAction => "needs_customer_action",
            Verdict::NeedsMerchantAction => "needs_merchant_action",
            Verdict::Delivered => "delivered",
            Verdict::Resolved => "resolved",
        }
    }
}

/// What a stall judgement rested on: the measured dwell and the thresholds it was held to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Evidence {
    /// Business hours since the last scan (or hand-off).
    pub dwell_hours: f64,
    /// Stall threshold in business hours.
    pub stall_hours: f64,
    /// Likely-lost threshold in business hours.
    pub lost_hours: f64,
    /// Quantile level of the stall threshold (e.g. 0.95), `None` for a prior; for the
    /// `hazard` basis, the learned chance of loss on the day the threshold stands for.
    pub level: Option<f64>,
    /// Past shipments behind the threshold (0 for a prior).
    pub samples: u64,
    /// Which bound fired (the lowest that applied): the dwell quantile of the `lane`,
    /// `carrier` or `status` (time since the last scan, per state), the shop's `promise`
    /// scaled by the learned ratio, the shipment's own delivery `window`, the learned
    /// `hazard` of loss ([`HazardModel`]), a `cap`, or a published `prior`.
    pub basis: StallBasis,
}

/// A health assessment, with a reason a person can read and a suggested next step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Health {
    /// The judgement.
    pub verdict: Verdict,
    /// Machine-readable cause (`no_scan`, `past_window`, `label_not_handed_over`, ...).
    pub reason: HealthReason,
    /// Since when the verdict holds (e.g. the last scan for a stall).
    pub since: Option<DateTime<Utc>>,
    /// A sentence a person understands, in the locale asked for; `None` until the message
    /// layer has rendered [`Health::text`]. Health sits below the message layer, so an
    /// [`Assessor`] (and [`assess`]) returns the words as data only, with this `None`; the
    /// tracking layer ([`crate::pipeline::Tracker`]) and the facade always render it, and
    /// `message::localized_health` renders any verdict on its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    /// What to do next, if anything: rendered like [`Health::explanation`].
    #[serde(default)]
    pub action: Option<String>,
    /// The words of the verdict as data: catalogue keys and typed values (carrier, days,
    /// dates, spans), from which `explanation` and `action` are rendered in any locale.
    /// Always set by an [`Assessor`]; `None` only for a verdict read from JSON written before
    /// the texts were typed (or rebuilt by a binding from its rendered words): rendering then
    /// keeps the `explanation` and `action` it came with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<HealthTexts>,
    /// The dwell and thresholds behind a stall judgement, when one was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// Assesses one shipment at `now`, with an optional learned dwell model (the words come as
/// [`Health::text`]; `explanation` and `action` stay `None` until the message layer renders
/// them).
///
/// Convenience for one-off calls: it builds an [`Assessor`] each time. For batches, build one
/// [`Assessor`] and call [`Assessor::assess`] (thresholds and calendars are then shared).
pub fn assess(shipment: &Shipment, now: DateTime<Utc>, model: Option<&DwellModel>) -> Health {
    Assessor::new(model, HealthOptions::default()).assess(shipment, now, None)
}

/// Like [`assess`], also judging lateness against a delivery window.
pub fn assess_with_window(
    shipment: &Shipment,
    now: DateTime<Utc>,
    model: Option<&DwellModel>,
    window: Option<&DeliveryWindow>,
) -> Health {
    Assessor::new(model, HealthOptions::default()).assess(shipment, now, window)
}
