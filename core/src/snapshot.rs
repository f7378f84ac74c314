//! The snapshot: everything a tracking page, an app or a notification decision needs about a
//! shipment at one moment.
//!
//! It sits above the stages it holds (timeline, milestone, estimate, health) and below those
//! that read it (message, notify, order): the timeline knows nothing of later stages.
//! [`Shipment::snapshot`] fills in the timeline's part; the tracking layer
//! ([`crate::pipeline::Tracker`]) composes window, health and message into it.

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::estimate::DeliveryWindow;
use crate::event::Location;
use crate::health::Health;
use crate::milestone::{Milestone, Progress, milestone_for, progress_for};
use crate::normalize::Rule;
use crate::status::{Status, SubStatus};
use crate::time::TzSource;
use crate::timeline::{Direction, Event, Rejected, Shipment};

/// A customer-facing message for one snapshot (rendered by `crate::message`; the type
/// lives here, with the snapshot that holds it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct Message {
    /// What happened ("Your parcel is out for delivery").
    pub headline: String,
    /// What happens next, with the window in local time, if known.
    pub next: Option<String>,
    /// What the customer should do, if anything.
    pub action: Option<String>,
    /// The locale actually used (after fall-back), e.g. `pt-BR`, `en`.
    pub locale: String,
}

/// One normalized event as shown in a snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct EventView {
    /// Stable identity.
    pub id: String,
    /// Instant, RFC 3339 with the scan's local offset.
    pub time: String,
    /// Where the zone used to read the time came from.
    pub tz_source: TzSource,
    /// Carrier slug or name, as given.
    pub carrier: Option<String>,
    /// Raw code.
    pub code: Option<String>,
    /// Raw text.
    pub description: Option<String>,
    /// Scan location.
    pub location: Option<Location>,
    /// Canonical status.
    pub status: Status,
    /// Canonical sub-status.
    pub substatus: Option<SubStatus>,
    /// Confidence of the normalization.
    pub confidence: f32,
    /// The rule that decided (serialized as its name).
    pub rule: Rule,
    /// Cause code, when known.
    pub reason: Option<Cow<'static, str>>,
    /// Whether the event may move the state.
    pub affects_state: bool,
}

impl From<&Event> for EventView {
    fn from(e: &Event) -> Self {
        EventView {
            id: e.id.clone(),
            time: e.time.to_rfc3339(),
            tz_source: e.time.source,
            carrier: e.raw.carrier.clone(),
            code: e.raw.code.clone(),
            description: e.raw.description.clone(),
            location: e.raw.location.clone(),
            status: e.normalized.status,
            substatus: e.normalized.substatus,
            confidence: e.normalized.confidence,
            // Table and text rules borrow static names: these clones do not allocate.
            rule: e.normalized.rule.clone(),
            reason: e.normalized.reason.clone(),
            affects_state: e.normalized.affects_state,
        }
    }
}

/// A shipment at one moment. `window`, `health` and `message` are filled by the estimate,
/// health and message stages when they run; the timeline alone leaves them `None`.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct Snapshot {
    /// The shipment's identifier.
    pub id: String,
    /// The order it belongs to, when known.
    pub order_id: Option<String>,
    /// Outbound, or a return leg.
    pub direction: Direction,
    /// Carrier slug or name, when known.
    pub carrier: Option<String>,
    /// Tracking number.
    pub tracking_number: Option<String>,
    /// Current status.
    pub status: Status,
    /// Current sub-status.
    pub substatus: Option<SubStatus>,
    /// Whether the state is terminal.
    pub terminal: bool,
    /// Since when the current state holds.
    pub since: Option<DateTime<Utc>>,
    /// Customer-facing milestone.
    pub milestone: Milestone,
    /// Progress along the stepper.
    pub progress: Progress,
    /// Instant of the last accepted event.
    pub last_event_at: Option<DateTime<Utc>>,
    /// Hand-off to the carrier.
    pub shipped_at: Option<DateTime<Utc>>,
    /// Delivery.
    pub delivered_at: Option<DateTime<Utc>>,
    /// Delivery window, when estimated.
    pub window: Option<DeliveryWindow>,
    /// Health, when assessed.
    pub health: Option<Health>,
    /// Customer message, when rendered.
    pub message: Option<Message>,
    /// Accepted events, oldest first.
    pub events: Vec<EventView>,
    /// Rejected events with their reasons.
    pub rejected: Vec<Rejected>,
}

impl Shipment {
    /// The snapshot of this shipment's timeline (window, health and message left empty).
    pub fn snapshot(&self) -> Snapshot {
        let state = self.state();
        let milestone = milestone_for(self, &state);
        Snapshot {
            id: self.id.clone(),
            order_id: self.order_id.clone(),
            direction: self.direction,
            carrier: self.carrier.clone(),
            tracking_number: self.tracking_number.clone(),
            status: state.status,
            substatus: state.substatus,
            terminal: state.terminal,
            since: state.since,
            progress: progress_for(self, &state, milestone),
            milestone,
            last_event_at: self.last_event_at(),
            shipped_at: self.shipped_at(),
            delivered_at: self.delivered_at(),
            window: None,
            health: None,
            message: None,
            events: self.events.iter().map(EventView::from).collect(),
            rejected: self.rejected.clone(),
        }
    }
}
