//! The value types apps see: uniffi records (Kotlin data classes, Swift structs); the enums
//! they use are in `enums.rs`. Field names follow the core's JSON shapes; uniffi renders them in
//! camelCase. Input times stay strings (carriers send local wall-clock times that only the core
//! can place in a zone); output instants are platform dates (`java.time.Instant`, `Date`);
//! delivery-window days are `YYYY-MM-DD` strings (a calendar day at the destination is not an
//! instant). Sub-statuses, reasons and rules are their stable snake_case codes.

use std::collections::HashMap;
use std::time::SystemTime;

use crate::enums::*;

/// A carrier text that was accepted but is worth a look; it never stops processing.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CarrierWarning {
    /// What is wrong.
    pub kind: CarrierWarningKind,
    /// The carrier text as given.
    pub carrier: String,
    /// For developers: what happened and what to do.
    pub message: String,
    /// Registry slugs close to an unknown text, nearest first (at most three).
    pub did_you_mean: Vec<String>,
    /// For a brand: the registry slugs it may mean.
    pub candidates: Vec<String>,
    /// For `InvalidField`: the input field that was dropped (`promised_by`).
    pub field: Option<String>,
}

/// A place, as carriers and shops give it; every field optional.
#[derive(Debug, Clone, PartialEq, Default, uniffi::Record)]
pub struct Location {
    /// City or town, free text.
    #[uniffi(default = None)]
    pub city: Option<String>,
    /// State, province or region code (`CA`, `SP`, `BY`).
    #[uniffi(default = None)]
    pub region: Option<String>,
    /// Postal code.
    #[uniffi(default = None)]
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2 country code (`US`, `DE`).
    #[uniffi(default = None)]
    pub country: Option<String>,
}

/// One raw carrier scan, as the app received it. A code or a description is needed; times are
/// RFC 3339 or the carrier's local wall-clock time (read in the scan location's zone).
#[derive(Debug, Clone, PartialEq, Default, uniffi::Record)]
pub struct ScanEvent {
    /// The carrier's own event id, when it has one.
    #[uniffi(default = None)]
    pub id: Option<String>,
    /// Carrier slug or name, when it differs from the shipment's.
    #[uniffi(default = None)]
    pub carrier: Option<String>,
    /// The carrier's status code.
    #[uniffi(default = None)]
    pub code: Option<String>,
    /// The carrier's text.
    #[uniffi(default = None)]
    pub description: Option<String>,
    /// Time (with or without offset), or time of day when `date` is given.
    #[uniffi(default = None)]
    pub time: Option<String>,
    /// Date, when the carrier sends date and time apart.
    #[uniffi(default = None)]
    pub date: Option<String>,
    /// Where the scan happened.
    #[uniffi(default = None)]
    pub location: Option<Location>,
    /// Language of the description (`en`, `pt`), when known.
    #[uniffi(default = None)]
    pub language: Option<String>,
    /// A canonical status code already known (from an aggregator or the shop's systems).
    #[uniffi(default = None)]
    pub status: Option<String>,
    /// A canonical sub-status code already known.
    #[uniffi(default = None)]
    pub substatus: Option<String>,
}

/// The carrier's own delivery estimate (times or dates).
#[derive(Debug, Clone, PartialEq, Default, uniffi::Record)]
pub struct CarrierEstimate {
    /// Earliest expected delivery.
    #[uniffi(default = None)]
    pub earliest: Option<String>,
    /// Latest expected delivery.
    #[uniffi(default = None)]
    pub latest: Option<String>,
}

/// One shipment as the app has it cached: identity, places, the shop's dates and the raw scans.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ShipmentInput {
    /// The app's identifier of the parcel.
    pub id: String,
    /// Carrier slug or name (`ups`, `DHL Paket`), when known.
    #[uniffi(default = None)]
    pub carrier: Option<String>,
    /// The carrier's tracking number.
    #[uniffi(default = None)]
    pub tracking_number: Option<String>,
    /// Carrier service (`ground`, `express`), when known.
    #[uniffi(default = None)]
    pub service: Option<String>,
    /// The order it belongs to, when an order has several parcels.
    #[uniffi(default = None)]
    pub order_id: Option<String>,
    /// A return leg, or outbound (when absent).
    #[uniffi(default = None)]
    pub direction: Option<Direction>,
    /// Where it ships from.
    #[uniffi(default = None)]
    pub origin: Option<Location>,
    /// Where it goes.
    #[uniffi(default = None)]
    pub destination: Option<Location>,
    /// When the customer ordered (RFC 3339 or local time).
    #[uniffi(default = None)]
    pub ordered_at: Option<String>,
    /// When the carrier took it over (derived from the scans when absent).
    #[uniffi(default = None)]
    pub shipped_at: Option<String>,
    /// When it was delivered (derived from the scans when absent).
    #[uniffi(default = None)]
    pub delivered_at: Option<String>,
    /// The shop's promised delivery date, `YYYY-MM-DD`.
    #[uniffi(default = None)]
    pub promised_by: Option<String>,
    /// The carrier's own estimate.
    #[uniffi(default = None)]
    pub carrier_estimate: Option<CarrierEstimate>,
    /// Raw carrier scans, in any order.
    #[uniffi(default = [])]
    pub events: Vec<ScanEvent>,
}

/// What one raw event means: canonical status and how sure the mapping is.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Normalized {
    /// Canonical status.
    pub status: Status,
    /// Canonical sub-status code (`in_transit.customs`), when the event says enough.
    pub substatus: Option<String>,
    /// Cause code (`consignee_not_home`), when known.
    pub reason: Option<String>,
    /// 0.0 to 1.0: table hits high, text rules lower, the fallback low.
    pub confidence: f32,
    /// The rule that decided (`table:ups:D`, `text:en:delivered`, `given`, `fallback`).
    pub rule: String,
    /// Whether the event may move the shipment's state.
    pub affects_state: bool,
}

/// Progress along the six-step stepper.
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct Progress {
    /// Current step, 1-based.
    pub step: u8,
    /// Number of steps.
    pub of: u8,
    /// Fraction for a progress bar, 0.0 to 1.0.
    pub fraction: f64,
}

/// When a shipment will arrive: days (`YYYY-MM-DD`) in the destination's calendar.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DeliveryWindow {
    /// First expected day (inclusive).
    pub earliest: String,
    /// Last expected day (inclusive).
    pub latest: String,
    /// The central day.
    pub most_likely: String,
    /// Probability that delivery falls in the window.
    pub confidence: f64,
    /// Where the window came from.
    pub source: WindowSource,
    /// What it rests on, in English, for logs.
    pub basis: String,
    /// The order-volume surge that widened the window, when one did (no order count).
    pub surge: Option<WindowSurge>,
    /// Overdue beyond what the model knows: the dates only spread the next days; show that
    /// the parcel is late rather than a promise.
    pub overdue: bool,
}

/// An order-volume surge as a window shows it.
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct WindowSurge {
    /// The last 7 days' orders over the usual week's.
    pub ratio: f64,
    /// The stretch applied to the delivery-time distribution.
    pub factor: f64,
}

/// One placed order, for [`crate::TrackingCore::note_orders`] (every order, delivered or
/// not).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PlacedOrder {
    /// The shop's order id (counted once).
    pub id: String,
    /// The carrier it ships with, when known.
    pub carrier: Option<String>,
    /// When it was placed.
    pub placed_at: std::time::SystemTime,
    /// Where it ships from, when known: with `destination` and `promised_by`, the promise
    /// window the order is kept open against is the one the customer saw.
    #[uniffi(default = None)]
    pub origin: Option<Location>,
    /// Where it goes, when known.
    #[uniffi(default = None)]
    pub destination: Option<Location>,
    /// The date the shop promised at checkout (`YYYY-MM-DD`), when it showed one.
    #[uniffi(default = None)]
    pub promised_by: Option<String>,
}

/// What became of one noted order.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum NoteOrderOutcome {
    /// Counted.
    Counted,
    /// Its id was already counted.
    Duplicate,
    /// Placed before the days the counts keep: not counted.
    TooOld,
    /// Refused, with the core's error kind (`invalid_input`, `invalid_time`) and message.
    Refused {
        /// The error kind code.
        kind: String,
        /// The message.
        message: String,
    },
}

/// The outcomes of [`crate::TrackingCore::note_orders`], one per order in input order, and
/// how many were counted.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct NoteOrdersResult {
    /// One per order.
    pub outcomes: Vec<NoteOrderOutcome>,
    /// How many were counted.
    pub counted: u64,
}

/// Whether something is wrong with the shipment, and what to do.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Health {
    /// The judgement.
    pub verdict: Verdict,
    /// Machine-readable cause (`no_scan`, `past_window`).
    pub reason: String,
    /// Since when the verdict holds.
    pub since: Option<SystemTime>,
    /// A sentence a person understands.
    pub explanation: String,
    /// What to do next, if anything.
    pub action: Option<String>,
    /// The words of the verdict as data (catalogue keys and typed values, the core's
    /// `HealthTexts` JSON), carried so `localizeHealth` can say it in another language.
    /// Opaque to apps: copy it along, never build it.
    #[uniffi(default = None)]
    pub text_json: Option<String>,
}

/// The customer message: what happened, what happens next, what to do.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Message {
    /// What happened.
    pub headline: String,
    /// What happens next.
    pub next: Option<String>,
    /// What the customer should do, if anything.
    pub action: Option<String>,
    /// The locale the message is written in (after fall-back).
    pub locale: String,
}

/// One accepted, normalized event of the timeline.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TimelineEvent {
    /// Stable identity (the same scan re-sent keeps it).
    pub id: String,
    /// The instant.
    pub time: SystemTime,
    /// The instant as RFC 3339 with the scan's local offset (for display in the scan's zone).
    pub local_time: String,
    /// Where the zone used to read the time came from.
    pub tz_source: TzSource,
    /// Carrier, as given.
    pub carrier: Option<String>,
    /// Raw code.
    pub code: Option<String>,
    /// Raw text.
    pub description: Option<String>,
    /// Scan location.
    pub location: Option<Location>,
    /// Canonical status.
    pub status: Status,
    /// Canonical sub-status code.
    pub substatus: Option<String>,
    /// Confidence of the normalization.
    pub confidence: f32,
    /// The rule that decided.
    pub rule: String,
    /// Cause code, when known.
    pub reason: Option<String>,
    /// Whether the event may move the state.
    pub affects_state: bool,
}

/// A raw event that could not enter the timeline, with the reason (nothing is lost).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RejectedEvent {
    /// The event as given.
    pub event: ScanEvent,
    /// Stable reason code (`unparseable_time`, `future_time`, `no_code_or_text`).
    pub kind: String,
    /// The reason in English, for logs.
    pub detail: String,
}

/// A shipment at one moment: everything a tracking screen and a notification decision need.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Snapshot {
    /// The shipment's identifier.
    pub id: String,
    /// The order it belongs to.
    pub order_id: Option<String>,
    /// Outbound, or a return leg.
    pub direction: Direction,
    /// Carrier slug or name.
    pub carrier: Option<String>,
    /// Tracking number.
    pub tracking_number: Option<String>,
    /// Current status.
    pub status: Status,
    /// Current sub-status code.
    pub substatus: Option<String>,
    /// Whether the state is final.
    pub terminal: bool,
    /// Since when the current state holds.
    pub since: Option<SystemTime>,
    /// Customer-facing stepper position.
    pub milestone: Milestone,
    /// Progress along the stepper.
    pub progress: Progress,
    /// Instant of the last accepted event.
    pub last_event_at: Option<SystemTime>,
    /// Hand-off to the carrier.
    pub shipped_at: Option<SystemTime>,
    /// Delivery.
    pub delivered_at: Option<SystemTime>,
    /// Delivery window (none once terminal).
    pub window: Option<DeliveryWindow>,
    /// Health.
    pub health: Option<Health>,
    /// Customer message in the requested locale.
    pub message: Option<Message>,
    /// Accepted events, oldest first.
    pub events: Vec<TimelineEvent>,
    /// Rejected events with their reasons.
    pub rejected: Vec<RejectedEvent>,
    /// Name to show people: the registry name, the brand's name ("DHL") when the context did
    /// not decide the network, or the text as given for an unknown carrier.
    #[uniffi(default = None)]
    pub carrier_name: Option<String>,
    /// Carrier texts worth a developer's look (unknown, with "did you mean"; undecided brand).
    #[uniffi(default = [])]
    pub warnings: Vec<CarrierWarning>,
}

/// One notification to send now or at `sendAt` (quiet hours).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Notification {
    /// What it is about.
    pub kind: NotificationKind,
    /// The shipments it covers.
    pub shipment_ids: Vec<String>,
    /// Stable key: send each key once.
    pub dedupe_key: String,
    /// Where to send it.
    pub channels: Vec<Channel>,
    /// When to send it.
    pub send_at: SystemTime,
    /// Whether quiet hours deferred it.
    pub deferred: bool,
    /// The customer message of the current snapshot.
    pub message: Option<Message>,
}

/// One candidate carrier for a tracking number.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Candidate {
    /// Carrier slug.
    pub carrier: String,
    /// Format code.
    pub format: String,
    /// Format name for people.
    pub format_name: String,
    /// Whether a check digit was present and verified.
    pub check_digit_verified: bool,
    /// How likely this candidate is, 0.0 to 1.0.
    pub confidence: f64,
    /// The number as matched.
    pub number: String,
    /// The number to send to the carrier.
    pub trackable: String,
    /// Operating carrier when it differs (a postal partner).
    pub operator: Option<String>,
    /// Fields read from the number (service, country, serial).
    pub details: HashMap<String, String>,
    /// The carrier's public tracking page for this number.
    pub tracking_url: Option<String>,
}

/// What carrier a tracking number belongs to, best first.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Identification {
    /// The input as given.
    pub input: String,
    /// The input without spaces and separators, upper-cased.
    pub normalized: String,
    /// Whether several carriers fit about equally well.
    pub ambiguous: bool,
    /// Candidates, best first (empty when none fits).
    pub candidates: Vec<Candidate>,
}

/// How a [`crate::TrackingCore`] is set up: locale, bundled models, notification policy.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CoreOptions {
    /// BCP 47 locale of customer messages (`de`, `pt-BR`); falls back to English.
    #[uniffi(default = "en")]
    pub locale: String,
    /// A learned transit model (JSON, as saved by `saveTransitModel` or `tracking-core learn`).
    #[uniffi(default = None)]
    pub transit_model_json: Option<String>,
    /// A learned dwell model for health (JSON), when the app bundles one.
    #[uniffi(default = None)]
    pub dwell_model_json: Option<String>,
    /// Notification policy (the core's policy JSON shape); the default policy when absent.
    #[uniffi(default = None)]
    pub notification_policy_json: Option<String>,
}
