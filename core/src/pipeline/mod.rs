//! The one call that builds a full snapshot: timeline, delivery window, health and customer
//! message, so the CLI `track` command and every binding produce the same answer.
//!
//! ```
//! use chrono::{DateTime, Utc};
//! use tracking_core::pipeline::Tracker;
//! use tracking_core::timeline::ShipmentInput;
//!
//! let input: ShipmentInput = serde_json::from_str(r#"{"id":"A1","carrier":"ups",
//!   "events":[{"status":"out_for_delivery","description":"Out for delivery",
//!              "time":"2024-03-26T07:10:00+01:00"}]}"#).unwrap();
//! let now: DateTime<Utc> = "2024-03-26T08:00:00Z".parse().unwrap();
//! let snap = Tracker::default().track(input, now, "de").unwrap();
//! assert_eq!(snap.message.unwrap().headline, "Ihr Paket wird heute zugestellt");
//! assert_eq!(snap.health.unwrap().verdict.code(), "on_track");
//! ```
//!
//! Expiry: when health finds a non-terminal shipment expired (`expired.no_info`,
//! `expired.stalled`), the snapshot's status becomes `expired` with that sub-status (docs/statuses.md:
//! `Expired` is derived by tracking-core, never read from a carrier), and the milestone shows
//! it as an issue.
//!
//! The module is split by concept: [`Tracker`] and its accessors here, building it in
//! `builder`, what it derives for a shipment or order (window, health, snapshot) in
//! `compose`, and what it learns as deliveries complete and orders are placed in `learn`.

mod builder;
mod compose;
mod learn;
#[cfg(test)]
mod tests;

use std::sync::RwLock;

use chrono::{DateTime, Utc};

use crate::error::Error;
use crate::estimate::TransitModel;
use crate::health::{Assessor, DwellModel, HealthOptions};
use crate::message::MessageCatalog;
use crate::normalize::Normalizer;
use crate::snapshot::Snapshot;
use crate::timeline::ShipmentInput;

pub use builder::TrackerBuilder;
use builder::health_assessor;

/// Confidence of the live delivery window.
pub const WINDOW_CONFIDENCE: f64 = 0.9;

/// Everything a snapshot is built with besides the shipment: normalizer, transit model,
/// health assessor (with its dwell model) and message catalogue. Build once (see
/// [`Tracker::builder`]), share by reference: every method takes `&self`, including
/// [`Tracker::observe`], which learns from deliveries behind a lock, so one tracker can serve
/// many threads (and bindings can hold it without a lock of their own).
#[derive(Debug, Default)]
pub struct Tracker {
    normalizer: Normalizer,
    catalog: MessageCatalog,
    /// Whether a transit model was given (not the default priors): only then does health
    /// bound legs without scans by its window.
    learned_transit: bool,
    models: RwLock<Models>,
}

/// The learned state that [`Tracker::observe`] updates.
#[derive(Debug, Default)]
struct Models {
    transit: TransitModel,
    assessor: Assessor,
}

impl Tracker {
    /// A builder for a tracker.
    pub fn builder() -> TrackerBuilder {
        TrackerBuilder::default()
    }

    /// A tracker with the given models (priors where `None`) and message catalogue.
    pub fn new(
        transit: Option<TransitModel>,
        dwell: Option<&DwellModel>,
        catalog: MessageCatalog,
    ) -> Tracker {
        let mut b = Tracker::builder().catalog(catalog);
        if let Some(t) = transit {
            b = b.transit_model(t);
        }
        if let Some(d) = dwell {
            b = b.dwell_model(d.clone());
        }
        b.build()
    }

    /// Read access to the learned state (a poisoned lock still holds consistent models:
    /// `observe` never panics half-way).
    fn models(&self) -> std::sync::RwLockReadGuard<'_, Models> {
        self.models
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The same tracker with other health options (stall level, expiry days).
    pub fn with_health_options(
        mut self,
        dwell: Option<&DwellModel>,
        options: HealthOptions,
    ) -> Self {
        let models = self
            .models
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        models.assessor = health_assessor(
            dwell,
            options,
            self.learned_transit.then_some(&models.transit),
        );
        self
    }

    /// The same tracker with another normalizer (e.g. one with the merchant's overrides).
    pub fn with_normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// The normalizer the tracker reads raw events with.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// The message catalogue snapshots are rendered with.
    pub fn catalog(&self) -> &MessageCatalog {
        &self.catalog
    }

    /// A copy of the transit model behind windows, as updated by [`Tracker::observe`] (to
    /// save it).
    pub fn transit_model(&self) -> TransitModel {
        self.models().transit.clone()
    }

    /// A copy of the dwell model behind health, as updated by [`Tracker::observe`], when one
    /// was given.
    pub fn dwell_model(&self) -> Option<DwellModel> {
        self.models().assessor.model().cloned()
    }
}

/// One-shot convenience: the full snapshot of `input` at `now` in `locale`, with default
/// models. For many shipments, build a [`Tracker`] once.
///
/// # Errors
/// As [`Tracker::track`].
pub fn track(input: ShipmentInput, now: DateTime<Utc>, locale: &str) -> Result<Snapshot, Error> {
    Tracker::default().track(input, now, locale)
}
