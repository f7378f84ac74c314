//! A user's bad input lines get records that say where the problem is, and a closed output
//! pipe ends the run quietly.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code: a failure is a test failure

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use common::run_cli;

fn message(line: &serde_json::Value) -> String {
    line["error"]["message"].as_str().unwrap().to_string()
}

#[test]
fn a_value_of_the_wrong_type_names_its_field() {
    let input = concat!(
        r#"{"id":"A1","carrier":"ups","events":[{"description":"Arrived","time":"2024-04-25T10:00:00Z"},"#,
        r#"{"code":12,"description":"Delivered","time":"2024-04-26T14:02:00Z"}]}"#,
        "\n",
        r#"{"id":"A2","carrier":"ups","events":[{"description":"Delivered","time":1714154520}]}"#,
        "\n",
        r#"{"id":"A3","destination":"Brooklyn, NY","events":[]}"#,
        "\n",
        r#"{"id":"A4","carrier":"ups","events":[]}"#,
        "\n"
    );
    let run = run_cli(&["track", "--now", "2024-04-27T00:00:00Z"], input);
    assert_eq!(run.code, 1);
    let lines = run.json_lines();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["error"]["kind"], "invalid_json");
    assert_eq!(
        message(&lines[0]),
        "in `events[1].code`: invalid type: integer `12`, expected a string (at column 103)"
    );
    assert!(
        message(&lines[1]).starts_with("in `events[0].time`: invalid type: integer `1714154520`")
    );
    assert!(message(&lines[2]).starts_with("in `destination`: invalid type: string"));
    assert_eq!(lines[3]["status"], "pending");

    // The same words for an order line, and for the other readers of shipments.
    let order = r#"{"id":"O1","shipments":[{"id":"A1","events":[{"description":"x","time":5}]}]}"#;
    let run = run_cli(
        &["track", "--orders", "--now", "2024-04-27T00:00:00Z"],
        order,
    );
    assert!(message(&run.json_lines()[0]).starts_with("in `shipments[0].events[0].time`"));
    let epoch = format!("{}\n", input.lines().nth(1).unwrap());
    for args in [&["learn", "-o", "/dev/null", "-"][..], &["health"]] {
        let run = run_cli(args, &epoch);
        let line = &run.json_lines()[0];
        assert!(
            message(line).starts_with("in `events[0].time`"),
            "{args:?}: {line}"
        );
    }
    let report: serde_json::Value =
        serde_json::from_str(&run_cli(&["report", "-"], &epoch).stdout).unwrap();
    assert!(
        message(&report["errors"][0]).starts_with("in `events[0].time`"),
        "{report}"
    );
    let run = run_cli(
        &["normalize"],
        r#"{"carrier":"ups","code":12,"description":"x"}"#,
    );
    assert!(message(&run.json_lines()[0]).starts_with("in `code`: invalid type"));
}

#[test]
fn a_closed_output_pipe_ends_the_run_quietly() {
    // More output than a pipe holds, so the run is still writing when the reader leaves.
    let numbers = "1Z879E930346834440\n".repeat(20_000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_tracking-core"))
        .args(["identify", "--input", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(numbers.as_bytes()); // the run may stop reading early
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("\"carrier\":\"ups\""), "{first}");
    // The read end is dropped here: the next writes fail with a broken pipe.
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_time_flag_that_cannot_be_read_is_named() {
    let history = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/python/history.sample.jsonl"
    );
    for (args, flag) in [
        (vec!["track", "--now", "yesterday"], "--now"),
        (vec!["health", "--now", "2024-13-01"], "--now"),
        (
            vec!["health", "--eval", "--split-at", "2024-99-01", history],
            "--split-at",
        ),
        (
            vec!["backtest", "--split-at", "someday", history],
            "--split-at",
        ),
        (
            vec!["backtest", "--rolling", "--hold-out-from", "soon", history],
            "--hold-out-from",
        ),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_tracking-core"))
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(&format!("`{flag}`")), "{args:?}: {stderr}");
    }
}
