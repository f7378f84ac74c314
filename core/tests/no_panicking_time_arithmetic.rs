//! Keeps chrono's panicking arithmetic out of the library code.
//!
//! chrono's `+`/`-` between dates and durations, `Duration::days(n)` (and its siblings),
//! `naive_local()` and `date_naive()` panic when a result leaves chrono's range. Instants from
//! input are range-checked at parse time, but a Rust caller can pass any `DateTime`, so the
//! core uses the checked helpers of `tracking_core::time` (`add_days`, `add_hours`,
//! `local_naive`, ...) or `checked_*` / `try_*` forms instead. This test fails on any
//! non-test, non-comment line of `core/src` that uses a panicking form.

#![allow(clippy::unwrap_used)]

use std::path::Path;

const FORBIDDEN: &[&str] = &[
    ".naive_local()",
    ".date_naive()",
    "Duration::days(",
    "Duration::hours(",
    "Duration::minutes(",
    "Duration::seconds(",
    "Duration::weeks(",
    "TimeDelta::days(",
    "TimeDelta::hours(",
    "TimeDelta::minutes(",
    "TimeDelta::seconds(",
    "TimeDelta::weeks(",
    "Duration::milliseconds(",
    "TimeDelta::milliseconds(",
];

fn scan(dir: &Path, found: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            scan(&path, found);
            continue;
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // Unit-test modules (`tests.rs` and the `tests_*.rs` split from one) are test code.
        if !name.ends_with(".rs") || name == "tests.rs" || name.starts_with("tests_") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut in_tests = false;
        for (i, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("#[cfg(test)]") {
                in_tests = true;
            }
            if in_tests || code.starts_with("//") {
                continue;
            }
            for f in FORBIDDEN {
                if code.contains(f) {
                    found.push(format!("{}:{}: `{f}` in `{}`", path.display(), i + 1, code));
                }
            }
        }
    }
}

#[test]
fn the_core_uses_no_panicking_chrono_arithmetic() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    scan(&src, &mut found);
    assert!(
        found.is_empty(),
        "panicking chrono arithmetic (use tracking_core::time's checked helpers):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_the_source_tree() {
    // Guards against the test passing vacuously because it looked in the wrong place.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/time/checked.rs");
    let text = std::fs::read_to_string(src).unwrap();
    assert!(text.contains("pub fn add_days"));
}
