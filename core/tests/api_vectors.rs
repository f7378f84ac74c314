//! Runs every facade conformance vector in `fixtures/api/` (format and matcher:
//! fixtures/README.md, `tracking_core::api::conformance`). The Python tests run the same files.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::{Path, PathBuf};

use tracking_core::api::Engine;
use tracking_core::api::conformance::run_vector;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

#[test]
fn every_api_vector_passes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/api");
    let mut paths = Vec::new();
    files(&root, &mut paths);
    paths.sort();
    assert!(
        paths.len() >= 19,
        "vectors missing under {}",
        root.display()
    );
    let engine = Engine::default();
    let failures: Vec<String> = paths
        .iter()
        .filter_map(|p| {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
            run_vector(&engine, &v)
                .err()
                .map(|e| format!("{}: {e}", p.display()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every concept the bindings must agree on has vectors.
#[test]
fn every_concept_has_vectors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/api");
    for concept in [
        "normalize",
        "identify",
        "window",
        "health",
        "message",
        "notify",
        "order",
        "timeline",
        "eval",
    ] {
        let n = std::fs::read_dir(root.join(concept)).map_or(0, |d| d.count());
        assert!(n > 0, "no vectors for {concept}");
    }
}
