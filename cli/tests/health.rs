//! The `health` subcommand and the health/message parts of `track`, run as a user runs them.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use serde_json::Value;

fn run(args: &[&str], stdin: &str) -> (i32, Vec<Value>) {
    let r = common::run_cli(args, stdin);
    (r.code, r.json_lines())
}

const STUCK: &str = r#"{"id":"S1","carrier":"ups","origin":{"country":"US"},"destination":{"country":"US"},"events":[{"status":"in_transit","description":"Arrival Scan","time":"2024-03-04T10:00:00Z"}]}"#;

#[test]
fn health_writes_one_line_per_shipment_and_as_of_overrides_now() {
    let late = STUCK.replace(
        "\"events\"",
        "\"as_of\":\"2024-03-04T18:00:00Z\",\"events\"",
    );
    let input = format!("{STUCK}\n{late}\nnot json\n");
    let (code, lines) = run(&["health", "--now", "2024-03-08T12:00:00Z"], &input);
    assert_eq!(code, 1, "the bad line fails the run");
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "S1");
    assert_eq!(lines[0]["health"]["verdict"], "stalled");
    assert!(
        lines[0]["health"]["explanation"]
            .as_str()
            .unwrap()
            .contains("UPS")
    );
    assert_eq!(lines[1]["health"]["verdict"], "on_track");
    assert_eq!(lines[2]["line"], 3);
}

#[test]
fn learned_model_is_used_by_health_and_track() {
    // History: hand-off to delivery in 1-3 business days on one lane.
    let mut history = String::new();
    for i in 0..60 {
        let day = 4 + (i % 3);
        history.push_str(&format!(
            r#"{{"id":"h{i}","origin":{{"country":"US"}},"destination":{{"country":"US"}},"shipped_at":"2024-03-04T09:00:00Z","delivered_at":"2024-03-{:02}T15:00:00Z"}}"#,
            day + 1
        ));
        history.push('\n');
    }
    let dir = std::env::temp_dir().join(format!("tc-health-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let hist = dir.join("history.jsonl");
    std::fs::write(&hist, history).unwrap();
    let model_path = dir.join("dwell.json");
    let out = common::run_cli(
        &[
            "health",
            "--learn",
            hist.to_str().unwrap(),
            "--output",
            model_path.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!((out.code, out.stdout.as_str()), (0, ""));
    let shipment = r#"{"id":"N1","origin":{"country":"US"},"destination":{"country":"US"},"shipped_at":"2024-04-01T09:00:00Z"}"#;
    let (_, lines) = run(
        &[
            "health",
            "--now",
            "2024-04-08T12:00:00Z",
            "--model",
            model_path.to_str().unwrap(),
        ],
        shipment,
    );
    assert_eq!(lines[0]["health"]["verdict"], "stalled");
    assert_eq!(lines[0]["health"]["evidence"]["basis"], "lane");
    let (_, lines) = run(
        &[
            "track",
            "--now",
            "2024-04-08T12:00:00Z",
            "--locale",
            "pt-PT",
            "--model",
            model_path.to_str().unwrap(),
        ],
        shipment,
    );
    assert_eq!(lines[0]["health"]["verdict"], "stalled");
    assert_eq!(lines[0]["message"]["locale"], "pt-PT");
    assert!(
        lines[0]["message"]["next"]
            .as_str()
            .unwrap()
            .contains("transportadora")
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn learn_and_eval_list_bad_lines_on_stdout_with_their_number() {
    let dir = std::env::temp_dir().join(format!("tc-health-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let model_path = dir.join("dwell.json");
    let history = "{\"id\":\"h1\",\"carrier\":\"ups\",\"shipped_at\":\"2024-03-04T09:00:00Z\",\
                   \"delivered_at\":\"2024-03-06T15:00:00Z\"}\n\
                   not json\n\
                   {\"id\":\"h2\",\"shipped_at\":\"yesterday\"}\n";
    let learn = common::run_cli(
        &[
            "health",
            "--learn",
            "-",
            "--output",
            model_path.to_str().unwrap(),
        ],
        history,
    );
    assert_eq!(learn.code, 1);
    let errors = learn.json_lines();
    let lines: Vec<_> = errors.iter().map(|e| e["line"].clone()).collect();
    assert_eq!(lines, [2, 3]);
    assert_eq!(errors[0]["error"]["kind"], "invalid_json");
    assert_eq!(errors[1]["error"]["kind"], "invalid_time");
    // History has no snapshot to carry a warning: the record is refused, naming the field.
    let message = errors[1]["error"]["message"].as_str().unwrap();
    assert!(message.contains("(in `shipped_at`)"), "{message}");
    // The good line was still learned from: the model is there and loads.
    let model = std::fs::read_to_string(&model_path).unwrap();
    assert!(tracking_core::health::DwellModel::from_json(&model).is_ok());

    let eval = common::run_cli(
        &["health", "--eval", "-", "--split-at", "2024-03-05"],
        history,
    );
    assert_eq!(eval.code, 1);
    let report = &eval.json_lines()[0];
    assert_eq!(report["errors"][0]["line"], 2);
    assert_eq!(report["errors"][1]["error"]["kind"], "invalid_time");

    // --learn without --output is refused before anything is read.
    // Empty stdin: the run ends before reading it (writing more would race a closed pipe).
    let refused = common::run_cli(&["health", "--learn", "-"], "");
    assert_eq!((refused.code, refused.stdout.as_str()), (2, ""));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_rolling_reports_every_month_against_the_fixed_rules() {
    // Four orders a day over eight months on one lane: delivered 2-5 days after hand-off,
    // every eighth never.
    let mut history = String::new();
    let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    for i in 0..1000 {
        let day = start + chrono::Days::new(i / 4);
        let delivered = if i % 8 == 5 {
            "null".to_string()
        } else {
            format!("\"{}T15:00:00Z\"", day + chrono::Days::new(2 + i % 4))
        };
        history.push_str(&format!(
            r#"{{"id":"h{i}","origin":{{"country":"US"}},"destination":{{"country":"US"}},"ordered_at":"{day}T08:00:00Z","shipped_at":"{day}T09:00:00Z","delivered_at":{delivered}}}"#
        ));
        history.push('\n');
    }
    let (code, lines) = run(
        &["health", "--eval", "--rolling", "--online", "-"],
        &history,
    );
    assert_eq!(code, 0);
    let r = &lines[0];
    let months = r["months"].as_array().unwrap();
    assert!(months.len() >= 3, "{r}");
    for m in months {
        assert!(m["fixed_rule"]["rule_day"].is_i64(), "{m}");
    }
    // Every lost parcel is flagged within 30 days (the hard cap at the latest).
    assert_eq!(r["pooled"]["never_delivered_flagged_within_30_days"], 1.0);
    // The month counts are in the report itself; without a date, no groups.
    assert_eq!(r["by_month"]["months"], months.len());
    assert!(
        r.get("selection").is_none() && r.get("held_out").is_none(),
        "{r}"
    );

    // Split in two groups at a month start: each group's months and pool.
    let args = ["health", "--eval", "--rolling", "--online"];
    let (code, lines) = run(
        &[&args[..], &["--hold-out-from", "2024-05-01", "-"]].concat(),
        &history,
    );
    assert_eq!(code, 0);
    let r = &lines[0];
    let (before, after) = (&r["selection"]["by_month"], &r["held_out"]["by_month"]);
    assert!(
        before["months"].as_u64() > Some(0) && after["months"].as_u64() > Some(0),
        "{r}"
    );
    assert_eq!(
        before["months"].as_u64().unwrap() + after["months"].as_u64().unwrap(),
        months.len() as u64
    );
    // A date after the last month leaves a group empty: an error, not means of nothing.
    let out = common::run_cli(
        &[&args[..], &["--hold-out-from", "2030-01-01", "-"]].concat(),
        &history,
    );
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
}
