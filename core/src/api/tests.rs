use super::*;

fn call_ok(op: &str, req: &str) -> serde_json::Value {
    serde_json::from_str(&call(op, req).unwrap()).unwrap()
}

#[test]
fn every_operation_has_a_unique_code_that_parses_back() {
    for &op in Operation::ALL {
        assert_eq!(op.code().parse::<Operation>().unwrap(), op);
    }
    let e = call("teleport", "{}").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
}

#[test]
fn error_records_carry_kind_message_and_data() {
    let e = call(
        "validate",
        r#"{"number":"1Z999AA10123456785","carrier":"ups"}"#,
    )
    .unwrap_err();
    let v: serde_json::Value = serde_json::from_str(&error_json(&e)).unwrap();
    assert_eq!(v["kind"], "invalid_tracking_number");
    assert_eq!(v["number"], "1Z999AA10123456785");
    assert_eq!(v["carrier"], "ups");
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains("1Z999AA10123456785")
    );
    // Unknown fields in a request are an error, not silently dropped.
    let e = call("identify", r#"{"number":"1Z","cariers":["ups"]}"#).unwrap_err();
    assert_eq!(e.kind().code(), "invalid_json");
    let v: serde_json::Value = serde_json::from_str(&error_json(&e)).unwrap();
    assert!(v["message"].as_str().unwrap().contains("cariers"));
}

#[test]
fn a_refused_look_alike_carries_its_class_and_the_reason_in_the_request_language() {
    // A placeholder of zeros is refused for Nova Poshta (docs/tracking-numbers.md,
    // "Look-alikes and confidence"): the record says which class, in words of the locale.
    let e = call(
        "validate",
        r#"{"number":"20000000000001","carrier":"nova_poshta","locale":"de"}"#,
    )
    .unwrap_err();
    let v: serde_json::Value = serde_json::from_str(&error_json(&e)).unwrap();
    assert_eq!(v["kind"], "invalid_tracking_number");
    assert_eq!(v["look_alike"], "padding");
    let de = crate::message::look_alike_text(crate::tracking_number::LookAlike::Padding, "de");
    assert_eq!(v["reason"], de.as_str());
    assert!(v["message"].as_str().unwrap().contains(&de));
    // Without a locale the sentence is the catalogue's English one, not the log line.
    let e = call(
        "validate",
        r#"{"number":"20000000000001","carrier":"nova_poshta"}"#,
    )
    .unwrap_err();
    let v: serde_json::Value = serde_json::from_str(&error_json(&e)).unwrap();
    let en = crate::message::look_alike_text(crate::tracking_number::LookAlike::Padding, "en");
    assert_eq!(v["reason"], en.as_str());
    assert_ne!(en, de);
    // Any other reason has no class.
    let e = call(
        "validate",
        r#"{"number":"1Z999AA10123456785","carrier":"ups","locale":"de"}"#,
    )
    .unwrap_err();
    let v: serde_json::Value = serde_json::from_str(&error_json(&e)).unwrap();
    assert_eq!(v["look_alike"], serde_json::Value::Null);
    assert!(v["reason"].as_str().unwrap().contains("check digit"));
}

#[test]
fn error_kinds_are_unique_snake_case_and_parse_back() {
    let mut seen = std::collections::HashSet::new();
    for &k in ErrorKind::ALL {
        assert!(seen.insert(k.code()));
        assert!(
            k.code()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_')
        );
        assert_eq!(k.code().parse::<ErrorKind>().unwrap(), k);
        assert_eq!(k.name().parse::<ErrorKind>().unwrap(), k);
    }
}

#[test]
fn normalize_gives_one_outcome_per_event_in_order() {
    let v = call_ok(
        "normalize",
        r#"{"carrier":"ups","events":[{"code":"D","description":"DELIVERED"},{},
            {"status":"in_transit","substatus":"in_transit.customs"}]}"#,
    );
    let r = v["results"].as_array().unwrap();
    assert_eq!(r.len(), 3);
    assert_eq!(r[0]["result"]["status"], "delivered");
    assert_eq!(r[1]["error"]["kind"], "invalid_event");
    assert_eq!(r[1]["error"]["reason"]["kind"], "no_code_or_text");
    assert_eq!(r[2]["result"]["substatus"], "in_transit.customs");
    assert_eq!(r[2]["result"]["rule"], "given");
}

#[test]
fn track_snapshot_round_trips_through_render_and_decide() {
    let snap = call(
        "track",
        r#"{"now":"2024-03-26T08:00:00Z","locale":"de","shipment":{"id":"A1","carrier":"ups",
            "events":[{"status":"out_for_delivery","description":"Out for delivery",
            "time":"2024-03-26T07:10:00+01:00"}]}}"#,
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&snap).unwrap();
    assert_eq!(v["message"]["headline"], "Ihr Paket wird heute zugestellt");
    let m = call_ok("render", &format!(r#"{{"snapshot":{snap},"locale":"fr"}}"#));
    assert_eq!(m["locale"], "fr");
    assert_ne!(m["headline"], v["message"]["headline"]);
    let d = call_ok(
        "decide",
        &format!(r#"{{"current":{snap},"now":"2024-03-26T08:00:00Z"}}"#),
    );
    assert_eq!(d["notifications"][0]["kind"], "out_for_delivery");
}

#[test]
fn a_shipments_as_of_replaces_the_request_clock() {
    // Ordered 1 March with no scans: expired (no info) at the request's clock, but on track
    // at the shipment's own as_of two days later (read in Berlin time).
    let req = |as_of: &str| {
        format!(
            r#"{{"now":"2024-05-01T00:00:00Z","shipment":{{"id":"e","carrier":"ups","tracking_number":"1Z1",
            "destination":{{"country":"DE"}},"ordered_at":"2024-03-01T10:00:00Z"{as_of}}}}}"#
        )
    };
    assert_eq!(call_ok("assess", &req(""))["reason"], "expired.no_info");
    assert_eq!(call_ok("track", &req(""))["status"], "expired");
    let v = call_ok("track", &req(r#","as_of":"2024-03-03T10:00:00""#));
    assert_ne!(v["status"], "expired");
    assert_ne!(v["health"]["reason"], "expired.no_info");
}

#[test]
fn estimate_checks_its_confidence() {
    let e = call(
        "estimate",
        r#"{"now":"2024-06-04T12:00:00Z","confidence":1.5,"shipment":{"id":"w"}}"#,
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let v = call_ok(
        "estimate",
        r#"{"now":"2024-06-04T12:00:00Z","confidence":0.8,"shipment":{"id":"w","carrier":"ups",
            "service":"ground","origin":{"country":"US","region":"CA"},
            "destination":{"country":"US","region":"NY"},
            "events":[{"status":"in_transit","description":"Picked up","time":"2024-06-03T18:00:00Z"}]}}"#,
    );
    assert_eq!(v["window"]["confidence"], 0.8);
}

#[test]
fn engine_config_loads_models_and_rejects_bad_ones() {
    let e = Engine::from_json(r#"{"transit_model":{"version":999}}"#).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidModel);
    let e = Engine::from_json(r#"{"templates":[{"locale":"en","key":"nope","template":"x"}]}"#)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let e = Engine::from_json(r#"{"colour":"red"}"#).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidJson);
    // A health option that moved to the replay (or a misspelt one) is refused, not ignored.
    let e = Engine::from_json(r#"{"health":{"hazard_alarm_rate":0.01}}"#).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidJson);
    assert!(e.to_string().contains("hazard_alarm_rate"), "{e}");
    Engine::from_json(r#"{"health":{"level":0.9}}"#).unwrap();
    let engine = Engine::from_json(
        r#"{"templates":[{"locale":"en","key":"headline.delivered","template":"Here!"}]}"#,
    )
    .unwrap();
    let out = engine
        .call(
            "track",
            r#"{"now":"2024-04-27T00:00:00Z","shipment":{"id":"d","events":[
                {"status":"delivered","description":"Delivered","time":"2024-04-26T14:02:00Z"}]}}"#,
        )
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["message"]["headline"], "Here!");
}

#[test]
fn report_and_order_answer_for_many_shipments() {
    let v = call_ok(
        "order",
        r#"{"now":"2024-05-01T00:00:00Z","order":{"id":"O","shipments":[
            {"id":"P1","events":[{"status":"delivered","description":"Delivered","time":"2024-04-26T14:02:00Z"}]},
            {"id":"P2","events":[{"status":"in_transit","description":"Departed","time":"2024-04-26T14:02:00Z"}]}]}}"#,
    );
    assert_eq!(v["status"], "partially_delivered");
    let v = call_ok(
        "report",
        r#"{"now":"2024-05-01T00:00:00Z","shipments":[{"id":"a"},{"id":"b"}]}"#,
    );
    assert!(v.is_object());
}

/// docs/bindings-facade.md lists every error kind with its class name and fields.
#[test]
fn the_documented_error_table_matches_the_kinds() {
    let doc = include_str!("../../../docs/bindings-facade.md");
    let rows: Vec<&str> = doc
        .lines()
        .filter(|l| l.starts_with("| `") && l.contains("Error` |"))
        .collect();
    assert_eq!(rows.len(), ErrorKind::ALL.len());
    for (row, &k) in rows.iter().zip(ErrorKind::ALL) {
        assert!(
            row.starts_with(&format!("| `{}` | `{}Error` |", k.code(), k.name())),
            "{row}"
        );
        for f in k.fields() {
            assert!(row.contains(&format!("`{f}`")), "{row} lacks {f}");
        }
    }
    for &op in Operation::ALL {
        assert!(
            doc.contains(&format!("| `{}` |", op.code())),
            "{op} undocumented"
        );
    }
}

#[test]
fn noted_orders_are_counted_once_and_a_surge_widens_the_window_the_engine_gives() {
    // A model learned from ten weeks of five orders a day; the backend's backfill sends every
    // order of the ten weeks, then a week of twelve a day.
    let fx = crate::estimate::testing::noted_orders().unwrap();
    let model = fx.model.to_json().unwrap();
    let engine = Engine::from_json(&format!(r#"{{"transit_model":{model}}}"#)).unwrap();
    let now = fx.now;
    let orders: Vec<serde_json::Value> = fx
        .orders
        .iter()
        .map(|(id, at)| serde_json::json!({"id": id, "carrier": fx.carrier, "placed_at": at.to_rfc3339()}))
        .collect();
    let req = serde_json::json!({"orders": orders, "now": now.to_rfc3339()}).to_string();
    let out: serde_json::Value =
        serde_json::from_str(&engine.call("note_orders", &req).unwrap()).unwrap();
    assert_eq!(out["counted"], 434);
    assert_eq!(out["results"][0], serde_json::json!({"result": "counted"}));
    // Sent again: every order is a duplicate, nothing moves.
    let again: serde_json::Value =
        serde_json::from_str(&engine.call("note_orders", &req).unwrap()).unwrap();
    assert_eq!(again["counted"], 0);
    assert_eq!(
        again["results"][433],
        serde_json::json!({"result": "duplicate"})
    );
    // A new order's window reads the surge: 84 orders against a usual week of 35.
    let shipment = serde_json::json!({
        "id": "N1", "carrier": "correios", "ordered_at": now.to_rfc3339(),
        "origin": {"country": "BR", "region": "SP"},
        "destination": {"country": "BR", "region": "RJ"},
    });
    let est = serde_json::json!({"shipment": shipment, "now": now.to_rfc3339()}).to_string();
    let w: serde_json::Value =
        serde_json::from_str(&engine.call("estimate", &est).unwrap()).unwrap();
    assert_eq!(
        w["window"]["surge"],
        serde_json::json!({"ratio": 2.4, "factor": 1.5}),
        "{w}"
    );
    assert!(
        !w["window"]["basis"].as_str().unwrap().contains("84"),
        "{w}"
    );
    // The engine without noted orders gives the ordinary window.
    let plain = Engine::from_json(&format!(r#"{{"transit_model":{model}}}"#)).unwrap();
    let p: serde_json::Value =
        serde_json::from_str(&plain.call("estimate", &est).unwrap()).unwrap();
    assert!(p["window"].get("surge").is_none(), "{p}");
    assert!(p["window"]["latest"].as_str() < w["window"]["latest"].as_str());
}

#[test]
fn noted_orders_with_places_and_a_promise_are_kept_open_until_delivered() {
    use crate::estimate::{CompletedShipment, TransitModel};
    use crate::lane::{Lane, Place};
    use chrono::{Duration, TimeZone, Utc};
    let lane = Lane::new(
        Some("correios"),
        None,
        Place::new(Some("BR"), Some("SP")),
        Place::new(Some("BR"), Some("RJ")),
    );
    let from = Utc.with_ymd_and_hms(2017, 8, 7, 12, 0, 0).unwrap();
    let past: Vec<CompletedShipment> = (0..120)
        .map(|i| CompletedShipment {
            lane: lane.clone(),
            ordered_at: Some(from + Duration::days(i)),
            shipped_at: Some(from + Duration::days(i) + Duration::hours(20)),
            delivered_at: from + Duration::days(i + 4 + i % 4),
            carrier_estimate: None,
            promised_by: None,
            order_id: None,
        })
        .collect();
    let model = TransitModel::learn(&past).to_json().unwrap();
    let engine = Engine::from_json(&format!(r#"{{"transit_model":{model}}}"#)).unwrap();
    let placed = from + Duration::days(130);
    let req = serde_json::json!({
        "orders": [
            {"id": "A-1", "carrier": "correios", "placed_at": placed.to_rfc3339(),
             "origin": {"country": "BR", "region": "SP"},
             "destination": {"country": "BR", "region": "RJ"},
             "promised_by": "2017-12-29"},
            {"id": "A-2", "placed_at": placed.to_rfc3339(), "promised_by": "soon"},
        ],
        "now": placed.to_rfc3339(),
    })
    .to_string();
    let out: serde_json::Value =
        serde_json::from_str(&engine.call("note_orders", &req).unwrap()).unwrap();
    assert_eq!(out["counted"], 1, "{out}");
    // A promised date that is not a date is refused for that order alone.
    assert!(out["results"][1].get("error").is_some(), "{out}");
    let open = engine.tracker().transit_model().calibration.pending;
    assert_eq!(open.len(), 1);
    // Its delivery closes it.
    let delivered = serde_json::json!({
        "id": "A-1", "carrier": "correios", "ordered_at": placed.to_rfc3339(),
        "origin": {"country": "BR", "region": "SP"},
        "destination": {"country": "BR", "region": "RJ"},
        "delivered_at": (placed + Duration::days(5)).to_rfc3339(),
    });
    let s = crate::timeline::Shipment::from_input(
        serde_json::from_value(delivered).unwrap(),
        &crate::normalize::Normalizer::new(),
        placed + Duration::days(6),
    )
    .unwrap()
    .0;
    engine.tracker().observe(&s);
    assert!(
        engine
            .tracker()
            .transit_model()
            .calibration
            .pending
            .is_empty()
    );
}
