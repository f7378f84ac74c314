//! What a [`Tracker`] derives for a shipment or an order at a given time: its live window,
//! its health and the full snapshot with the customer's message.

use chrono::{DateTime, Utc};

use super::{Tracker, WINDOW_CONFIDENCE};
use crate::error::Error;
use crate::estimate::{DeliveryWindow, TransitModel, WindowSource};
use crate::health::HealthReason;
use crate::message::DEFAULT_LOCALE;
use crate::milestone::{Milestone, Progress};
use crate::snapshot::Snapshot;
use crate::status::{Status, SubStatus};
use crate::timeline::{Shipment, ShipmentInput};

impl Tracker {
    /// The health of a shipment at `now`, judged against its live window (as in
    /// [`Tracker::snapshot`], without composing the rest), explained in English.
    pub fn assess(&self, shipment: &Shipment, now: DateTime<Utc>) -> crate::health::Health {
        self.assess_in(shipment, now, DEFAULT_LOCALE)
    }

    /// [`Tracker::assess`] with the explanation and action in `locale`.
    pub fn assess_in(
        &self,
        shipment: &Shipment,
        now: DateTime<Utc>,
        locale: &str,
    ) -> crate::health::Health {
        let mut health = {
            let m = self.models();
            let window = if shipment.state().terminal {
                None
            } else {
                window_of(&m.transit, shipment, now, WINDOW_CONFIDENCE)
            };
            m.assessor.assess(shipment, now, window.as_ref())
        };
        self.catalog.localize_health(&mut health, locale);
        health
    }

    /// The delivery window at `confidence`: the transit model's (learned or published
    /// priors), else the shop's promise as a one-day window.
    pub fn window_at(
        &self,
        shipment: &Shipment,
        now: DateTime<Utc>,
        confidence: f64,
    ) -> Option<DeliveryWindow> {
        window_of(&self.models().transit, shipment, now, confidence)
    }

    /// Builds the shipment from its JSON shape and returns its full snapshot at `now`
    /// (a line's `as_of` is the caller's business: pass it as `now`).
    ///
    /// # Errors
    /// As [`Shipment::from_input`]: a shipment-level time that cannot be read.
    pub fn track(
        &self,
        input: ShipmentInput,
        now: DateTime<Utc>,
        locale: &str,
    ) -> Result<Snapshot, Error> {
        let (shipment, _) = Shipment::from_input(input, &self.normalizer, now)?;
        Ok(self.snapshot(&shipment, now, locale))
    }

    /// The full snapshot of a shipment at `now`, with the message in `locale`: the tracking
    /// layer above the stages. The timeline gives status and events; this composes the
    /// window, the health (and the expiry it implies, decided here only) and the message.
    pub fn snapshot(&self, shipment: &Shipment, now: DateTime<Utc>, locale: &str) -> Snapshot {
        let mut snap = shipment.snapshot();
        let mut health = {
            let m = self.models();
            if !snap.terminal {
                snap.window = window_of(&m.transit, shipment, now, WINDOW_CONFIDENCE);
            }
            m.assessor.assess(shipment, now, snap.window.as_ref())
        };
        if !snap.terminal && health.reason.is_expiry() {
            snap.status = Status::Expired;
            snap.substatus = Some(if health.reason == HealthReason::ExpiredNoInfo {
                SubStatus::ExpiredNoInfo
            } else {
                SubStatus::ExpiredStalled
            });
            snap.milestone = Milestone::Issue;
            snap.progress = Progress::of(Milestone::Issue);
            snap.window = None;
        }
        // One rule for every surface: no date for a parcel that is stalled or likely lost
        // (the message says the carrier is being asked instead).
        if health.verdict.withholds_date() {
            snap.window = None;
        }
        self.catalog.localize_health(&mut health, locale);
        snap.health = Some(health);
        snap.message = Some(self.catalog.render_at(&snap, locale, now));
        snap
    }
}

impl Tracker {
    /// The snapshot of an order at `now`: every shipment's full snapshot (window, health,
    /// message in `locale`, as [`Tracker::snapshot`]), the order's status over them and its
    /// headline in `locale` from the message catalogue.
    pub fn order_snapshot(
        &self,
        order: &crate::order::Order,
        now: DateTime<Utc>,
        locale: &str,
    ) -> crate::order::OrderSnapshot {
        let snaps = order
            .shipments
            .iter()
            .map(|s| self.snapshot(s, now, locale))
            .collect();
        let mut o = crate::order::OrderSnapshot::of(&order.id, snaps);
        o.headline = Some(self.catalog.order_headline(&o, locale));
        o
    }
}

/// The window of `transit` at `confidence`, else the shop's promise as a one-day window.
fn window_of(
    transit: &TransitModel,
    shipment: &Shipment,
    now: DateTime<Utc>,
    confidence: f64,
) -> Option<DeliveryWindow> {
    transit
        .estimate_shipment(shipment, now, confidence)
        .or_else(|| {
            shipment.promised_by.map(|d| DeliveryWindow {
                earliest: d,
                latest: d,
                most_likely: d,
                confidence,
                source: WindowSource::Promise,
                basis: "the shop's promised date".into(),
                surge: None,
                overdue: false,
            })
        })
}
