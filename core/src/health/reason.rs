//! Typed health reasons: the machine-readable cause of a [`super::Health`] verdict, with a
//! stable snake_case code (`no_scan`, `expired.no_info`) like [`crate::status::Status`].
//! Later stages (expiry in the pipeline, notification triggers, message wording) branch on
//! the enum, never on strings.

/// Why a shipment got its health verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum HealthReason {
    /// Scans arrive as usual.
    Moving,
    /// No scan for longer than this carrier and status normally take.
    NoScan,
    /// So long without a scan that loss is likely.
    LikelyLost,
    /// Still undelivered at an age where a high share of similar past parcels never arrived
    /// (the learned hazard of loss).
    LossRisk,
    /// Past the end of its delivery window.
    PastWindow,
    /// The carrier reported a delay.
    CarrierDelay,
    /// Held by customs.
    CustomsHold,
    /// The carrier reported a problem it will not solve on its own.
    CarrierException,
    /// A delivery attempt failed; the carrier usually tries again.
    AttemptFailed,
    /// On its way back to the sender.
    ReturningToSender,
    /// The carrier cannot deliver to the address as given.
    AddressIssue,
    /// Duties, taxes or fees must be paid first.
    PaymentRequired,
    /// Delivery needs an identity or age check that failed.
    IdCheck,
    /// Waiting at a pickup point for the customer.
    PickupWaiting,
    /// Waiting beyond the usual holding period.
    PickupDeadlinePassed,
    /// The carrier could not collect the parcel from the shop.
    PickupFailed,
    /// A label exists; the parcel is not yet handed over.
    AwaitingHandover,
    /// A label exists but the parcel was never handed over.
    LabelNotHandedOver,
    /// Shipped, with no carrier information yet.
    AwaitingCarrierInfo,
    /// No carrier information for longer than usual.
    NoCarrierInfo,
    /// Ordered, not shipped yet.
    NotShipped,
    /// The carrier said tracking ends before delivery.
    TrackingEndedEarly,
    /// Tracking expired without any carrier information.
    ExpiredNoInfo,
    /// Tracking expired after events stopped.
    ExpiredStalled,
    /// Delivered.
    Delivered,
    /// Delivered damaged.
    DeliveredDamaged,
    /// Delivered in part.
    DeliveredPartial,
    /// Cancelled.
    Cancelled,
    /// Back with the sender.
    ReturnedToSender,
    /// The carrier declared it lost.
    Lost,
    /// Disposed of or seized.
    DisposedOrSeized,
}

impl HealthReason {
    /// Every reason, in documentation order.
    pub const ALL: &'static [HealthReason] = &[
        HealthReason::Moving,
        HealthReason::NoScan,
        HealthReason::LikelyLost,
        HealthReason::LossRisk,
        HealthReason::PastWindow,
        HealthReason::CarrierDelay,
        HealthReason::CustomsHold,
        HealthReason::CarrierException,
        HealthReason::AttemptFailed,
        HealthReason::ReturningToSender,
        HealthReason::AddressIssue,
        HealthReason::PaymentRequired,
        HealthReason::IdCheck,
        HealthReason::PickupWaiting,
        HealthReason::PickupDeadlinePassed,
        HealthReason::PickupFailed,
        HealthReason::AwaitingHandover,
        HealthReason::LabelNotHandedOver,
        HealthReason::AwaitingCarrierInfo,
        HealthReason::NoCarrierInfo,
        HealthReason::NotShipped,
        HealthReason::TrackingEndedEarly,
        HealthReason::ExpiredNoInfo,
        HealthReason::ExpiredStalled,
        HealthReason::Delivered,
        HealthReason::DeliveredDamaged,
        HealthReason::DeliveredPartial,
        HealthReason::Cancelled,
        HealthReason::ReturnedToSender,
        HealthReason::Lost,
        HealthReason::DisposedOrSeized,
    ];

    /// The stable snake_case code (`no_scan`).
    pub const fn code(self) -> &'static str {
        match self {
            HealthReason::Moving => "moving",
            HealthReason::NoScan => "no_scan",
            HealthReason::LikelyLost => "likely_lost",
            HealthReason::LossRisk => "loss_risk",
            HealthReason::PastWindow => "past_window",
            HealthReason::CarrierDelay => "carrier_delay",
            HealthReason::CustomsHold => "customs_hold",
            HealthReason::CarrierException => "carrier_exception",
            HealthReason::AttemptFailed => "attempt_failed",
            HealthReason::ReturningToSender => "returning_to_sender",
            HealthReason::AddressIssue => "address_issue",
            HealthReason::PaymentRequired => "payment_required",
            HealthReason::IdCheck => "id_check",
            HealthReason::PickupWaiting => "pickup_waiting",
            HealthReason::PickupDeadlinePassed => "pickup_deadline_passed",
            HealthReason::PickupFailed => "pickup_failed",
            HealthReason::AwaitingHandover => "awaiting_handover",
            HealthReason::LabelNotHandedOver => "label_not_handed_over",
            HealthReason::AwaitingCarrierInfo => "awaiting_carrier_info",
            HealthReason::NoCarrierInfo => "no_carrier_info",
            HealthReason::NotShipped => "not_shipped",
            HealthReason::TrackingEndedEarly => "tracking_ended_early",
            HealthReason::ExpiredNoInfo => "expired.no_info",
            HealthReason::ExpiredStalled => "expired.stalled",
            HealthReason::Delivered => "delivered",
            HealthReason::DeliveredDamaged => "delivered_damaged",
            HealthReason::DeliveredPartial => "delivered_partial",
            HealthReason::Cancelled => "cancelled",
            HealthReason::ReturnedToSender => "returned_to_sender",
            HealthReason::Lost => "lost",
            HealthReason::DisposedOrSeized => "disposed_or_seized",
        }
    }

    /// Whether the reason is an expiry (the pipeline then derives status `expired`).
    pub const fn is_expiry(self) -> bool {
        matches!(
            self,
            HealthReason::ExpiredNoInfo | HealthReason::ExpiredStalled
        )
    }
}

// Display, FromStr, serde and JSON Schema: `crate::codes`.

impl PartialEq<&str> for HealthReason {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for &r in HealthReason::ALL {
            assert!(seen.insert(r.code()), "{r:?}");
            assert_eq!(r.code().parse::<HealthReason>().unwrap(), r);
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(serde_json::from_str::<HealthReason>(&json).unwrap(), r);
        }
        assert!("teleported".parse::<HealthReason>().is_err());
    }
}
