//! Shipment health: on track, delayed, stalled, likely lost, needs action. Filled in by
//! issue 6; the verdict type is shared now.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The overall judgement of a shipment's health.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

/// A health assessment, with a reason a person can read and a suggested next step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Health {
    /// The judgement.
    pub verdict: Verdict,
    /// Machine-readable cause (`no_scan`, `past_window`, `label_not_handed_over`, ...).
    pub reason: String,
    /// Since when the verdict holds (e.g. the last scan for a stall).
    pub since: Option<DateTime<Utc>>,
    /// A sentence a person understands.
    pub explanation: String,
    /// What to do next, if anything.
    pub action: Option<String>,
}
