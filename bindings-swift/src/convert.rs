//! Conversions between the core's types and the app-facing value types. Nothing here decides
//! anything: fields are copied, codes are carried as the core writes them.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, NaiveDate, Utc};
use tracking_core::event::{Location as CoreLocation, RawEvent};
use tracking_core::snapshot::{EventView, Snapshot as CoreSnapshot};
use tracking_core::status::{Status as CoreStatus, SubStatus};
use tracking_core::timeline::{
    CarrierEstimate as CoreCarrierEstimate, Rejected, ShipmentInput as CoreInput,
};
use tracking_core::{
    estimate, health, message, milestone, normalize, notify, registry, tracking_number,
};

use crate::error::{TrackingError, internal};
use crate::types::*;

/// A platform instant from a core instant (checked: no panic on extreme values).
pub(crate) fn to_system(t: DateTime<Utc>) -> Result<SystemTime, TrackingError> {
    let nanos = t.timestamp_subsec_nanos();
    let secs = t.timestamp();
    let out = if secs >= 0 {
        SystemTime::UNIX_EPOCH.checked_add(Duration::new(secs.unsigned_abs(), nanos))
    } else {
        SystemTime::UNIX_EPOCH
            .checked_sub(Duration::from_secs(secs.unsigned_abs()))
            .and_then(|t| t.checked_add(Duration::from_nanos(u64::from(nanos))))
    };
    out.ok_or_else(|| internal(format!("instant {t} is out of the platform's range")))
}

fn opt_system(t: Option<DateTime<Utc>>) -> Result<Option<SystemTime>, TrackingError> {
    t.map(to_system).transpose()
}

/// A core instant from a platform instant (an app's clock or a stored date).
pub(crate) fn from_system(t: SystemTime) -> Result<DateTime<Utc>, TrackingError> {
    let out = match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs())
            .ok()
            .and_then(|s| DateTime::from_timestamp(s, d.subsec_nanos())),
        Err(before) => {
            let d = before.duration();
            i64::try_from(d.as_secs()).ok().and_then(|s| {
                DateTime::from_timestamp(-s, 0)?
                    .checked_sub_signed(chrono::Duration::nanoseconds(i64::from(d.subsec_nanos())))
            })
        }
    };
    out.ok_or_else(|| {
        tracking_core::Error::InvalidInput {
            field: "now".into(),
            reason: "instant out of the supported range".into(),
        }
        .into()
    })
}

fn opt_from_system(t: Option<SystemTime>) -> Result<Option<DateTime<Utc>>, TrackingError> {
    t.map(from_system).transpose()
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn parse_day(field: &str, s: &str) -> Result<NaiveDate, TrackingError> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| {
        tracking_core::Error::InvalidInput {
            field: field.into(),
            reason: format!("`{s}` is not a YYYY-MM-DD date: {e}"),
        }
        .into()
    })
}

impl From<Location> for CoreLocation {
    fn from(l: Location) -> Self {
        CoreLocation {
            city: l.city,
            region: l.region,
            postal_code: l.postal_code,
            country: l.country,
        }
    }
}

impl From<CoreLocation> for Location {
    fn from(l: CoreLocation) -> Self {
        Location {
            city: l.city,
            region: l.region,
            postal_code: l.postal_code,
            country: l.country,
        }
    }
}

/// A core text shared through an `Arc` (carrier, code, description), as an owned string.
fn owned(s: Option<Arc<str>>) -> Option<String> {
    s.map(|s| s.to_string())
}

/// A core location shared through an `Arc`, as the binding's record.
fn location(l: Arc<CoreLocation>) -> Location {
    Arc::unwrap_or_clone(l).into()
}

impl From<ScanEvent> for RawEvent {
    fn from(e: ScanEvent) -> Self {
        RawEvent {
            id: e.id,
            carrier: e.carrier.map(Into::into),
            code: e.code.map(Into::into),
            description: e.description.map(Into::into),
            time: e.time,
            date: e.date,
            location: e.location.map(|l| Arc::new(l.into())),
            language: e.language,
            status: e.status,
            substatus: e.substatus,
        }
    }
}

impl From<RawEvent> for ScanEvent {
    fn from(e: RawEvent) -> Self {
        ScanEvent {
            id: e.id,
            carrier: owned(e.carrier),
            code: owned(e.code),
            description: owned(e.description),
            time: e.time,
            date: e.date,
            location: e.location.map(location),
            language: e.language,
            status: e.status,
            substatus: e.substatus,
        }
    }
}

impl From<ShipmentInput> for CoreInput {
    fn from(s: ShipmentInput) -> Self {
        CoreInput {
            id: s.id,
            order_id: s.order_id,
            direction: s.direction.map(Into::into).unwrap_or_default(),
            carrier: s.carrier,
            tracking_number: s.tracking_number,
            service: s.service,
            origin: s.origin.map(Into::into),
            destination: s.destination.map(Into::into),
            ordered_at: s.ordered_at,
            shipped_at: s.shipped_at,
            delivered_at: s.delivered_at,
            promised_by: s.promised_by,
            carrier_estimate: s.carrier_estimate.map(|c| CoreCarrierEstimate {
                earliest: c.earliest,
                latest: c.latest,
            }),
            events: s.events.into_iter().map(Into::into).collect(),
            ..CoreInput::default()
        }
    }
}

impl From<CoreInput> for ShipmentInput {
    fn from(s: CoreInput) -> Self {
        ShipmentInput {
            id: s.id,
            carrier: s.carrier,
            tracking_number: s.tracking_number,
            service: s.service,
            order_id: s.order_id,
            direction: Some(s.direction.into()),
            origin: s.origin.map(Into::into),
            destination: s.destination.map(Into::into),
            ordered_at: s.ordered_at,
            shipped_at: s.shipped_at,
            delivered_at: s.delivered_at,
            promised_by: s.promised_by,
            carrier_estimate: s.carrier_estimate.map(|c| CarrierEstimate {
                earliest: c.earliest,
                latest: c.latest,
            }),
            events: s.events.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<normalize::Normalized> for Normalized {
    fn from(n: normalize::Normalized) -> Self {
        Normalized {
            status: n.status.into(),
            substatus: n.substatus.map(|s| s.code().to_string()),
            reason: n.reason.map(Into::into),
            confidence: n.confidence,
            rule: n.rule.as_str().to_string(),
            affects_state: n.affects_state,
        }
    }
}

impl From<message::Message> for Message {
    fn from(m: message::Message) -> Self {
        Message {
            headline: m.headline,
            next: m.next,
            action: m.action,
            locale: m.locale,
        }
    }
}

impl From<Message> for message::Message {
    fn from(m: Message) -> Self {
        message::Message {
            headline: m.headline,
            next: m.next,
            action: m.action,
            locale: m.locale,
        }
    }
}

fn event_view(e: EventView) -> Result<TimelineEvent, TrackingError> {
    let time = DateTime::parse_from_rfc3339(&e.time)
        .map_err(|err| internal(format!("event time `{}` from the core: {err}", e.time)))?;
    Ok(TimelineEvent {
        id: e.id.to_string(),
        time: to_system(time.with_timezone(&Utc))?,
        local_time: e.time.into(),
        tz_source: e.tz_source.into(),
        carrier: owned(e.carrier),
        code: owned(e.code),
        description: owned(e.description),
        location: e.location.map(location),
        status: e.status.into(),
        substatus: e.substatus.map(|s| s.code().to_string()),
        confidence: e.confidence,
        rule: e.rule.as_str().to_string(),
        reason: e.reason.map(Into::into),
        affects_state: e.affects_state,
    })
}

fn rejected(r: Rejected) -> Result<RejectedEvent, TrackingError> {
    // The reason's `kind` is its serde tag: the same code the JSON shapes carry.
    let kind = serde_json::to_value(&r.error)
        .ok()
        .and_then(|v| v.get("kind")?.as_str().map(str::to_string))
        .ok_or_else(|| internal("a reject reason without a kind"))?;
    Ok(RejectedEvent {
        detail: r.error.to_string(),
        kind,
        event: r.event.into(),
    })
}

impl TryFrom<CoreSnapshot> for Snapshot {
    type Error = TrackingError;

    fn try_from(s: CoreSnapshot) -> Result<Self, TrackingError> {
        let health = s.health.map(health_record).transpose()?;
        Ok(Snapshot {
            id: s.id,
            order_id: s.order_id,
            direction: s.direction.into(),
            carrier: s.carrier,
            tracking_number: s.tracking_number,
            status: s.status.into(),
            substatus: s.substatus.map(|x| x.code().to_string()),
            terminal: s.terminal,
            since: opt_system(s.since)?,
            milestone: s.milestone.into(),
            progress: Progress {
                step: s.progress.step,
                of: s.progress.of,
                fraction: s.progress.fraction,
            },
            last_event_at: opt_system(s.last_event_at)?,
            shipped_at: opt_system(s.shipped_at)?,
            delivered_at: opt_system(s.delivered_at)?,
            window: s.window.map(|w| DeliveryWindow {
                earliest: day(w.earliest),
                latest: day(w.latest),
                most_likely: day(w.most_likely),
                confidence: w.confidence,
                source: w.source.into(),
                basis: w.basis,
                surge: w.surge.map(|s| WindowSurge {
                    ratio: s.ratio,
                    factor: s.factor,
                }),
                overdue: w.overdue,
            }),
            health,
            message: s.message.map(Into::into),
            events: s
                .events
                .into_iter()
                .map(event_view)
                .collect::<Result<_, _>>()?,
            rejected: s
                .rejected
                .into_iter()
                .map(rejected)
                .collect::<Result<_, _>>()?,
            carrier_name: s.carrier_name,
            warnings: s.warnings.into_iter().map(Into::into).collect(),
        })
    }
}

impl From<registry::CarrierWarning> for CarrierWarning {
    fn from(w: registry::CarrierWarning) -> Self {
        CarrierWarning {
            kind: w.kind.into(),
            carrier: w.carrier,
            message: w.message,
            did_you_mean: w.did_you_mean,
            candidates: w.candidates,
            field: w.field,
        }
    }
}

impl From<CarrierWarning> for registry::CarrierWarning {
    fn from(w: CarrierWarning) -> Self {
        registry::CarrierWarning {
            kind: w.kind.into(),
            carrier: w.carrier,
            message: w.message,
            did_you_mean: w.did_you_mean,
            candidates: w.candidates,
            field: w.field,
        }
    }
}

/// The value record of a core verdict (rendered by the tracker in its locale), with its
/// typed words as JSON.
pub(crate) fn health_record(h: health::Health) -> Result<Health, TrackingError> {
    Ok(Health {
        verdict: h.verdict.into(),
        reason: h.reason.code().to_string(),
        since: opt_system(h.since)?,
        explanation: h.explanation.unwrap_or_default(),
        action: h.action,
        text_json: h
            .text
            .as_ref()
            .map(serde_json::to_string)
            .transpose()
            .map_err(tracking_core::Error::from)?,
    })
}

/// The core verdict of a value record: its typed words (`text_json`) come back with it, so
/// rendering it again says it in another language; a record without them keeps its words.
pub(crate) fn core_health(h: Health) -> Result<health::Health, TrackingError> {
    Ok(health::Health {
        verdict: h.verdict.into(),
        reason: h.reason.parse().map_err(TrackingError::from)?,
        since: opt_from_system(h.since)?,
        // The record's "" is a verdict stored without a sentence, not an empty sentence.
        explanation: Some(h.explanation).filter(|e| !e.is_empty()),
        action: h.action,
        text: h
            .text_json
            .as_deref()
            .map(serde_json::from_str)
            .transpose()
            .map_err(tracking_core::Error::from)?,
        evidence: None,
    })
}

/// The core snapshot of a value snapshot, for `render` and `decide`: the state (status,
/// milestone, times, window, health, message). Events are not carried back: rendering and
/// notification decisions read the state only.
pub(crate) fn core_snapshot(s: Snapshot) -> Result<CoreSnapshot, TrackingError> {
    let status: CoreStatus = s.status.into();
    let substatus = s
        .substatus
        .as_deref()
        .map(|code| code.parse::<SubStatus>())
        .transpose()?;
    let window = s
        .window
        .map(|w| -> Result<estimate::DeliveryWindow, TrackingError> {
            Ok(estimate::DeliveryWindow {
                earliest: parse_day("window.earliest", &w.earliest)?,
                latest: parse_day("window.latest", &w.latest)?,
                most_likely: parse_day("window.most_likely", &w.most_likely)?,
                confidence: w.confidence,
                source: w.source.into(),
                basis: w.basis,
                surge: w.surge.map(|s| estimate::WindowSurge {
                    ratio: s.ratio,
                    factor: s.factor,
                }),
                overdue: w.overdue,
            })
        })
        .transpose()?;
    let health = s.health.map(core_health).transpose()?;
    let milestone: milestone::Milestone = s.milestone.into();
    Ok(CoreSnapshot {
        id: s.id,
        order_id: s.order_id,
        direction: s.direction.into(),
        // Carried back so a rendered message names the carrier as `track` did.
        carrier_name: s.carrier_name,
        warnings: s.warnings.into_iter().map(Into::into).collect(),
        carrier: s.carrier,
        tracking_number: s.tracking_number,
        status,
        substatus,
        terminal: s.terminal,
        since: opt_from_system(s.since)?,
        milestone,
        progress: milestone::Progress {
            step: s.progress.step,
            of: s.progress.of,
            fraction: s.progress.fraction,
        },
        last_event_at: opt_from_system(s.last_event_at)?,
        shipped_at: opt_from_system(s.shipped_at)?,
        delivered_at: opt_from_system(s.delivered_at)?,
        window,
        health,
        message: s.message.map(Into::into),
        events: Vec::new(),
        rejected: Vec::new(),
    })
}

impl TryFrom<notify::Notification> for Notification {
    type Error = TrackingError;

    fn try_from(n: notify::Notification) -> Result<Self, TrackingError> {
        Ok(Notification {
            kind: n.kind.into(),
            shipment_ids: n.shipment_ids,
            dedupe_key: n.dedupe_key,
            channels: n.channels.into_iter().map(Into::into).collect(),
            send_at: to_system(n.send_at)?,
            deferred: n.deferred,
            message: n.message.map(Into::into),
        })
    }
}

impl From<tracking_number::Identification> for Identification {
    fn from(i: tracking_number::Identification) -> Self {
        Identification {
            input: i.input,
            normalized: i.normalized,
            ambiguous: i.ambiguous,
            candidates: i
                .candidates
                .into_iter()
                .map(|c| Candidate {
                    carrier: c.carrier.to_string(),
                    format: c.format.to_string(),
                    format_name: c.format_name.to_string(),
                    check_digit_verified: c.check_digit_verified,
                    confidence: c.confidence,
                    number: c.number,
                    trackable: c.trackable,
                    operator: c.operator.map(str::to_string),
                    details: c
                        .details
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                    tracking_url: c.tracking_url,
                })
                .collect(),
        }
    }
}

/// A placed order as the facade's `note_orders` reads it (the core checks every field).
pub(crate) fn placed_order(
    o: PlacedOrder,
) -> Result<tracking_core::api::PlacedOrderInput, TrackingError> {
    let mut order = tracking_core::api::PlacedOrderInput::default();
    order.id = o.id;
    order.carrier = o.carrier;
    order.placed_at = from_system(o.placed_at)?.to_rfc3339();
    order.origin = o.origin.map(CoreLocation::from);
    order.destination = o.destination.map(CoreLocation::from);
    order.promised_by = o.promised_by;
    Ok(order)
}

/// One outcome of the facade's `note_orders` as the app's enum.
pub(crate) fn note_outcome(
    r: tracking_core::api::Outcome<tracking_core::estimate::NoteOutcome>,
) -> NoteOrderOutcome {
    use tracking_core::estimate::NoteOutcome as N;
    match r {
        tracking_core::api::Outcome::Result(N::Counted) => NoteOrderOutcome::Counted,
        tracking_core::api::Outcome::Result(N::Duplicate) => NoteOrderOutcome::Duplicate,
        tracking_core::api::Outcome::Result(N::TooOld) => NoteOrderOutcome::TooOld,
        tracking_core::api::Outcome::Result(other) => NoteOrderOutcome::Refused {
            kind: "internal".into(),
            message: format!("unknown outcome {other:?}"),
        },
        tracking_core::api::Outcome::Error(e) => NoteOrderOutcome::Refused {
            kind: e.kind().code().into(),
            message: e.to_string(),
        },
    }
}
