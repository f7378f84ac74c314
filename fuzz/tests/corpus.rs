//! CI's share of fuzzing: every target replays its checked-in corpus (which holds every
//! reproducer of issue 18) and then runs mutants for a bounded time (`FUZZ_CI_MILLIS`,
//! default 1500 ms per target) with a fixed seed.

#![allow(clippy::panic)] // a failing target is a test failure

use std::time::Duration;

fn budget() -> Duration {
    let ms = std::env::var("FUZZ_CI_MILLIS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1500);
    Duration::from_millis(ms)
}

fn fuzz(name: &str) {
    let target = tracking_core_fuzz::TARGETS
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no target {name}"));
    let stats = tracking_core_fuzz::run(target, budget(), 18);
    assert!(stats.corpus > 0, "{name}: empty corpus");
    assert!(stats.inputs > stats.corpus as u64, "{name}: no mutant ran");
}

#[test]
fn time() {
    fuzz("time");
}

#[test]
fn normalize() {
    fuzz("normalize");
}

#[test]
fn identify() {
    fuzz("identify");
}

#[test]
fn track() {
    fuzz("track");
}

#[test]
fn model() {
    fuzz("model");
}

#[test]
fn calendar() {
    fuzz("calendar");
}

#[test]
fn notify() {
    fuzz("notify");
}

#[test]
fn every_target_has_a_test_here() {
    let here = include_str!("corpus.rs");
    for t in tracking_core_fuzz::TARGETS {
        assert!(
            here.contains(&format!("fuzz(\"{}\")", t.name)),
            "{}",
            t.name
        );
    }
}
