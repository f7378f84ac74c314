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
    let input = format!(
        "{DELIVERED}\nnot json\n\n{{\"id\":\"B\",\"ordered_at\":\"soon\"}}\n{{\"id\":\"C\",\"as_of\":\"soon\"}}\n"
    );
    let (code, lines, _) = run(&["track", "--now", "2024-04-27T00:00:00Z"], &input);
    assert_eq!(code, 1, "a failed line makes the exit code 1");
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["status"], "delivered");
    assert_eq!(lines[0]["milestone"], "delivered");
    assert_eq!(lines[0]["delivered_at"], "2024-04-26T18:02:00Z");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["error"]["kind"], "invalid_json");
    // An unreadable optional date is dropped and named; the shipment is still tracked.
    assert_eq!(lines[2]["id"], "B");
    assert_eq!(lines[2]["warnings"][0]["kind"], "invalid_field");
    assert_eq!(lines[2]["warnings"][0]["field"], "ordered_at");
    // The line's own clock cannot be dropped: that line fails.
    assert_eq!(lines[3]["line"], 5);
    assert_eq!(lines[3]["error"]["kind"], "invalid_time");
}

#[test]
fn track_error_positions_do_not_contradict_the_line_number() {
    // serde reports "at line 1 column N" inside the one-line document; the record already
    // carries the file's line, so only the column is kept in the message.
    let input = format!("{DELIVERED}\n{{\"carrier\":\"usps\",\"events\":[]}}\n");
    let (code, lines, _) = run(&["track", "--now", "2024-04-27T00:00:00Z"], &input);
    assert_eq!(code, 1);
    assert_eq!(lines[1]["line"], 2);
    let msg = lines[1]["error"]["message"].as_str().unwrap();
    assert!(
        msg.starts_with("a shipment needs a non-empty `id`"),
        "{msg}"
    );
    assert!(!msg.contains("line 1") && msg.contains("column"), "{msg}");
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
        "we are checking with the carrier",
        "Parcels delivered: 1 of 2",
        "●━━",
        "Thu 09 May 14:02",
    ] {
        assert!(
            first.contains(needle),
            "demo output lacks {needle:?}:\n{first}"
        );
    }
    // The customer's page: words only, no codes, no verdicts, no window arithmetic.
    for code in [
        "[in_transit",
        "[delivered",
        "on_track",
        "likely_lost",
        "Window",
        "Health",
    ] {
        assert!(
            !first.contains(code),
            "customer page shows {code:?}:\n{first}"
        );
    }
    let (code, _, verbose) = run(&["demo", "--verbose"], "");
    assert_eq!(code, 0);
    for needle in [
        "[in_transit.arrived_at_facility]",
        "Window: 90%, most likely",
        "(likely_lost)",
        "Merchant action: File a lost-parcel claim",
        "(7 scans received: 6 kept, 1 duplicate ignored, 0 rejected)",
        "(5 scans received: 5 kept, 0 duplicates ignored, 0 rejected)",
    ] {
        assert!(
            verbose.contains(needle),
            "demo -v lacks {needle:?}:\n{verbose}"
        );
    }
    for page in [&first, &verbose] {
        for line in page.lines() {
            assert!(line.chars().count() <= 100, "line over 100 columns: {line}");
        }
    }
    // A parcel health calls likely lost gets no date, neither in words nor as a window.
    let hermes = verbose
        .split("6. Gone quiet")
        .nth(1)
        .and_then(|s| s.split("7. ").next())
        .unwrap();
    assert!(hermes.contains("(likely_lost)"), "{hermes}");
    assert!(
        !hermes.contains("Window") && !hermes.contains("Expected"),
        "{hermes}"
    );
    let (_, records, _) = run(&["demo", "--json"], "");
    // The same rule in the JSON `track` and `demo --json` print: no window when lost.
    assert_eq!(records[5]["health"]["verdict"], "likely_lost");
    assert!(records[5]["window"].is_null(), "{}", records[5]);
    assert!(records[1]["window"].is_object());
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
fn demo_tracking_numbers_pass_their_carriers_checks() {
    // A user copies a number from the demo into `identify`: it must be a valid number of the
    // carrier the demo shows (with its check digit where the format has one).
    let (_, records, _) = run(&["demo", "--json"], "");
    let mut numbers = Vec::new();
    for r in &records {
        let parcels = r["shipments"]
            .as_array()
            .cloned()
            .unwrap_or_else(|| vec![r.clone()]);
        for p in parcels {
            if let (Some(n), Some(c)) = (p["tracking_number"].as_str(), p["carrier"].as_str()) {
                numbers.push((n.to_string(), c.to_string()));
            }
        }
    }
    assert!(numbers.len() >= 8, "{numbers:?}");
    for (number, carrier) in numbers {
        let (code, ids, _) = run(&["identify", &number], "");
        assert_eq!(code, 0);
        let candidates = ids[0]["candidates"].as_array().unwrap();
        assert!(
            candidates.iter().any(|c| c["carrier"] == carrier.as_str()),
            "{number} is not a valid {carrier} number: {}",
            ids[0]
        );
    }
}

#[test]
fn help_explains_inputs_and_outputs_with_an_example() {
    for cmd in ["track", "demo"] {
        let (code, _, text) = run(&[cmd, "--help"], "");
        assert_eq!(code, 0);
        assert!(text.contains("Example"), "{cmd} --help has no example");
    }
}
