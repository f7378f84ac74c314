//! The verdict rules and the words that explain them (as [`HealthText`]: catalogue keys and
//! typed values, rendered by the message layer), used by [`super::assess::Assessor`].

use chrono::{DateTime, Utc};

use super::clock::Clock;
use super::dwell::GapKind;
use super::priors;
use super::text::{HealthText, HealthTextKey as K, HealthTexts, Leg, TextArgs, tenth};
use super::{Evidence, HazardGroup, Health, HealthReason, StallBasis, Verdict};
use crate::estimate::DeliveryWindow;
use crate::status::{Status, SubStatus};
use crate::timeline::Shipment;

/// A stall threshold with its provenance.
pub(super) struct Thresholds {
    pub(super) stall: f64,
    pub(super) lost: f64,
    pub(super) level: Option<f64>,
    pub(super) samples: u64,
    pub(super) basis: StallBasis,
    /// For a promise-based threshold: the ratio of the promised transit it allows.
    pub(super) ratio: Option<f64>,
    /// For the hard cap and the hazard of loss: calendar days after the last scan or
    /// hand-off.
    pub(super) days: Option<i64>,
    /// For the hazard of loss: the group its estimate came from
    /// ([`super::HAZARD_LEVELS`]), named by the sentence.
    pub(super) group: Option<super::HazardGroup>,
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

/// A level as a whole percentage (95).
pub(super) fn percent(level: f64) -> i64 {
    (level * 100.0).round() as i64
}

/// A sentence naming the carrier (`None`: the catalogue's word for "the carrier").
fn said(key: K, who: Option<&str>) -> HealthText {
    HealthText::carrier(key, who)
}

fn plain(key: K) -> HealthText {
    HealthText::new(key)
}

pub(super) fn health(
    verdict: Verdict,
    reason: HealthReason,
    since: Option<DateTime<Utc>>,
    explanation: HealthText,
    action: Option<HealthText>,
) -> Health {
    Health {
        verdict,
        reason,
        since,
        explanation: None,
        action: None,
        text: Some(HealthTexts {
            explanation,
            action,
        }),
        evidence: None,
    }
}

/// Terminal states and delivery.
pub(super) fn resolved(
    s: &Shipment,
    state: &crate::timeline::DerivedState,
    who: Option<&str>,
) -> Option<Health> {
    if state.status == Status::Delivered || s.given_delivered_at.is_some() {
        let at = s.delivered_at();
        return Some(match state.substatus {
            Some(SubStatus::DeliveredDamaged) => health(
                Verdict::NeedsMerchantAction,
                HealthReason::DeliveredDamaged,
                at,
                plain(K::DeliveredDamaged),
                Some(plain(K::ActionOfferReplacement)),
            ),
            Some(SubStatus::DeliveredPartial) => health(
                Verdict::NeedsMerchantAction,
                HealthReason::DeliveredPartial,
                at,
                plain(K::DeliveredPartial),
                Some(said(K::ActionAskForRest, who)),
            ),
            _ => health(
                Verdict::Delivered,
                HealthReason::Delivered,
                at,
                plain(K::Delivered),
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
            plain(K::Cancelled),
            None,
        ),
        (_, Some(SubStatus::ReturnToSenderReturned)) => health(
            Verdict::NeedsMerchantAction,
            HealthReason::ReturnedToSender,
            since,
            plain(K::ReturnedToSender),
            Some(plain(K::ActionReshipOrRefund)),
        ),
        (_, Some(SubStatus::ExceptionLost)) => health(
            Verdict::NeedsMerchantAction,
            HealthReason::Lost,
            since,
            said(K::Lost, who),
            Some(said(K::ActionClaim, who)),
        ),
        (_, Some(SubStatus::ExceptionDisposed | SubStatus::ExceptionSeized)) => health(
            Verdict::Resolved,
            HealthReason::DisposedOrSeized,
            since,
            plain(K::DisposedOrSeized),
            Some(plain(K::ActionReshipOrRefund)),
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
            K::AddressIssue,
            K::ActionConfirmAddress,
        ),
        Some(SubStatus::ExceptionPaymentRequired | SubStatus::AttemptFailPaymentRequired) => (
            HealthReason::PaymentRequired,
            K::PaymentRequired,
            K::ActionPay,
        ),
        Some(SubStatus::AttemptFailIdCheckFailed) => {
            (HealthReason::IdCheck, K::IdCheck, K::ActionHaveId)
        }
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
        plain(explanation),
        Some(plain(action)),
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
            HealthText {
                key: K::PickupDeadlinePassed,
                args: TextArgs {
                    days: Some(waited),
                    limit_days: Some(hold),
                    ..TextArgs::default()
                },
            },
            Some(plain(K::ActionCollectToday)),
        );
    }
    health(
        Verdict::NeedsCustomerAction,
        HealthReason::PickupWaiting,
        Some(since),
        HealthText {
            key: K::PickupWaiting,
            args: TextArgs {
                days: Some(waited),
                limit_days: Some(hold),
                ..TextArgs::default()
            },
        },
        Some(HealthText {
            key: K::ActionCollectBy,
            args: TextArgs {
                date: Some(crate::time::local_naive(&deadline).date()),
                ..TextArgs::default()
            },
        }),
    )
}

pub(super) fn label_waiting(
    state: &crate::timeline::DerivedState,
    s: &Shipment,
    dwell: f64,
    t: &Thresholds,
    who: Option<&str>,
    evidence: Evidence,
) -> Health {
    let since = state.since.or(s.last_event_at());
    let mut h = if state.substatus == Some(SubStatus::InfoReceivedPickupFailed) {
        health(
            Verdict::NeedsMerchantAction,
            HealthReason::PickupFailed,
            since,
            said(K::PickupFailed, who),
            Some(said(K::ActionNewCollection, who)),
        )
    } else if dwell > t.stall {
        health(
            Verdict::NeedsMerchantAction,
            HealthReason::LabelNotHandedOver,
            since,
            label_text(dwell, t, who),
            Some(said(K::ActionHandOver, who)),
        )
    } else {
        health(
            Verdict::OnTrack,
            HealthReason::AwaitingHandover,
            since,
            plain(K::AwaitingHandover),
            None,
        )
    };
    h.evidence = Some(evidence);
    h
}

/// Carrier-reported problems that do not need the customer.
pub(super) fn in_flight_issue(
    state: &crate::timeline::DerivedState,
    who: Option<&str>,
) -> Option<Health> {
    let since = state.since;
    let (verdict, reason, explanation, action): (
        Verdict,
        HealthReason,
        HealthText,
        Option<HealthText>,
    ) = match (state.status, state.substatus) {
        (Status::Exception, Some(SubStatus::ExceptionCustomsHold)) => (
            Verdict::Delayed,
            HealthReason::CustomsHold,
            plain(K::CustomsHold),
            Some(said(K::ActionCustomsDocuments, who)),
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
            HealthText {
                key: K::CarrierException,
                args: TextArgs {
                    carrier: who.map(str::to_string),
                    substatus: state.substatus,
                    ..TextArgs::default()
                },
            },
            Some(said(K::ActionDecideWithCarrier, who)),
        ),
        (Status::Exception, _) => (
            Verdict::Delayed,
            HealthReason::CarrierDelay,
            said(K::CarrierDelay, who),
            Some(plain(K::ActionTellDelay)),
        ),
        (Status::ReturnToSender, _) => (
            Verdict::NeedsMerchantAction,
            HealthReason::ReturningToSender,
            plain(K::ReturningToSender),
            Some(plain(K::ActionAboutReshipment)),
        ),
        (Status::AttemptFail, _) => (
            Verdict::OnTrack,
            HealthReason::AttemptFailed,
            said(K::AttemptFailed, who),
            Some(plain(K::ActionBeAvailable)),
        ),
        _ => return None,
    };
    Some(health(verdict, reason, since, explanation, action))
}

/// The label sentence: a label `dwell` hours old against the hand-over threshold `t`.
fn label_text(dwell: f64, t: &Thresholds, who: Option<&str>) -> HealthText {
    let (key, percent) = match t.level {
        Some(level) => (K::LabelNotHandedOver, Some(percent(level))),
        None => (K::LabelNotHandedOverPrior, None),
    };
    HealthText {
        key,
        args: TextArgs {
            carrier: who.map(str::to_string),
            dwell_hours: Some(tenth(dwell)),
            limit_hours: Some(tenth(t.stall)),
            percent,
            samples: t.level.map(|_| t.samples),
            ..TextArgs::default()
        },
    }
}

/// The stall sentence: how long without a scan (or delivery) and the threshold that fired,
/// with its provenance (hard cap, global cap, window, promise, lane, carrier, prior).
pub(super) fn stall_text(
    dwell: f64,
    t: &Thresholds,
    carrier: Option<&str>,
    kind: GapKind,
) -> HealthText {
    let scan = kind == GapKind::ScanGap;
    let pick = |scan_key: K, delivery_key: K| if scan { scan_key } else { delivery_key };
    let mut args = TextArgs {
        carrier: carrier.map(str::to_string),
        dwell_hours: Some(tenth(dwell)),
        limit_hours: Some(tenth(t.stall)),
        ..TextArgs::default()
    };
    let key = match t.basis {
        StallBasis::Hazard => {
            args.limit_days = t.days;
            args.percent = Some(percent(t.level.unwrap_or(0.0)));
            args.samples = Some(t.samples);
            match t.group {
                Some(HazardGroup::Destination) => K::StallHazardDestination,
                Some(HazardGroup::Lane) => K::StallHazardLane,
                Some(HazardGroup::Seller) => K::StallHazardSeller,
                Some(HazardGroup::Carrier) | None => K::StallHazard,
            }
        }
        // The hard cap counts calendar days; the pooled cap is a quantile of past gaps.
        StallBasis::Cap => match t.days {
            Some(days) => {
                args.limit_days = Some(days);
                args.leg = Some(if scan { Leg::Scan } else { Leg::Delivery });
                K::StallCapDays
            }
            None => {
                args.percent = Some(percent(t.level.unwrap_or(0.975)));
                args.samples = Some(t.samples);
                pick(K::StallCapScan, K::StallCapDelivery)
            }
        },
        StallBasis::Window => {
            args.percent = Some(percent(t.level.unwrap_or(0.95)));
            K::StallWindow
        }
        // One arm per basis, so a new basis must choose its sentence (review, round 13). A
        // threshold without a level fell back to the prior, whatever its basis.
        StallBasis::Promise => match (t.level, t.ratio) {
            (None, _) => pick(K::StallPriorScan, K::StallPriorDelivery),
            (Some(level), Some(r)) => {
                args.percent = Some(percent(level));
                args.ratio_percent = Some((r * 100.0).round() as i64);
                args.samples = Some(t.samples);
                K::StallPromise
            }
            (Some(level), None) => {
                learned_args(&mut args, level, t.samples);
                pick(K::StallLearnedScan, K::StallLearnedDelivery)
            }
        },
        StallBasis::Lane => match t.level {
            None => pick(K::StallPriorScan, K::StallPriorDelivery),
            Some(level) => {
                learned_args(&mut args, level, t.samples);
                pick(K::StallLaneScan, K::StallLaneDelivery)
            }
        },
        StallBasis::Carrier | StallBasis::Status | StallBasis::Prior => match t.level {
            None => pick(K::StallPriorScan, K::StallPriorDelivery),
            Some(level) => {
                learned_args(&mut args, level, t.samples);
                pick(K::StallLearnedScan, K::StallLearnedDelivery)
            }
        },
    };
    HealthText { key, args }
}

/// The level and sample count a learned threshold's sentence names.
fn learned_args(args: &mut TextArgs, level: f64, samples: u64) {
    args.percent = Some(percent(level));
    args.samples = Some(samples);
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
