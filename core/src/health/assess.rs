//! The assessor: precomputed thresholds and calendars, and the verdict rules.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::clock::{Calendars, Clock};
use super::dwell::{DwellModel, GapKind, KeyHash, Scope, carrier_slug, is_international};
use super::priors::{self, DAY};
use super::{Evidence, Health, Verdict};
use crate::estimate::DeliveryWindow;
use crate::status::{Status, SubStatus};
use crate::timeline::Shipment;

/// Tuning of the health rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HealthOptions {
    /// Quantile level of the stall threshold (0.95: about 5% of normal shipments ever cross it).
    pub level: f64,
    /// Likely lost once the dwell exceeds this many times the stall threshold (and the
    /// model's top quantile).
    pub lost_factor: f64,
    /// Calendar days without carrier information before `expired.no_info`.
    pub expire_no_info_days: i64,
    /// Calendar days without any event before `expired.stalled`.
    pub expire_stalled_days: i64,
}

impl Default for HealthOptions {
    fn default() -> Self {
        HealthOptions {
            level: 0.95,
            lost_factor: 2.0,
            expire_no_info_days: priors::EXPIRE_NO_INFO_DAYS,
            expire_stalled_days: priors::EXPIRE_STALLED_DAYS,
        }
    }
}

/// Assesses shipments against a dwell model (or the priors). Build once, share across
/// threads, call [`Assessor::assess`] per shipment.
#[derive(Debug, Default)]
pub struct Assessor {
    model: Option<DwellModel>,
    index: HashMap<u64, usize>,
    stall_idx: usize,
    options: HealthOptions,
    calendars: Calendars,
}

/// A stall threshold with its provenance.
struct Thresholds {
    stall: f64,
    lost: f64,
    level: Option<f64>,
    samples: u64,
    basis: &'static str,
}

/// The display name of a carrier slug, or the text as given.
fn carrier_name(carrier: Option<&str>) -> Option<&str> {
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

/// "4 business days", "1 business day", "6 business hours".
fn span(hours: f64) -> String {
    if hours < 24.0 {
        let h = hours.round().max(1.0);
        return format!("{h:.0} business hour{}", if h == 1.0 { "" } else { "s" });
    }
    let d = hours / DAY;
    if d < 10.0 && (d - d.round()).abs() > 0.05 {
        format!("{d:.1} business days")
    } else {
        let d = d.round();
        format!("{d:.0} business day{}", if d == 1.0 { "" } else { "s" })
    }
}

fn health(
    verdict: Verdict,
    reason: &str,
    since: Option<DateTime<Utc>>,
    explanation: String,
    action: Option<String>,
) -> Health {
    Health {
        verdict,
        reason: reason.to_string(),
        since,
        explanation,
        action,
        evidence: None,
    }
}

impl Assessor {
    /// An assessor over `model` (priors only when `None`).
    pub fn new(model: Option<&DwellModel>, options: HealthOptions) -> Assessor {
        let (index, stall_idx) = match model {
            Some(m) => (m.index(), m.level_index(options.level)),
            None => (HashMap::new(), 0),
        };
        Assessor {
            model: model.cloned(),
            index,
            stall_idx,
            options,
            calendars: Calendars::default(),
        }
    }

    /// The options in use.
    pub fn options(&self) -> &HealthOptions {
        &self.options
    }

    fn thresholds(
        &self,
        s: &Shipment,
        kind: GapKind,
        status: Status,
        carrier: &str,
        international: bool,
    ) -> Thresholds {
        if let Some(m) = &self.model {
            let (o, d) = (s.origin.as_ref(), s.destination.as_ref());
            let keys = [
                (
                    KeyHash::new(Scope::Lane, kind, status)
                        .carrier(carrier)
                        .lane(o, d),
                    "lane",
                ),
                (
                    KeyHash::new(Scope::Carrier, kind, status).carrier(carrier),
                    "carrier",
                ),
                (KeyHash::new(Scope::Status, kind, status), "status"),
            ];
            for (k, basis) in keys {
                let Some(e) = self.index.get(&k.finish()).and_then(|&i| m.entries.get(i))
                else {
                    continue;
                };
                // The upper confidence bound of the quantile; a sample too small to bound
                // it defers to the wider scope.
                let bound = |i: usize| match e.upper.get(i) {
                    Some(u) => *u,
                    None => e.hours.get(i).copied(),
                };
                let Some(stall) = bound(self.stall_idx) else {
                    continue;
                };
                let stall = stall.max(12.0);
                let top = bound(e.hours.len().saturating_sub(1))
                    .or(e.hours.last().copied())
                    .unwrap_or(stall);
                return Thresholds {
                    stall,
                    lost: (stall * self.options.lost_factor).max(top),
                    level: m.levels.get(self.stall_idx).copied(),
                    samples: e.n,
                    basis,
                };
            }
        }
        let (stall, lost) =
            priors::prior(status, international, kind == GapKind::HandoffToDelivery);
        Thresholds {
            stall,
            lost,
            level: None,
            samples: 0,
            basis: "prior",
        }
    }

    fn clock(&self, s: &Shipment) -> Clock {
        let d = s.destination.as_ref();
        self.calendars.get(
            d.and_then(|d| d.country.as_deref()),
            d.and_then(|d| d.region.as_deref()),
        )
    }

    /// Assesses `shipment` at `now`; `window` (the live delivery window) judges lateness.
    pub fn assess(
        &self,
        s: &Shipment,
        now: DateTime<Utc>,
        window: Option<&DeliveryWindow>,
    ) -> Health {
        let state = s.state();
        let carrier_disp = carrier_name(s.carrier.as_deref());
        let who = carrier_disp.unwrap_or("the carrier");
        if let Some(h) = resolved(s, &state, who) {
            return h;
        }
        if let Some(h) = customer_action(&state, s, now) {
            return h;
        }
        let shipped = s.shipped_at();
        let last_event = s.last_event_at();
        // No word from the carrier at all.
        if last_event.is_none() && shipped.is_none() {
            return self.no_info(s, now);
        }
        let last = last_event.max(shipped).unwrap_or(now);
        let days_silent = (now - last).num_days();
        if tracking_ended(s) {
            let late = past_window(s, now, window, &self.clock(s));
            return health(
                if late { Verdict::Delayed } else { Verdict::OnTrack },
                "tracking_ended_early",
                Some(last),
                format!(
                    "{who} said tracking ends here; the last leg is usually not scanned, so \
                     silence is expected{}.",
                    if late { ", but the delivery window has passed" } else { "" }
                ),
                late.then(|| format!("If the customer has not received it, ask {who} to confirm delivery")),
            );
        }
        // The state the parcel dwells in: a shipment known only by its hand-off is in transit.
        let moving = s.events.iter().any(|e| e.normalized.affects_state);
        let status = if moving { state.status } else { Status::InTransit };
        let kind = if moving {
            GapKind::ScanGap
        } else {
            GapKind::HandoffToDelivery
        };
        let slug = carrier_slug(s.carrier.as_deref());
        let intl = is_international(s.origin.as_ref(), s.destination.as_ref());
        let clock = self.clock(s);
        let dwell = clock.business_hours(last, now);
        let t = self.thresholds(s, kind, status, slug, intl);
        // Without any scan, silence is the normal state of a slow leg: expire only once it is
        // also past the likely-lost threshold.
        if days_silent >= self.options.expire_stalled_days
            && (kind == GapKind::ScanGap || dwell > t.lost)
        {
            return health(
                Verdict::LikelyLost,
                "expired.stalled",
                Some(last),
                format!("No tracking update for {days_silent} days; tracking has expired."),
                Some(format!(
                    "File a lost-parcel claim with {who} and offer the customer a replacement or refund"
                )),
            );
        }
        let evidence = Evidence {
            dwell_hours: dwell,
            stall_hours: t.stall,
            lost_hours: t.lost,
            level: t.level,
            samples: t.samples,
            basis: t.basis.to_string(),
        };
        if status == Status::InfoReceived {
            return label_waiting(&state, s, dwell, &t, who, evidence);
        }
        if status == Status::AvailableForPickup {
            return pickup_waiting(&state, s, now);
        }
        if dwell > t.stall {
            let lost = dwell > t.lost;
            let mut h = health(
                if lost { Verdict::LikelyLost } else { Verdict::Stalled },
                if lost { "likely_lost" } else { "no_scan" },
                Some(last),
                stall_sentence(dwell, &t, carrier_disp, kind),
                Some(if lost {
                    format!(
                        "File a lost-parcel claim with {who} and offer the customer a replacement or refund"
                    )
                } else {
                    format!("Contact {who} to open a trace")
                }),
            );
            h.evidence = Some(evidence);
            return h;
        }
        let mut h = if let Some(h) = in_flight_issue(&state, who) {
            h
        } else if past_window(s, now, window, &clock) {
            health(
                Verdict::Delayed,
                "past_window",
                Some(last),
                "The expected delivery date has passed and the parcel is still on its way."
                    .to_string(),
                Some("Tell the customer it is late and give them the new expected date".into()),
            )
        } else {
            health(
                Verdict::OnTrack,
                "moving",
                Some(last),
                format!(
                    "Last update {} ago, within the usual {} for this step.",
                    span(dwell.max(1.0)),
                    span(t.stall)
                ),
                None,
            )
        };
        h.evidence = Some(evidence);
        h
    }

    fn no_info(&self, s: &Shipment, now: DateTime<Utc>) -> Health {
        let Some(reg) = s.ordered_at else {
            return health(
                Verdict::OnTrack,
                "awaiting_carrier_info",
                None,
                "No information from the carrier yet.".into(),
                None,
            );
        };
        let days = (now - reg).num_days();
        let bd = self.clock(s).business_hours(reg, now) / DAY;
        let tracked = s.tracking_number.is_some();
        if days >= self.options.expire_no_info_days {
            return health(
                Verdict::NeedsMerchantAction,
                "expired.no_info",
                Some(reg),
                format!("Nothing from the carrier {days} days after the order; tracking has expired."),
                Some(if tracked {
                    "Check the tracking number and whether the parcel was ever handed over".into()
                } else {
                    "Ship the order or cancel it and tell the customer".into()
                }),
            );
        }
        if bd > priors::NO_INFO_ALERT_DAYS {
            return health(
                Verdict::NeedsMerchantAction,
                if tracked { "no_carrier_info" } else { "not_shipped" },
                Some(reg),
                format!(
                    "Ordered {} ago and {}.",
                    span(bd * DAY),
                    if tracked {
                        "the carrier still has no information"
                    } else {
                        "not shipped yet"
                    }
                ),
                Some(if tracked {
                    "Check that the parcel was handed to the carrier and the tracking number is right".into()
                } else {
                    "Ship the order or tell the customer when it will ship".into()
                }),
            );
        }
        health(
            Verdict::OnTrack,
            "awaiting_carrier_info",
            Some(reg),
            "No information from the carrier yet; that is normal in the first days.".into(),
            None,
        )
    }
}

/// Terminal states and delivery.
fn resolved(s: &Shipment, state: &crate::timeline::DerivedState, who: &str) -> Option<Health> {
    if state.status == Status::Delivered || s.given_delivered_at.is_some() {
        let at = s.delivered_at();
        return Some(match state.substatus {
            Some(SubStatus::DeliveredDamaged) => health(
                Verdict::NeedsMerchantAction,
                "delivered_damaged",
                at,
                "Delivered, but the carrier reported damage.".into(),
                Some("Contact the customer and offer a replacement or refund".into()),
            ),
            Some(SubStatus::DeliveredPartial) => health(
                Verdict::NeedsMerchantAction,
                "delivered_partial",
                at,
                "Only part of the shipment was delivered.".into(),
                Some(format!("Ask {who} where the rest is")),
            ),
            _ => health(
                Verdict::Delivered,
                "delivered",
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
            "cancelled",
            since,
            "The shipment was cancelled.".into(),
            None,
        ),
        (_, Some(SubStatus::ReturnToSenderReturned)) => health(
            Verdict::NeedsMerchantAction,
            "returned_to_sender",
            since,
            "The parcel is back with the sender.".into(),
            Some("Contact the customer to reship or refund".into()),
        ),
        (_, Some(SubStatus::ExceptionLost)) => health(
            Verdict::NeedsMerchantAction,
            "lost",
            since,
            format!("{who} reported the parcel lost."),
            Some(format!(
                "File a claim with {who} and send the customer a replacement or refund"
            )),
        ),
        (_, Some(SubStatus::ExceptionDisposed | SubStatus::ExceptionSeized)) => health(
            Verdict::Resolved,
            "disposed_or_seized",
            since,
            "The parcel was destroyed or seized and will not arrive.".into(),
            Some("Contact the customer to reship or refund".into()),
        ),
        _ => return None,
    };
    Some(h)
}

/// States in which the customer must do something, whatever the dwell.
fn customer_action(
    state: &crate::timeline::DerivedState,
    s: &Shipment,
    now: DateTime<Utc>,
) -> Option<Health> {
    let since = state.since;
    let (reason, explanation, action) = match state.substatus {
        Some(SubStatus::ExceptionAddressIssue | SubStatus::ExceptionRecipientMoved) => (
            "address_issue",
            "The carrier cannot deliver to the address as given.",
            "Ask the customer to confirm the address",
        ),
        Some(SubStatus::ExceptionPaymentRequired | SubStatus::AttemptFailPaymentRequired) => (
            "payment_required",
            "Duties, taxes or fees must be paid before the parcel is released.",
            "Ask the customer to pay the duties or fees with the carrier",
        ),
        Some(SubStatus::AttemptFailIdCheckFailed) => (
            "id_check",
            "Delivery needs an identity or age check that failed.",
            "Tell the customer to have ID ready or collect the parcel in person",
        ),
        _ => {
            if state.status == Status::AvailableForPickup {
                return Some(pickup_waiting(state, s, now));
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

fn pickup_waiting(
    state: &crate::timeline::DerivedState,
    s: &Shipment,
    now: DateTime<Utc>,
) -> Health {
    let since = state.since.unwrap_or(now);
    let hold = priors::holding_days(
        Some(carrier_slug(s.carrier.as_deref())),
        state.substatus,
    );
    let waited = (now - since).num_days();
    let deadline = since + Duration::days(hold);
    if waited >= hold {
        return health(
            Verdict::NeedsCustomerAction,
            "pickup_deadline_passed",
            Some(since),
            format!(
                "Waiting for collection for {waited} days, beyond the usual {hold}-day holding period; it will be returned soon."
            ),
            Some("Ask the customer to collect it today, or arrange a redelivery".into()),
        );
    }
    health(
        Verdict::NeedsCustomerAction,
        "pickup_waiting",
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

fn label_waiting(
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
            "pickup_failed",
            since,
            format!("{who} could not collect the parcel from the sender."),
            Some(format!("Book a new collection with {who} or drop the parcel off")),
        )
    } else if dwell > t.stall {
        health(
            Verdict::NeedsMerchantAction,
            "label_not_handed_over",
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
            "awaiting_handover",
            since,
            "The label is ready; the parcel has not been handed to the carrier yet.".into(),
            None,
        )
    };
    h.evidence = Some(evidence);
    h
}

/// Carrier-reported problems that do not need the customer.
fn in_flight_issue(state: &crate::timeline::DerivedState, who: &str) -> Option<Health> {
    let since = state.since;
    let (verdict, reason, explanation, action): (Verdict, &str, String, Option<String>) =
        match (state.status, state.substatus) {
            (Status::Exception, Some(SubStatus::ExceptionCustomsHold)) => (
                Verdict::Delayed,
                "customs_hold",
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
                "carrier_exception",
                format!(
                    "{who} reported a problem it will not solve on its own ({}).",
                    state.substatus.map_or("exception", |s| s.code())
                ),
                Some(format!("Contact {who} and decide on a return, reship or refund")),
            ),
            (Status::Exception, _) => (
                Verdict::Delayed,
                "carrier_delay",
                format!("{who} reported a delay."),
                Some("Tell the customer about the delay".into()),
            ),
            (Status::ReturnToSender, _) => (
                Verdict::NeedsMerchantAction,
                "returning_to_sender",
                "The parcel is on its way back to the sender.".into(),
                Some("Contact the customer about a reshipment or refund".into()),
            ),
            (Status::AttemptFail, _) => (
                Verdict::OnTrack,
                "attempt_failed",
                format!("{who} could not deliver and will usually try again."),
                Some("Make sure someone can receive it, or rearrange delivery".into()),
            ),
            _ => return None,
        };
    Some(health(verdict, reason, since, explanation, action))
}

fn threshold_words(t: &Thresholds, verb: &str) -> String {
    match t.level {
        Some(level) => format!(
            "{:.0}% of {} past parcels {verb} {}",
            level * 100.0,
            t.samples,
            span(t.stall)
        ),
        None => format!("parcels normally {verb} {}", span(t.stall)),
    }
}

fn stall_sentence(dwell: f64, t: &Thresholds, carrier: Option<&str>, kind: GapKind) -> String {
    let parcels = carrier.map_or_else(|| "parcels".to_string(), |c| format!("{c} parcels"));
    let scope = if t.basis == "lane" { " on this lane" } else { "" };
    let what = match kind {
        GapKind::ScanGap => "get their next scan within",
        GapKind::HandoffToDelivery => "are delivered within",
    };
    let first = match kind {
        GapKind::ScanGap => format!("No scan for {}", span(dwell)),
        GapKind::HandoffToDelivery => format!("Not delivered {} after hand-off", span(dwell)),
    };
    match t.level {
        Some(level) => format!(
            "{first}; {:.0}% of {parcels}{scope} {what} {} ({} past shipments).",
            level * 100.0,
            span(t.stall),
            t.samples
        ),
        None => format!(
            "{first}; {parcels} normally {what} {} (published service limits).",
            span(t.stall)
        ),
    }
}

/// Whether one of the last events says tracking ends before delivery.
fn tracking_ended(s: &Shipment) -> bool {
    s.events.iter().rev().take(3).any(|e| {
        e.normalized.reason.as_deref() == Some("tracking_ended")
            || e.raw
                .description
                .as_deref()
                .is_some_and(priors::says_tracking_ends)
    })
}

/// Whether today (destination's calendar) is after the window's last day, or the promised
/// date when there is no window.
fn past_window(
    s: &Shipment,
    now: DateTime<Utc>,
    window: Option<&DeliveryWindow>,
    clock: &Clock,
) -> bool {
    let latest = window.map(|w| w.latest).or(s.promised_by);
    latest.is_some_and(|l| clock.local_date(now) > l)
}
