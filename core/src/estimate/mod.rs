//! Delivery windows: priors per carrier/service, a transit model learned from history, and
//! the window for a shipment at checkout (the promise) or in flight (the live window).
//!
//! Method, in short:
//! - **Units.** Whole business days of the destination's calendar ([`crate::calendar`]; Monday
//!   to Friday when the country is unknown). A delivery on date `d` of a parcel that started on
//!   date `s` took `#business days in (s, d]`. Whole days, because customers are promised dates,
//!   not hours, and because delivery times within a day depend on the route, not the lane.
//! - **Three durations per level**: handling (order -> hand-off), transit (hand-off ->
//!   delivery), and total (order -> delivery, for the checkout promise: learned directly, so a
//!   lane's slow handling and slow transit are not assumed independent).
//! - **Hierarchy with shrinkage**: global -> carrier -> carrier+service -> +destination ->
//!   full lane (carrier, service, origin region, destination region). Each level's histogram is
//!   mixed with its parent's result, weighted by its recency-weighted count against
//!   [`LearnOptions::prior_strength`]. The root is the published service standard
//!   (see `priors.rs`) or a generic prior.
//! - **Recency**: a delivery's weight halves every [`LearnOptions::half_life_days`] (default
//!   90) before the newest one, so the model follows drift; [`TransitModel::observe`] adds
//!   deliveries one at a time.
//! - **Storage**: histograms of bins 0..=60 plus overflow: learning is O(n), estimating
//!   O(bins), the model small to serialize (versioned JSON, [`MODEL_VERSION`]).
//! - **Windows**: days already elapsed without delivery are ruled out (the conditional
//!   distribution), status evidence reshapes it (out for delivery, at the local depot, failed
//!   attempt, exception), a carrier estimate is weighed by how often it held, and the window is
//!   the central run of days holding the requested confidence (as much of the rest early as
//!   late: the interval a proper interval score rewards, see [`central_interval`]).
//! - **Calibration** (`calib.rs`, weighted split conformal): every delivery is scored by the
//!   smallest confidence level whose window, as the model would have given it when asked,
//!   held it; windows are cut at the requested quantile of those scores (a record of the
//!   history's tail seeded by `learn` and a live record fed by `observe`, pooled), so
//!   windows widen when recent ones held fewer deliveries than asked and narrow again when
//!   they held more. Memories of 7 to 56 days each give a level; the level used mixes them
//!   by how well each did lately (adaptive conformal inference aggregated over step sizes).
//!   See [`Calibration`].
//! - **Order-volume surges** (`volume.rs`): the orders of the last week against the usual
//!   week, counted as orders are placed ([`TransitModel::note_order`]); a surge stretches the
//!   window at once, weeks before its slow deliveries could show it. See [`Volume`].
//! - **Peak season** (`season.rs`): on Brazilian lanes the window's last day moves by the two
//!   business days Correios publish as their Black Friday to New Year extension.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use tracking_core::estimate::{Lane, Place, TransitModel, WindowSource};
//! // No history yet: the published UPS Ground standard (1-5 business days) answers.
//! let model = TransitModel::default();
//! let lane = Lane::new(Some("UPS"), Some("Ground"), Place::new(Some("US"), Some("CA")),
//!     Place::new(Some("US"), Some("NY")));
//! let w = model.promise(&lane, Utc.with_ymd_and_hms(2024, 6, 3, 15, 0, 0).unwrap(), 0.9);
//! assert_eq!(w.source, WindowSource::Prior);
//! assert!(w.earliest > chrono::NaiveDate::from_ymd_opt(2024, 6, 3).unwrap());
//! ```

pub(crate) mod calib;
mod censoring;
mod days;
mod drift;
mod hist;
mod lane;
mod model;
mod noting;
mod order_ids;
mod pending;
mod priors;
mod scoring;
mod season;
mod shape;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
mod volume;
mod window;

pub use crate::lane::{Lane, Place};
pub use calib::{
    CALIB_HALF_LIFE_DAYS, CALIB_HALF_LIVES, CALIB_PRIOR, Calibration, Expert, LOSS_HALF_LIFE_DAYS,
    PerAsk, TAIL_DAYS,
};
pub use days::Days;
pub use drift::Recent;
pub use hist::{BINS, Hist, central_interval, shortest_interval};
pub use lane::{CompletedShipment, PlacedOrder};

/// The lane type's former name (it moved to [`crate::lane`], shared with health and analytics).
#[deprecated(note = "use `tracking_core::lane::Lane`")]
pub type LaneKey = Lane;
pub use model::{LearnOptions, MIN_MODEL_VERSION, MODEL_VERSION, TransitModel};
pub use pending::{MAX_OPEN_ORDERS, OpenOrder, Pending};
pub use volume::{
    CountSource, NOTED_KEEP_DAYS, NoteOutcome, Noted, SURGE_RATIO, Surge, VOLUME_KEEP_DAYS,
    VOLUME_MIN_WEEK, Volume,
};
pub use window::WindowQuery;

/// Checks a window confidence given by a caller: strictly between 0 and 1. The CLI and every
/// binding call this before estimating, so they refuse the same values (the estimator itself
/// clamps to 0.05..=0.999 for library callers that skip the check).
///
/// # Errors
/// [`crate::Error::InvalidInput`] for `confidence` outside (0, 1), or NaN.
pub fn check_confidence(confidence: f64) -> Result<f64, crate::Error> {
    if confidence > 0.0 && confidence < 1.0 {
        Ok(confidence)
    } else {
        Err(crate::Error::InvalidInput {
            field: "confidence".into(),
            reason: format!("must be strictly between 0 and 1, got {confidence}"),
        })
    }
}

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a delivery window rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DeliveryWindow {
    /// First day delivery is expected (inclusive).
    pub earliest: NaiveDate,
    /// Last day delivery is expected (inclusive).
    pub latest: NaiveDate,
    /// The central day: delivery is as likely before it as after it (the median, which
    /// keeps the expected error in days smallest; a transit distribution's mode is too early).
    pub most_likely: NaiveDate,
    /// Probability that delivery falls within `earliest..=latest` (e.g. 0.9).
    pub confidence: f64,
    /// What the window rests on.
    pub source: WindowSource,
    /// In words, e.g. "1,240 deliveries on SP -> RJ, last 90 days". For the people who run
    /// the model (logs, support tools), in English; what a customer reads comes from the
    /// message catalogue.
    pub basis: String,
    /// The order-volume surge that widened the window, when one did (see [`Volume`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surge: Option<WindowSurge>,
    /// The parcel is overdue beyond what the model knows: more days have gone by without a
    /// delivery than any delivery it learned from took (or than it counts, [`BINS`] business
    /// days). The dates then only spread the next few days and are not a learned window at
    /// `confidence`: show that the parcel is late rather than a promise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub overdue: bool,
}

/// An order-volume surge as a window shows it: how busy the last week was against the usual
/// week, and how much that stretched the window. No order count: a window may reach the
/// shop's customers, and a shop's weekly volume is its own business.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct WindowSurge {
    /// The last 7 days' orders over the usual week's (above 1.5 when it widens a window).
    pub ratio: f64,
    /// The stretch applied to the delivery-time distribution (1 < factor <= 1.5).
    pub factor: f64,
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_basis;
#[cfg(test)]
mod tests_calib;
#[cfg(test)]
mod tests_pending;
#[cfg(test)]
mod tests_volume;
