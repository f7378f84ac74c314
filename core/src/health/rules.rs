//! The verdict rules and the sentences that explain them, used by [`super::assess::Assessor`].

use chrono::{DateTime, Utc};

use super::clock::Clock;
use super::dwell::GapKind;
use super::priors::{self, DAY};
use super::{Evidence, Health, HealthReason, Verdict};
use crate::estimate::DeliveryWindow;
use crate::status::{Status, SubStatus};
use crate::timeline::Shipment;

/// A stall threshold with its provenance.
pub(super) struct Thresholds {
    pub(super) stall: f64,
    pub(super) lost: f64,
    pub(super) level: Option<f64>,
    pub(super) samples: u64,
    pub(super) basis: &'static str,
    /// For a promise-based threshold: the ratio of the promised transit it allows.
    pub(super) ratio: Option<f64>,
    /// For the hard cap: its calendar days.
    pub(super) days: Option<i64>,
}

/// The display name of a carrier slug, or the text as given.
pub(super) fn carrier_name(carrier: Option<&str>) -> Option<&str> {
    let c = carrier?.trim();
    if c.is_empty() {
        return None;
    }
    Some(
        crate::carrier::CARRIERS
            .iter()
            .find(|k| k.slug == c)
            .map_or(c, |k| k.name),
    )
}

/// "4 business days", "1 business day", "2.5 business days", "6 business hours": a Display
/// wrapper, so sentences are written in one allocation, with integer formatting (float
/// formatting is the slowest part of an assessment).
#[derive(Clone, Copy)]
pub(super) struct Span(f64);

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hours = self.0;
        if hours < 24.0 {
            let h = hours.round().max(1.0) as i64;
            return write!(f, "{h} business hour{}", if h == 1 { "" } else { "s" });
        }
        // Saturating cast, then saturating arithmetic: a huge or infinite span must still
        // print (as a huge number of days) rather than overflow.
        let tenths = (hours / DAY * 10.0).round() as i64;
        if tenths < 100 && tenths % 10 != 0 {
            write!(f, "{}.{} business days", tenths / 10, tenths % 10)
        } else {
            let d = tenths.saturating_add(5) / 10;
            write!(f, "{d} business day{}", if d == 1 { "" } else { "s" })
        }
    }
}

pub(super) fn span(hours: f64) -> Span {
    Span(hours)
}

/// A level as a whole percentage ("95%").
pub(super) fn percent(level: f64) -> i64 {
    (level * 100.0).round() as i64
}

pub(super) fn health(
    verdict: Verdict,
    reason: HealthReason,
    since: Option<DateTime<Utc>>,
    explanation: String,
    action: Option<String>,
) -> Health {
    Health {
        verdict,
        reason,
        since,
        explanation,
        action,
        evidence: None,
    }
}

/// Terminal states and delivery.
pub(super) fn resolved(
    s: &Shipment,
    state: &crate::timeline::DerivedState,
    who: &str,
) -> Option<Health> {
    if state.status == Status::Delivered || s.given_delivered_at.is_some() {
        let at = s.delivered_at();
        return Some(match state.substatus {
            Some(SubStatus::DeliveredDamaged) => health(
                Verdict::NeedsMerchantAction,
                HealthReason::DeliveredDamaged,
                at,
                "Delivered, but the carrier reported damage.".into(),
                Some("Contact the customer and offer a replacement or refund".into()),
            ),
            Some(SubStatus::DeliveredPartial) => health(
                Verdict::NeedsMerchantAction,
                HealthReason::DeliveredPartial,
                at,
                "Only part of the shipment was delivered.".into(),
                Some(format!("Ask {who} where the rest is")),
            ),
            _ => health(
                Verdict::Delivered,
                HealthReason::Delivered,
                at,
                "Delivered.".into(),
                None,
            ),
        });
    }
    let since = state.since;
    let h = match (state.status, state.substatus) {
        (Status::Cancelled, _) => health(
            Verdict::Resolved,
            HealthReason::Cancelled,
            since,
            "The shipment was cancelled.".into(),
            None,
        ),
        (_, Some(SubStatus::ReturnToSenderReturned)) => health(
            Verdict::NeedsMerchantAction,
            HealthReason::ReturnedToSender,
            since,
            "The parcel is back with the sender.".into(),
            Some("Contact the customer to reship or refund".into()),
        ),
        (_, Some(SubStatus::ExceptionLost)) => health(
            Verdict::NeedsMerchantAction,
            HealthReason::Lost,
            since,
            format!("{who} reported the parcel lost."),
            Some(format!(
                "File a claim with {who} and send the customer a replacement or refund"
            )),
        ),
        (_, Some(SubStatus::ExceptionDisposed | SubStatus::ExceptionSeized)) => health(
            Verdict::Resolved,
            HealthReason::DisposedOrSeized,
            since,
            "The parcel was destroyed or seized and will not arrive.".into(),
            Some("Contact the customer to reship or refund".into()),
        ),
        _ => return None,
    };
    Some(h)
}

/// States in which the customer must do something, whatever the dwell.
pub(super) fn customer_action(
    state: &crate::timeline::DerivedState,
    slug: &str,
    now: DateTime<Utc>,
) -> Option<Health> {
    let since = state.since;
    let (reason, explanation, action) = match state.substatus {
        Some(SubStatus::ExceptionAddressIssue | SubStatus::ExceptionRecipientMoved) => (
            HealthReason::AddressIssue,
            "The carrier cannot deliver to the address as given.",
            "Ask the customer to confirm the address",
        ),
        Some(SubStatus::ExceptionPaymentRequired | SubStatus::AttemptFailPaymentRequired) => (
            HealthReason::PaymentRequired,
            "Duties, taxes or fees must be paid before the parcel is released.",
            "Ask the customer to pay the duties or fees with the carrier",
        ),
        Some(SubStatus::AttemptFailIdCheckFailed) => (
            HealthReason::IdCheck,
            "Delivery needs an identity or age check that failed.",
            "Tell the customer to have ID ready or collect the parcel in person",
        ),
        _ => {
            if state.status == Status::AvailableForPickup {
                return Some(pickup_waiting(state, slug, now));
            }
            return None;
        }
    };
    Some(health(
        Verdict::NeedsCustomerAction,
        reason,
        since,
        explanation.into(),
        Some(action.into()),
    ))
}

pub(super) fn pickup_waiting(
    state: &crate::timeline::DerivedState,
    slug: &str,
    now: DateTime<Utc>,
) -> Health {
    let since = state.since.unwrap_or(now);
    let hold = priors::holding_days(Some(slug), state.substatus);
    let waited = (now - since).num_days();
    let deadline = chrono::TimeDelta::try_days(hold)
        .and_then(|d| since.checked_add_signed(d))
        .unwrap_or(since);
    if waited >= hold {
        return health(
            Verdict::NeedsCustomerAction,
            HealthReason::PickupDeadlinePassed,
            Some(since),
            format!(
                "Waiting for collection for {waited} days, beyond the usual {hold}-day holding period; it will be returned soon."
            ),
            Some("Ask the customer to collect it today, or arrange a redelivery".into()),
        );
    }
    health(
        Verdict::NeedsCustomerAction,
        HealthReason::PickupWaiting,
        Some(since),
        format!(
            "Ready for collection for {waited} day{}; it is held {hold} days.",
            if waited == 1 { "" } else { "s" }
        ),
        Some(format!(
            "Remind the customer to collect it by {}",
            deadline.format("%Y-%m-%d")
        )),
    )
}

pub(super) fn label_waiting(
    state: &crate::timeline::DerivedState,
    s: &Shipment,
    dwell: f64,
    t: &Thresholds,
    who: &str,
    evidence: Evidence,
) -> Health {
    let since = state.since.or(s.last_event_at());
    let mut h = if state.substatus == Some(SubStatus::InfoReceivedPickupFailed) {
        health(
            Verdict::NeedsMerchantAction,
            HealthReason::PickupFailed,
            since,
            format!("{who} could not collect the parcel from the sender."),
            Some(format!(
                "Book a new collection with {who} or drop the parcel off"
            )),
        )
    } else if dwell > t.stall {
        health(
            Verdict::NeedsMerchantAction,
            HealthReason::LabelNotHandedOver,
            since,
            format!(
                "A label was created {} ago but {who} has not received the parcel; {}.",
                span(dwell),
                threshold_words(t, "are handed over within")
            ),
            Some(format!("Hand the parcel to {who} or void the label")),
        )
    } else {
        health(
            Verdict::OnTrack,
            HealthReason::AwaitingHandover,
            since,
            "The label is ready; the parcel has not been handed to the carrier yet.".into(),
            None,
        )
    };
    h.evidence = Some(evidence);
    h
}

/// Carrier-reported problems that do not need the customer.
pub(super) fn in_flight_issue(state: &crate::timeline::DerivedState, who: &str) -> Option<Health> {
    let since = state.since;
    let (verdict, reason, explanation, action): (Verdict, HealthReason, String, Option<String>) =
        match (state.status, state.substatus) {
            (Status::Exception, Some(SubStatus::ExceptionCustomsHold)) => (
                Verdict::Delayed,
                HealthReason::CustomsHold,
                "Held by customs, waiting for documents or release.".into(),
                Some(format!("Check with {who} whether customs need documents")),
            ),
            (
                Status::Exception,
                Some(
                    SubStatus::ExceptionDamaged
                    | SubStatus::ExceptionRefused
                    | SubStatus::ExceptionUnclaimed
                    | SubStatus::ExceptionProhibited
                    | SubStatus::ExceptionUndeliverable
                    | SubStatus::ExceptionStopped,
                ),
            ) => (
                Verdict::NeedsMerchantAction,
                HealthReason::CarrierException,
                format!(
                    "{who} reported a problem it will not solve on its own ({}).",
                    state.substatus.map_or("exception", |s| s.code())
                ),
                Some(format!(
                    "Contact {who} and decide on a return, reship or refund"
                )),
            ),
            (Status::Exception, _) => (
                Verdict::Delayed,
                HealthReason::CarrierDelay,
                format!("{who} reported a delay."),
                Some("Tell the customer about the delay".into()),
            ),
            (Status::ReturnToSender, _) => (
                Verdict::NeedsMerchantAction,
                HealthReason::ReturningToSender,
                "The parcel is on its way back to the sender.".into(),
                Some("Contact the customer about a reshipment or refund".into()),
            ),
            (Status::AttemptFail, _) => (
                Verdict::OnTrack,
                HealthReason::AttemptFailed,
                format!("{who} could not deliver and will usually try again."),
                Some("Make sure someone can receive it, or rearrange delivery".into()),
            ),
            _ => return None,
        };
    Some(health(verdict, reason, since, explanation, action))
}

pub(super) fn threshold_words(t: &Thresholds, verb: &str) -> String {
    match t.level {
        Some(level) => format!(
            "{}% of {} past parcels {verb} {}",
            percent(level),
            t.samples,
            span(t.stall)
        ),
        None => format!("parcels normally {verb} {}", span(t.stall)),
    }
}

pub(super) fn stall_sentence(
    dwell: f64,
    t: &Thresholds,
    carrier: Option<&str>,
    kind: GapKind,
) -> String {
    let (carrier, sep) = carrier.map_or(("", ""), |c| (c, " "));
    let scope = if t.basis == "lane" {
        " on this lane"
    } else {
        ""
    };
    let what = match kind {
        GapKind::ScanGap => "get their next scan within",
        GapKind::HandoffToDelivery | GapKind::PromiseRatio => "are delivered within",
    };
    let (pre, post) = match kind {
        GapKind::ScanGap => ("No scan for ", ""),
        GapKind::HandoffToDelivery | GapKind::PromiseRatio => ("Not delivered ", " after hand-off"),
    };
    let d = span(dwell);
    if let (Some(days), "cap") = (t.days, t.basis) {
        return format!("{pre}{d}{post}, past the hard limit of {days} calendar days.");
    }
    if t.basis == "cap" {
        return format!(
            "{pre}{d}{post}; {}% of all {} past parcels, whatever the carrier or lane, {what} {}.",
            percent(t.level.unwrap_or(0.975)),
            t.samples,
            span(t.stall)
        );
    }
    if t.basis == "window" {
        return format!(
            "{pre}{d}{post}, past the end of its {}% delivery window ({} after hand-off).",
            percent(t.level.unwrap_or(0.95)),
            span(t.stall)
        );
    }
    if let (Some(r), Some(level)) = (t.ratio, t.level) {
        return format!(
            "{pre}{d}{post}; {}% of {carrier}{sep}parcels arrive within {}% of the transit time \
             the shop promised, {} for this order ({} past shipments).",
            percent(level),
            (r * 100.0).round() as i64,
            span(t.stall),
            t.samples
        );
    }
    match t.level {
        Some(level) => format!(
            "{pre}{d}{post}; {}% of {carrier}{sep}parcels{scope} {what} {} ({} past shipments).",
            percent(level),
            span(t.stall),
            t.samples
        ),
        None => format!(
            "{pre}{d}{post}; {carrier}{sep}parcels normally {what} {} (published service limits).",
            span(t.stall)
        ),
    }
}

/// Whether one of the last events says tracking ends before delivery: by the normalizer's
/// reading (its reason or note, e.g. DHL eCommerce 533 "planned end of tracking") or by the
/// carrier's own words.
pub(super) fn tracking_ended(s: &Shipment) -> bool {
    s.events.iter().rev().take(2).any(|e| {
        e.normalized.reason.as_deref() == Some("tracking_ended")
            || e.normalized
                .note
                .as_deref()
                .is_some_and(priors::says_tracking_ends)
            || e.raw
                .description
                .as_deref()
                .is_some_and(priors::says_tracking_ends)
    })
}

/// Whether today (destination's calendar) is after the window's last day, or the promised
/// date when there is no window.
pub(super) fn past_window(
    s: &Shipment,
    now: DateTime<Utc>,
    window: Option<&DeliveryWindow>,
    clock: &Clock,
) -> bool {
    let latest = window.map(|w| w.latest).or(s.promised_by);
    latest.is_some_and(|l| clock.local_date(now) > l)
}
