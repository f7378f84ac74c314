//! The `track` and `demo` subcommands, run as a user runs them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code: a failure should stop loudly

mod common;

use serde_json::Value;

fn run(args: &[&str], stdin: &str) -> (i32, Vec<Value>, String) {
    let r = common::run_cli(args, stdin);
    (r.code, r.json_lines(), r.stdout)
}

const DELIVERED: &str = r#"{"id":"A1","carrier":"ups","events":[{"status":"in_transit","substatus":"picked_up","time":"2024-04-25T18:00:00-04:00"},{"description":"Delivered","time":"2024-04-26T14:02:00-04:00"}]}"#;

#[test]
fn track_writes_one_snapshot_per_line_and_error_records_for_bad_lines() {
    let input = format!("{DELIVERED}\nnot json\n\n{{\"id\":\"B\",\"ordered_at\":\"soon\"}}\n");
    let (code, lines, _) = run(&["track", "--now", "2024-04-27T00:00:00Z"], &input);
    assert_eq!(code, 1, "a failed line makes the exit code 1");
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["status"], "delivered");
    assert_eq!(lines[0]["milestone"], "delivered");
    assert_eq!(lines[0]["delivered_at"], "2024-04-26T18:02:00Z");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["error"]["kind"], "invalid_json");
    assert_eq!(lines[2]["line"], 4);
    assert_eq!(lines[2]["error"]["kind"], "invalid_time");
}

#[test]
fn track_uses_now_and_a_lines_own_as_of() {
    // Clock before the delivery scan by more than the tolerance: the scan is rejected...
    let (code, lines, _) = run(&["track", "--now", "2024-04-20T00:00:00Z"], DELIVERED);
    assert_eq!(code, 0);
    assert_eq!(lines[0]["rejected"].as_array().unwrap().len(), 2);
    assert_eq!(lines[0]["status"], "pending");
    // ...unless the line's own as_of says otherwise.
    let with_as_of = DELIVERED.replacen('{', r#"{"as_of":"2024-04-28T00:00:00Z","#, 1);
    let (_, lines, _) = run(&["track", "--now", "2024-04-20T00:00:00Z"], &with_as_of);
    assert_eq!(lines[0]["status"], "delivered");
}

#[test]
fn track_orders_groups_by_order_id_and_accepts_order_lines() {
    let input = [
        r#"{"id":"P1","order_id":"O1","events":[{"status":"delivered","time":"2024-04-26T14:02:00Z"}]}"#,
        r#"{"id":"Q1","shipments":[{"id":"Q1-1","events":[{"status":"exception","substatus":"damaged","time":"2024-04-26T10:00:00Z"}]}]}"#,
        r#"{"id":"P2","order_id":"O1","events":[{"status":"in_transit","time":"2024-04-26T09:00:00Z"}]}"#,
        r#"{"id":"R1","order_id":"O1","direction":"return","events":[]}"#,
    ]
    .join("\n");
    let (code, lines, _) = run(
        &["track", "--orders", "--now", "2024-04-27T00:00:00Z"],
        &input,
    );
    assert_eq!(code, 0);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "O1");
    assert_eq!(lines[0]["status"], "partially_delivered");
    assert_eq!(lines[0]["parcels"], 2);
    assert_eq!(lines[0]["return_legs"], 1);
    assert_eq!(lines[1]["status"], "exception");
    assert_eq!(lines[1]["attention"][0]["shipment_id"], "Q1-1");
}

#[test]
fn demo_is_deterministic_and_shows_each_sample() {
    let (code, _, first) = run(&["demo"], "");
    assert_eq!(code, 0);
    let (_, _, second) = run(&["demo"], "");
    assert_eq!(first, second);
    for needle in [
        "You have collected your parcel",
        "Your parcel was returned to the shop",
        "Window (90%): most likely",
        "Health: likely_lost",
        "Parcels delivered: 1 of 2",
        "●━━",
        "Thu 09 May 14:02",
    ] {
        assert!(
            first.contains(needle),
            "demo output lacks {needle:?}:\n{first}"
        );
    }
    let (_, records, _) = run(&["demo", "--json"], "");
    let statuses: Vec<&str> = records
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "delivered",
            "in_transit",
            "delivered",
            "delivered",
            "return_to_sender",
            "in_transit",
            "partially_delivered"
        ]
    );
}

#[test]
fn help_explains_inputs_and_outputs_with_an_example() {
    for cmd in ["track", "demo"] {
        let (code, _, text) = run(&[cmd, "--help"], "");
        assert_eq!(code, 0);
        assert!(text.contains("Example:"), "{cmd} --help has no example");
    }
}
