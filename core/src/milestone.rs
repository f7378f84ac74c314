//! The customer-facing stepper: Ordered, Processing, Shipped, In transit, Out for delivery,
//! Delivered, plus side states (ready for pickup, issue, returning) that sit at the step where
//! they happen, and a progress fraction for a bar.

use serde::Serialize;

use crate::status::{Status, SubStatus};
use crate::timeline::{DerivedState, Event, Shipment, is_in_carrier_hands};

/// A step of the customer stepper, or a side state.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Milestone {
    /// The order exists; nothing shipped yet.
    Ordered,
    /// A label exists; the shop is preparing the parcel.
    Processing,
    /// The carrier has the parcel.
    Shipped,
    /// Moving through the carrier's network.
    InTransit,
    /// On the vehicle for delivery.
    OutForDelivery,
    /// Side state: waiting at a pickup point for the customer.
    ReadyForPickup,
    /// Delivered.
    Delivered,
    /// Side state: a problem (failed attempt, exception) holds it up.
    Issue,
    /// Side state: on its way back to, or back with, the sender.
    Returning,
    /// Side state: cancelled.
    Cancelled,
}

impl Milestone {
    /// Every milestone: the main steps in order, then the side states.
    pub const ALL: &'static [Milestone] = &[
        Milestone::Ordered,
        Milestone::Processing,
        Milestone::Shipped,
        Milestone::InTransit,
        Milestone::OutForDelivery,
        Milestone::Delivered,
        Milestone::ReadyForPickup,
        Milestone::Issue,
        Milestone::Returning,
        Milestone::Cancelled,
    ];

    /// The stable snake_case code (`out_for_delivery`), as in JSON.
    pub const fn code(self) -> &'static str {
        match self {
            Milestone::Ordered => "ordered",
            Milestone::Processing => "processing",
            Milestone::Shipped => "shipped",
            Milestone::InTransit => "in_transit",
            Milestone::OutForDelivery => "out_for_delivery",
            Milestone::ReadyForPickup => "ready_for_pickup",
            Milestone::Delivered => "delivered",
            Milestone::Issue => "issue",
            Milestone::Returning => "returning",
            Milestone::Cancelled => "cancelled",
        }
    }

    /// The main steps, in order.
    pub const STEPS: [Milestone; 6] = [
        Milestone::Ordered,
        Milestone::Processing,
        Milestone::Shipped,
        Milestone::InTransit,
        Milestone::OutForDelivery,
        Milestone::Delivered,
    ];

    /// The 1-based step this milestone occupies on the main stepper (side states sit at the
    /// step where they happen: ready-for-pickup at out-for-delivery's, issue at in-transit's).
    pub const fn step(self) -> u8 {
        match self {
            Milestone::Ordered | Milestone::Cancelled => 1,
            Milestone::Processing => 2,
            Milestone::Shipped => 3,
            Milestone::InTransit | Milestone::Issue | Milestone::Returning => 4,
            Milestone::OutForDelivery | Milestone::ReadyForPickup => 5,
            Milestone::Delivered => 6,
        }
    }

    /// Whether this is a side state rather than a main step.
    pub const fn is_side_state(self) -> bool {
        matches!(
            self,
            Milestone::ReadyForPickup
                | Milestone::Issue
                | Milestone::Returning
                | Milestone::Cancelled
        )
    }
}

/// Position on the stepper.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct Progress {
    /// 1-based current step.
    pub step: u8,
    /// Number of steps.
    pub of: u8,
    /// `(step - 1) / (of - 1)`: 0.0 at ordered, 1.0 at delivered.
    pub fraction: f64,
}

impl Progress {
    /// Progress at a milestone's own step (see [`Milestone::step`]).
    pub fn of(m: Milestone) -> Progress {
        Progress::at_step(m.step())
    }

    /// Progress at a 1-based step of the main stepper (clamped to it).
    pub fn at_step(step: u8) -> Progress {
        let of = Milestone::STEPS.len() as u8;
        let step = step.clamp(1, of);
        Progress {
            step,
            of,
            fraction: f64::from(step - 1) / f64::from(of - 1),
        }
    }
}

/// The main step an event shows the parcel reached, given how many carrier scans came
/// before it (the first in-transit scan is the hand-over: "shipped").
fn step_of(e: &Event, carrier_scans_before: usize) -> Option<u8> {
    let n = &e.normalized;
    if !n.affects_state {
        return None;
    }
    match n.status {
        Status::InfoReceived => Some(2),
        Status::InTransit => Some(
            if n.substatus == Some(SubStatus::InTransitPickedUp) || carrier_scans_before == 0 {
                3
            } else {
                4
            },
        ),
        Status::OutForDelivery | Status::AvailableForPickup | Status::AttemptFail => Some(5),
        Status::Delivered => Some(6),
        _ => None,
    }
}

/// The furthest main step reached by `events` (1 = ordered when none).
fn reached_step(events: &[Event]) -> u8 {
    let mut carrier_scans = 0;
    let mut reached = 1;
    for e in events {
        if let Some(s) = step_of(e, carrier_scans) {
            reached = reached.max(s);
        }
        if is_in_carrier_hands(&e.normalized) {
            carrier_scans += 1;
        }
    }
    reached
}

/// The milestone for a shipment in a derived state.
pub fn milestone_for(shipment: &Shipment, state: &DerivedState) -> Milestone {
    match state.status {
        Status::Pending => {
            if shipment.shipped_at().is_some() {
                Milestone::Shipped
            } else {
                Milestone::Ordered
            }
        }
        Status::InfoReceived => Milestone::Processing,
        Status::InTransit => {
            let upto = state.event_index.map_or(0, |i| i + 1);
            let events = shipment.events.get(..upto).unwrap_or(&shipment.events);
            if reached_step(events) >= 4 {
                Milestone::InTransit
            } else {
                Milestone::Shipped
            }
        }
        Status::OutForDelivery => Milestone::OutForDelivery,
        Status::AvailableForPickup => Milestone::ReadyForPickup,
        Status::Delivered => Milestone::Delivered,
        Status::AttemptFail | Status::Exception | Status::Expired => Milestone::Issue,
        Status::ReturnToSender => Milestone::Returning,
        Status::Cancelled => Milestone::Cancelled,
        _ => {
            if shipment.shipped_at().is_some() {
                Milestone::InTransit
            } else {
                Milestone::Ordered
            }
        }
    }
}

/// Progress for a shipment at a milestone. Main steps sit at their own step; side states
/// sit where they happened: an issue or a return at the furthest step reached before it (a
/// failed attempt at the door counts as out for delivery), a cancellation where it was
/// cancelled, ready-for-pickup at out-for-delivery's step.
pub fn progress_for(shipment: &Shipment, state: &DerivedState, milestone: Milestone) -> Progress {
    if !matches!(
        milestone,
        Milestone::Issue | Milestone::Returning | Milestone::Cancelled
    ) {
        return Progress::of(milestone);
    }
    // The events up to and including the one that began the side state; for a return, the
    // first return event (the way back may have its own "out for delivery", "delivered").
    let upto = match milestone {
        Milestone::Returning => shipment.events.iter().position(|e| {
            e.normalized.affects_state && e.normalized.status == Status::ReturnToSender
        }),
        _ => state.since_index,
    }
    .map_or(0, |i| i + 1);
    let events = shipment.events.get(..upto).unwrap_or(&shipment.events);
    let mut step = reached_step(events);
    if milestone != Milestone::Cancelled && shipment.given_shipped_at.is_some() {
        step = step.max(3);
    }
    Progress::at_step(step)
}
