//! The enums apps see (Kotlin enum classes, Swift enums): each mirrors a core enum variant
//! for variant, with conversions both ways, and is documented here for the platforms.

use tracking_core::estimate::WindowSource as CoreWindowSource;
use tracking_core::health::Verdict as CoreVerdict;
use tracking_core::milestone::Milestone as CoreMilestone;
use tracking_core::notify::{Channel as CoreChannel, NotificationKind as CoreNotificationKind};
use tracking_core::registry::WarningKind as CoreWarningKind;
use tracking_core::status::Status as CoreStatus;
use tracking_core::time::TzSource as CoreTzSource;
use tracking_core::timeline::Direction as CoreDirection;
/// Declares an enum that mirrors a core enum variant for variant, with both conversions.
/// The core's enums are `#[non_exhaustive]`: a variant added there and not here maps to
/// `$fallback` (the crate's tests check every variant the core lists maps to itself).
macro_rules! mirror_enum {
    ($(#[$m:meta])* $name:ident mirrors $core:ident, fallback $fallback:ident {
        $($(#[$vm:meta])* $v:ident),* $(,)?
    }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name { $($(#[$vm])* $v,)* }

        impl From<$core> for $name {
            fn from(c: $core) -> Self {
                #[allow(unreachable_patterns)]
                match c {
                    $($core::$v => $name::$v,)*
                    _ => $name::$fallback,
                }
            }
        }

        impl From<$name> for $core {
            fn from(m: $name) -> Self {
                match m { $($name::$v => $core::$v,)* }
            }
        }
    };
}

mirror_enum! {
    /// The canonical status of a shipment or an event (12 statuses; sub-statuses are codes).
    Status mirrors CoreStatus, fallback Unknown {
        /// Known to the shop, no carrier information yet.
        Pending,
        /// The carrier has the shipment's data (label created), not the parcel.
        InfoReceived,
        /// Moving through the carrier's network.
        InTransit,
        /// On the vehicle for delivery.
        OutForDelivery,
        /// Waiting at a pickup point, locker or post office.
        AvailableForPickup,
        /// Delivered.
        Delivered,
        /// A delivery attempt failed.
        AttemptFail,
        /// A problem: delay, customs hold, damage, loss.
        Exception,
        /// On its way back to, or back with, the sender.
        ReturnToSender,
        /// Cancelled before it moved.
        Cancelled,
        /// No usable information for too long (derived by tracking-core).
        Expired,
        /// Events that say nothing about the state.
        Unknown,
    }
}

mirror_enum! {
    /// Why a carrier text deserves a developer's attention (never shown to customers).
    CarrierWarningKind mirrors CoreWarningKind, fallback UnknownCarrier {
        /// The registry knows no carrier of that name.
        UnknownCarrier,
        /// A brand with several networks that the context did not decide.
        AmbiguousCarrier,
        /// An optional shipment field that could not be read: dropped, `field` names it.
        InvalidField,
        /// A location's country that is no ISO 3166-1 code or name: kept, `field` names it.
        UnknownCountry,
        /// Scans after the delivery show the parcel moving again; the status stays delivered.
        MovementAfterDelivery,
    }
}

mirror_enum! {
    /// A step of the customer stepper, or a side state.
    Milestone mirrors CoreMilestone, fallback Issue {
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
        /// Side state: waiting at a pickup point.
        ReadyForPickup,
        /// Delivered.
        Delivered,
        /// Side state: a problem holds it up.
        Issue,
        /// Side state: on its way back to the sender.
        Returning,
        /// Side state: cancelled.
        Cancelled,
    }
}

mirror_enum! {
    /// The overall judgement of a shipment's health.
    Verdict mirrors CoreVerdict, fallback OnTrack {
        /// Moving as expected.
        OnTrack,
        /// Past its window, or the carrier reported a delay.
        Delayed,
        /// No scan for longer than this carrier and status normally take.
        Stalled,
        /// So long without a scan that loss is likely.
        LikelyLost,
        /// The customer must act.
        NeedsCustomerAction,
        /// The merchant must act.
        NeedsMerchantAction,
        /// Delivered.
        Delivered,
        /// Ended without delivery.
        Resolved,
    }
}

mirror_enum! {
    /// Where a delivery window came from.
    WindowSource mirrors CoreWindowSource, fallback Prior {
        /// The carrier's own estimate.
        Carrier,
        /// The learned transit model.
        Model,
        /// The shop's promised date.
        Promise,
        /// Published service standards, when no history exists.
        Prior,
    }
}

mirror_enum! {
    /// Outbound to the customer, or a return leg.
    Direction mirrors CoreDirection, fallback Outbound {
        /// From the shop to the customer.
        Outbound,
        /// From the customer back to the shop.
        Return,
    }
}

mirror_enum! {
    /// Where the zone used to read an event's time came from.
    TzSource mirrors CoreTzSource, fallback AssumedUtc {
        /// The timestamp carried its own offset.
        ExplicitOffset,
        /// The zone of the scan's location.
        ScanLocation,
        /// The carrier's default zone.
        CarrierDefault,
        /// The zone of the shipment's destination.
        ShipmentDestination,
        /// Nothing else was known; read as UTC.
        AssumedUtc,
    }
}

mirror_enum! {
    /// What a notification is about.
    NotificationKind mirrors CoreNotificationKind, fallback Delay {
        /// The order exists (label, nothing shipped yet).
        OrderConfirmed,
        /// The carrier has the parcel.
        Shipped,
        /// On the vehicle today.
        OutForDelivery,
        /// Waiting at a pickup point.
        AvailableForPickup,
        /// Delivered.
        Delivered,
        /// The carrier reported a delay, or the parcel stalled.
        Delay,
        /// The customer must act.
        ActionRequired,
        /// On its way back to the shop.
        Returning,
        /// The delivery window moved.
        WindowRevised,
        /// The delivery window passed without delivery.
        WindowMissed,
    }
}

mirror_enum! {
    /// A delivery channel hint for a notification.
    Channel mirrors CoreChannel, fallback Email {
        /// E-mail.
        Email,
        /// Text message.
        Sms,
        /// App push notification.
        Push,
    }
}
