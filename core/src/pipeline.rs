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
//! `expired.stalled`), the snapshot's status becomes `expired` with that sub-status (TAXONOMY.md:
//! `Expired` is derived by tracking-core, never read from a carrier), and the milestone shows
//! it as an issue.

use chrono::{DateTime, Utc};

use crate::error::Error;
use crate::estimate::{DeliveryWindow, TransitModel, WindowSource};
use crate::health::{Assessor, DwellModel, HealthOptions};
use crate::message::MessageCatalog;
use crate::milestone::{Milestone, Progress};
use crate::normalize::Normalizer;
use crate::status::{Status, SubStatus};
use crate::timeline::{Shipment, ShipmentInput, Snapshot};

/// Confidence of the live delivery window.
pub const WINDOW_CONFIDENCE: f64 = 0.9;

/// Everything a snapshot is built with besides the shipment: normalizer, transit model,
/// health assessor (with its dwell model) and message catalogue. Build once, reuse.
#[derive(Debug, Default)]
pub struct Tracker {
    normalizer: Normalizer,
    transit: TransitModel,
    /// Whether `transit` was given (not the default priors): only then does health bound
    /// legs without scans by its window.
    learned_transit: bool,
    assessor: Assessor,
    catalog: MessageCatalog,
}

impl Tracker {
    /// A tracker with the given models (priors where `None`) and message catalogue.
    pub fn new(
        transit: Option<TransitModel>,
        dwell: Option<&DwellModel>,
        catalog: MessageCatalog,
    ) -> Tracker {
        let learned_transit = transit.is_some();
        let transit = transit.unwrap_or_default();
        let mut t = Tracker {
            normalizer: Normalizer::new(),
            assessor: Assessor::default(),
            transit,
            learned_transit,
            catalog,
        };
        t.assessor = t.health_assessor(dwell, HealthOptions::default());
        t
    }

    /// Health bounds a leg without scans by the window of the transit model that was given.
    fn health_assessor(&self, dwell: Option<&DwellModel>, options: HealthOptions) -> Assessor {
        let a = Assessor::new(dwell, options);
        if self.learned_transit {
            a.with_transit(self.transit.clone())
        } else {
            a
        }
    }

    /// The same tracker with other health options (stall level, expiry days).
    pub fn with_health_options(
        mut self,
        dwell: Option<&DwellModel>,
        options: HealthOptions,
    ) -> Self {
        self.assessor = self.health_assessor(dwell, options);
        self
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

    /// The normalizer the tracker reads raw events with.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// The message catalogue snapshots are rendered with.
    pub fn catalog(&self) -> &MessageCatalog {
        &self.catalog
    }

    /// The transit model behind windows, as updated by [`Tracker::observe`] (to save it).
    pub fn transit_model(&self) -> &TransitModel {
        &self.transit
    }

    /// The dwell model behind health, as updated by [`Tracker::observe`], when one was given.
    pub fn dwell_model(&self) -> Option<&DwellModel> {
        self.assessor.model()
    }

    /// Learns from one delivery as it completes (dwell model, false-alarm control and the
    /// transit model behind windows; see [`Assessor::observe`]).
    pub fn observe(&mut self, delivered: &Shipment) {
        self.assessor.observe(delivered);
        if let Some(c) = crate::estimate::CompletedShipment::from_shipment(delivered) {
            self.transit.observe(&c);
        }
    }

    /// The full snapshot of a shipment at `now`, with the message in `locale`.
    pub fn snapshot(&self, shipment: &Shipment, now: DateTime<Utc>, locale: &str) -> Snapshot {
        let mut snap = shipment.snapshot();
        if !snap.terminal {
            snap.window = self.window(shipment, now);
        }
        let health = self.assessor.assess(shipment, now, snap.window.as_ref());
        if !snap.terminal && health.reason.starts_with("expired.") {
            snap.status = Status::Expired;
            snap.substatus = Some(if health.reason == "expired.no_info" {
                SubStatus::ExpiredNoInfo
            } else {
                SubStatus::ExpiredStalled
            });
            snap.milestone = Milestone::Issue;
            snap.progress = Progress::of(Milestone::Issue);
            snap.window = None;
        }
        snap.health = Some(health);
        snap.message = Some(self.catalog.render(&snap, locale));
        snap
    }

    /// The live window: the transit model's (learned or published priors), else the shop's
    /// promise as a one-day window.
    fn window(&self, shipment: &Shipment, now: DateTime<Utc>) -> Option<DeliveryWindow> {
        self.transit
            .estimate_shipment(shipment, now, WINDOW_CONFIDENCE)
            .or_else(|| {
                shipment.promised_by.map(|d| DeliveryWindow {
                    earliest: d,
                    latest: d,
                    most_likely: d,
                    confidence: WINDOW_CONFIDENCE,
                    source: WindowSource::Promise,
                    basis: "the shop's promised date".into(),
                })
            })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::health::Verdict;

    fn input(json: &str) -> ShipmentInput {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn expired_shipments_get_the_derived_status() {
        let t: DateTime<Utc> = "2024-05-01T00:00:00Z".parse().unwrap();
        let s = track(
            input(r#"{"id":"e1","carrier":"ups","tracking_number":"1Z1","ordered_at":"2024-03-01T10:00:00Z"}"#),
            t,
            "en",
        )
        .unwrap();
        assert_eq!(s.status, Status::Expired);
        assert_eq!(s.substatus, Some(SubStatus::ExpiredNoInfo));
        assert_eq!(s.milestone, Milestone::Issue);
        assert_eq!(
            s.message.unwrap().headline,
            "There are no tracking updates for your parcel"
        );
        let s = track(
            input(
                r#"{"id":"e2","carrier":"ups","events":[{"status":"in_transit","description":"Departed",
                "time":"2024-03-01T10:00:00Z"}]}"#,
            ),
            t,
            "en",
        )
        .unwrap();
        assert_eq!(s.substatus, Some(SubStatus::ExpiredStalled));
        assert_eq!(s.health.unwrap().verdict, Verdict::LikelyLost);
    }

    #[test]
    fn in_flight_snapshot_has_window_health_and_message() {
        let t: DateTime<Utc> = "2024-06-04T12:00:00Z".parse().unwrap();
        let s = track(
            input(
                r#"{"id":"w1","carrier":"ups","service":"ground",
                "origin":{"country":"US","region":"CA"},"destination":{"country":"US","region":"NY"},
                "events":[{"status":"in_transit","substatus":"picked_up","description":"Picked up",
                "time":"2024-06-03T18:00:00Z"}]}"#,
            ),
            t,
            "es",
        )
        .unwrap();
        let w = s
            .window
            .clone()
            .expect("window from the published UPS Ground standard");
        assert!(w.latest >= w.earliest);
        assert_eq!(s.health.as_ref().unwrap().verdict, Verdict::OnTrack);
        let m = s.message.unwrap();
        assert_eq!(m.locale, "es");
        assert!(m.next.unwrap().starts_with("Llegada prevista"));
    }

    #[test]
    fn observed_deliveries_recalibrate_the_trackers_health() {
        // A leg without scans that usually takes a day; then deliveries take a week.
        let day = |d: i64| {
            "2024-01-01T09:00:00Z".parse::<DateTime<Utc>>().unwrap() + chrono::Duration::days(d)
        };
        let leg = |i: i64, hours: i64| {
            let mut s = Shipment::new(format!("h{i}"));
            s.given_shipped_at = Some(day(7 * (i % 30)));
            s.given_delivered_at = Some(day(7 * (i % 30)) + chrono::Duration::hours(hours));
            s
        };
        let history: Vec<Shipment> = (0..200).map(|i| leg(i, 20 + i % 8)).collect();
        let dwell = DwellModel::learn(&history);
        let mut tracker = Tracker::new(None, Some(&dwell), MessageCatalog::new());
        let mut open = Shipment::new("o");
        open.given_shipped_at = Some(day(7 * 40));
        let now = day(7 * 40 + 2);
        let verdict = |t: &Tracker| t.snapshot(&open, now, "en").health.unwrap().verdict;
        assert_eq!(verdict(&tracker), Verdict::Stalled);
        for i in 0..300 {
            let mut s = leg(i, 96 + i % 10);
            s.given_shipped_at = Some(day(7 * 31 + i % 50 / 10));
            s.given_delivered_at = s
                .given_shipped_at
                .map(|t| t + chrono::Duration::hours(96 + i % 10));
            tracker.observe(&s);
        }
        assert_eq!(verdict(&tracker), Verdict::OnTrack);
    }
}
