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

use std::sync::RwLock;

use chrono::{DateTime, Utc};

use crate::error::Error;
use crate::estimate::{DeliveryWindow, TransitModel, WindowSource};
use crate::health::{Assessor, DwellModel, HealthOptions, HealthReason};
use crate::message::{DEFAULT_LOCALE, MessageCatalog};
use crate::milestone::{Milestone, Progress};
use crate::normalize::Normalizer;
use crate::snapshot::Snapshot;
use crate::status::{Status, SubStatus};
use crate::timeline::{Shipment, ShipmentInput};

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
fn health_assessor(
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

    /// Learns from one delivery as it completes (dwell model, false-alarm control and the
    /// transit model behind windows; see [`Assessor::observe`]). Takes `&self`: the learned
    /// state sits behind a lock, held only while the delivery is added.
    pub fn observe(&self, delivered: &Shipment) {
        let completed = crate::estimate::CompletedShipment::from_shipment(delivered);
        let mut m = self
            .models
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        m.assessor.observe(delivered);
        if let Some(c) = completed {
            m.transit.observe(&c);
        }
    }

    /// Notes placed orders (checkout, or a shipment's first sight) in the order volume that
    /// widens windows during a surge (see [`crate::estimate::Volume`]), for the windows and
    /// for health's window floor: one outcome per order, in order. Note every order,
    /// delivered or not; an id already counted is not counted again, so a shop backend can
    /// feed the last nine weeks of orders again after a restart. Noted orders are kept in
    /// the transit model ([`Tracker::transit_model`] saves them), apart from the counts
    /// `learn` takes from a history; a relearned model starts without them unless given
    /// them with [`TransitModel::keep_noted_orders`].
    ///
    /// # Errors
    /// Per order, [`Error::InvalidTime`] for an implausible order time (before 1990, after
    /// 2200).
    pub fn note_orders(
        &self,
        orders: &[crate::estimate::PlacedOrder],
    ) -> Vec<Result<crate::estimate::NoteOutcome, Error>> {
        let mut m = self
            .models
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        orders
            .iter()
            .map(|o| {
                let outcome = m.transit.note_placed(o)?;
                // Health's window floor reads the same counts; its copy keeps no ids, so
                // only what this model counted is passed on.
                if outcome == crate::estimate::NoteOutcome::Counted {
                    m.assessor.count_checked_order(&o.lane, o.placed_at);
                }
                Ok(outcome)
            })
            .collect()
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

    /// Health's window floor reads the tracker's noted order counts without holding the
    /// order ids a second time, and holds no noted orders when it never reads them.
    #[test]
    fn the_floor_holds_no_second_copy_of_the_open_orders() {
        use crate::estimate::{CompletedShipment, PlacedOrder};
        use chrono::{Duration, TimeZone};
        let fx = crate::estimate::testing::noted_orders().expect("fixture");
        let from = chrono::Utc.with_ymd_and_hms(2017, 1, 2, 12, 0, 0).unwrap();
        let history: Vec<CompletedShipment> = (0..150)
            .map(|i| {
                let ordered = from + Duration::days(i);
                CompletedShipment {
                    lane: fx.lane.clone(),
                    ordered_at: Some(ordered),
                    shipped_at: Some(ordered + Duration::hours(20)),
                    delivered_at: ordered + Duration::days(3 + i % 3),
                    carrier_estimate: None,
                    promised_by: None,
                    order_id: None,
                }
            })
            .collect();
        // A saved model with orders open (placed after every learned delivery), loaded into a
        // tracker: the floor's copy is made from it.
        let mut model = TransitModel::learn(&history);
        let start = from + Duration::days(160);
        for i in 0..5 {
            let at = start + Duration::minutes(i);
            model
                .note_order(&format!("open{i}"), &fx.lane, at)
                .expect("noted");
        }
        assert!(!model.calibration.pending.is_empty());
        let tracker = Tracker::builder().transit_model(model).build();
        // Placed after every learned delivery, so the tracker opens them.
        let orders: Vec<PlacedOrder> = (0..20)
            .map(|i| PlacedOrder {
                id: format!("late{i}"),
                lane: fx.lane.clone(),
                placed_at: start + Duration::days(1) + Duration::minutes(i),
                promised_by: None,
            })
            .collect();
        tracker.note_orders(&orders);
        let m = tracker.models();
        assert!(
            !m.transit.calibration.pending.is_empty(),
            "the tracker opens them"
        );
        let floor = m.assessor.transit().expect("a floor");
        assert!(floor.calibration.pending.is_empty());
        assert!(
            floor
                .calibration
                .experts
                .iter()
                .all(|e| e.censored.is_empty())
        );
    }

    #[test]
    fn the_floor_counts_noted_orders_without_their_ids() {
        use crate::estimate::{NoteOutcome, PlacedOrder};
        use chrono::TimeZone;
        let start = chrono::Utc.with_ymd_and_hms(2024, 3, 1, 10, 0, 0).unwrap();
        let lane = crate::estimate::Lane::new(
            Some("ups"),
            None,
            crate::estimate::Place::new(Some("US"), Some("CA")),
            crate::estimate::Place::new(Some("US"), Some("NY")),
        );
        // 120 days of 3 orders a day: older days expire from both copies alike.
        let orders: Vec<PlacedOrder> = (0..360)
            .map(|i| PlacedOrder {
                id: format!("o{i}"),
                lane: lane.clone(),
                placed_at: start + chrono::Duration::hours(8 * i),
                promised_by: None,
            })
            .collect();
        for surge in [true, false] {
            let tracker = Tracker::builder()
                .transit_model(TransitModel::default())
                .health_options(HealthOptions {
                    window_surge: surge,
                    ..HealthOptions::default()
                })
                .build();
            let first = tracker.note_orders(&orders);
            assert!(first.iter().all(|o| matches!(o, Ok(NoteOutcome::Counted))));
            // Sent again: every one a duplicate, counted nowhere.
            let again = tracker.note_orders(&orders[300..]);
            assert!(
                again
                    .iter()
                    .all(|o| matches!(o, Ok(NoteOutcome::Duplicate)))
            );
            let m = tracker.models();
            let noted = &m.transit.volume.noted;
            let kept = noted.len();
            assert!(kept > 250 && kept < 360, "the oldest days expired: {kept}");
            let floor = &m.assessor.transit().expect("a floor").volume.noted;
            assert!(floor.ids.is_empty(), "the floor keeps no order ids");
            if surge {
                assert_eq!(floor.daily, noted.daily, "the same counts as the tracker's");
            } else {
                assert!(floor.is_empty(), "an un-surged floor keeps no noted orders");
            }
        }
    }

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
        let tracker = Tracker::new(None, Some(&dwell), MessageCatalog::new());
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

    /// Regression (#10): with the carrier given as `"USPS"`, health said "collect by 25 March"
    /// (15 days, USPS's holding period) while the message said "kept until 17 March" (7 days,
    /// the default), because only health resolved the slug. The carrier is now resolved once
    /// at ingest, so every stage agrees, whatever the case or alias.
    #[test]
    fn carrier_case_and_alias_give_one_pickup_deadline() {
        let now: DateTime<Utc> = "2024-03-12T12:00:00Z".parse().unwrap();
        let snap = |carrier: &str| {
            track(
                input(&format!(
                    r#"{{"id":"p","carrier":"{carrier}","destination":{{"country":"US","region":"NY"}},
                    "events":[{{"status":"available_for_pickup","description":"Available for Pickup",
                    "time":"2024-03-10T15:00:00Z"}}]}}"#
                )),
                now,
                "en",
            )
            .unwrap()
        };
        let usps = snap("usps");
        let action = usps.health.as_ref().unwrap().action.clone().unwrap();
        assert!(action.ends_with("by Monday, 25 March"), "{action}");
        let next = usps.message.as_ref().unwrap().next.clone().unwrap();
        assert!(next.contains("25"), "{next}");
        for other in ["USPS", " Usps ", "U.S. Postal Service"] {
            let s = snap(other);
            assert_eq!(s.carrier.as_deref(), Some("usps"), "{other}");
            assert_eq!(s.health, usps.health, "{other}");
            assert_eq!(s.message, usps.message, "{other}");
        }
    }
}
