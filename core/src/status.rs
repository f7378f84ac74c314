//! The canonical status taxonomy (README, "Statuses"; docs/shapes.md).
//!
//! Twelve top-level [`Status`]es and their [`SubStatus`]es, each with a stable snake_case code
//! (`in_transit`, `in_transit.customs`). Codes are the wire format everywhere: JSON, CLI,
//! bindings. They never change once released; new variants may be added (`#[non_exhaustive]`).
//!
//! Parsing also accepts the CamelCase labels used in labelled data
//! (`InTransit`, `InTransit.Customs`), so a labelled file can be read as it is.

use std::str::FromStr;

use crate::error::Error;

macro_rules! statuses {
    ($( $(#[$doc:meta])* $variant:ident => $code:literal, $label:literal; )*) => {
        /// Top-level canonical status of a shipment or event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Status {
            $( $(#[$doc])* $variant, )*
        }

        impl Status {
            /// Every status, in taxonomy order.
            pub const ALL: &'static [Status] = &[$(Status::$variant),*];

            /// The stable snake_case code, e.g. `in_transit`.
            pub const fn code(self) -> &'static str {
                match self { $(Status::$variant => $code,)* }
            }

            /// The CamelCase label used in labelled data, e.g. `InTransit`.
            pub const fn label(self) -> &'static str {
                match self { $(Status::$variant => $label,)* }
            }
        }

        impl FromStr for Status {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                match s {
                    $($code | $label => Ok(Status::$variant),)*
                    _ => Err(Error::UnknownStatus { code: s.to_string() }),
                }
            }
        }
    };
}

statuses! {
    /// Registered, but the carrier has no information yet.
    Pending => "pending", "Pending";
    /// The carrier has shipment data (label created) but does not have the parcel yet.
    InfoReceived => "info_received", "InfoReceived";
    /// The carrier has the parcel and it is moving.
    InTransit => "in_transit", "InTransit";
    /// On the vehicle for delivery today.
    OutForDelivery => "out_for_delivery", "OutForDelivery";
    /// Waiting for the recipient at a pickup point, locker, post office or depot.
    AvailableForPickup => "available_for_pickup", "AvailableForPickup";
    /// Delivered to the recipient (or collected by them).
    Delivered => "delivered", "Delivered";
    /// A delivery attempt failed; the carrier will usually try again.
    AttemptFail => "attempt_fail", "AttemptFail";
    /// Something is wrong: delay, customs hold, damage, loss, refusal...
    Exception => "exception", "Exception";
    /// On its way back to the sender, or back with them.
    ReturnToSender => "return_to_sender", "ReturnToSender";
    /// The shipment was cancelled before it moved.
    Cancelled => "cancelled", "Cancelled";
    /// Derived by tracking-core: no information for too long.
    Expired => "expired", "Expired";
    /// An event that says nothing about the parcel's state (or could not be mapped).
    Unknown => "unknown", "Unknown";
}

impl Status {
    /// Whether this status ends a shipment's life on its own (`Delivered`, `Cancelled`).
    ///
    /// Some sub-statuses are terminal under a non-terminal status (`return_to_sender.returned`,
    /// `exception.lost`): use [`is_terminal`] with the pair for the full rule.
    pub const fn is_terminal(self) -> bool {
        matches!(self, Status::Delivered | Status::Cancelled)
    }

    /// Whether an event with this status moves a shipment's state (false for `Unknown`).
    pub const fn affects_state(self) -> bool {
        !matches!(self, Status::Unknown)
    }

    /// The sub-statuses that belong to this status.
    pub fn substatuses(self) -> impl Iterator<Item = SubStatus> {
        SubStatus::ALL
            .iter()
            .copied()
            .filter(move |s| s.status() == self)
    }
}

macro_rules! substatuses {
    ($( $variant:ident => $parent:ident, $code:literal, $label:literal, $doc:literal; )*) => {
        /// Canonical sub-status: a refinement of exactly one [`Status`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum SubStatus {
            $( #[doc = $doc] $variant, )*
        }

        impl SubStatus {
            /// Every sub-status, in taxonomy order.
            pub const ALL: &'static [SubStatus] = &[$(SubStatus::$variant),*];

            /// The status this sub-status refines.
            pub const fn status(self) -> Status {
                match self { $(SubStatus::$variant => Status::$parent,)* }
            }

            /// The stable code, `<status>.<sub>`, e.g. `available_for_pickup.locker`.
            pub const fn code(self) -> &'static str {
                match self { $(SubStatus::$variant => concat!($code),)* }
            }

            /// The CamelCase label, `<Status>.<Sub>`, e.g. `AvailableForPickup.Locker`.
            pub const fn label(self) -> &'static str {
                match self { $(SubStatus::$variant => $label,)* }
            }
        }

        impl SubStatus {
            /// The sub-status with this code or label, without building an error.
            pub(crate) fn from_code(s: &str) -> Option<SubStatus> {
                match s {
                    $($code | $label => Some(SubStatus::$variant),)*
                    _ => None,
                }
            }
        }

        impl FromStr for SubStatus {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                SubStatus::from_code(s).ok_or_else(|| Error::UnknownStatus { code: s.to_string() })
            }
        }
    };
}

substatuses! {
    PendingNotFound => Pending, "pending.not_found", "Pending.NotFound", "The carrier does not know the number (yet).";
    PendingInvalidNumber => Pending, "pending.invalid_number", "Pending.InvalidNumber", "The tracking number is not valid for the carrier.";
    InfoReceivedLabelCreated => InfoReceived, "info_received.label_created", "InfoReceived.LabelCreated", "A label was created; the carrier has the data only.";
    InfoReceivedPickupScheduled => InfoReceived, "info_received.pickup_scheduled", "InfoReceived.PickupScheduled", "A collection from the shipper is booked.";
    InfoReceivedPickupFailed => InfoReceived, "info_received.pickup_failed", "InfoReceived.PickupFailed", "The collection from the shipper failed (not a delivery attempt).";
    InfoReceivedAwaitingHandover => InfoReceived, "info_received.awaiting_handover", "InfoReceived.AwaitingHandover", "Waiting for the shipper to hand the parcel over.";
    InTransitPickedUp => InTransit, "in_transit.picked_up", "InTransit.PickedUp", "Picked up from, or dropped off by, the shipper.";
    InTransitArrivedAtFacility => InTransit, "in_transit.arrived_at_facility", "InTransit.ArrivedAtFacility", "Arrived at a hub or sorting centre.";
    InTransitDepartedFacility => InTransit, "in_transit.departed_facility", "InTransit.DepartedFacility", "Left a hub or sorting centre.";
    InTransitProcessed => InTransit, "in_transit.processed", "InTransit.Processed", "Sorted or processed at a facility.";
    InTransitAtLocalFacility => InTransit, "in_transit.at_local_facility", "InTransit.AtLocalFacility", "At the delivery depot or post office that will deliver it.";
    InTransitCustoms => InTransit, "in_transit.customs", "InTransit.Customs", "In normal customs processing.";
    InTransitCustomsCleared => InTransit, "in_transit.customs_cleared", "InTransit.CustomsCleared", "Released by customs.";
    InTransitArrivedInDestinationCountry => InTransit, "in_transit.arrived_in_destination_country", "InTransit.ArrivedInDestinationCountry", "Arrived in the destination country.";
    InTransitHandedToPartner => InTransit, "in_transit.handed_to_partner", "InTransit.HandedToPartner", "Handed to a partner carrier for the last leg.";
    InTransitForwarded => InTransit, "in_transit.forwarded", "InTransit.Forwarded", "Forwarded to a different address.";
    InTransitRescheduled => InTransit, "in_transit.rescheduled", "InTransit.Rescheduled", "Delivery date changed with no problem stated, or at the recipient's request.";
    InTransitDeliveryArranged => InTransit, "in_transit.delivery_arranged", "InTransit.DeliveryArranged", "A delivery appointment or preference was arranged.";
    OutForDeliveryArrivingSoon => OutForDelivery, "out_for_delivery.arriving_soon", "OutForDelivery.ArrivingSoon", "The courier is close or has contacted the recipient.";
    OutForDeliveryToPickupPoint => OutForDelivery, "out_for_delivery.to_pickup_point", "OutForDelivery.ToPickupPoint", "On the way to the pickup point or locker.";
    AvailableForPickupPickupPoint => AvailableForPickup, "available_for_pickup.pickup_point", "AvailableForPickup.PickupPoint", "At a shop or parcel point.";
    AvailableForPickupLocker => AvailableForPickup, "available_for_pickup.locker", "AvailableForPickup.Locker", "In a public parcel locker.";
    AvailableForPickupPostOffice => AvailableForPickup, "available_for_pickup.post_office", "AvailableForPickup.PostOffice", "At a post office.";
    AvailableForPickupCarrierFacility => AvailableForPickup, "available_for_pickup.carrier_facility", "AvailableForPickup.CarrierFacility", "At the carrier's own depot.";
    AvailableForPickupReminder => AvailableForPickup, "available_for_pickup.reminder", "AvailableForPickup.Reminder", "A reminder that the parcel is still waiting.";
    DeliveredSigned => Delivered, "delivered.signed", "Delivered.Signed", "Delivered against a signature.";
    DeliveredMailbox => Delivered, "delivered.mailbox", "Delivered.Mailbox", "Delivered to a mailbox or PO box.";
    DeliveredLocker => Delivered, "delivered.locker", "Delivered.Locker", "Delivered to the recipient's own parcel box or locker.";
    DeliveredNeighbor => Delivered, "delivered.neighbor", "Delivered.Neighbor", "Left with a neighbour.";
    DeliveredFrontDoor => Delivered, "delivered.front_door", "Delivered.FrontDoor", "Left at the front door.";
    DeliveredSafePlace => Delivered, "delivered.safe_place", "Delivered.SafePlace", "Left in an agreed safe place.";
    DeliveredAgent => Delivered, "delivered.agent", "Delivered.Agent", "Received by an agent, reception or concierge.";
    DeliveredPickedUpByRecipient => Delivered, "delivered.picked_up_by_recipient", "Delivered.PickedUpByRecipient", "Collected by the recipient from a pickup point.";
    DeliveredPartial => Delivered, "delivered.partial", "Delivered.Partial", "Only part of the shipment was delivered.";
    DeliveredDamaged => Delivered, "delivered.damaged", "Delivered.Damaged", "Delivered, but damaged.";
    AttemptFailRecipientUnavailable => AttemptFail, "attempt_fail.recipient_unavailable", "AttemptFail.RecipientUnavailable", "Nobody was there to receive it.";
    AttemptFailBusinessClosed => AttemptFail, "attempt_fail.business_closed", "AttemptFail.BusinessClosed", "The business was closed.";
    AttemptFailNoAccess => AttemptFail, "attempt_fail.no_access", "AttemptFail.NoAccess", "The courier could not reach the door.";
    AttemptFailNoSafePlace => AttemptFail, "attempt_fail.no_safe_place", "AttemptFail.NoSafePlace", "No safe place to leave it.";
    AttemptFailPaymentRequired => AttemptFail, "attempt_fail.payment_required", "AttemptFail.PaymentRequired", "Payment (COD, duties) was due at the door and not made.";
    AttemptFailIdCheckFailed => AttemptFail, "attempt_fail.id_check_failed", "AttemptFail.IdCheckFailed", "Identity or age check failed.";
    ExceptionDelayed => Exception, "exception.delayed", "Exception.Delayed", "Delayed by the carrier or external factors.";
    ExceptionWeather => Exception, "exception.weather", "Exception.Weather", "Delayed by weather or a natural disaster.";
    ExceptionCustomsHold => Exception, "exception.customs_hold", "Exception.CustomsHold", "Held by customs, waiting for documents or release.";
    ExceptionPaymentRequired => Exception, "exception.payment_required", "Exception.PaymentRequired", "Duties, taxes or fees must be paid.";
    ExceptionAddressIssue => Exception, "exception.address_issue", "Exception.AddressIssue", "The address is wrong or incomplete.";
    ExceptionDamaged => Exception, "exception.damaged", "Exception.Damaged", "Damaged in transit.";
    ExceptionLost => Exception, "exception.lost", "Exception.Lost", "Lost by the carrier.";
    ExceptionRefused => Exception, "exception.refused", "Exception.Refused", "Refused by the recipient.";
    ExceptionHeldByCarrier => Exception, "exception.held_by_carrier", "Exception.HeldByCarrier", "Held by the carrier (security, regulation, on request).";
    ExceptionMissorted => Exception, "exception.missorted", "Exception.Missorted", "Sent the wrong way; being rerouted.";
    ExceptionRecipientMoved => Exception, "exception.recipient_moved", "Exception.RecipientMoved", "The recipient has moved.";
    ExceptionUnclaimed => Exception, "exception.unclaimed", "Exception.Unclaimed", "Not collected within the storage period.";
    ExceptionProhibited => Exception, "exception.prohibited", "Exception.Prohibited", "Contents not allowed or outside the service's limits.";
    ExceptionDisposed => Exception, "exception.disposed", "Exception.Disposed", "Destroyed or disposed of.";
    ExceptionSeized => Exception, "exception.seized", "Exception.Seized", "Seized by the authorities.";
    ExceptionStopped => Exception, "exception.stopped", "Exception.Stopped", "Stopped or intercepted at the shipper's request.";
    ExceptionInvestigation => Exception, "exception.investigation", "Exception.Investigation", "The carrier is investigating (trace requested).";
    ExceptionUndeliverable => Exception, "exception.undeliverable", "Exception.Undeliverable", "Cannot be delivered.";
    ReturnToSenderInProgress => ReturnToSender, "return_to_sender.in_progress", "ReturnToSender.InProgress", "On its way back to the sender.";
    ReturnToSenderReturned => ReturnToSender, "return_to_sender.returned", "ReturnToSender.Returned", "Back with the sender.";
    ExpiredNoInfo => Expired, "expired.no_info", "Expired.NoInfo", "No carrier information arrived after registration.";
    ExpiredStalled => Expired, "expired.stalled", "Expired.Stalled", "Events stopped for too long.";
    UnknownInformational => Unknown, "unknown.informational", "Unknown.Informational", "An event that carries no state (photo, signature, notification).";
    UnknownUnmapped => Unknown, "unknown.unmapped", "Unknown.Unmapped", "An event the normalizer could not map.";
}

impl SubStatus {
    /// Whether this sub-status ends the shipment's life (`return_to_sender.returned`,
    /// `exception.lost`, `exception.disposed`, `exception.seized`, and every `delivered.*`).
    pub const fn is_terminal(self) -> bool {
        self.status().is_terminal()
            || matches!(
                self,
                SubStatus::ReturnToSenderReturned
                    | SubStatus::ExceptionLost
                    | SubStatus::ExceptionDisposed
                    | SubStatus::ExceptionSeized
            )
    }
}

/// Whether a status with an optional sub-status is terminal.
pub fn is_terminal(status: Status, substatus: Option<SubStatus>) -> bool {
    status.is_terminal() || substatus.is_some_and(SubStatus::is_terminal)
}

/// Parses a sub-status given either in full (`in_transit.customs`) or as the part after the dot
/// (`customs`) relative to `status`. Returns an error when it does not belong to `status`.
///
/// # Errors
/// [`Error::UnknownStatus`] for an unknown code, [`Error::StatusMismatch`] for a sub-status of
/// another status.
pub fn parse_substatus_for(status: Status, code: &str) -> Result<SubStatus, Error> {
    // Every code and label holds a `.`: a short form (`picked_up`) is the tail of its
    // status's code (`in_transit.picked_up`) or label (`InTransit.PickedUp`), so it is joined
    // to them on the stack and matched like a full one (no scan of every sub-status, no
    // allocation).
    let found = if code.contains('.') {
        SubStatus::from_code(code)
    } else {
        [status.code(), status.label()]
            .into_iter()
            .find_map(|head| {
                let mut buf = [0u8; 64];
                let len = head.len() + 1 + code.len();
                let out = buf.get_mut(..len)?;
                let (h, rest) = out.split_at_mut(head.len());
                h.copy_from_slice(head.as_bytes());
                let (dot, tail) = rest.split_first_mut()?;
                *dot = b'.';
                tail.copy_from_slice(code.as_bytes());
                SubStatus::from_code(std::str::from_utf8(out).ok()?)
            })
    };
    let sub = found.ok_or_else(|| Error::UnknownStatus {
        code: code.to_string(),
    })?;
    if sub.status() == status {
        Ok(sub)
    } else {
        Err(Error::StatusMismatch {
            status: status.code().to_string(),
            substatus: sub.code().to_string(),
        })
    }
}

// Display and serde: `crate::codes`.

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_sub_status_reads_as_its_tail_did() {
        // The short form is matched by joining it to its status's code or label: that holds
        // only while every code and label starts with its status's, and it must accept
        // exactly what the earlier scan of every sub-status accepted.
        for sub in SubStatus::ALL.iter().copied() {
            let status = sub.status();
            let code_tail = sub
                .code()
                .strip_prefix(status.code())
                .and_then(|t| t.strip_prefix('.'));
            let label_tail = sub
                .label()
                .strip_prefix(status.label())
                .and_then(|t| t.strip_prefix('.'));
            for tail in [code_tail, label_tail] {
                let tail = tail.unwrap_or_else(|| panic!("{sub:?} does not extend its status"));
                assert_eq!(parse_substatus_for(status, tail).ok(), Some(sub), "{tail}");
                for other in Status::ALL.iter().copied().filter(|s| *s != status) {
                    let scanned = other.substatuses().find(|s| {
                        s.code().split_once('.').is_some_and(|(_, t)| t == tail)
                            || s.label().split_once('.').is_some_and(|(_, t)| t == tail)
                    });
                    assert_eq!(
                        parse_substatus_for(other, tail).ok(),
                        scanned,
                        "{other:?} {tail}"
                    );
                }
            }
        }
        assert!(parse_substatus_for(Status::InTransit, "no_such_sub").is_err());
        assert!(parse_substatus_for(Status::InTransit, &"x".repeat(100)).is_err());
        assert!(parse_substatus_for(Status::InTransit, "").is_err());
    }

    #[test]
    fn every_status_round_trips_through_code_label_and_json() {
        assert_eq!(Status::ALL.len(), 12);
        for &s in Status::ALL {
            assert_eq!(s.code().parse::<Status>().unwrap(), s);
            assert_eq!(s.label().parse::<Status>().unwrap(), s);
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.code()));
            assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), s);
        }
    }

    #[test]
    fn every_substatus_round_trips_and_names_its_parent() {
        for &sub in SubStatus::ALL {
            assert_eq!(sub.code().parse::<SubStatus>().unwrap(), sub);
            assert_eq!(sub.label().parse::<SubStatus>().unwrap(), sub);
            let (parent, _) = sub.code().split_once('.').unwrap();
            assert_eq!(parent, sub.status().code());
            let (parent_label, _) = sub.label().split_once('.').unwrap();
            assert_eq!(parent_label, sub.status().label());
            let json = serde_json::to_string(&sub).unwrap();
            assert_eq!(serde_json::from_str::<SubStatus>(&json).unwrap(), sub);
        }
        // Taxonomy section 3: counts per status.
        let count = |s: Status| s.substatuses().count();
        assert_eq!(count(Status::InTransit), 12);
        assert_eq!(count(Status::Delivered), 10);
        assert_eq!(count(Status::Exception), 18);
        assert_eq!(count(Status::Cancelled), 0);
    }

    #[test]
    fn codes_are_unique() {
        let mut codes: Vec<&str> = SubStatus::ALL.iter().map(|s| s.code()).collect();
        codes.extend(Status::ALL.iter().map(|s| s.code()));
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n);
    }

    #[test]
    fn terminal_rules() {
        assert!(Status::Delivered.is_terminal());
        assert!(!Status::AvailableForPickup.is_terminal());
        assert!(is_terminal(
            Status::ReturnToSender,
            Some(SubStatus::ReturnToSenderReturned)
        ));
        assert!(!is_terminal(
            Status::ReturnToSender,
            Some(SubStatus::ReturnToSenderInProgress)
        ));
        assert!(is_terminal(
            Status::Exception,
            Some(SubStatus::ExceptionLost)
        ));
        assert!(!is_terminal(Status::Exception, None));
    }

    #[test]
    fn substatus_relative_parsing() {
        assert_eq!(
            parse_substatus_for(Status::AvailableForPickup, "locker").unwrap(),
            SubStatus::AvailableForPickupLocker
        );
        assert_eq!(
            parse_substatus_for(Status::Delivered, "Locker").unwrap(),
            SubStatus::DeliveredLocker
        );
        assert!(matches!(
            parse_substatus_for(Status::Delivered, "in_transit.customs"),
            Err(Error::StatusMismatch { .. })
        ));
        assert!("bogus".parse::<SubStatus>().is_err());
    }
}
