//! Timeline behaviour: idempotent, order-independent ingest, stable identity, ordering,
//! typed rejection, and the status fold rules of TAXONOMY.md section 3.
//!
//! Events carry a given canonical `status` (accepted as given by any normalizer) or a text
//! whose meaning is unambiguous, so these tests hold whatever the normalizer's tables say.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code: a failure should stop loudly

use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use serde_json::{Value, json};
use tracking_core::event::RejectReason;
use tracking_core::milestone::Milestone;
use tracking_core::snapshot::Snapshot;
use tracking_core::status::{Status, SubStatus};
use tracking_core::timeline::Shipment;
use tracking_core::{Normalizer, RawEvent};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 5, 10, 12, 0, 0).unwrap()
}

/// An event with a given canonical status (`status` or `status.detail`) at an RFC 3339 time.
fn given(code: &str, time: &str, text: &str) -> RawEvent {
    let (status, sub) = match code.split_once('.') {
        Some((status, sub)) => (status, Some(sub)),
        None => (code, None),
    };
    serde_json::from_value(json!({
        "status": status, "substatus": sub, "time": time, "description": text,
        "location": {"city": "Utrecht", "country": "NL"}
    }))
    .unwrap()
}

fn raw(v: Value) -> RawEvent {
    serde_json::from_value(v).unwrap()
}

fn ingest(events: Vec<RawEvent>) -> Shipment {
    let mut s = Shipment::new("S1");
    s.carrier = Some("postnl".into());
    let report = s.ingest(events.clone(), &Normalizer::new(), now());
    assert_eq!(
        report.added + report.duplicates + report.rejected.len(),
        events.len()
    );
    s
}

/// A realistic delivered journey with a re-sent scan, an informational scan and bad events.
fn journey() -> Vec<RawEvent> {
    vec![
        given(
            "info_received.label_created",
            "2024-05-01T09:00:00+02:00",
            "Zending is voorgemeld",
        ),
        given(
            "in_transit.picked_up",
            "2024-05-01T18:30:00+02:00",
            "Zending is opgehaald",
        ),
        given(
            "in_transit.processed",
            "2024-05-02T02:10:00+02:00",
            "Zending is gesorteerd",
        ),
        // The same sort scan re-sent, written in UTC and with other casing/punctuation.
        given(
            "in_transit.processed",
            "2024-05-02T00:10:00Z",
            "zending is GESORTEERD.",
        ),
        given(
            "unknown.informational",
            "2024-05-02T07:00:00+02:00",
            "Bezorgvoorkeur gewijzigd",
        ),
        given(
            "out_for_delivery",
            "2024-05-02T08:15:00+02:00",
            "Zending is onderweg naar je toe",
        ),
        given(
            "delivered",
            "2024-05-02T13:42:00+02:00",
            "Zending is bezorgd",
        ),
        // Bad ones: no time shape, nothing to read, from the future, not a canonical code.
        raw(json!({"description": "Zending is gesorteerd", "time": "gisteren"})),
        raw(json!({"time": "2024-05-02T09:00:00Z"})),
        raw(json!({"description": "Delivered", "time": "2024-06-30T09:00:00Z"})),
        raw(json!({"status": "teleported", "time": "2024-05-02T09:00:00Z"})),
    ]
}

#[test]
fn ingest_is_idempotent() {
    let mut s = ingest(journey());
    let before = s.clone();
    let again = s.ingest(journey(), &Normalizer::new(), now());
    assert_eq!(again.added, 0);
    assert_eq!(again.duplicates, 7);
    assert_eq!(again.rejected.len(), 4);
    assert_eq!(
        s, before,
        "a second ingest of the same batch changed the shipment"
    );
}

#[test]
fn nothing_is_silently_dropped_and_rejections_are_typed() {
    let mut s = Shipment::new("S1");
    let report = s.ingest(journey(), &Normalizer::new(), now());
    assert_eq!(report.added, 6);
    assert_eq!(report.duplicates, 1);
    assert_eq!(report.rejected.len(), 4);
    let kinds: Vec<&RejectReason> = report.rejected.iter().map(|r| &r.error).collect();
    assert!(matches!(kinds[0], RejectReason::UnparseableTime { input, .. } if input == "gisteren"));
    assert_eq!(kinds[1], &RejectReason::NoCodeOrText);
    assert!(matches!(kinds[2], RejectReason::FutureTime { .. }));
    assert!(matches!(kinds[3], RejectReason::InvalidStatus { code } if code == "teleported"));
    assert_eq!(s.rejected.len(), 4);
    assert_eq!(s.snapshot().rejected.len(), 4);
}

#[test]
fn other_rejections_missing_time_and_mismatched_substatus() {
    let mut s = Shipment::new("S1");
    let report = s.ingest(
        vec![
            raw(json!({"description": "Delivered"})),
            raw(json!({"status": "delivered", "substatus": "customs", "time": "2024-05-02T09:00:00Z"})),
            // Just inside the tolerance for a wrongly guessed zone: accepted.
            raw(json!({"status": "in_transit", "time": "2024-05-11T10:00:00Z"})),
        ],
        &Normalizer::new(),
        now(),
    );
    assert_eq!(report.added, 1);
    assert_eq!(report.rejected[0].error, RejectReason::MissingTime);
    assert!(matches!(
        &report.rejected[1].error,
        RejectReason::InvalidStatus { code } if code == "customs"
    ));
}

#[test]
fn identity_survives_resent_scans() {
    // Same carrier event id: a duplicate even when the carrier edited the text.
    let a = raw(
        json!({"id": "ev-77", "carrier": "dhl_parcel_de", "code": "ZU",
        "description": "Die Sendung wurde zugestellt.", "time": "2024-05-02T13:42:00+02:00"}),
    );
    let b = raw(
        json!({"id": "ev-77", "carrier": "dhl_parcel_de", "code": "ZU",
        "description": "Die Sendung wurde erfolgreich zugestellt.", "time": "2024-05-02T13:42:00+02:00"}),
    );
    // Without ids: same scan written as local wall-clock (read in the Dutch zone) and as UTC.
    let c = raw(json!({"code": "A01", "description": "Zending is bezorgd",
        "time": "2024-05-02 13:42", "location": {"city": "Utrecht", "country": "NL"}}));
    let d = raw(json!({"code": "a01", "description": "Zending is  bezorgd.",
        "time": "2024-05-02T11:42:00Z", "location": {"city": "UTRECHT", "country": "nl"}}));
    let s = ingest(vec![a.clone(), b.clone(), c.clone(), d.clone()]);
    assert_eq!(s.events.len(), 2);
    // The ids do not depend on which copy came first.
    let t = ingest(vec![d, c, b, a]);
    let ids = |s: &Shipment| s.events.iter().map(|e| e.id).collect::<Vec<_>>();
    assert_eq!(ids(&s), ids(&t));
    assert_eq!(s, t);
    // A different scan (other time) is a different event.
    let e = raw(json!({"code": "A01", "description": "Zending is bezorgd",
        "time": "2024-05-03 13:42", "location": {"city": "Utrecht", "country": "NL"}}));
    let mut u = s.clone();
    let r = u.ingest(vec![e], &Normalizer::new(), now());
    assert_eq!(r.added, 1);
}

#[test]
fn events_sorted_by_instant_with_deterministic_ties() {
    let evs = vec![
        given("delivered", "2024-05-02T13:42:00+02:00", "Bezorgd"),
        given(
            "unknown.informational",
            "2024-05-02T11:42:00Z",
            "Foto gemaakt",
        ),
        given("in_transit", "2024-05-01T23:00:00Z", "Gesorteerd"),
        given("out_for_delivery", "2024-05-02T11:42:00Z", "Onderweg"),
    ];
    let s = ingest(evs.clone());
    let times: Vec<_> = s.events.iter().map(|e| e.time.utc).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]));
    // Same instant: the informational scan, then out for delivery, then delivered.
    let statuses: Vec<Status> = s.events.iter().map(|e| e.normalized.status).collect();
    assert_eq!(
        statuses,
        [
            Status::InTransit,
            Status::Unknown,
            Status::OutForDelivery,
            Status::Delivered
        ]
    );
    let mut rev = evs;
    rev.reverse();
    assert_eq!(ingest(rev).events, s.events);
}

fn state_of(events: Vec<RawEvent>) -> Snapshot {
    ingest(events).snapshot()
}

#[test]
fn unknown_events_never_move_the_state() {
    let snap = state_of(vec![
        given(
            "in_transit.arrived_at_facility",
            "2024-05-01T10:00:00Z",
            "Aangekomen",
        ),
        given("unknown.unmapped", "2024-05-02T10:00:00Z", "???"),
        given("unknown.informational", "2024-05-03T10:00:00Z", "Foto"),
    ]);
    assert_eq!(snap.status, Status::InTransit);
    assert_eq!(snap.substatus, Some(SubStatus::InTransitArrivedAtFacility));
    assert_eq!(
        snap.since.unwrap().to_rfc3339(),
        "2024-05-01T10:00:00+00:00"
    );
    assert_eq!(
        snap.last_event_at.unwrap().to_rfc3339(),
        "2024-05-03T10:00:00+00:00"
    );
}

#[test]
fn terminal_state_does_not_regress_on_late_older_or_noisy_scans() {
    let mut s = ingest(vec![
        given("out_for_delivery", "2024-05-02T07:00:00Z", "Onderweg"),
        given("delivered", "2024-05-02T12:00:00Z", "Bezorgd"),
    ]);
    // A late-arriving older scan, a re-sent label event and a stray later transit scan.
    s.ingest(
        vec![
            given("in_transit", "2024-05-01T20:00:00Z", "Gesorteerd"),
            given("info_received", "2024-05-02T15:00:00Z", "Voorgemeld"),
            given("in_transit", "2024-05-03T08:00:00Z", "Gesorteerd"),
            given("attempt_fail", "2024-05-03T09:00:00Z", "Niet thuis"),
        ],
        &Normalizer::new(),
        now(),
    );
    let snap = s.snapshot();
    assert_eq!(snap.status, Status::Delivered);
    assert!(snap.terminal);
    assert_eq!(
        snap.delivered_at.unwrap().to_rfc3339(),
        "2024-05-02T12:00:00+00:00"
    );
    assert_eq!(snap.milestone, Milestone::Delivered);
}

#[test]
fn delivered_moves_on_to_return_only_on_evidence() {
    let snap = state_of(vec![
        given("delivered", "2024-05-02T12:00:00Z", "Bezorgd"),
        given(
            "return_to_sender.in_progress",
            "2024-05-03T09:00:00Z",
            "Retour afzender",
        ),
    ]);
    assert_eq!(snap.status, Status::ReturnToSender);
    assert_eq!(snap.substatus, Some(SubStatus::ReturnToSenderInProgress));
    assert!(!snap.terminal);
    assert_eq!(snap.milestone, Milestone::Returning);
}

#[test]
fn pickup_point_then_collected() {
    let snap = state_of(vec![
        given(
            "available_for_pickup.pickup_point",
            "2024-05-02T10:00:00Z",
            "Ligt klaar",
        ),
        given(
            "delivered.picked_up_by_recipient",
            "2024-05-03T17:00:00Z",
            "Opgehaald",
        ),
    ]);
    assert_eq!(snap.status, Status::Delivered);
    assert_eq!(
        snap.substatus,
        Some(SubStatus::DeliveredPickedUpByRecipient)
    );
    assert_eq!(
        snap.delivered_at.unwrap().to_rfc3339(),
        "2024-05-03T17:00:00+00:00"
    );
}

#[test]
fn given_status_is_accepted_as_given() {
    let s = ingest(vec![given(
        "exception.customs_hold",
        "2024-05-02T10:00:00Z",
        "x",
    )]);
    let e = &s.events[0];
    assert_eq!(e.normalized.rule.as_str(), "given");
    assert_eq!(
        e.normalized.substatus,
        Some(SubStatus::ExceptionCustomsHold)
    );
    let snap = s.snapshot();
    assert_eq!(snap.status, Status::Exception);
    assert_eq!(snap.milestone, Milestone::Issue);
}

#[test]
fn delivery_refinement_keeps_the_delivery_time() {
    let snap = state_of(vec![
        given("delivered", "2024-05-02T12:00:00Z", "Bezorgd"),
        given(
            "delivered.signed",
            "2024-05-02T12:05:00Z",
            "Handtekening ontvangen",
        ),
    ]);
    assert_eq!(snap.substatus, Some(SubStatus::DeliveredSigned));
    assert_eq!(
        snap.delivered_at.unwrap().to_rfc3339(),
        "2024-05-02T12:00:00+00:00"
    );
}

#[test]
fn return_journey_scans_stay_a_return_and_delivery_back_is_returned() {
    let snap = state_of(vec![
        given("in_transit", "2024-05-01T10:00:00Z", "Gesorteerd"),
        given("return_to_sender", "2024-05-04T10:00:00Z", "Retour"),
        given(
            "in_transit.arrived_at_facility",
            "2024-05-05T10:00:00Z",
            "Aangekomen",
        ),
        given("out_for_delivery", "2024-05-06T08:00:00Z", "Onderweg"),
    ]);
    assert_eq!(snap.status, Status::ReturnToSender);
    assert_eq!(
        snap.since.unwrap().to_rfc3339(),
        "2024-05-04T10:00:00+00:00"
    );
    let snap = state_of(vec![
        given("return_to_sender", "2024-05-04T10:00:00Z", "Retour"),
        given("delivered", "2024-05-06T12:00:00Z", "Bezorgd"),
    ]);
    assert_eq!(snap.status, Status::ReturnToSender);
    assert_eq!(snap.substatus, Some(SubStatus::ReturnToSenderReturned));
    assert!(snap.terminal);
    assert_eq!(snap.delivered_at, None);
}

#[test]
fn a_return_sits_where_the_parcel_turned_back_even_after_delivery_to_the_sender() {
    let snap = state_of(vec![
        given("in_transit.picked_up", "2024-05-01T10:00:00Z", "Opgehaald"),
        given("in_transit", "2024-05-02T01:00:00Z", "Gesorteerd"),
        given("return_to_sender", "2024-05-03T10:00:00Z", "Retour"),
        given("out_for_delivery", "2024-05-05T08:00:00Z", "Onderweg"),
        given("delivered", "2024-05-05T12:00:00Z", "Bezorgd"),
    ]);
    assert_eq!(snap.substatus, Some(SubStatus::ReturnToSenderReturned));
    assert_eq!(snap.milestone, Milestone::Returning);
    // The way back's "out for delivery" and "delivered" do not push the bar forward.
    assert_eq!(snap.progress.step, 4);
}

#[test]
fn pre_carrier_events_do_not_pull_back_a_moving_parcel() {
    let snap = state_of(vec![
        given("in_transit.picked_up", "2024-05-01T10:00:00Z", "Opgehaald"),
        given("info_received", "2024-05-01T12:00:00Z", "Voorgemeld"),
    ]);
    assert_eq!(snap.status, Status::InTransit);
    assert_eq!(snap.milestone, Milestone::Shipped);
}

#[test]
fn cancelled_and_lost_move_on_only_with_movement() {
    let snap = state_of(vec![
        given("cancelled", "2024-05-01T10:00:00Z", "Geannuleerd"),
        given("info_received", "2024-05-01T12:00:00Z", "Voorgemeld"),
    ]);
    assert_eq!(snap.status, Status::Cancelled);
    let snap = state_of(vec![
        given("cancelled", "2024-05-01T10:00:00Z", "Geannuleerd"),
        given("in_transit.picked_up", "2024-05-02T12:00:00Z", "Opgehaald"),
    ]);
    assert_eq!(snap.status, Status::InTransit);
    let snap = state_of(vec![
        given("exception.lost", "2024-05-03T10:00:00Z", "Vermist"),
        given("unknown", "2024-05-04T12:00:00Z", "Onderzoek"),
    ]);
    assert!(snap.terminal);
    let snap = state_of(vec![
        given("exception.lost", "2024-05-03T10:00:00Z", "Vermist"),
        given("delivered", "2024-05-05T12:00:00Z", "Bezorgd"),
    ]);
    assert_eq!(snap.status, Status::Delivered);
}

#[test]
fn side_states_sit_at_the_step_where_they_happen() {
    let attempt = state_of(vec![
        given("in_transit.picked_up", "2024-05-01T10:00:00Z", "Opgehaald"),
        given("in_transit", "2024-05-02T01:00:00Z", "Gesorteerd"),
        given("out_for_delivery", "2024-05-02T08:00:00Z", "Onderweg"),
        given("attempt_fail", "2024-05-02T12:00:00Z", "Niet thuis"),
    ]);
    assert_eq!(attempt.milestone, Milestone::Issue);
    assert_eq!(attempt.progress.step, 5);
    let customs = state_of(vec![
        given("in_transit.picked_up", "2024-05-01T10:00:00Z", "Opgehaald"),
        given("in_transit", "2024-05-02T01:00:00Z", "Gesorteerd"),
        given("exception.customs_hold", "2024-05-03T08:00:00Z", "Douane"),
    ]);
    assert_eq!(customs.progress.step, 4);
    assert!((customs.progress.fraction - 0.6).abs() < 1e-9);
    let pickup = state_of(vec![given(
        "available_for_pickup",
        "2024-05-02T10:00:00Z",
        "Ligt klaar",
    )]);
    assert_eq!(pickup.milestone, Milestone::ReadyForPickup);
    assert_eq!(pickup.progress.step, 5);
}

#[test]
fn unambiguous_english_texts_need_no_given_status() {
    let snap = state_of(vec![
        raw(json!({"description": "Out for delivery", "time": "2024-05-02T07:00:00Z"})),
        raw(json!({"description": "Delivered", "time": "2024-05-02T12:00:00Z"})),
    ]);
    assert_eq!(snap.status, Status::Delivered);
    assert_eq!(snap.events.len(), 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any permutation of the same events, split into any two batches, gives the same
    /// shipment (timeline, rejected list and snapshot).
    #[test]
    fn ingest_is_order_independent(
        perm in Just(journey()).prop_shuffle(),
        split in 0usize..=11,
    ) {
        let reference = ingest(journey());
        let mut s = Shipment::new("S1");
        s.carrier = Some("postnl".into());
        let (a, b) = perm.split_at(split.min(perm.len()));
        let r1 = s.ingest(a.to_vec(), &Normalizer::new(), now());
        let r2 = s.ingest(b.to_vec(), &Normalizer::new(), now());
        prop_assert_eq!(r1.added + r2.added, 6);
        prop_assert_eq!(r1.duplicates + r2.duplicates, 1);
        prop_assert_eq!(&s, &reference);
        prop_assert_eq!(s.snapshot(), reference.snapshot());
    }
}
