//! Whether to tell the customer now: a pure decision from the previous snapshot (or none) and
//! the current one. The library decides; the caller sends.
//!
//! Rules:
//! - at most one notification per call, and only on a change that matters to a customer
//!   (order confirmed, shipped, out for delivery, ready for pickup, delivered, delay, action
//!   needed, returning); repeated in-transit scans never notify;
//! - otherwise a proactive `delay` when health finds the parcel newly stalled, or a window
//!   that moved by a day or more (`window_revised`) or that has just been
//!   missed (`window_missed`);
//! - each notification carries a stable `dedupe_key` (shipment id, kind and the triggering
//!   state), so re-running the decision on the same data never sends twice;
//! - quiet hours in the recipient's zone defer (`send_at`), never drop;
//! - [`digest`] folds the notifications of several shipments of one order into one.

mod quiet;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use quiet::QuietHours;

use crate::health::Verdict;
use crate::message::Message;
use crate::snapshot::Snapshot;
use crate::status::{Status, SubStatus};

/// What a notification is about.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NotificationKind {
    /// The order exists (label or registration, nothing shipped yet).
    OrderConfirmed,
    /// The carrier has the parcel.
    Shipped,
    /// On the vehicle today.
    OutForDelivery,
    /// Waiting at a pickup point.
    AvailableForPickup,
    /// Delivered.
    Delivered,
    /// The carrier reported a delay.
    Delay,
    /// The customer must act (address, payment, ID, failed attempt).
    ActionRequired,
    /// On its way back to the shop.
    Returning,
    /// The delivery window moved.
    WindowRevised,
    /// The delivery window passed without delivery.
    WindowMissed,
}

impl NotificationKind {
    /// Every kind.
    pub const ALL: [NotificationKind; 10] = [
        NotificationKind::OrderConfirmed,
        NotificationKind::Shipped,
        NotificationKind::OutForDelivery,
        NotificationKind::AvailableForPickup,
        NotificationKind::Delivered,
        NotificationKind::Delay,
        NotificationKind::ActionRequired,
        NotificationKind::Returning,
        NotificationKind::WindowRevised,
        NotificationKind::WindowMissed,
    ];

    /// The stable snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            NotificationKind::OrderConfirmed => "order_confirmed",
            NotificationKind::Shipped => "shipped",
            NotificationKind::OutForDelivery => "out_for_delivery",
            NotificationKind::AvailableForPickup => "available_for_pickup",
            NotificationKind::Delivered => "delivered",
            NotificationKind::Delay => "delay",
            NotificationKind::ActionRequired => "action_required",
            NotificationKind::Returning => "returning",
            NotificationKind::WindowRevised => "window_revised",
            NotificationKind::WindowMissed => "window_missed",
        }
    }
}

/// A delivery channel hint.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Channel {
    /// E-mail.
    Email,
    /// Text message.
    Sms,
    /// App push notification.
    Push,
}

/// What the merchant wants sent, where and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct NotificationPolicy {
    /// Kinds that may be sent at all.
    pub enabled: BTreeSet<NotificationKind>,
    /// Channels per kind (a kind without an entry goes by e-mail).
    pub channels: BTreeMap<NotificationKind, Vec<Channel>>,
    /// Hours in which nothing is sent (deferred to their end).
    pub quiet_hours: Option<QuietHours>,
    /// The recipient's IANA zone for quiet hours (UTC when absent or unknown).
    pub timezone: Option<String>,
    /// A window must move by at least this many days for `window_revised`.
    pub min_window_shift_days: i64,
}

impl Default for NotificationPolicy {
    fn default() -> Self {
        use Channel::{Email, Push, Sms};
        use NotificationKind as K;
        let channels = [
            (K::OutForDelivery, vec![Push, Sms]),
            (K::AvailableForPickup, vec![Email, Push, Sms]),
            (K::Delivered, vec![Email, Push]),
            (K::ActionRequired, vec![Email, Sms, Push]),
        ]
        .into_iter()
        .collect();
        NotificationPolicy {
            enabled: NotificationKind::ALL.into_iter().collect(),
            channels,
            quiet_hours: Some(QuietHours::default()),
            timezone: None,
            min_window_shift_days: 1,
        }
    }
}

impl NotificationPolicy {
    fn channels_for(&self, kind: NotificationKind) -> Vec<Channel> {
        self.channels
            .get(&kind)
            .cloned()
            .unwrap_or_else(|| vec![Channel::Email])
    }
}

/// One notification to send (or several shipments' worth, for a digest).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Notification {
    /// What it is about.
    pub kind: NotificationKind,
    /// The shipments it covers (one, or several for a digest).
    pub shipment_ids: Vec<String>,
    /// Stable key: the same trigger always gives the same key; send each key once.
    pub dedupe_key: String,
    /// Where to send it.
    pub channels: Vec<Channel>,
    /// When to send it (later than `now` when deferred by quiet hours).
    pub send_at: DateTime<Utc>,
    /// Whether quiet hours deferred it.
    pub deferred: bool,
    /// The customer message of the current snapshot, when it was rendered.
    pub message: Option<Message>,
}

/// The customer-facing kind of a snapshot's state, if any.
fn state_kind(s: &Snapshot) -> Option<NotificationKind> {
    use NotificationKind as K;
    let customer_action = s
        .health
        .as_ref()
        .is_some_and(|h| h.verdict == Verdict::NeedsCustomerAction);
    Some(match (s.status, s.substatus) {
        (Status::Delivered, _) => K::Delivered,
        (Status::AvailableForPickup, _) => K::AvailableForPickup,
        (Status::OutForDelivery, _) => K::OutForDelivery,
        (Status::AttemptFail, _) => K::ActionRequired,
        (Status::Exception, _) if customer_action => K::ActionRequired,
        (
            Status::Exception,
            Some(SubStatus::ExceptionAddressIssue | SubStatus::ExceptionPaymentRequired),
        ) => K::ActionRequired,
        (Status::Exception, _) => K::Delay,
        (Status::ReturnToSender, _) => K::Returning,
        (Status::InTransit, _) => K::Shipped,
        (Status::Pending | Status::Unknown, _) if s.shipped_at.is_some() => K::Shipped,
        (Status::Pending | Status::InfoReceived, _) => K::OrderConfirmed,
        _ => return None,
    })
}

/// What makes two states the "same" for notification purposes: in-transit scans and pickup
/// reminders are one state; problems differ by sub-status and by occurrence.
fn state_trigger(s: &Snapshot, kind: NotificationKind) -> String {
    use NotificationKind as K;
    match kind {
        K::OrderConfirmed | K::Shipped | K::Delivered | K::Returning | K::AvailableForPickup => {
            kind.code().to_string()
        }
        K::OutForDelivery => s
            .since
            .map_or_else(String::new, |t| t.format("%Y-%m-%d").to_string()),
        _ => format!(
            "{}@{}",
            s.substatus.map_or(s.status.code(), |x| x.code()),
            s.since.map_or(0, |t| t.timestamp())
        ),
    }
}

fn stalled(s: &Snapshot) -> bool {
    s.health
        .as_ref()
        .is_some_and(|h| matches!(h.verdict, Verdict::Stalled | Verdict::LikelyLost))
}

fn past_window(s: &Snapshot) -> bool {
    s.health
        .as_ref()
        .is_some_and(|h| h.reason == crate::health::HealthReason::PastWindow)
}

/// Decides what to send for `current`, given the last snapshot the customer was told about
/// (`None` for a new shipment).
pub fn decide(
    previous: Option<&Snapshot>,
    current: &Snapshot,
    policy: &NotificationPolicy,
    now: DateTime<Utc>,
) -> Vec<Notification> {
    let Some((kind, trigger)) = pick(previous, current, policy) else {
        return Vec::new();
    };
    if !policy.enabled.contains(&kind) {
        return Vec::new();
    }
    let (send_at, deferred) = match &policy.quiet_hours {
        Some(q) => q.next_allowed(now, policy.timezone.as_deref()),
        None => (now, false),
    };
    vec![Notification {
        kind,
        shipment_ids: vec![current.id.clone()],
        dedupe_key: format!("{}:{}:{}", current.id, kind.code(), trigger),
        channels: policy.channels_for(kind),
        send_at,
        deferred,
        message: current.message.clone(),
    }]
}

fn pick(
    previous: Option<&Snapshot>,
    current: &Snapshot,
    policy: &NotificationPolicy,
) -> Option<(NotificationKind, String)> {
    use NotificationKind as K;
    let now_kind = state_kind(current);
    let before = previous.and_then(state_kind);
    if let Some(k) = now_kind {
        let trigger = state_trigger(current, k);
        let same = previous.is_some_and(|p| before == Some(k) && state_trigger(p, k) == trigger);
        // "Shipped" only when moving out of the pre-shipment states, never when a parcel
        // resumes transit after a delay.
        let resumed = k == K::Shipped && before.is_some_and(|b| b != K::OrderConfirmed);
        if !same && !resumed {
            return Some((k, trigger));
        }
    }
    if current.terminal {
        return None;
    }
    // A proactive delay notice when the parcel has just stalled (no scan for longer than
    // this carrier and step normally take), before the customer has to ask.
    if stalled(current) && !previous.is_some_and(stalled) {
        let since = current
            .health
            .as_ref()
            .and_then(|h| h.since)
            .map_or(0, |t| t.timestamp());
        return Some((K::Delay, format!("stalled@{since}")));
    }
    if past_window(current) && !previous.is_some_and(past_window) {
        let latest = current
            .window
            .as_ref()
            .map_or_else(|| "promise".to_string(), |w| w.latest.to_string());
        return Some((K::WindowMissed, latest));
    }
    if let (Some(p), Some(c)) = (previous.and_then(|p| p.window.as_ref()), &current.window) {
        let shift = (c.latest - p.latest).num_days().abs();
        if shift >= policy.min_window_shift_days.max(1) {
            return Some((K::WindowRevised, c.latest.to_string()));
        }
    }
    None
}

/// FNV-1a 64 of the parts, for stable digest keys.
fn fnv(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0x1f]) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Folds notifications of the same kind for shipments of one order into one (a split order
/// shipped in three parcels gets one "shipped" message). Input: `(order id, notification)`.
/// The digest goes out when its last part may (latest `send_at`), on every channel any part
/// asked for; its key derives from the parts' keys, so it is as stable as they are.
pub fn digest(items: Vec<(String, Notification)>) -> Vec<Notification> {
    let mut groups: BTreeMap<(String, NotificationKind), Vec<Notification>> = BTreeMap::new();
    for (order, n) in items {
        groups.entry((order, n.kind)).or_default().push(n);
    }
    let mut out = Vec::new();
    for ((order, kind), mut parts) in groups {
        if parts.len() == 1 {
            out.extend(parts);
            continue;
        }
        parts.sort_by(|a, b| a.dedupe_key.cmp(&b.dedupe_key));
        let keys: Vec<&str> = parts.iter().map(|p| p.dedupe_key.as_str()).collect();
        let mut channels: Vec<Channel> = parts.iter().flat_map(|p| p.channels.clone()).collect();
        channels.sort();
        channels.dedup();
        let send_at = parts.iter().map(|p| p.send_at).max().unwrap_or_default();
        out.push(Notification {
            kind,
            shipment_ids: parts.iter().flat_map(|p| p.shipment_ids.clone()).collect(),
            dedupe_key: format!("{order}:{}:digest:{:016x}", kind.code(), fnv(&keys)),
            channels,
            send_at,
            deferred: parts.iter().any(|p| p.deferred),
            message: parts.first().and_then(|p| p.message.clone()),
        });
    }
    out
}
