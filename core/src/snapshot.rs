//! The snapshot: everything a tracking page, an app or a notification decision needs about a
//! shipment at one moment.
//!
//! It sits above the stages it holds (timeline, milestone, estimate, health) and below those
//! that read it (message, notify, order): the timeline knows nothing of later stages.
//! [`Shipment::snapshot`] fills in the timeline's part; the tracking layer
//! ([`crate::pipeline::Tracker`]) composes window, health and message into it.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::estimate::DeliveryWindow;
use crate::event::Location;
use crate::health::Health;
use crate::milestone::{Milestone, Progress, milestone_for, progress_for};
use crate::normalize::Rule;
use crate::registry::CarrierWarning;
use crate::status::{Status, SubStatus};
use crate::time::{TimeText, TzSource};
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
    /// Stable identity (16 hex digits).
    pub id: crate::timeline::EventId,
    /// Instant, RFC 3339 with the scan's local offset.
    // A `TimeText` (reads as a `&str`, serializes as a string) held inline: no allocation
    // per event and snapshot.
    #[schemars(with = "String")]
    pub time: TimeText,
    /// Where the zone used to read the time came from.
    pub tz_source: TzSource,
    /// Carrier slug or name, as given.
    pub carrier: Option<Arc<str>>,
    /// Raw code.
    pub code: Option<Arc<str>>,
    /// Raw text.
    pub description: Option<Arc<str>>,
    /// Scan location.
    pub location: Option<Arc<Location>>,
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
            id: e.id,
            time: e.time.rfc3339(),
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
    /// The carrier's name to show people: the registry name ("DHL Paket (Germany)"), a
    /// brand's name when the context did not decide the network ("DHL"), or the text as given
    /// for an unknown carrier.
    #[serde(default)]
    pub carrier_name: Option<String>,
    /// Things about the input worth a developer's look that did not stop processing: an
    /// unknown carrier (with "did you mean" suggestions), a brand with several networks, an
    /// optional field that could not be read and was dropped (`invalid_field`, naming the
    /// field), a location's country that names no country (`unknown_country`), or scans
    /// after the delivery that show the parcel moving again (`movement_after_delivery`).
    /// Never shown to customers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<CarrierWarning>,
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
        let (carrier, carrier_name, mut warnings) = self.carrier_display();
        warnings.extend(self.dropped.iter().cloned());
        warnings.extend(self.movement_after_delivery(&state));
        Snapshot {
            id: self.id.clone(),
            order_id: self.order_id.clone(),
            direction: self.direction,
            carrier,
            carrier_name,
            warnings,
            tracking_number: self.tracking_number.clone(),
            status: state.status,
            substatus: state.substatus,
            terminal: state.terminal,
            since: state.since,
            progress: progress_for(self, &state, milestone),
            milestone,
            last_event_at: self.last_event_at(),
            shipped_at: self.shipped_at_in(&state),
            delivered_at: self.delivered_at_in(&state),
            window: None,
            health: None,
            message: None,
            events: self.events.iter().map(EventView::from).collect(),
            rejected: self.rejected.clone(),
        }
    }
}

impl Shipment {
    /// A warning when the shipment is delivered but later scans show it moving again (out
    /// for delivery the next day): the delivery holds (see `timeline::fold`), and this says
    /// so, for a support engineer to check. A partial delivery expects more scans: none.
    fn movement_after_delivery(
        &self,
        state: &crate::timeline::DerivedState,
    ) -> Option<CarrierWarning> {
        if state.status != Status::Delivered || state.substatus == Some(SubStatus::DeliveredPartial)
        {
            return None;
        }
        let since = state.since?;
        let mut later = self.events.iter().filter(|e| {
            e.time.utc > since
                && e.normalized.affects_state
                && matches!(
                    e.normalized.status,
                    Status::InTransit
                        | Status::OutForDelivery
                        | Status::AttemptFail
                        | Status::AvailableForPickup
                )
        });
        let first = later.next()?;
        let count = 1 + later.count();
        let what = first
            .raw
            .description
            .as_deref()
            .or(first.raw.code.as_deref())
            .unwrap_or_default();
        let first = format!(
            "{what:?} ({}) at {}",
            first.normalized.status.code(),
            first.time.rfc3339().as_str()
        );
        Some(CarrierWarning::movement_after_delivery(
            self.carrier.as_deref(),
            count,
            &first,
        ))
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use crate::normalize::Normalizer;
    use crate::timeline::{Shipment, ShipmentInput};

    fn snap(json: &str) -> super::Snapshot {
        let input: ShipmentInput = serde_json::from_str(json).unwrap();
        let now = Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap();
        Shipment::from_input(input, &Normalizer::new(), now)
            .unwrap()
            .0
            .snapshot()
    }

    #[test]
    fn carrier_name_and_warnings_come_with_the_snapshot() {
        let known = snap(r#"{"id":"A","carrier":"usps"}"#);
        assert_eq!(known.carrier_name.as_deref(), Some("USPS"));
        assert!(known.warnings.is_empty());

        // A typo is kept, shown as given, and reported with a suggestion.
        let typo = snap(r#"{"id":"B","carrier":"fedx"}"#);
        assert_eq!(typo.carrier.as_deref(), Some("fedx"));
        assert_eq!(typo.carrier_name.as_deref(), Some("fedx"));
        assert_eq!(typo.warnings[0].kind.code(), "unknown_carrier");
        assert_eq!(typo.warnings[0].did_you_mean, vec!["fedex"]);

        // The suggestion is worked out once at ingest; a carrier changed afterwards is
        // resolved afresh, never shown with the old text's warning.
        let input: ShipmentInput = serde_json::from_str(r#"{"id":"B","carrier":"fedx"}"#).unwrap();
        let now = Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap();
        let (mut s, _) = Shipment::from_input(input, &Normalizer::new(), now).unwrap();
        assert_eq!(s.snapshot().warnings, typo.warnings);
        s.carrier = Some("uspss".into());
        let changed = s.snapshot();
        assert_eq!(changed.carrier_name.as_deref(), Some("uspss"));
        assert_eq!(changed.warnings[0].did_you_mean, vec!["usps"]);

        // "dhl": decided by a domestic shipment's country, else shown as "DHL" with a warning.
        let de = snap(
            r#"{"id":"C","carrier":"dhl","origin":{"country":"DE"},"destination":{"country":"DE"}}"#,
        );
        let de_name = || de.carrier_name.clone();
        assert_eq!(de.carrier.as_deref(), Some("dhl_parcel_de"));
        assert!(de.warnings.is_empty());
        let open = snap(r#"{"id":"D","carrier":"dhl"}"#);
        assert_eq!(open.carrier_name.as_deref(), Some("DHL"));
        assert_eq!(open.warnings[0].kind.code(), "ambiguous_carrier");

        // The ingest answer holds only for the context it was worked out in: countries or a
        // number given afterwards decide the brand, and the stale warning goes.
        let input: ShipmentInput = serde_json::from_str(r#"{"id":"D","carrier":"dhl"}"#).unwrap();
        let (mut s, _) = Shipment::from_input(input, &Normalizer::new(), now).unwrap();
        assert_eq!(s.snapshot().warnings, open.warnings);
        let de: crate::event::Location = serde_json::from_str(r#"{"country":"DE"}"#).unwrap();
        s.origin = Some(de.clone());
        s.destination = Some(de);
        let decided = s.snapshot();
        assert!(decided.warnings.is_empty(), "{:?}", decided.warnings);
        assert_eq!(
            decided.carrier_name,
            de_name(),
            "shown as the network the countries decide"
        );

        // In JSON: `warnings` only when there is one.
        let json = serde_json::to_value(&known).unwrap();
        assert!(json.get("warnings").is_none());
        assert_eq!(json["carrier_name"], "USPS");
        let json = serde_json::to_value(&typo).unwrap();
        assert_eq!(json["warnings"][0]["did_you_mean"][0], "fedex");
    }

    #[test]
    fn an_unreadable_optional_field_is_dropped_and_named_not_fatal() {
        // Two good scans and typos in the optional dates (30 days hath November).
        let s = snap(
            r#"{"id":"P","carrier":"ups","promised_by":"2024-11-31",
                "ordered_at":"yesterday","shipped_at":"2024-04-26T08:00:00Z",
                "carrier_estimate":{"earliest":"2024-04-29","latest":"2024-13-01"},
                "events":[
                  {"code":"MP","description":"Shipper created a label","time":"2024-04-25T10:00:00Z"},
                  {"code":"OR","description":"Origin Scan","time":"2024-04-26T09:00:00Z"}]}"#,
        );
        assert_eq!(s.events.len(), 2, "the scans are all there");
        assert!(s.rejected.is_empty());
        let dropped: Vec<(&str, &str)> = s
            .warnings
            .iter()
            .map(|w| (w.kind.code(), w.field.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            dropped,
            [
                ("invalid_field", "ordered_at"),
                ("invalid_field", "carrier_estimate.latest"),
                ("invalid_field", "promised_by")
            ]
        );
        let w = &s.warnings[2];
        assert!(
            w.message.starts_with("`promised_by` dropped"),
            "{}",
            w.message
        );
        assert!(w.message.contains("2024-11-31"), "{}", w.message);
        assert_eq!(w.carrier, "ups");
        // The readable field stays.
        assert_eq!(
            s.shipped_at,
            Some(Utc.with_ymd_and_hms(2024, 4, 26, 8, 0, 0).unwrap())
        );
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["warnings"][2]["field"], "promised_by");
        assert_eq!(json["warnings"][2]["kind"], "invalid_field");
    }

    #[test]
    fn movement_after_a_delivery_keeps_delivered_and_says_so() {
        use crate::status::Status;
        // FedEx: delivered, then in transit and on the vehicle for delivery the next day.
        let s = snap(
            r#"{"id":"F","carrier":"fedex","events":[
                {"code":"PU","description":"Picked up","time":"2024-04-24T10:00:00Z"},
                {"code":"DL","description":"Delivered","time":"2024-04-25T15:00:00Z"},
                {"code":"IT","description":"In transit","time":"2024-04-26T06:00:00Z"},
                {"code":"OD","description":"On FedEx vehicle for delivery","time":"2024-04-26T08:00:00Z"}]}"#,
        );
        assert_eq!(s.status, Status::Delivered);
        assert!(s.terminal);
        let kinds: Vec<&str> = s.warnings.iter().map(|w| w.kind.code()).collect();
        assert_eq!(kinds, ["movement_after_delivery"]);
        let m = &s.warnings[0].message;
        assert!(m.starts_with("2 scans after the delivery"), "{m}");
        assert!(
            m.contains("\"In transit\" (in_transit) at 2024-04-26T"),
            "{m}"
        );

        // Delivered last (the ordinary case), or scans before the delivery: no warning.
        let plain = snap(
            r#"{"id":"G","carrier":"fedex","events":[
                {"code":"OD","description":"On FedEx vehicle for delivery","time":"2024-04-25T08:00:00Z"},
                {"code":"DL","description":"Delivered","time":"2024-04-25T15:00:00Z"}]}"#,
        );
        assert_eq!(plain.status, Status::Delivered);
        assert!(plain.warnings.is_empty(), "{:?}", plain.warnings);
    }
}
