//! One order, many shipments: split orders, multi-piece shipments and return legs.
//!
//! The order status summarises the *outbound* parcels (return legs, the customer sending
//! something back, never count as outbound parcels). Rules, first match wins, cancelled
//! parcels set aside (a label voided and replaced is not part of the order's journey):
//!
//! 1. no outbound parcel, or every one cancelled -> `ordered` / `cancelled`;
//! 2. any parcel with a problem (exception, failed attempt, expired) -> `exception`, and
//!    [`OrderSnapshot::attention`] says which;
//! 3. every parcel returning/returned to the sender -> `returned`; some -> `partially_returned`;
//! 4. every parcel delivered -> `delivered`, or `partially_returned` when a return leg has
//!    been handed to the carrier (the customer is sending something back);
//!    some delivered -> `partially_delivered`;
//! 5. none with the carrier yet -> `ordered`; some -> `partially_shipped`;
//! 6. all with the carrier: `shipped` while every one is at the hand-over step, else
//!    `in_transit`.
//!
//! Shipment ids are unique within an order: records with the same id (the same parcel sent
//! on several lines) are merged into one shipment, never counted as several parcels.
//!
//! The order milestone is the least-advanced parcel's; its progress step is that parcel's
//! step and its fraction the mean of the parcels' fractions (a bar that moves with each one).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::milestone::Milestone;
use crate::normalize::Normalizer;
use crate::snapshot::Snapshot;
use crate::status::{Status, SubStatus};
use crate::timeline::{Direction, IngestReport, Shipment, ShipmentInput};

/// An order as callers send it: an id and its shipments (each in the shipment JSON shape).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct OrderInput {
    /// The order's identifier.
    pub id: String,
    /// Its shipments: outbound parcels and return legs (`"direction": "return"`).
    pub shipments: Vec<ShipmentInput>,
}

/// An order and its shipments.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Order {
    /// The order's identifier.
    pub id: String,
    /// Its shipments, outbound and return legs, in the caller's order.
    pub shipments: Vec<Shipment>,
}

/// Order-level status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrderStatus {
    /// Nothing handed to a carrier yet.
    Ordered,
    /// Some parcels are with the carrier, others not yet.
    PartiallyShipped,
    /// Every parcel was handed to the carrier and none has moved further yet.
    Shipped,
    /// Every parcel is with the carrier, at least one on its way.
    InTransit,
    /// Some parcels delivered, others not yet.
    PartiallyDelivered,
    /// Every parcel delivered.
    Delivered,
    /// A parcel has a problem (see the attention list for which).
    Exception,
    /// Some parcels are going back to, or are back with, the sender; or a return leg is on
    /// its way back.
    PartiallyReturned,
    /// Every parcel is going back to, or is back with, the sender.
    Returned,
    /// Every parcel was cancelled.
    Cancelled,
}

impl OrderStatus {
    /// Every order status.
    pub const ALL: &'static [OrderStatus] = &[
        OrderStatus::Ordered,
        OrderStatus::PartiallyShipped,
        OrderStatus::Shipped,
        OrderStatus::InTransit,
        OrderStatus::PartiallyDelivered,
        OrderStatus::Delivered,
        OrderStatus::Exception,
        OrderStatus::PartiallyReturned,
        OrderStatus::Returned,
        OrderStatus::Cancelled,
    ];

    /// The stable snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            OrderStatus::Ordered => "ordered",
            OrderStatus::PartiallyShipped => "partially_shipped",
            OrderStatus::Shipped => "shipped",
            OrderStatus::InTransit => "in_transit",
            OrderStatus::PartiallyDelivered => "partially_delivered",
            OrderStatus::Delivered => "delivered",
            OrderStatus::Exception => "exception",
            OrderStatus::PartiallyReturned => "partially_returned",
            OrderStatus::Returned => "returned",
            OrderStatus::Cancelled => "cancelled",
        }
    }
}

/// Why a parcel needs attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AttentionReason {
    /// The carrier reports a problem (delay, customs hold, damage, loss...).
    Exception,
    /// A delivery attempt failed.
    AttemptFail,
    /// Waiting at a pickup point: the customer must collect it.
    ReadyForPickup,
    /// Going back to the sender.
    ReturningToSender,
    /// No news for too long.
    Expired,
}

/// A parcel that needs someone to look at it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Attention {
    /// The shipment's identifier.
    pub shipment_id: String,
    /// Outbound or return leg.
    pub direction: Direction,
    /// Why.
    pub reason: AttentionReason,
    /// Its status.
    pub status: Status,
    /// Its sub-status.
    pub substatus: Option<SubStatus>,
    /// Since when.
    pub since: Option<DateTime<Utc>>,
}

/// The order's place on the stepper.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct OrderProgress {
    /// The least-advanced outbound parcel's step (1-based).
    pub step: u8,
    /// Number of steps.
    pub of: u8,
    /// Mean of the outbound parcels' fractions, 0.0 to 1.0.
    pub fraction: f64,
}

/// An order at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct OrderSnapshot {
    /// The order's identifier.
    pub id: String,
    /// Order-level status.
    pub status: OrderStatus,
    /// The least-advanced outbound parcel's milestone.
    pub milestone: Milestone,
    /// Progress over the outbound parcels.
    pub progress: OrderProgress,
    /// Number of outbound parcels (cancelled ones included).
    pub parcels: usize,
    /// Number of outbound parcels delivered.
    pub delivered: usize,
    /// Number of return legs.
    pub return_legs: usize,
    /// Parcels needing attention, outbound first, in shipment order.
    pub attention: Vec<Attention>,
    /// Every shipment's snapshot, in the order's shipment order.
    pub shipments: Vec<Snapshot>,
    /// The order's headline in the locale asked for (`Parcels delivered: 1 of 2`), when the
    /// tracking layer composed it ([`crate::pipeline::Tracker::order_snapshot`]); the
    /// shipments' own messages are in their snapshots.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
}

impl Order {
    /// An order from shipments already built. Shipments with the same id are one parcel
    /// sent on several records: they are merged (see [`Order::add`]).
    pub fn new(id: impl Into<String>, shipments: Vec<Shipment>) -> Self {
        let mut order = Order {
            id: id.into(),
            shipments: Vec::with_capacity(shipments.len()),
        };
        for s in shipments {
            order.add(s);
        }
        order
    }

    /// Adds a shipment. When the order already has a shipment with the same id, the two are
    /// merged with [`Shipment::merge`] (events joined and de-duplicated, the first record's
    /// fields kept) instead of counting one parcel twice.
    pub fn add(&mut self, shipment: Shipment) {
        match self.shipments.iter_mut().find(|s| s.id == shipment.id) {
            Some(existing) => {
                existing.merge(shipment);
            }
            None => self.shipments.push(shipment),
        }
    }

    /// Builds an order from its JSON shape, ingesting every shipment's events.
    ///
    /// # Errors
    /// [`Error::InvalidTime`] when a shipment-level time cannot be parsed (bad events land in
    /// each shipment's `rejected`, see [`Shipment::from_input`]).
    pub fn from_input(
        input: OrderInput,
        normalizer: &Normalizer,
        now: DateTime<Utc>,
    ) -> Result<(Order, Vec<IngestReport>), Error> {
        let mut shipments = Vec::with_capacity(input.shipments.len());
        let mut reports = Vec::with_capacity(input.shipments.len());
        for s in input.shipments {
            let (shipment, report) = Shipment::from_input(s, normalizer, now)?;
            shipments.push(shipment);
            reports.push(report);
        }
        Ok((Order::new(input.id, shipments), reports))
    }

    /// The order's status, milestone, progress and attention list, from the shipments'
    /// timelines alone (no window, health or message: see
    /// [`crate::pipeline::Tracker::order_snapshot`] for the composed one).
    pub fn snapshot(&self) -> OrderSnapshot {
        OrderSnapshot::of(
            &self.id,
            self.shipments.iter().map(Shipment::snapshot).collect(),
        )
    }
}

impl OrderSnapshot {
    /// The order `id` made of these shipment snapshots (in the order's shipment order),
    /// however they were composed: bare timelines or full tracker snapshots (an expired
    /// parcel then counts as a problem). The headline is left to the tracking layer.
    pub fn of(id: &str, snaps: Vec<Snapshot>) -> OrderSnapshot {
        let outbound: Vec<&Snapshot> = snaps
            .iter()
            .filter(|s| s.direction == Direction::Outbound)
            .collect();
        let live: Vec<&Snapshot> = outbound
            .iter()
            .copied()
            .filter(|s| s.status != Status::Cancelled)
            .collect();
        // A return leg the carrier has (or had: a leg known only by its delivery back to
        // the shop has no known hand-off, yet it was returned).
        let returns_moving = snaps.iter().any(|s| {
            s.direction == Direction::Return
                && (s.shipped_at.is_some() || s.delivered_at.is_some())
                && s.status != Status::Cancelled
        });
        // Outbound parcels first, then return legs, each in shipment order.
        let attention: Vec<Attention> = outbound
            .iter()
            .copied()
            .chain(snaps.iter().filter(|s| s.direction == Direction::Return))
            .filter_map(attention_for)
            .collect();

        let status = order_status(&outbound, &live, returns_moving);
        let least = live.iter().min_by(|a, b| {
            a.progress
                .step
                .cmp(&b.progress.step)
                .then(a.progress.fraction.total_cmp(&b.progress.fraction))
        });
        let (milestone, step, of) = match least {
            Some(s) => (s.milestone, s.progress.step, s.progress.of),
            None => (
                if outbound.is_empty() {
                    Milestone::Ordered
                } else {
                    Milestone::Cancelled
                },
                1,
                Milestone::STEPS.len() as u8,
            ),
        };
        let fraction = if live.is_empty() {
            0.0
        } else {
            live.iter().map(|s| s.progress.fraction).sum::<f64>() / live.len() as f64
        };
        OrderSnapshot {
            id: id.to_string(),
            status,
            milestone,
            progress: OrderProgress { step, of, fraction },
            parcels: outbound.len(),
            delivered: live
                .iter()
                .filter(|s| s.status == Status::Delivered)
                .count(),
            return_legs: snaps.len() - outbound.len(),
            attention,
            shipments: snaps,
            headline: None,
        }
    }
}

fn attention_for(s: &Snapshot) -> Option<Attention> {
    let reason = match s.status {
        Status::Exception => AttentionReason::Exception,
        Status::AttemptFail => AttentionReason::AttemptFail,
        Status::AvailableForPickup => AttentionReason::ReadyForPickup,
        Status::ReturnToSender if s.direction == Direction::Outbound => {
            AttentionReason::ReturningToSender
        }
        Status::Expired => AttentionReason::Expired,
        _ => return None,
    };
    Some(Attention {
        shipment_id: s.id.clone(),
        direction: s.direction,
        reason,
        status: s.status,
        substatus: s.substatus,
        since: s.since,
    })
}

fn is_problem(s: Status) -> bool {
    matches!(s, Status::Exception | Status::AttemptFail | Status::Expired)
}

fn order_status(outbound: &[&Snapshot], live: &[&Snapshot], returns_moving: bool) -> OrderStatus {
    if outbound.is_empty() {
        return OrderStatus::Ordered;
    }
    if live.is_empty() {
        return OrderStatus::Cancelled;
    }
    let count = |f: &dyn Fn(&Snapshot) -> bool| live.iter().filter(|s| f(s)).count();
    let n = live.len();
    if count(&|s| is_problem(s.status)) > 0 {
        return OrderStatus::Exception;
    }
    let returned = count(&|s| s.status == Status::ReturnToSender);
    if returned == n {
        return OrderStatus::Returned;
    }
    if returned > 0 {
        return OrderStatus::PartiallyReturned;
    }
    let delivered = count(&|s| s.status == Status::Delivered);
    if delivered == n {
        return if returns_moving {
            OrderStatus::PartiallyReturned
        } else {
            OrderStatus::Delivered
        };
    }
    if delivered > 0 {
        return OrderStatus::PartiallyDelivered;
    }
    let shipped = count(&|s| s.progress.step >= 3);
    if shipped == 0 {
        return OrderStatus::Ordered;
    }
    if shipped < n {
        return OrderStatus::PartiallyShipped;
    }
    if live.iter().all(|s| s.progress.step == 3) {
        OrderStatus::Shipped
    } else {
        OrderStatus::InTransit
    }
}
