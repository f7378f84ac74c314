//! The words of a health verdict as data: a key of the message catalogue and the typed values
//! its sentence needs (a carrier, a number of days, a date, a span of business hours). Health
//! sits below the message layer, so it never writes a sentence itself; the catalogue renders
//! these in every locale (`MessageCatalog::localize_health`), and merchants can override the
//! `health.*` keys like any other text.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

use crate::error::Error;
use crate::status::SubStatus;

macro_rules! keys {
    ($( $(#[$doc:meta])* $v:ident => $code:literal, )*) => {
        /// A health sentence of the message catalogue: an explanation, a next step, or a
        /// part that others are made of (the head of a stall sentence).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum HealthTextKey {
            $( $(#[$doc])* $v, )*
        }

        impl HealthTextKey {
            /// Every key, in catalogue order.
            pub const ALL: &'static [HealthTextKey] = &[ $( HealthTextKey::$v, )* ];

            /// The catalogue key (`health.pickup_waiting`).
            pub const fn code(self) -> &'static str {
                match self {
                    $( HealthTextKey::$v => $code, )*
                }
            }
        }
    };
}

keys! {
    /// Delivered.
    Delivered => "health.delivered",
    /// Delivered, with damage reported.
    DeliveredDamaged => "health.delivered_damaged",
    /// Delivered in part.
    DeliveredPartial => "health.delivered_partial",
    /// Cancelled.
    Cancelled => "health.cancelled",
    /// Back with the sender.
    ReturnedToSender => "health.returned_to_sender",
    /// Declared lost by `carrier`.
    Lost => "health.lost",
    /// Destroyed or seized.
    DisposedOrSeized => "health.disposed_or_seized",
    /// The address cannot be served.
    AddressIssue => "health.address_issue",
    /// Duties or fees are due.
    PaymentRequired => "health.payment_required",
    /// An ID or age check failed.
    IdCheck => "health.id_check",
    /// Waiting at a pickup point for `days`, held `limit_days`.
    PickupWaiting => "health.pickup_waiting",
    /// Waiting for `days`, beyond the holding period of `limit_days`.
    PickupDeadlinePassed => "health.pickup_deadline_passed",
    /// `carrier` could not collect from the sender.
    PickupFailed => "health.pickup_failed",
    /// A label is ready, not handed over yet.
    AwaitingHandover => "health.awaiting_handover",
    /// Label `dwell` old, not handed over; `percent` of `samples` are within `limit`.
    LabelNotHandedOver => "health.label_not_handed_over",
    /// As [`HealthTextKey::LabelNotHandedOver`], measured against a published limit.
    LabelNotHandedOverPrior => "health.label_not_handed_over.prior",
    /// Held by customs.
    CustomsHold => "health.customs_hold",
    /// `carrier` reported a problem (`substatus`) it will not solve.
    CarrierException => "health.carrier_exception",
    /// `carrier` reported a delay.
    CarrierDelay => "health.carrier_delay",
    /// On its way back to the sender.
    ReturningToSender => "health.returning_to_sender",
    /// A delivery attempt failed.
    AttemptFailed => "health.attempt_failed",
    /// `carrier` said tracking ends here.
    TrackingEnded => "health.tracking_ended",
    /// `carrier` said tracking ends here, and the window has passed.
    TrackingEndedLate => "health.tracking_ended.late",
    /// No update for `days`: expired.
    ExpiredStalled => "health.expired_stalled",
    /// Nothing from the carrier `days` after the order: expired.
    ExpiredNoInfo => "health.expired_no_info",
    /// Past the expected date, still moving.
    PastWindow => "health.past_window",
    /// Last update `dwell` ago, within the usual `limit`.
    Moving => "health.moving",
    /// No carrier information yet.
    AwaitingCarrierInfo => "health.awaiting_carrier_info",
    /// No carrier information yet, normal in the first days.
    AwaitingCarrierInfoEarly => "health.awaiting_carrier_info.early",
    /// Ordered `dwell` ago; the carrier has no information.
    NoCarrierInfo => "health.no_carrier_info",
    /// Ordered `dwell` ago; not shipped.
    NotShipped => "health.not_shipped",
    /// Head of a stall sentence: no scan for `dwell`.
    GapScan => "health.gap.scan",
    /// Head of a stall sentence: not delivered `dwell` after hand-off.
    GapDelivery => "health.gap.delivery",
    /// Stall past the hard limit of `limit_days` calendar days, on the `leg` given.
    StallCapDays => "health.stall.cap_days",
    /// Stall past the global quantile of all parcels (scan gap).
    StallCapScan => "health.stall.cap.scan",
    /// Stall past the global quantile of all parcels (hand-off to delivery).
    StallCapDelivery => "health.stall.cap.delivery",
    /// Stall past the end of the shipment's own window.
    StallWindow => "health.stall.window",
    /// Stall past the shop's promise scaled by the learned ratio.
    StallPromise => "health.stall.promise",
    /// Stall once the learned chance of loss of past parcels with `carrier` still
    /// undelivered `limit_days` after hand-off passes the level: `percent` of `samples`
    /// never arrived (the estimate of the carrier's parcels).
    StallHazard => "health.stall.hazard",
    /// As [`HealthTextKey::StallHazard`], from the carrier's parcels to this destination.
    StallHazardDestination => "health.stall.hazard.destination",
    /// As [`HealthTextKey::StallHazard`], from the carrier's parcels on this lane.
    StallHazardLane => "health.stall.hazard.lane",
    /// As [`HealthTextKey::StallHazard`], from this sender's parcels with the carrier on
    /// this lane.
    StallHazardSeller => "health.stall.hazard.seller",
    /// Stall past the learned quantile of the lane (scan gap).
    StallLaneScan => "health.stall.lane.scan",
    /// Stall past the learned quantile of the lane (hand-off to delivery).
    StallLaneDelivery => "health.stall.lane.delivery",
    /// Stall past the learned quantile of the carrier or status (scan gap).
    StallLearnedScan => "health.stall.learned.scan",
    /// Stall past the learned quantile of the carrier or status (hand-off to delivery).
    StallLearnedDelivery => "health.stall.learned.delivery",
    /// Stall past a published limit (scan gap).
    StallPriorScan => "health.stall.prior.scan",
    /// Stall past a published limit (hand-off to delivery).
    StallPriorDelivery => "health.stall.prior.delivery",
    /// Next step: offer a replacement or refund.
    ActionOfferReplacement => "health.action.offer_replacement",
    /// Next step: ask `carrier` where the rest is.
    ActionAskForRest => "health.action.ask_for_rest",
    /// Next step: reship or refund.
    ActionReshipOrRefund => "health.action.reship_or_refund",
    /// Next step: file a claim with `carrier`.
    ActionClaim => "health.action.claim",
    /// Next step: confirm the address.
    ActionConfirmAddress => "health.action.confirm_address",
    /// Next step: pay the duties or fees.
    ActionPay => "health.action.pay",
    /// Next step: have ID ready.
    ActionHaveId => "health.action.have_id",
    /// Next step: collect today or arrange a redelivery.
    ActionCollectToday => "health.action.collect_today",
    /// Next step: collect by `date`.
    ActionCollectBy => "health.action.collect_by",
    /// Next step: book a new collection with `carrier`.
    ActionNewCollection => "health.action.new_collection",
    /// Next step: hand the parcel to `carrier` or void the label.
    ActionHandOver => "health.action.hand_over",
    /// Next step: ask `carrier` about customs documents.
    ActionCustomsDocuments => "health.action.customs_documents",
    /// Next step: decide with `carrier` on a return, reship or refund.
    ActionDecideWithCarrier => "health.action.decide_with_carrier",
    /// Next step: tell the customer about the delay.
    ActionTellDelay => "health.action.tell_delay",
    /// Next step: contact the customer about a reshipment or refund.
    ActionAboutReshipment => "health.action.about_reshipment",
    /// Next step: make sure someone can receive it.
    ActionBeAvailable => "health.action.be_available",
    /// Next step: ask `carrier` to confirm delivery.
    ActionConfirmDelivery => "health.action.confirm_delivery",
    /// Next step: file a lost-parcel claim with `carrier`.
    ActionLostClaim => "health.action.lost_claim",
    /// Next step: ask `carrier` to open a trace.
    ActionTrace => "health.action.trace",
    /// Next step: tell the customer it is late.
    ActionTellLate => "health.action.tell_late",
    /// Next step: check the tracking number and the hand-off.
    ActionCheckNumber => "health.action.check_number",
    /// Next step: check the hand-off and the tracking number.
    ActionCheckHandover => "health.action.check_handover",
    /// Next step: ship the order.
    ActionShip => "health.action.ship",
}

impl HealthTextKey {
    /// The head a stall sentence starts with (`{gap}`), for the stall keys that name their
    /// leg (see [`HealthText::gap`] for the one that takes it from its values).
    pub const fn gap(self) -> Option<HealthTextKey> {
        use HealthTextKey as K;
        match self {
            K::StallCapScan | K::StallLaneScan | K::StallLearnedScan | K::StallPriorScan => {
                Some(K::GapScan)
            }
            K::StallCapDelivery
            | K::StallWindow
            | K::StallPromise
            | K::StallHazard
            | K::StallHazardDestination
            | K::StallHazardLane
            | K::StallHazardSeller
            | K::StallLaneDelivery
            | K::StallLearnedDelivery
            | K::StallPriorDelivery => Some(K::GapDelivery),
            _ => None,
        }
    }
}

// Display, FromStr, serde and JSON Schema: `crate::codes`.

/// The span a stall sentence measures: since the last scan, or since hand-off without a
/// delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Leg {
    /// Since the last scan.
    Scan,
    /// Since hand-off, not delivered.
    Delivery,
}

/// The typed values a health sentence is filled with; the catalogue formats each for the
/// locale (numbers, plurals, dates). Only the values the key uses are set.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct TextArgs {
    /// The carrier's display name (`UPS`); absent: "the carrier" in the locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// A number of calendar days (waited, silent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    /// A limit in calendar days (holding period, hard cap).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_days: Option<i64>,
    /// A date in the destination's calendar (collect by).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The measured span, in business hours (to a tenth).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dwell_hours: Option<f64>,
    /// The threshold it is held to, in business hours (to a tenth).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_hours: Option<f64>,
    /// A quantile level as a whole percentage (95).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<i64>,
    /// Past shipments behind a threshold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samples: Option<u64>,
    /// The learned ratio of transit to the promised transit, as a whole percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio_percent: Option<i64>,
    /// The carrier's problem, as a sub-status (rendered as its label in the locale).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substatus: Option<SubStatus>,
    /// The span a hard-limit stall sentence measures (the other stall keys name it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leg: Option<Leg>,
}

/// A span of hours to a tenth of an hour, as [`TextArgs`] keeps it: finer than any rendering
/// (whole hours, tenths of days), and a short decimal that every JSON reader turns back into
/// the same number.
pub(crate) fn tenth(hours: f64) -> f64 {
    (hours * 10.0).round() / 10.0
}

/// One health sentence: a catalogue key and its values.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct HealthText {
    /// The catalogue key.
    pub key: HealthTextKey,
    /// The values it is filled with.
    #[serde(default)]
    pub args: TextArgs,
}

/// A [`HealthText`] as read: the key as text, so the codes of keys since merged still load.
#[derive(Deserialize)]
struct WireText {
    key: String,
    #[serde(default)]
    args: TextArgs,
}

impl TryFrom<WireText> for HealthText {
    type Error = Error;

    fn try_from(w: WireText) -> Result<Self, Error> {
        let mut args = w.args;
        // The hard-limit stall once had one key per leg, with the same sentence.
        let key = match w.key.as_str() {
            "health.stall.cap_days.scan" => {
                args.leg.get_or_insert(Leg::Scan);
                HealthTextKey::StallCapDays
            }
            "health.stall.cap_days.delivery" => {
                args.leg.get_or_insert(Leg::Delivery);
                HealthTextKey::StallCapDays
            }
            k => k.parse()?,
        };
        Ok(HealthText { key, args })
    }
}

impl<'de> Deserialize<'de> for HealthText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        HealthText::try_from(WireText::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl HealthText {
    /// The head a stall sentence starts with (`{gap}`): named by the key, or for the
    /// hard-limit stall by [`TextArgs::leg`].
    pub fn gap(&self) -> Option<HealthTextKey> {
        use HealthTextKey as K;
        self.key.gap().or(match (self.key, self.args.leg) {
            (K::StallCapDays, Some(Leg::Scan)) => Some(K::GapScan),
            (K::StallCapDays, Some(Leg::Delivery)) => Some(K::GapDelivery),
            _ => None,
        })
    }

    /// A sentence without values.
    pub fn new(key: HealthTextKey) -> Self {
        HealthText {
            key,
            args: TextArgs::default(),
        }
    }

    /// A sentence naming a carrier (display name; `None`: "the carrier").
    pub fn carrier(key: HealthTextKey, carrier: Option<&str>) -> Self {
        let mut t = HealthText::new(key);
        t.args.carrier = carrier.map(str::to_string);
        t
    }

    /// Sets the carrier.
    pub fn with_carrier(mut self, carrier: Option<&str>) -> Self {
        self.args.carrier = carrier.map(str::to_string);
        self
    }
}

/// The words of a verdict: what happened and what to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct HealthTexts {
    /// Behind [`super::Health::explanation`].
    pub explanation: HealthText,
    /// Behind [`super::Health::action`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<HealthText>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_round_trip_and_stall_keys_have_a_head() {
        let mut seen = std::collections::HashSet::new();
        for &k in HealthTextKey::ALL {
            assert!(seen.insert(k.code()), "{k:?}");
            assert!(k.code().starts_with("health."));
            assert_eq!(k.code().parse::<HealthTextKey>().unwrap(), k);
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(serde_json::from_str::<HealthTextKey>(&json).unwrap(), k);
            let leg_in_values = k == HealthTextKey::StallCapDays;
            assert_eq!(
                k.gap().is_some(),
                k.code().starts_with("health.stall.") && !leg_in_values,
                "{k:?}"
            );
        }
        assert!("health.teleported".parse::<HealthTextKey>().is_err());
    }

    #[test]
    fn the_hard_limit_stall_takes_its_head_from_the_leg_and_old_codes_load() {
        let mut t = HealthText::new(HealthTextKey::StallCapDays);
        assert_eq!(t.gap(), None);
        t.args.leg = Some(Leg::Delivery);
        assert_eq!(t.gap(), Some(HealthTextKey::GapDelivery));
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<HealthText>(&json).unwrap(), t);
        let old: HealthText = serde_json::from_str(
            r#"{"key":"health.stall.cap_days.delivery","args":{"limit_days":30}}"#,
        )
        .unwrap();
        assert_eq!(old.key, HealthTextKey::StallCapDays);
        assert_eq!(old.gap(), Some(HealthTextKey::GapDelivery));
        assert!(serde_json::from_str::<HealthText>(r#"{"key":"health.nope"}"#).is_err());
    }
}
