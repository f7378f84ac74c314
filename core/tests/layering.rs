//! Data flows one way: a module may use only modules of its own layer or below. The layers,
//! lowest first:
//!
//! 0. foundations: `error`, `fast_hash`, `thread_cache`, `event`, `country`, `status`, `time_zones`, `time`, `carrier`,
//!    `calendar`, `model_check`, `lane`, `letters`
//! 1. reading raw input: `normalize`, `tracking_number`, `registry`
//! 2. the timeline: `timeline` (events, ingest, the status fold; nothing of later stages)
//! 3. stages on a timeline: `milestone`, `estimate`, `health`
//! 4. the snapshot type holding their answers: `snapshot`
//! 5. stages on a snapshot: `message`, `notify`, `analytics`, `order`; `eval` (replays history)
//! 6. the tracking layer composing the stages: `pipeline`
//! 7. the binding facade: `api`; `codes` (parsing the stable codes of every layer)
//!
//! The test reads every `use crate::` / `crate::x::` path in non-comment lines of core/src and
//! fails on an edge to a higher layer or a cycle inside a layer (except listed known debts,
//! none today).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::collections::BTreeSet;
use std::path::Path;

const LAYERS: &[&[&str]] = &[
    &[
        "error",
        "fast_hash",
        "thread_cache",
        "event",
        "country",
        "status",
        "time_zones",
        "time",
        "carrier",
        "calendar",
        "model_check",
        "lane",
        "letters",
    ],
    &["normalize", "tracking_number", "registry"],
    &["timeline"],
    &["milestone", "estimate", "health"],
    &["snapshot"],
    &["message", "notify", "analytics", "order", "eval"],
    &["pipeline"],
    &["api", "codes"],
];

/// Edges that break the layering today, with why (`(from, to, why)`). Add one only with a
/// reason and a plan; the test fails when a listed edge is gone, so the list only shrinks.
const KNOWN_DEBTS: &[(&str, &str, &str)] = &[];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// `(from, to)` module edges of code lines (comments and doc comments skipped).
fn edges() -> BTreeSet<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeSet::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = p.strip_prefix(&src).unwrap().to_string_lossy().into_owned();
            let from = rel
                .split('/')
                .next()
                .unwrap()
                .trim_end_matches(".rs")
                .to_string();
            if from == "lib" || rel.contains("tests") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for line in text.lines() {
                let code = line.trim_start();
                if code.starts_with("//") {
                    continue;
                }
                for (i, _) in code.match_indices("crate::") {
                    let rest = &code[i + "crate::".len()..];
                    let to: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !to.is_empty() && to != from && layer(&to).is_some() {
                        out.insert((from.clone(), to));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_module_has_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(&src).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let module = name.trim_end_matches(".rs");
        if module == "lib" {
            continue;
        }
        assert!(
            layer(module).is_some(),
            "module `{module}` has no layer in LAYERS"
        );
    }
}

#[test]
fn data_flows_one_way() {
    let edges = edges();
    let mut violations = BTreeSet::new();
    for (from, to) in &edges {
        let (lf, lt) = (layer(from).unwrap(), layer(to).unwrap());
        let cycle = lt == lf && edges.contains(&(to.clone(), from.clone()));
        if lt > lf || cycle {
            violations.insert((from.clone(), to.clone()));
        }
    }
    let debt = |f: &str, t: &str| KNOWN_DEBTS.iter().any(|(a, b, _)| *a == f && *b == t);
    let bad: Vec<String> = violations
        .iter()
        .filter(|(f, t)| !debt(f, t))
        .map(|(f, t)| format!("{f} -> {t}"))
        .collect();
    assert!(
        bad.is_empty(),
        "layering broken (upward edge or cycle): {bad:#?}"
    );
    for (f, t, why) in KNOWN_DEBTS {
        assert!(
            violations.contains(&((*f).to_string(), (*t).to_string())),
            "known debt {f} -> {t} ({why}) is paid: remove it from KNOWN_DEBTS"
        );
    }
}
