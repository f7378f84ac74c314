//! A line that is not UTF-8 becomes an error record with its line number, and the lines after
//! it are still processed, in every subcommand that reads lines (issue 18: one such line used
//! to end the run with exit 2 and no line number).

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use std::path::PathBuf;

use serde_json::Value;

/// Latin-1 bytes (`é` as 0xE9) and a stray continuation byte: not UTF-8.
const BAD: &[u8] = b"{\"id\": \"caf\xe9\", \"x\": \"\x80\"}";

fn three_lines(good1: &str, good2: &str) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(good1.as_bytes());
    v.push(b'\n');
    v.extend_from_slice(BAD);
    v.extend_from_slice(b"\r\n");
    v.extend_from_slice(good2.as_bytes());
    v.push(b'\n');
    v
}

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tc-bad-bytes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn error_record_for_line(lines: &[Value], n: u64) -> bool {
    lines
        .iter()
        .any(|v| v["line"] == n && v["error"]["message"].as_str().unwrap().contains("UTF-8"))
}

#[test]
fn normalize_track_and_identify_report_the_line_and_continue() {
    let ev = r#"{"carrier":"ups","code":"D","description":"Delivered"}"#;
    let r = common::run_cli_bytes(&["normalize", "-"], &three_lines(ev, ev));
    assert_eq!(r.code, 1);
    let lines = r.json_lines();
    assert_eq!(lines.len(), 3, "{}", r.stdout);
    assert!(error_record_for_line(&lines, 2), "{}", r.stdout);
    assert_eq!(lines[2]["status"], "delivered");

    let s1 = r#"{"id":"a","events":[{"time":"2024-05-01T10:00:00Z","status":"in_transit"}]}"#;
    let s2 = r#"{"id":"b","events":[{"time":"2024-05-01T10:00:00Z","status":"in_transit"}]}"#;
    let r = common::run_cli_bytes(
        &["track", "-", "--now", "2024-05-02T00:00:00Z"],
        &three_lines(s1, s2),
    );
    assert_eq!(r.code, 1);
    let lines = r.json_lines();
    assert!(error_record_for_line(&lines, 2), "{}", r.stdout);
    assert_eq!(lines.last().unwrap()["id"], "b");

    let r = common::run_cli_bytes(
        &["identify", "--input", "-"],
        &three_lines("1Z999AA10123456784", "1Z999AA10123456784"),
    );
    assert_eq!(r.code, 1);
    let lines = r.json_lines();
    assert_eq!(lines.len(), 3, "{}", r.stdout);
    assert!(error_record_for_line(&lines, 2), "{}", r.stdout);

    let r = common::run_cli_bytes(
        &["identify", "--text", "-"],
        &three_lines("no number here", "ship 1Z999AA10123456784 today"),
    );
    assert_eq!(r.code, 1);
    let lines = r.json_lines();
    assert!(error_record_for_line(&lines, 2), "{}", r.stdout);
    assert_eq!(lines.last().unwrap()["line"], 3);
}

#[test]
fn history_subcommands_skip_the_line_with_a_record() {
    let ship = |id: &str| {
        format!(
            r#"{{"id":"{id}","origin":{{"country":"BR","region":"SP"}},"destination":{{"country":"BR","region":"SP"}},"ordered_at":"2024-03-01T10:00:00","shipped_at":"2024-03-02T10:00:00","delivered_at":"2024-03-05T10:00:00","promised_by":"2024-03-10","order_status":"delivered"}}"#
        )
    };
    let history = scratch("history.jsonl", &three_lines(&ship("a"), &ship("b")));
    let h = history.to_str().unwrap();

    let r = common::run_cli_bytes(&["report", h], b"");
    assert_ne!(r.code, 2, "report aborted");
    assert_ne!(r.code, 101, "report panicked");

    let model = history.with_file_name("model.json");
    let r = common::run_cli_bytes(&["learn", h, "-o", model.to_str().unwrap()], b"");
    assert_ne!(r.code, 2, "learn aborted");
    assert!(model.exists());

    let r = common::run_cli_bytes(&["backtest", h, "--split-at", "2024-03-03"], b"");
    assert_ne!(r.code, 2, "backtest aborted");
    assert_ne!(r.code, 101, "backtest panicked");

    let r = common::run_cli_bytes(
        &[
            "estimate",
            "--model",
            model.to_str().unwrap(),
            "-",
            "--now",
            "2024-03-02T12:00:00Z",
        ],
        &three_lines(&ship("c"), &ship("d")),
    );
    assert_eq!(r.code, 1);
    let lines = r.json_lines();
    assert!(error_record_for_line(&lines, 2), "{}", r.stdout);
    assert_eq!(lines.len(), 3, "{}", r.stdout);

    let r = common::run_cli_bytes(
        &["health", "-", "--now", "2024-03-04T00:00:00Z"],
        &three_lines(&ship("e"), &ship("f")),
    );
    assert_eq!(r.code, 1);
    let lines = r.json_lines();
    assert!(error_record_for_line(&lines, 2), "{}", r.stdout);

    let labelled = r#"{"carrier":"ups","code":"D","description":"Delivered","status":"delivered"}"#;
    let file = scratch("labelled.jsonl", &three_lines(labelled, labelled));
    let r = common::run_cli_bytes(&["eval-normalize", file.to_str().unwrap(), "--json"], b"");
    assert_ne!(r.code, 2, "eval-normalize aborted");
    assert!(r.stdout.contains("UTF-8"), "{}", r.stdout);
}
