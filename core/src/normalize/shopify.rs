//! The reverse map to Shopify's `FulfillmentEventStatus`, for writing events back to a shop
//! (the reverse map to Shopify). Only values of the current Admin API are
//! returned, so every answer is accepted by `fulfillmentEventCreate`.

use crate::status::{Status, SubStatus};

/// The Shopify `FulfillmentEventStatus` for a canonical status, or `None` when no event should
/// be written (`unknown.*` says nothing; `expired` is tracking-core's own verdict, not a
/// carrier event).
pub fn to_shopify(status: Status, substatus: Option<SubStatus>) -> Option<&'static str> {
    use SubStatus as Sub;
    Some(match status {
        Status::Pending => "CONFIRMED",
        Status::InfoReceived => "LABEL_PURCHASED",
        Status::InTransit => match substatus {
            Some(Sub::InTransitPickedUp) => "CARRIER_PICKED_UP",
            _ => "IN_TRANSIT",
        },
        Status::OutForDelivery => "OUT_FOR_DELIVERY",
        Status::AvailableForPickup => "READY_FOR_PICKUP",
        Status::Delivered => "DELIVERED",
        Status::AttemptFail => "ATTEMPTED_DELIVERY",
        Status::Exception => match substatus {
            Some(
                Sub::ExceptionLost
                | Sub::ExceptionDisposed
                | Sub::ExceptionUndeliverable
                | Sub::ExceptionSeized,
            ) => "FAILURE",
            _ => "DELAYED",
        },
        // The Admin API has no return state (RETURNING_TO_SENDER is unstable Customer API only).
        Status::ReturnToSender | Status::Cancelled => "FAILURE",
        _ => return None,
    })
}
