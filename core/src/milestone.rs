//! The customer-facing stepper: Ordered, Processing, Shipped, In transit, Out for delivery,
//! Delivered, plus side states (ready for pickup, issue, returning) that sit at the step where
//! they happen, and a progress fraction for a bar.

use serde::Serialize;

use crate::status::Status;
use crate::timeline::{DerivedState, Shipment};

/// A step of the customer stepper, or a side state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Progress {
    /// 1-based current step.
    pub step: u8,
    /// Number of steps.
    pub of: u8,
    /// `(step - 1) / (of - 1)`: 0.0 at ordered, 1.0 at delivered.
    pub fraction: f64,
}

impl Progress {
    /// Progress for a milestone.
    pub fn of(m: Milestone) -> Progress {
        let of = Milestone::STEPS.len() as u8;
        let step = m.step();
        Progress {
            step,
            of,
            fraction: f64::from(step - 1) / f64::from(of - 1),
        }
    }
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
            let moved = shipment
                .events
                .iter()
                .filter(|e| e.normalized.status == Status::InTransit)
                .count();
            if moved <= 1 {
                Milestone::Shipped
            } else {
                Milestone::InTransit
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
