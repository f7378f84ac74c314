//! A shipment's timeline: idempotent, order-independent ingest of raw events, rejection of bad
//! events with a typed reason (never silent loss), and status derivation that never regresses
//! a terminal state except on real evidence.
//!
//! Identity: an event is the same event when it has the same carrier event id, or (without
//! one) the same carrier, code, folded text, instant and place. Re-sent scans (polls,
//! webhooks) are therefore duplicates, whatever order they arrive in.

mod adding;
mod carrier;
mod fold;
mod identity;
mod input;
mod memo;
mod prepare;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

pub(crate) use fold::is_in_carrier_hands;
pub use fold::{DerivedState, derive_state};
pub use identity::EventId;

/// The most heap tracking-core's per-thread caches hold on one thread, in bytes (about
/// 7.6 MB): the readings table (the timeline's event readings and the text model's
/// readings) and the scan zones, each table full of the longest keys and values it keeps,
/// and the text model's word table (fixed size). Every thread that
/// ingests events or normalizes text keeps its own tables until the thread ends; they are
/// never shared, so they need no locking. See docs/robustness.md.
pub fn cache_bytes_per_thread() -> usize {
    memo::bound_bytes()
}
pub use input::{CarrierEstimate, Direction, ShipmentInput};

use crate::error::Error;
use crate::event::{Location, RawEvent, RejectReason};
use crate::normalize::{Normalized, Normalizer};
use crate::registry::CarrierWarning;
use crate::time::{EventTime, ZoneHints, parse_event_time};
use carrier::CarrierNote;
use prepare::{prepare, unreadable};

/// How far after `now` a scan time may lie before it is rejected as impossible. Generous,
/// because a scan read in a wrongly guessed zone can be off by up to 14 hours.
pub const FUTURE_TOLERANCE_HOURS: i64 = 26;

/// One event in a timeline: the raw event, its resolved time and its canonical reading.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Stable identity (16 hex digits), the same for re-sent copies of the same scan.
    pub id: EventId,
    /// The event as received.
    pub raw: RawEvent,
    /// Its resolved time.
    pub time: EventTime,
    /// Its canonical reading.
    pub normalized: Normalized,
}

/// An event that could not enter the timeline, and why.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Rejected {
    /// The event as received.
    pub event: RawEvent,
    /// Why it was rejected.
    pub error: RejectReason,
}

/// What one call to [`Shipment::ingest`] did. `added + duplicates + rejected.len()` equals
/// the number of events passed in.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct IngestReport {
    /// New events added to the timeline.
    pub added: usize,
    /// Events already present (same identity).
    pub duplicates: usize,
    /// Events that could not enter, with the reason.
    pub rejected: Vec<Rejected>,
}

/// A shipment and its timeline.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Shipment {
    /// The caller's identifier.
    pub id: String,
    /// The order it belongs to, when known.
    pub order_id: Option<String>,
    /// Outbound, or a return leg.
    pub direction: Direction,
    /// Carrier slug or name, when known.
    pub carrier: Option<String>,
    /// Tracking number.
    pub tracking_number: Option<String>,
    /// Carrier service.
    pub service: Option<String>,
    /// Where it ships from.
    pub origin: Option<Location>,
    /// Where it goes.
    pub destination: Option<Location>,
    /// When the customer ordered.
    pub ordered_at: Option<DateTime<Utc>>,
    /// Hand-off to the carrier as given by the caller (see [`Shipment::shipped_at`]).
    pub given_shipped_at: Option<DateTime<Utc>>,
    /// Delivery time as given by the caller (see [`Shipment::delivered_at`]).
    pub given_delivered_at: Option<DateTime<Utc>>,
    /// The local date of a given delivery that was a date without a time of day (read as
    /// that day's local midnight): the delivery is known to the day only, so a scan of that
    /// day may still date the hand-off (see [`Shipment::shipped_at`]).
    #[serde(skip)]
    pub(crate) given_delivered_day: Option<NaiveDate>,
    /// The shop's promised date.
    pub promised_by: Option<NaiveDate>,
    /// The carrier's own estimate, as instants.
    pub carrier_estimate: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// Accepted events, sorted by instant (ties broken by identity).
    pub events: Vec<Event>,
    /// Every distinct event ever rejected, with its reason, in a canonical order (so the
    /// arrival order of a batch never shows).
    pub rejected: Vec<Rejected>,
    /// How ingest resolved a carrier text that is not a registry slug (display name and
    /// warning with its "did you mean" suggestions), kept so a snapshot does not resolve it
    /// again.
    #[serde(skip)]
    pub(crate) carrier_note: CarrierNote,
    /// Optional input fields that could not be read (`promised_by`, `ordered_at`,
    /// `shipped_at`, `delivered_at`, the carrier estimate): dropped, the shipment tracked
    /// without them, each with an `invalid_field` warning naming it (shown in the snapshot's
    /// `warnings`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<CarrierWarning>,
}

impl Shipment {
    /// An empty shipment.
    pub fn new(id: impl Into<String>) -> Self {
        Shipment {
            id: id.into(),
            ..Shipment::default()
        }
    }

    /// The shipment's lane (carrier, service, origin, destination), the one key transit
    /// windows, dwell thresholds and analytics group by.
    pub fn lane(&self) -> crate::lane::Lane {
        crate::lane::Lane::from_locations(
            self.settled_carrier().as_deref(),
            self.service.as_deref(),
            self.origin.as_ref(),
            self.destination.as_ref(),
        )
    }

    /// Builds a shipment from its JSON shape and ingests its events.
    ///
    /// A shipment-level time that cannot be read (`ordered_at`, `shipped_at`, `delivered_at`,
    /// `promised_by`, the carrier estimate) does not fail the shipment either: the field is
    /// dropped and named in an `invalid_field` warning ([`Shipment::dropped`], the snapshot's
    /// `warnings`). Bad *events* land in `rejected`.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for a shipment without an `id` ([`ShipmentInput::check_id`]:
    /// a record built in code, which no JSON reader checked).
    pub fn from_input(
        input: ShipmentInput,
        normalizer: &Normalizer,
        now: DateTime<Utc>,
    ) -> Result<(Shipment, IngestReport), Error> {
        input.check_id()?;
        Ok(Self::read(input, normalizer, now).0)
    }

    /// [`Shipment::from_input`] for a record of history (learning, evaluation, reports):
    /// there is no snapshot to carry a warning and a wrong date would be learned from, so a
    /// shipment-level time that cannot be read refuses the record, naming the field.
    ///
    /// # Errors
    /// [`Error::InvalidTime`] for the first unreadable field (`... (in `shipped_at`)`);
    /// [`Error::InvalidInput`] for a shipment without an `id`.
    pub fn from_history(
        input: ShipmentInput,
        normalizer: &Normalizer,
        now: DateTime<Utc>,
    ) -> Result<(Shipment, IngestReport), Error> {
        input.check_id()?;
        let (read, bad) = Self::read(input, normalizer, now);
        match bad {
            Some((field, Error::InvalidTime { input, reason })) => Err(Error::InvalidTime {
                input,
                reason: format!("{reason} (in `{field}`)"),
            }),
            Some((_, e)) => Err(e),
            None => Ok(read),
        }
    }

    /// The shipment with unreadable optional fields dropped (and named in `dropped`), and
    /// the first such field with its error.
    fn read(
        mut input: ShipmentInput,
        normalizer: &Normalizer,
        now: DateTime<Utc>,
    ) -> ((Shipment, IngestReport), Option<(&'static str, Error)>) {
        // Countries are read before any time is: `JPN` and `Japan` become `JP` (`ingest`
        // reads them again, a no-op, and warns about a text that names no country).
        crate::country::settle(&mut input.origin);
        crate::country::settle(&mut input.destination);
        let origin_hints = ZoneHints {
            location: input.origin.as_ref(),
            carrier: None,
            destination: None,
        };
        let dest_hints = ZoneHints {
            location: input.destination.as_ref(),
            carrier: None,
            destination: None,
        };
        // An optional field that cannot be read is dropped with a warning naming it: the
        // shipment is still tracked, as a bad scan is rejected and the others kept.
        let mut dropped: Vec<CarrierWarning> = Vec::new();
        let mut first: Option<(&'static str, Error)> = None;
        let carrier_text = input.carrier.as_deref();
        let mut note = |field: &'static str, e: Error| {
            dropped.push(CarrierWarning::invalid_field(field, carrier_text, &e));
            first.get_or_insert((field, e));
        };
        let mut keep = |field: &'static str, r: Result<Option<DateTime<Utc>>, Error>| match r {
            Ok(t) => t,
            Err(e) => {
                note(field, e);
                None
            }
        };
        let at = |s: &Option<String>, h: &ZoneHints<'_>| -> Result<Option<DateTime<Utc>>, Error> {
            s.as_deref()
                .filter(|s| !s.trim().is_empty())
                .map(|s| parse_event_time(s, h).map(|t| t.utc))
                .transpose()
        };
        let ordered_at = keep("ordered_at", at(&input.ordered_at, &origin_hints));
        let given_shipped_at = keep("shipped_at", at(&input.shipped_at, &origin_hints));
        let given_delivered_at = keep("delivered_at", at(&input.delivered_at, &dest_hints));
        let given_delivered_day = given_delivered_at
            .and(input.delivered_at.as_deref())
            .and_then(|s| day_only(s, &dest_hints));
        let carrier_estimate = match &input.carrier_estimate {
            Some(CarrierEstimate {
                earliest: Some(e),
                latest: Some(l),
            }) => {
                let e = keep(
                    "carrier_estimate.earliest",
                    at(&Some(e.clone()), &dest_hints),
                );
                let l = keep("carrier_estimate.latest", at(&Some(l.clone()), &dest_hints));
                e.zip(l).map(|(e, l)| (e.min(l), e.max(l)))
            }
            _ => None,
        };
        let promised_by = match input
            .promised_by
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(parse_date)
            .transpose()
        {
            Ok(d) => d,
            Err(e) => {
                note("promised_by", e);
                None
            }
        };
        let mut shipment = Shipment {
            id: input.id,
            order_id: input.order_id,
            direction: input.direction,
            carrier: input.carrier,
            tracking_number: input.tracking_number,
            service: input.service,
            ordered_at,
            given_shipped_at,
            given_delivered_at,
            given_delivered_day,
            origin: input.origin,
            destination: input.destination,
            promised_by,
            carrier_estimate,
            events: Vec::new(),
            rejected: Vec::new(),
            carrier_note: CarrierNote::default(),
            dropped,
        };
        // Resolved once, here: later stages (window, health, message, analytics) all see the
        // registry slug, whatever the caller wrote ("USPS", "DHL Paket"); unknown text stays
        // as given.
        shipment.settle_carrier();
        let report = shipment.ingest(input.events, normalizer, now);
        ((shipment, report), first)
    }

    /// Adds events: normalizes them, resolves their times, drops re-sent copies, rejects bad
    /// ones with a reason. Idempotent and order-independent: any batching or permutation of
    /// the same events yields the same timeline.
    pub fn ingest(
        &mut self,
        events: impl IntoIterator<Item = RawEvent>,
        normalizer: &Normalizer,
        now: DateTime<Utc>,
    ) -> IngestReport {
        // Every location's country is read here, once (`country::alpha2`): `JPN` and
        // `Japan` become `JP` before any zone, lane or carrier home is taken from them. A
        // text that names no country is kept and named in an `unknown_country` warning.
        let mut unknown: Vec<(&'static str, String)> = Vec::new();
        for (field, loc) in [
            ("origin.country", &mut self.origin),
            ("destination.country", &mut self.destination),
        ] {
            if let Some(text) = crate::country::settle(loc) {
                unknown.push((field, text));
            }
        }
        // Countries or a number changed since the carrier was settled decide it again.
        self.settle_carrier();
        let context = (self.carrier.clone(), self.destination.clone());
        let mut memo = memo::Memo::new(normalizer);
        // `now` may be any instant a Rust caller passes: no tolerance beyond chrono's range.
        let latest = crate::time::add_hours(now, FUTURE_TOLERANCE_HOURS).unwrap_or(now);
        // One step at a time over the whole batch (countries, then readings, then times and
        // identities), not one event at a time through every step: each step's code then
        // stays in the instruction cache for all the batch's events, where one event's
        // whole path (folding, the text rules, time zones, hashing) is larger than that
        // cache. A `Vec` passed in is reused, not copied (`collect` keeps its buffer).
        let mut raws: Vec<RawEvent> = events.into_iter().collect();
        for raw in &mut raws {
            if let Some(text) = crate::country::settle_shared(&mut raw.location) {
                unknown.push(("location.country", text));
            }
        }
        let readings: Vec<memo::Reading> = raws
            .iter()
            .map(|raw| memo.normalize(raw, context.0.as_deref()))
            .collect();
        // `prepare` reads each event in place and gives its identity and time; the event
        // is moved once, into the timeline or the rejected list (moving whole events through
        // `prepare`'s result and the absorbing loop copied each several times).
        let mut adding = self.start_adding(raws.len());
        for (raw, (normalized, prefix)) in raws.into_iter().zip(readings) {
            let prepared = normalized.map_err(unreadable).and_then(|normalized| {
                prepare(
                    &raw,
                    prefix,
                    context.0.as_deref(),
                    context.1.as_ref(),
                    &mut memo,
                    (now, latest),
                )
                .map(|(id, time)| (id, time, normalized))
            });
            match prepared {
                Ok((id, time, normalized)) => self.add_event(
                    &mut adding,
                    Event {
                        id,
                        raw,
                        time,
                        normalized,
                    },
                ),
                Err(error) => self.add_rejected(&mut adding, Rejected { event: raw, error }),
            }
        }
        let report = self.finish_adding(adding);
        for (field, text) in unknown {
            let w = CarrierWarning::unknown_country(field, self.carrier.as_deref(), &text);
            if !self.dropped.contains(&w) {
                self.dropped.push(w);
            }
        }
        report
    }

    /// Merges another record of the same shipment (the same id sent on several lines of one
    /// order): its events join this timeline exactly as [`Shipment::ingest`] would add them
    /// (re-sent copies dropped by identity), its rejected events join `rejected`, and its
    /// shipment-level fields fill only the fields this record leaves empty (the first record
    /// wins on conflicts).
    pub fn merge(&mut self, other: Shipment) -> IngestReport {
        macro_rules! fill {
            ($($field:ident),*) => {$(
                if self.$field.is_none() {
                    self.$field = other.$field;
                }
            )*};
        }
        fill!(
            order_id,
            carrier,
            tracking_number,
            service,
            origin,
            destination,
            ordered_at,
            given_shipped_at,
            given_delivered_at,
            given_delivered_day,
            promised_by,
            carrier_estimate
        );
        // The other record's unreadable fields were dropped too: say so once.
        for w in other.dropped {
            if !self.dropped.contains(&w) {
                self.dropped.push(w);
            }
        }
        // Fields filled from the other record (countries, number) may decide the carrier.
        self.settle_carrier();
        let items = other
            .events
            .into_iter()
            .map(Ok)
            .chain(other.rejected.into_iter().map(|r| Err(Box::new(r))));
        self.absorb(items)
    }

    /// The state derived from the timeline (see [`derive_state`]).
    pub fn state(&self) -> DerivedState {
        derive_state(&self.events)
    }

    /// Hand-off to the carrier: given by the caller, else the first scan showing the carrier
    /// has the parcel, when that scan came before the delivery ([`Shipment::delivered_at`],
    /// the one definition of that instant). `None` when nothing shows it: a delivery proves
    /// the carrier had the parcel, not since when, so a shipment whose first carrier scan is
    /// its delivery (or whose other scans share the delivery's instant or come after it) has
    /// no known hand-off rather than a transit of zero. A given delivery that is a date only
    /// is known to the day: a scan on that local day or before it still dates the hand-off,
    /// and [`Shipment::delivered_at`] is then never before it.
    pub fn shipped_at(&self) -> Option<DateTime<Utc>> {
        self.given_shipped_at
            .or_else(|| self.scanned_handoff(self.delivered_at()))
    }

    /// [`Shipment::shipped_at`] with the state already derived (a snapshot has it).
    pub(crate) fn shipped_at_in(&self, state: &DerivedState) -> Option<DateTime<Utc>> {
        self.given_shipped_at
            .or_else(|| self.scanned_handoff(self.delivered_at_in(state)))
    }

    /// The first carrier scan before `delivered` (the shipment's delivery instant), if any.
    fn scanned_handoff(&self, delivered: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
        let first = self
            .events
            .iter()
            .find(|e| fold::is_in_carrier_hands(&e.normalized))?;
        if first.normalized.status == crate::Status::Delivered {
            return None;
        }
        let at = first.time.utc;
        let before = match delivered {
            None => true,
            Some(d) if at < d => true,
            // The given delivery is a date: its midnight is the day's start, not the moment.
            Some(d) => {
                at <= d
                    && self
                        .given_delivered_day
                        .is_some_and(|day| first.time.local.date() <= day)
            }
        };
        before.then_some(at)
    }

    /// Delivery time: given by the caller, else the delivery scan of the derived state.
    ///
    /// A given delivery that is a date only is read as that local day's midnight, which is
    /// the day's start, not the moment: the delivery scan on that local day gives the moment
    /// when there is one, else the delivery is no earlier than the last scan of that day. So
    /// a hand-off scanned that day never comes after the delivery.
    pub fn delivered_at(&self) -> Option<DateTime<Utc>> {
        match self.given_delivered_at {
            Some(t) => Some(self.within_given_day(t)),
            None => self.delivered_at_in(&self.state()),
        }
    }

    /// [`Shipment::delivered_at`] with the state already derived (a snapshot has it).
    pub(crate) fn delivered_at_in(&self, state: &DerivedState) -> Option<DateTime<Utc>> {
        match self.given_delivered_at {
            Some(t) => Some(self.within_given_day(t)),
            None => (state.status == crate::Status::Delivered)
                .then_some(state.since)
                .flatten(),
        }
    }

    /// The given delivery `given`, made precise when it is a date only (see
    /// [`Shipment::delivered_at`]); `given` itself otherwise.
    fn within_given_day(&self, given: DateTime<Utc>) -> DateTime<Utc> {
        let Some(day) = self.given_delivered_day else {
            return given;
        };
        // One walk over the events: the day's first delivery scan is the moment; without
        // one, the day's last scan when it is later than the given midnight.
        let mut last = None;
        for e in self.events.iter().filter(|e| e.time.local.date() == day) {
            if e.normalized.status == crate::Status::Delivered {
                return e.time.utc;
            }
            last = last.max(Some(e.time.utc));
        }
        last.filter(|&t| t > given).unwrap_or(given)
    }

    /// The last accepted event's instant.
    pub fn last_event_at(&self) -> Option<DateTime<Utc>> {
        self.events.last().map(|e| e.time.utc)
    }
}

/// The local date of a time text that has no time of day (`2024-05-07`, read as local
/// midnight by [`parse_event_time`]); `None` for a text with a time of day.
fn day_only(s: &str, hints: &ZoneHints<'_>) -> Option<NaiveDate> {
    let t = parse_event_time(s, hints).ok()?;
    (!s.contains(':') && t.local.time() == chrono::NaiveTime::MIN).then(|| t.local.date())
}

/// Parses a `YYYY-MM-DD` date (a full timestamp is accepted and its date taken).
///
/// # Errors
/// [`Error::InvalidTime`] when it is neither.
pub fn parse_date(s: &str) -> Result<NaiveDate, Error> {
    let s = s.trim();
    // Every shape goes through `parse_time`, which enforces the supported year range.
    match crate::time::parse_time(s)? {
        crate::time::ParsedTime::WithOffset(t) => Ok(crate::time::local_naive(&t).date()),
        crate::time::ParsedTime::Local(t) => Ok(t.date()),
    }
}
