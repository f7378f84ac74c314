//! Building a [`Tracker`]: every part optional.

use std::sync::RwLock;

use super::{Models, Tracker};
use crate::estimate::TransitModel;
use crate::health::{Assessor, DwellModel, HealthOptions};
use crate::message::MessageCatalog;
use crate::normalize::Normalizer;

/// Builds a [`Tracker`]: every part is optional (built-in tables, published priors, built-in
/// texts, default health options).
///
/// ```
/// use tracking_core::Tracker;
/// use tracking_core::health::HealthOptions;
///
/// let tracker = Tracker::builder()
///     .health_options(HealthOptions { expire_no_info_days: 20, ..HealthOptions::default() })
///     .build();
/// # let _ = tracker;
/// ```
#[derive(Debug, Default)]
#[must_use]
pub struct TrackerBuilder {
    transit: Option<TransitModel>,
    dwell: Option<DwellModel>,
    options: HealthOptions,
    catalog: MessageCatalog,
    normalizer: Normalizer,
}

impl TrackerBuilder {
    /// A learned transit model behind windows (published priors otherwise).
    pub fn transit_model(mut self, model: TransitModel) -> Self {
        self.transit = Some(model);
        self
    }

    /// A learned dwell model behind health (priors otherwise).
    pub fn dwell_model(mut self, model: DwellModel) -> Self {
        self.dwell = Some(model);
        self
    }

    /// Health options (stall level, expiry days, ...).
    pub fn health_options(mut self, options: HealthOptions) -> Self {
        self.options = options;
        self
    }

    /// The message catalogue (with the merchant's templates).
    pub fn catalog(mut self, catalog: MessageCatalog) -> Self {
        self.catalog = catalog;
        self
    }

    /// The normalizer (with the merchant's overrides).
    pub fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// The tracker.
    pub fn build(self) -> Tracker {
        let learned_transit = self.transit.is_some();
        let transit = self.transit.unwrap_or_default();
        let assessor = health_assessor(
            self.dwell.as_ref(),
            self.options,
            learned_transit.then_some(&transit),
        );
        Tracker {
            normalizer: self.normalizer,
            catalog: self.catalog,
            learned_transit,
            models: RwLock::new(Models { transit, assessor }),
        }
    }
}

/// Health bounds a leg without scans by the window of the transit model that was given.
pub(super) fn health_assessor(
    dwell: Option<&DwellModel>,
    options: HealthOptions,
    transit: Option<&TransitModel>,
) -> Assessor {
    let a = Assessor::new(dwell, options);
    match transit {
        Some(t) => a.with_transit_reader(t),
        None => a,
    }
}
