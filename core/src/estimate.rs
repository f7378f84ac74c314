//! Delivery windows: priors per carrier/service, a transit model learned from history, and
//! the window for a shipment at checkout (the promise) or in flight (the live window).
//! The model and estimator are filled in by issue 5; the window type is shared now.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a delivery window rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WindowSource {
    /// The carrier's own estimate (used as evidence, checked against history).
    Carrier,
    /// The learned transit model.
    Model,
    /// The shop's promised date.
    Promise,
    /// Published service standards, when no history exists.
    Prior,
}

/// When a shipment will arrive: dates in the destination's local calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliveryWindow {
    /// First day delivery is expected (inclusive).
    pub earliest: NaiveDate,
    /// Last day delivery is expected (inclusive).
    pub latest: NaiveDate,
    /// The single most likely day.
    pub most_likely: NaiveDate,
    /// Probability that delivery falls within `earliest..=latest` (e.g. 0.9).
    pub confidence: f64,
    /// What the window rests on.
    pub source: WindowSource,
    /// In words, e.g. "1,240 deliveries on SP -> RJ, last 90 days".
    pub basis: String,
}
