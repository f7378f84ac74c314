//! The shipment JSON shape (design/ARCHITECTURE.md): input of `track`, `estimate`, `health`,
//! and one record of history for `learn`.

use serde::{Deserialize, Serialize};

use crate::event::{Location, RawEvent};

/// A carrier's own delivery estimate, as times or dates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CarrierEstimate {
    /// Earliest expected delivery.
    pub earliest: Option<String>,
    /// Latest expected delivery.
    pub latest: Option<String>,
}

/// One shipment as callers send it. Unknown fields are ignored; every field but `id` may be
/// missing. Times are RFC 3339 or local wall-clock; `promised_by` is a date `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShipmentInput {
    /// The caller's identifier (order line, parcel id).
    pub id: String,
    /// Carrier slug or name, when known.
    pub carrier: Option<String>,
    /// The carrier's tracking number.
    pub tracking_number: Option<String>,
    /// Carrier service (`ground`, `express`), when known.
    pub service: Option<String>,
    /// Where it ships from.
    pub origin: Option<Location>,
    /// Where it goes.
    pub destination: Option<Location>,
    /// When the customer ordered.
    pub ordered_at: Option<String>,
    /// When the carrier took it over (derived from the events when absent).
    pub shipped_at: Option<String>,
    /// When it was delivered (derived from the events when absent).
    pub delivered_at: Option<String>,
    /// The shop's promised delivery date.
    pub promised_by: Option<String>,
    /// The carrier's own estimate.
    pub carrier_estimate: Option<CarrierEstimate>,
    /// The shop's own order status (`delivered`, `shipped`, `canceled`), informational.
    pub order_status: Option<String>,
    /// The moment to evaluate at, overriding the caller's `--now` for this line.
    pub as_of: Option<String>,
    /// Raw carrier events, in any order.
    pub events: Vec<RawEvent>,
}
