//! The facade from Rust: the same calls the Kotlin and Swift tests make, so a change in the
//! core that breaks a conversion fails `cargo test` before it reaches a phone.

use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::*;
use crate::convert::{from_system, to_system};

fn at(rfc3339: &str) -> SystemTime {
    to_system(rfc3339.parse::<DateTime<Utc>>().unwrap()).unwrap()
}

fn core(locale: &str) -> Arc<TrackingCore> {
    TrackingCore::new(CoreOptions {
        locale: locale.into(),
        transit_model_json: None,
        dwell_model_json: None,
        notification_policy_json: None,
    })
    .unwrap()
}

fn fixtures() -> Vec<(String, Value)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures/shipments");
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            (p.display().to_string(), v)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn instant(v: &Value) -> Option<SystemTime> {
    v.as_str().map(at)
}

#[test]
fn every_shipment_fixture_passes_through_the_facade() {
    let tc = core("en");
    let all = fixtures();
    assert!(all.len() >= 5, "fixtures not found");
    for (name, fx) in all {
        let now = at(fx["now"].as_str().unwrap());
        let input = shipment_from_json(fx["input"].to_string()).unwrap();
        let snap = tc.track(input, now).unwrap();
        let exp = fx["expected"].as_object().unwrap();
        for (key, want) in exp {
            match key.as_str() {
                "status" => assert_eq!(
                    tracking_core::status::Status::from(snap.status).code(),
                    want.as_str().unwrap(),
                    "{name}"
                ),
                "substatus" => assert_eq!(snap.substatus.as_deref(), want.as_str(), "{name}"),
                "terminal" => assert_eq!(snap.terminal, want.as_bool().unwrap(), "{name}"),
                "milestone" => assert_eq!(
                    serde_json::to_value(tracking_core::milestone::Milestone::from(snap.milestone))
                        .unwrap(),
                    *want,
                    "{name}"
                ),
                "progress" => {
                    assert_eq!(u64::from(snap.progress.step), want["step"], "{name}");
                    assert_eq!(u64::from(snap.progress.of), want["of"], "{name}");
                    let f = want["fraction"].as_f64().unwrap();
                    assert!((snap.progress.fraction - f).abs() < 1e-9, "{name}");
                }
                "since" => assert_eq!(snap.since, instant(want), "{name}"),
                "shipped_at" => assert_eq!(snap.shipped_at, instant(want), "{name}"),
                "delivered_at" => assert_eq!(snap.delivered_at, instant(want), "{name}"),
                "last_event_at" => assert_eq!(snap.last_event_at, instant(want), "{name}"),
                "direction" => assert_eq!(
                    snap.direction == Direction::Return,
                    want == "return",
                    "{name}"
                ),
                "events" => assert_eq!(snap.events.len() as u64, *want, "{name}"),
                "rejected" => assert_eq!(snap.rejected.len() as u64, *want, "{name}"),
                "rejected_kinds" => {
                    let mut got: Vec<_> = snap.rejected.iter().map(|r| r.kind.clone()).collect();
                    got.sort();
                    let want: Vec<_> = want
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|k| k.as_str().unwrap().to_string())
                        .collect();
                    assert_eq!(got, want, "{name}");
                }
                other => panic!("{name}: unknown expected key {other}"),
            }
        }
    }
}

#[test]
fn track_equals_the_core_pipeline() {
    let (name, fx) = fixtures().into_iter().next().unwrap();
    let now = fx["now"]
        .as_str()
        .unwrap()
        .parse::<DateTime<Utc>>()
        .unwrap();
    let input: CoreInput = serde_json::from_value(fx["input"].clone()).unwrap();
    let want = Tracker::default().track(input, now, "de").unwrap();
    let got = core("de")
        .track_json(fx["input"].to_string(), to_system(now).unwrap())
        .unwrap();
    assert_eq!(got, Snapshot::try_from(want).unwrap(), "{name}");
}

#[test]
fn errors_carry_the_core_kind() {
    let tc = core("en");
    let bad_json = tc
        .track_json("{\"id\": 3".into(), SystemTime::now())
        .unwrap_err();
    let want = tracking_core::Error::InvalidJson {
        line: None,
        message: String::new(),
    };
    assert!(matches!(bad_json, TrackingError::Rejected { .. }));
    assert_eq!(bad_json.kind(), want.kind().to_string());

    let bad_model = TrackingCore::new(CoreOptions {
        locale: "en".into(),
        transit_model_json: Some("{\"version\": 999}".into()),
        dwell_model_json: None,
        notification_policy_json: None,
    })
    .unwrap_err();
    assert!(
        matches!(bad_model, TrackingError::Rejected { .. }),
        "{bad_model:?}"
    );

    let no_text = tc
        .normalize(ScanEvent::default(), Some("ups".into()))
        .unwrap_err();
    assert_eq!(
        no_text.kind(),
        tracking_core::Error::InvalidEvent {
            reason: tracking_core::RejectReason::NoCodeOrText
        }
        .kind()
        .to_string()
    );

    // An unreadable optional date: tracked with a warning naming it, refused for learning.
    let bad_date =
        || crate::shipment_from_json(r#"{"id":"x","ordered_at":"not a time"}"#.into()).unwrap();
    let snap = tc.track(bad_date(), SystemTime::now()).unwrap();
    let w = &snap.warnings[0];
    assert_eq!(w.kind, CarrierWarningKind::InvalidField);
    assert_eq!(w.field.as_deref(), Some("ordered_at"));
    let refused = tc.observe(bad_date(), SystemTime::now()).unwrap_err();
    assert_eq!(refused.kind(), "invalid_time");
}

#[test]
fn a_panic_becomes_an_internal_error() {
    let err = guard::<()>(|| panic!("boom")).unwrap_err();
    match &err {
        TrackingError::Internal { kind, detail, .. } => {
            assert_eq!(*kind, internal_kind());
            assert!(detail.contains("boom"), "{detail}");
        }
        other => panic!("expected Internal, got {other:?}"),
    }
}

fn internal_kind() -> String {
    tracking_core::Error::Internal {
        message: String::new(),
    }
    .kind()
    .to_string()
}

#[test]
fn a_refused_look_alike_carries_its_class_in_the_record() {
    // A placeholder of zeros for Nova Poshta (docs/tracking-numbers.md, look-alikes): the
    // record names the class and gives the reason in the request's language.
    let err = call(
        "validate".into(),
        r#"{"number":"20000000000001","carrier":"nova_poshta","locale":"de"}"#.into(),
    )
    .unwrap_err();
    let TrackingError::Rejected { kind, record, .. } = &err else {
        panic!("expected Rejected, got {err:?}");
    };
    assert_eq!(kind, "invalid_tracking_number");
    let record: Value = serde_json::from_str(record).unwrap();
    assert_eq!(record["look_alike"], "padding");
    assert!(
        record["reason"].as_str().unwrap().contains("Nullen"),
        "{record}"
    );
}

#[test]
fn errors_carry_the_core_record_and_call_reaches_the_json_facade() {
    let err = identify_err();
    let TrackingError::Rejected { record, .. } = &err else {
        panic!("expected Rejected, got {err:?}");
    };
    let record: Value = serde_json::from_str(record).unwrap();
    assert_eq!(record["kind"], err.kind());
    // The JSON facade and the typed facade give the same answer.
    let out: Value = serde_json::from_str(
        &call(
            "identify".into(),
            r#"{"number":"1Z 999 AA1 0123456784"}"#.into(),
        )
        .unwrap(),
    )
    .unwrap();
    let typed = identify("1Z 999 AA1 0123456784".into()).unwrap();
    assert_eq!(out["normalized"], typed.normalized);
    assert_eq!(
        out["candidates"][0]["carrier"],
        typed.candidates.first().unwrap().carrier
    );
    let unknown = call("no_such_operation".into(), "{}".into()).unwrap_err();
    assert!(
        matches!(unknown, TrackingError::Rejected { .. }),
        "{unknown:?}"
    );
}

fn identify_err() -> TrackingError {
    core("en")
        .track_json("{\"id\": 3".into(), SystemTime::now())
        .unwrap_err()
}

#[test]
fn normalize_and_identify_convert_the_core_answers() {
    let tc = core("en");
    let ev = ScanEvent {
        description: Some("Delivered".into()),
        ..ScanEvent::default()
    };
    let n = tc.normalize(ev, Some("ups".into())).unwrap();
    assert_eq!(n.status, Status::Delivered);
    let ups = identify("1Z999AA10123456784".into()).unwrap();
    assert_eq!(ups.candidates.first().unwrap().carrier, "ups");
    assert!(ups.candidates.first().unwrap().check_digit_verified);
}

#[test]
fn decide_and_render_work_on_value_snapshots() {
    let tc = core("en");
    let json = r#"{"id":"A1","carrier":"ups","events":[{"status":"out_for_delivery",
        "description":"Out for delivery","time":"2024-03-26T07:10:00+01:00"}]}"#;
    let now = at("2024-03-26T12:00:00Z");
    let snap = tc.track_json(json.into(), now).unwrap();
    let n = tc.decide(None, snap.clone(), now).unwrap().unwrap();
    assert_eq!(n.kind, NotificationKind::OutForDelivery);
    assert_eq!(n.shipment_ids, vec!["A1".to_string()]);
    // Told once: the same state again is not worth a second message.
    assert_eq!(
        tc.decide(Some(snap.clone()), snap.clone(), now).unwrap(),
        None
    );
    let de = tc.render(snap, "de".into()).unwrap();
    assert_eq!(de.headline, "Ihr Paket wird heute zugestellt");
    assert_eq!(de.locale, "de");
}

#[test]
fn health_words_come_back_and_are_said_again_in_another_locale() {
    // Silent for twelve days: a verdict whose sentence names the carrier and the days.
    let json = r#"{"id":"H1","carrier":"ups","events":[{"status":"in_transit",
        "description":"Departed facility","time":"2024-03-10T07:10:00+01:00"}]}"#;
    let now = at("2024-03-22T12:00:00Z");
    let en = core("en")
        .track_json(json.into(), now)
        .unwrap()
        .health
        .unwrap();
    let de = core("de")
        .track_json(json.into(), now)
        .unwrap()
        .health
        .unwrap();
    assert_ne!(
        en.explanation, de.explanation,
        "the sentence has words to translate"
    );
    assert!(en.text_json.is_some());
    // A stored English verdict, shown after the phone switched to German, reads as if it
    // had been tracked in German.
    let again = core("en").localize_health(en.clone(), "de".into()).unwrap();
    assert_eq!(again, de);
    // Without its words (a record built by hand) it keeps the sentence it came with.
    let bare = Health {
        text_json: None,
        ..en.clone()
    };
    assert_eq!(
        core("en")
            .localize_health(bare.clone(), "de".into())
            .unwrap(),
        bare
    );
    // Words that are not the core's shape are refused, not ignored.
    let bad = Health {
        text_json: Some("{}".into()),
        ..en
    };
    let err = core("en").localize_health(bad, "de".into()).unwrap_err();
    assert_eq!(err.kind(), "invalid_json");
}

#[test]
fn a_verdict_without_a_sentence_comes_back_without_one() {
    // As the health layer returns it, before the message layer renders its words.
    let silent = tracking_core::health::Health {
        verdict: tracking_core::health::Verdict::Stalled,
        reason: "no_scan".parse().unwrap(),
        since: Some("2024-03-10T06:10:00Z".parse().unwrap()),
        explanation: None,
        action: None,
        text: None,
        evidence: None,
    };
    let record = crate::convert::health_record(silent.clone()).unwrap();
    assert_eq!(record.explanation, "");
    let back = crate::convert::core_health(record.clone()).unwrap();
    assert_eq!(back.explanation, None);
    assert_eq!(back, silent);
    // Asked in another locale, it stays without words instead of gaining an empty sentence.
    let again = core("en")
        .localize_health(record.clone(), "de".into())
        .unwrap();
    assert_eq!(again, record);
}

#[test]
fn carrier_name_and_warnings_reach_apps_and_come_back_for_render() {
    let tc = core("en");
    let now = at("2024-03-26T12:00:00Z");
    let track = |carrier: &str| {
        let event = r#"{"status":"out_for_delivery","time":"2024-03-26T07:10:00+01:00"}"#;
        let json = format!(r#"{{"id":"A1","carrier":"{carrier}","events":[{event}]}}"#);
        tc.track_json(json, now).unwrap()
    };
    // A misspelled carrier is accepted, named as given, and flagged with a suggestion.
    let typo = track("upss");
    assert_eq!(typo.carrier_name.as_deref(), Some("upss"));
    let warning = typo
        .warnings
        .first()
        .expect("an unknown carrier is reported");
    assert_eq!(warning.kind, CarrierWarningKind::UnknownCarrier);
    assert_eq!(warning.carrier, "upss");
    assert_eq!(
        warning.did_you_mean.first().map(String::as_str),
        Some("ups")
    );
    // A brand the context does not decide is shown by its brand name, with its networks.
    let brand = track("dhl");
    assert_eq!(brand.carrier_name.as_deref(), Some("DHL"));
    let warning = brand
        .warnings
        .first()
        .expect("an undecided brand is reported");
    assert_eq!(warning.kind, CarrierWarningKind::AmbiguousCarrier);
    assert!(warning.candidates.len() > 1, "{warning:?}");
    // Both survive the trip back into the core: render names the carrier as track did.
    let core_snap = crate::convert::core_snapshot(brand.clone()).unwrap();
    assert_eq!(core_snap.carrier_name.as_deref(), Some("DHL"));
    assert_eq!(
        Snapshot::try_from(core_snap).unwrap().warnings,
        brand.warnings
    );
    assert_eq!(
        tc.render(brand.clone(), "en".into()).unwrap(),
        brand.message.unwrap()
    );
}

#[test]
fn learned_models_round_trip_through_save_and_load() {
    let tc = core("en");
    let before = tc.save_transit_model().unwrap();
    for (_, fx) in fixtures() {
        let input = shipment_from_json(fx["input"].to_string()).unwrap();
        tc.observe(input, at(fx["now"].as_str().unwrap())).unwrap();
    }
    let saved = tc.save_transit_model().unwrap();
    assert_ne!(before, saved, "observing deliveries changed nothing");
    let again = TrackingCore::new(CoreOptions {
        locale: "en".into(),
        transit_model_json: Some(saved.clone()),
        dwell_model_json: None,
        notification_policy_json: None,
    })
    .unwrap();
    assert_eq!(again.save_transit_model().unwrap(), saved);
}

#[test]
fn instants_convert_both_ways_across_the_epoch() {
    for s in [
        "1969-07-20T20:17:40.5Z",
        "1970-01-01T00:00:00Z",
        "2024-02-29T23:59:59.999Z",
    ] {
        let t: DateTime<Utc> = s.parse().unwrap();
        assert_eq!(from_system(to_system(t).unwrap()).unwrap(), t, "{s}");
    }
    let far = SystemTime::UNIX_EPOCH + Duration::from_secs(u64::MAX / 4);
    assert!(from_system(far).is_err());
}

#[test]
fn every_core_variant_has_its_own_mirror() {
    use tracking_core::status::Status as S;
    for s in S::ALL {
        assert_eq!(S::from(Status::from(*s)), *s);
    }
    use tracking_core::notify::NotificationKind as K;
    for k in K::ALL {
        assert_eq!(K::from(NotificationKind::from(k)), k);
    }
}

#[test]
fn noted_orders_count_once_and_a_surge_widens_the_window() {
    let fx = tracking_core::estimate::testing::noted_orders().unwrap();
    let model = fx.model.to_json().unwrap();
    let options = |json: String| CoreOptions {
        locale: "it".into(),
        transit_model_json: Some(json),
        dwell_model_json: None,
        notification_policy_json: None,
    };
    let tc = TrackingCore::new(options(model.clone())).unwrap();
    let now = fx.now;
    let orders: Vec<PlacedOrder> = fx
        .orders
        .iter()
        .map(|(id, at)| PlacedOrder {
            id: id.clone(),
            carrier: Some(fx.carrier.into()),
            placed_at: to_system(*at).unwrap(),
            origin: None,
            destination: None,
            promised_by: None,
        })
        .collect();
    let at = to_system(now).unwrap();
    let out = tc.note_orders(orders.clone(), at).unwrap();
    assert_eq!(out.counted, 434);
    assert_eq!(out.outcomes[0], NoteOrderOutcome::Counted);
    let again = tc.note_orders(orders[..2].to_vec(), at).unwrap();
    assert_eq!(again.outcomes, vec![NoteOrderOutcome::Duplicate; 2]);
    let refused = tc
        .note_orders(
            vec![PlacedOrder {
                id: " ".into(),
                carrier: None,
                placed_at: at,
                origin: None,
                destination: None,
                promised_by: None,
            }],
            at,
        )
        .unwrap();
    assert!(
        matches!(&refused.outcomes[0], NoteOrderOutcome::Refused { kind, .. } if kind == "invalid_input"),
        "{refused:?}"
    );
    let json = format!(
        r#"{{"id":"N1","carrier":"correios","ordered_at":"{}","origin":{{"country":"BR","region":"SP"}},"destination":{{"country":"BR","region":"RJ"}}}}"#,
        now.to_rfc3339()
    );
    let snap = tc.track_json(json.clone(), at).unwrap();
    let w = snap.window.clone().unwrap();
    assert_eq!(
        w.surge,
        Some(WindowSurge {
            ratio: 2.4,
            factor: 1.5
        })
    );
    assert!(
        snap.message
            .as_ref()
            .unwrap()
            .next
            .as_deref()
            .unwrap()
            .contains("periodo intenso"),
        "{snap:?}"
    );
    let plain = TrackingCore::new(options(model)).unwrap();
    let p = plain.track_json(json.clone(), at).unwrap().window.unwrap();
    assert_eq!(p.surge, None);
    assert!(p.latest < w.latest);
    // Saved with the model: a core started from it still dedupes and still widens.
    let reloaded = TrackingCore::new(options(tc.save_transit_model().unwrap())).unwrap();
    assert_eq!(
        reloaded
            .note_orders(orders[..1].to_vec(), at)
            .unwrap()
            .counted,
        0
    );
    assert_eq!(
        reloaded.track_json(json, at).unwrap().window.unwrap().surge,
        w.surge
    );
}

#[test]
fn the_default_locale_is_the_cores() {
    // uniffi defaults are literals: `CoreOptions.locale`'s default in types.rs must change
    // with the core's when it ever does.
    assert_eq!(tracking_core::message::DEFAULT_LOCALE, "en");
}

#[test]
fn an_order_noted_with_its_places_and_promise_is_kept_open() {
    let fx = tracking_core::estimate::testing::noted_orders().unwrap();
    let tc = TrackingCore::new(CoreOptions {
        locale: "pt-BR".into(),
        transit_model_json: Some(fx.model.to_json().unwrap()),
        dwell_model_json: None,
        notification_policy_json: None,
    })
    .unwrap();
    let place = |region: &str| Location {
        region: Some(region.into()),
        country: Some("BR".into()),
        ..Location::default()
    };
    let placed = fx.now - chrono::Duration::hours(1);
    let order = PlacedOrder {
        id: "N2".into(),
        carrier: Some(fx.carrier.into()),
        placed_at: to_system(placed).unwrap(),
        origin: Some(place("SP")),
        destination: Some(place("RJ")),
        promised_by: Some("2017-10-31".into()),
    };
    let bad = PlacedOrder {
        id: "N3".into(),
        promised_by: Some("soon".into()),
        ..order.clone()
    };
    let out = tc
        .note_orders(vec![order, bad], to_system(fx.now).unwrap())
        .unwrap();
    assert_eq!(out.counted, 1);
    assert!(
        matches!(&out.outcomes[1], NoteOrderOutcome::Refused { kind, .. } if kind == "invalid_time"),
        "{out:?}"
    );
    // Kept open in the promise calibration (saved with the model) until its delivery.
    let saved: serde_json::Value = serde_json::from_str(&tc.save_transit_model().unwrap()).unwrap();
    let open = saved["calibration"]["pending"]["orders"]
        .as_array()
        .unwrap();
    assert!(
        open.iter().any(
            |o| o["placed"] == placed.timestamp() && !o["steps"].as_array().unwrap().is_empty()
        ),
        "{open:?}"
    );
}
