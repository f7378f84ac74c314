//! Runs every conformance vector in `fixtures/` (format: fixtures/README.md). Every binding
//! runs the same vectors, so a difference between languages shows up as a failing vector.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code: a failure should stop loudly

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use tracking_core::Normalizer;
use tracking_core::order::{Order, OrderInput};
use tracking_core::timeline::{Shipment, ShipmentInput};

fn fixtures_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("fixtures")
        .join(kind)
}

/// Every `*.json` vector of a kind, sorted by file name.
fn vectors(kind: &str) -> Vec<(String, Value)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures_dir(kind))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let v: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: not JSON: {e}", p.display()));
            (p.file_name().unwrap().to_string_lossy().into_owned(), v)
        })
        .collect()
}

fn now_of(v: &Value) -> DateTime<Utc> {
    let s = v["now"].as_str().expect("vector needs `now`");
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// Compares one expected value with the actual one: instants by instant, numbers within
/// 1e-9, everything else exactly.
fn same(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Number(e), Value::Number(a)) => {
            (e.as_f64().unwrap() - a.as_f64().unwrap()).abs() < 1e-9
        }
        (Value::String(e), Value::String(a)) => {
            match (
                DateTime::parse_from_rfc3339(e),
                DateTime::parse_from_rfc3339(a),
            ) {
                (Ok(e), Ok(a)) => e == a,
                _ => e == a,
            }
        }
        (Value::Object(e), Value::Object(a)) => e
            .iter()
            .all(|(k, ev)| a.get(k).is_some_and(|av| same(ev, av))),
        (Value::Array(e), Value::Array(a)) => {
            e.len() == a.len() && e.iter().zip(a).all(|(e, a)| same(e, a))
        }
        _ => expected == actual,
    }
}

fn check(file: &str, expected: &Map<String, Value>, actual: &Map<String, Value>) -> Vec<String> {
    let mut failures = Vec::new();
    for (key, want) in expected {
        match actual.get(key) {
            None => failures.push(format!("{file}: unknown expected key `{key}`")),
            Some(got) if !same(want, got) => {
                failures.push(format!("{file}: `{key}` expected {want}, got {got}"));
            }
            Some(_) => {}
        }
    }
    failures
}

/// The comparable view of a shipment snapshot (see fixtures/README.md).
fn shipment_view(shipment: &Shipment) -> Map<String, Value> {
    let snap = serde_json::to_value(shipment.snapshot()).unwrap();
    let mut view = Map::new();
    for key in [
        "status",
        "substatus",
        "terminal",
        "milestone",
        "progress",
        "since",
        "shipped_at",
        "delivered_at",
        "last_event_at",
        "direction",
    ] {
        view.insert(key.into(), snap[key].clone());
    }
    view.insert(
        "events".into(),
        snap["events"].as_array().unwrap().len().into(),
    );
    let rejected = snap["rejected"].as_array().unwrap();
    view.insert("rejected".into(), rejected.len().into());
    let mut kinds: Vec<String> = rejected
        .iter()
        .map(|r| r["error"]["kind"].as_str().unwrap().to_string())
        .collect();
    kinds.sort();
    view.insert("rejected_kinds".into(), kinds.into());
    view
}

#[test]
fn shipment_vectors() {
    let vs = vectors("shipments");
    assert!(
        vs.len() >= 8,
        "expected the shipment vectors, found {}",
        vs.len()
    );
    let mut failures = Vec::new();
    for (file, v) in &vs {
        let input: ShipmentInput = serde_json::from_value(v["input"].clone())
            .unwrap_or_else(|e| panic!("{file}: bad input: {e}"));
        let (shipment, _) = Shipment::from_input(input, &Normalizer::new(), now_of(v)).unwrap();
        let expected = v["expected"].as_object().expect("`expected` object");
        failures.extend(check(file, expected, &shipment_view(&shipment)));
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn order_vectors() {
    let vs = vectors("orders");
    assert!(
        vs.len() >= 5,
        "expected the order vectors, found {}",
        vs.len()
    );
    let mut failures = Vec::new();
    for (file, v) in &vs {
        let input: OrderInput = serde_json::from_value(v["input"].clone())
            .unwrap_or_else(|e| panic!("{file}: bad input: {e}"));
        let (order, _) = Order::from_input(input, &Normalizer::new(), now_of(v)).unwrap();
        let snap = serde_json::to_value(order.snapshot()).unwrap();
        let mut view = snap.as_object().unwrap().clone();
        // `shipments` compares as {shipment id: status}.
        let statuses: Map<String, Value> = snap["shipments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["id"].as_str().unwrap().to_string(), s["status"].clone()))
            .collect();
        view.insert("shipments".into(), Value::Object(statuses));
        let expected = v["expected"].as_object().expect("`expected` object");
        failures.extend(check(file, expected, &view));
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
