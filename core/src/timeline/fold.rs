//! Status derivation: fold a sorted timeline into one state (TAXONOMY.md section 3).
//!
//! - `unknown.*` events never move the state.
//! - Pre-carrier statuses (`pending`, `info_received`) never pull back a parcel the carrier
//!   already has (carriers re-send "shipment information received").
//! - Terminal states hold against later noise; only real evidence moves them on:
//!   delivered -> return to sender; cancelled -> actual movement (the label was used after
//!   all); lost -> movement (found). Returned, disposed and seized are final.
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
    /// When the event that set the state happened (none for `pending`).
    pub since: Option<DateTime<Utc>>,
    /// Whether the state is terminal.
    pub terminal: bool,
    /// Index into the timeline of the event that set the state.
    pub event_index: Option<usize>,
}

impl Default for DerivedState {
    fn default() -> Self {
        DerivedState {
            status: Status::Pending,
            substatus: None,
            since: None,
            terminal: false,
            event_index: None,
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
            Status::Pending | Status::InfoReceived | Status::Cancelled | Status::Unknown
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

/// Whether `next` may replace `current`.
fn may_move(current: &DerivedState, next: &Normalized) -> bool {
    if !next.affects_state {
        return false;
    }
    let (cur, new) = (current.status, next.status);
    if current.terminal {
        return match (cur, current.substatus) {
            // A refinement of the same delivery (e.g. signature captured) or a return.
            (Status::Delivered, _) => {
                matches!(new, Status::ReturnToSender)
                    || (new == Status::Delivered && next.substatus.is_some())
            }
            (Status::Cancelled, _) => is_movement(new),
            (Status::Exception, Some(SubStatus::ExceptionLost)) => is_movement(new),
            _ => false,
        };
    }
    if matches!(new, Status::Pending | Status::InfoReceived)
        && !matches!(cur, Status::Pending | Status::InfoReceived)
    {
        return false;
    }
    true
}

/// Folds a timeline (sorted by instant) into the current state.
pub fn derive_state(events: &[Event]) -> DerivedState {
    let mut state = DerivedState::default();
    for (i, e) in events.iter().enumerate() {
        let n = &e.normalized;
        if may_move(&state, n) {
            state = DerivedState {
                status: n.status,
                substatus: n.substatus,
                since: Some(e.time.utc),
                terminal: is_terminal(n.status, n.substatus),
                event_index: Some(i),
            };
        }
    }
    state
}
