//! Status derivation: fold a sorted timeline into one state (docs/statuses.md (labelling rules)).
//!
//! - `unknown.*` events never move the state.
//! - Pre-carrier statuses (`pending`, `info_received`) never pull back a parcel the carrier
//!   already has (carriers re-send "shipment information received").
//! - Terminal states hold against later noise; only real evidence moves them on:
//!   delivered -> return to sender; a partial delivery -> the rest delivered; cancelled ->
//!   actual movement (the label was used after all); lost -> movement (found). Returned,
//!   disposed and seized are final.
//! - Once a parcel is returning to its sender, the scans of the way back (arrivals,
//!   departures, out for delivery) do not make it outbound again, and a "delivered" on the
//!   way back means delivered *to the sender*: `return_to_sender.returned`. A problem
//!   (exception) on the way back still shows.
//! - `since` is when the current (status, sub-status) began: a repeat of the same state, or
//!   a refinement of a delivery (signature recorded), keeps the first instant, so
//!   `delivered_at` is the moment of delivery.
//!
//! Because the fold runs in time order, a late-arriving *older* scan sorts before the terminal
//! one and cannot regress it.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Event;
use crate::normalize::Normalized;
use crate::status::{Status, SubStatus, is_terminal};

/// A shipment's derived state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DerivedState {
    /// Current status.
    pub status: Status,
    /// Current sub-status.
    pub substatus: Option<SubStatus>,
    /// When the current state began (none for `pending` without events).
    pub since: Option<DateTime<Utc>>,
    /// Whether the state is terminal.
    pub terminal: bool,
    /// Index into the timeline of the event that last set or confirmed the state.
    pub event_index: Option<usize>,
    /// Index into the timeline of the event that began the current state (at `since`).
    pub since_index: Option<usize>,
}

impl Default for DerivedState {
    fn default() -> Self {
        DerivedState {
            status: Status::Pending,
            substatus: None,
            since: None,
            terminal: false,
            event_index: None,
            since_index: None,
        }
    }
}

/// How far along the normal flow a status is, to order same-instant events sensibly
/// (label, then pickup, then transit, then delivery).
pub(crate) fn progress_rank(n: &Normalized) -> u8 {
    match n.status {
        Status::Unknown => 0,
        Status::Pending => 1,
        Status::InfoReceived => 2,
        Status::InTransit => 3,
        Status::Exception => 4,
        Status::AttemptFail => 5,
        Status::OutForDelivery => 6,
        Status::AvailableForPickup => 7,
        Status::Delivered => 8,
        Status::ReturnToSender => 9,
        Status::Cancelled => 10,
        Status::Expired => 11,
    }
}

/// Whether an event shows the carrier physically has the parcel.
pub(crate) fn is_in_carrier_hands(n: &Normalized) -> bool {
    n.affects_state
        && !matches!(
            n.status,
            Status::Pending
                | Status::InfoReceived
                | Status::Cancelled
                | Status::Unknown
                | Status::Expired
        )
}

fn is_movement(s: Status) -> bool {
    matches!(
        s,
        Status::InTransit
            | Status::OutForDelivery
            | Status::AvailableForPickup
            | Status::Delivered
            | Status::AttemptFail
            | Status::ReturnToSender
    )
}

/// What an event does to the state.
enum Step {
    /// Nothing: noise, or not enough evidence to move a terminal state.
    Keep,
    /// The state becomes this (status, sub-status).
    Move(Status, Option<SubStatus>),
    /// Same delivery, more detail: take the sub-status, keep `since`.
    Refine(Option<SubStatus>),
}

fn step(current: &DerivedState, next: &Normalized) -> Step {
    if !next.affects_state {
        return Step::Keep;
    }
    let (cur, new) = (current.status, next.status);
    let mv = Step::Move(new, next.substatus);
    if current.terminal {
        return match (cur, current.substatus) {
            // The rest of a partial delivery arrived.
            (Status::Delivered, Some(SubStatus::DeliveredPartial)) if new == Status::Delivered => {
                mv
            }
            // Same delivery, more detail (signature recorded, photo) when none was known.
            (Status::Delivered, None) if new == Status::Delivered && next.substatus.is_some() => {
                Step::Refine(next.substatus)
            }
            // Real evidence of a return after delivery (refused at the door after scan, or a
            // recall by the carrier).
            (Status::Delivered, _) if new == Status::ReturnToSender => mv,
            (Status::Cancelled, _) if is_movement(new) => mv,
            (Status::Exception, Some(SubStatus::ExceptionLost)) if is_movement(new) => mv,
            _ => Step::Keep,
        };
    }
    if cur == Status::ReturnToSender {
        return match new {
            Status::ReturnToSender => mv,
            // Delivered on the way back = delivered to the sender.
            Status::Delivered => Step::Move(
                Status::ReturnToSender,
                Some(SubStatus::ReturnToSenderReturned),
            ),
            Status::Exception | Status::Cancelled => mv,
            _ => Step::Keep,
        };
    }
    if matches!(new, Status::Pending | Status::InfoReceived)
        && !matches!(cur, Status::Pending | Status::InfoReceived)
    {
        return Step::Keep;
    }
    mv
}

/// Folds a timeline (sorted by instant) into the current state.
pub fn derive_state(events: &[Event]) -> DerivedState {
    let mut state = DerivedState::default();
    for (i, e) in events.iter().enumerate() {
        match step(&state, &e.normalized) {
            Step::Keep => {}
            Step::Refine(sub) => {
                state.substatus = sub;
                state.terminal = is_terminal(state.status, sub);
                state.event_index = Some(i);
            }
            Step::Move(status, substatus) => {
                let unchanged =
                    state.since.is_some() && status == state.status && substatus == state.substatus;
                let (since, since_index) = if unchanged {
                    (state.since, state.since_index)
                } else {
                    (Some(e.time.utc), Some(i))
                };
                state = DerivedState {
                    status,
                    substatus,
                    since,
                    terminal: is_terminal(status, substatus),
                    event_index: Some(i),
                    since_index,
                };
            }
        }
    }
    state
}
