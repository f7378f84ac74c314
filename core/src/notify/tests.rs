use chrono::{DateTime, NaiveDate, Utc};

use super::*;
use crate::estimate::{DeliveryWindow, WindowSource};
use crate::event::RawEvent;
use crate::health::assess;
use crate::normalize::Normalizer;
use crate::timeline::{Shipment, ShipmentInput};

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// A snapshot after the given `(time, status, substatus)` scans, with health at `now`.
fn snap(id: &str, scans: &[(&str, &str, Option<&str>)], now: &str) -> Snapshot {
    let input = ShipmentInput {
        id: id.into(),
        carrier: Some("ups".into()),
        events: scans
            .iter()
            .map(|(time, st, sub)| RawEvent {
                time: Some((*time).into()),
                status: Some((*st).into()),
                substatus: sub.map(Into::into),
                description: Some(format!("{st} {time}").into()),
                ..RawEvent::default()
            })
            .collect(),
        ..ShipmentInput::default()
    };
    let (s, _) = Shipment::from_input(input, &Normalizer::new(), t(now)).unwrap();
    let mut snap = s.snapshot();
    snap.health = Some(assess(&s, t(now), None));
    snap
}

fn no_quiet() -> NotificationPolicy {
    NotificationPolicy {
        quiet_hours: None,
        ..NotificationPolicy::default()
    }
}

const LABEL: (&str, &str, Option<&str>) = ("2024-03-04T09:00:00Z", "info_received", None);
const PICKED: (&str, &str, Option<&str>) =
    ("2024-03-04T15:00:00Z", "in_transit", Some("picked_up"));
const HUB: (&str, &str, Option<&str>) = (
    "2024-03-05T03:00:00Z",
    "in_transit",
    Some("arrived_at_facility"),
);
const HUB2: (&str, &str, Option<&str>) = (
    "2024-03-05T09:00:00Z",
    "in_transit",
    Some("departed_facility"),
);
const OFD: (&str, &str, Option<&str>) = ("2024-03-06T07:00:00Z", "out_for_delivery", None);
const DLV: (&str, &str, Option<&str>) = ("2024-03-06T12:00:00Z", "delivered", None);

#[test]
fn one_notification_per_status_change_and_none_for_transit_scans() {
    let p = no_quiet();
    let now = t("2024-03-06T13:00:00Z");
    let s0 = snap("a", &[LABEL], "2024-03-04T10:00:00Z");
    let n = decide(None, &s0, &p, now);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].kind, NotificationKind::OrderConfirmed);

    let s1 = snap("a", &[LABEL, PICKED], "2024-03-04T16:00:00Z");
    let n = decide(Some(&s0), &s1, &p, now);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].kind, NotificationKind::Shipped);

    let s2 = snap("a", &[LABEL, PICKED, HUB, HUB2], "2024-03-05T10:00:00Z");
    assert!(decide(Some(&s1), &s2, &p, now).is_empty(), "transit scans");

    let s3 = snap(
        "a",
        &[LABEL, PICKED, HUB, HUB2, OFD],
        "2024-03-06T08:00:00Z",
    );
    assert_eq!(
        decide(Some(&s2), &s3, &p, now)[0].kind,
        NotificationKind::OutForDelivery
    );
    let s4 = snap(
        "a",
        &[LABEL, PICKED, HUB, HUB2, OFD, DLV],
        "2024-03-06T13:00:00Z",
    );
    let n = decide(Some(&s3), &s4, &p, now);
    assert_eq!(n[0].kind, NotificationKind::Delivered);
    // Same state again (a poll re-sent the same scans): nothing, and the key is stable.
    assert!(decide(Some(&s4), &s4, &p, now).is_empty());
    assert_eq!(
        decide(Some(&s3), &s4, &p, now)[0].dedupe_key,
        n[0].dedupe_key
    );
    assert_eq!(n[0].dedupe_key, "a:delivered:delivered");
}

#[test]
fn resuming_after_a_delay_does_not_resend_shipped() {
    let p = no_quiet();
    let now = t("2024-03-06T13:00:00Z");
    let moving = snap("b", &[LABEL, PICKED], "2024-03-05T10:00:00Z");
    let delayed = snap(
        "b",
        &[
            LABEL,
            PICKED,
            ("2024-03-05T12:00:00Z", "exception", Some("delayed")),
        ],
        "2024-03-05T13:00:00Z",
    );
    assert_eq!(
        decide(Some(&moving), &delayed, &p, now)[0].kind,
        NotificationKind::Delay
    );
    let resumed = snap(
        "b",
        &[
            LABEL,
            PICKED,
            ("2024-03-05T12:00:00Z", "exception", Some("delayed")),
            HUB2,
        ],
        "2024-03-05T13:00:00Z",
    );
    assert!(decide(Some(&delayed), &resumed, &p, now).is_empty());
    let addr = snap(
        "b",
        &[
            LABEL,
            PICKED,
            ("2024-03-05T12:00:00Z", "exception", Some("address_issue")),
        ],
        "2024-03-05T13:00:00Z",
    );
    let n = decide(Some(&moving), &addr, &p, now);
    assert_eq!(n[0].kind, NotificationKind::ActionRequired);
    assert!(n[0].channels.contains(&Channel::Sms));
    // Disabled kinds are not sent.
    let mut off = no_quiet();
    off.enabled.remove(&NotificationKind::ActionRequired);
    assert!(decide(Some(&moving), &addr, &off, now).is_empty());
}

#[test]
fn window_revised_and_missed() {
    let p = no_quiet();
    let now = t("2024-03-06T13:00:00Z");
    let w = |d: u32| DeliveryWindow {
        earliest: NaiveDate::from_ymd_opt(2024, 3, d - 1).unwrap(),
        latest: NaiveDate::from_ymd_opt(2024, 3, d).unwrap(),
        most_likely: NaiveDate::from_ymd_opt(2024, 3, d).unwrap(),
        confidence: 0.9,
        source: WindowSource::Prior,
        basis: String::new(),
        surge: None,
        overdue: false,
    };
    let mut a = snap("c", &[LABEL, PICKED, HUB], "2024-03-05T10:00:00Z");
    let mut b = snap("c", &[LABEL, PICKED, HUB, HUB2], "2024-03-05T10:00:00Z");
    a.window = Some(w(8));
    b.window = Some(w(8));
    assert!(decide(Some(&a), &b, &p, now).is_empty());
    b.window = Some(w(11));
    let n = decide(Some(&a), &b, &p, now);
    assert_eq!(n[0].kind, NotificationKind::WindowRevised);
    assert_eq!(n[0].dedupe_key, "c:window_revised:2024-03-11");
    let mut late = b.clone();
    late.health.as_mut().unwrap().reason = crate::health::HealthReason::PastWindow;
    assert_eq!(
        decide(Some(&b), &late, &p, now)[0].kind,
        NotificationKind::WindowMissed
    );
    assert!(decide(Some(&late), &late, &p, now).is_empty());
}

#[test]
fn quiet_hours_defer_in_the_recipients_zone() {
    let p = NotificationPolicy {
        timezone: Some("Europe/Berlin".into()),
        ..NotificationPolicy::default()
    };
    let s0 = snap("d", &[LABEL], "2024-03-04T10:00:00Z");
    // 22:30 UTC = 23:30 in Berlin: deferred to 08:00 Berlin = 07:00 UTC next day.
    let n = decide(None, &s0, &p, t("2024-03-04T22:30:00Z"));
    assert!(n[0].deferred);
    assert_eq!(n[0].send_at, t("2024-03-05T07:00:00Z"));
    // 06:30 UTC = 07:30 Berlin: deferred to 08:00 the same morning.
    let n = decide(None, &s0, &p, t("2024-03-05T06:30:00Z"));
    assert_eq!(n[0].send_at, t("2024-03-05T07:00:00Z"));
    // Daytime: now.
    let n = decide(None, &s0, &p, t("2024-03-05T12:00:00Z"));
    assert!(!n[0].deferred);
    assert_eq!(n[0].send_at, t("2024-03-05T12:00:00Z"));
    // Serde round trip of the policy.
    let back: NotificationPolicy =
        serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back, p);
}

#[test]
fn split_orders_get_one_digest() {
    let p = no_quiet();
    let now = t("2024-03-05T12:00:00Z");
    let mut items = Vec::new();
    for id in ["p1", "p2", "p3"] {
        let s0 = snap(id, &[LABEL], "2024-03-04T10:00:00Z");
        let s1 = snap(id, &[LABEL, PICKED], "2024-03-04T16:00:00Z");
        for n in decide(Some(&s0), &s1, &p, now) {
            items.push(("order-9".to_string(), n));
        }
    }
    let other = snap("q1", &[LABEL, PICKED], "2024-03-04T16:00:00Z");
    items.extend(
        decide(None, &other, &p, now)
            .into_iter()
            .map(|n| ("order-10".to_string(), n)),
    );
    let d = digest(items.clone());
    assert_eq!(d.len(), 2);
    let combined = d.iter().find(|n| n.shipment_ids.len() == 3).unwrap();
    assert_eq!(combined.kind, NotificationKind::Shipped);
    items.reverse();
    let again = digest(items);
    let combined2 = again.iter().find(|n| n.shipment_ids.len() == 3).unwrap();
    assert_eq!(
        combined.dedupe_key, combined2.dedupe_key,
        "order-independent key"
    );
}

#[test]
fn a_new_stall_sends_one_proactive_delay_notice() {
    let p = no_quiet();
    let now = t("2024-03-12T13:00:00Z");
    let fresh = snap("e", &[LABEL, PICKED, HUB], "2024-03-05T10:00:00Z");
    let stuck = snap("e", &[LABEL, PICKED, HUB], "2024-03-08T12:00:00Z");
    assert_eq!(stuck.health.as_ref().unwrap().verdict, Verdict::Stalled);
    let n = decide(Some(&fresh), &stuck, &p, now);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].kind, NotificationKind::Delay);
    assert!(n[0].dedupe_key.starts_with("e:delay:stalled@"));
    // Still stalled a day later: nothing new.
    let later = snap("e", &[LABEL, PICKED, HUB], "2024-03-11T12:00:00Z");
    assert!(decide(Some(&stuck), &later, &p, now).is_empty());
}
