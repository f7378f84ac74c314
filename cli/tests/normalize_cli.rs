//! End-to-end checks of `tracking-core normalize` and `eval-normalize`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

fn run(args: &[&str], stdin: &str) -> (String, i32) {
    let r = common::run_cli(args, stdin);
    (r.stdout, r.code)
}

#[test]
fn normalize_adds_fields_reports_bad_lines_and_continues() {
    let input = "{\"carrier\":\"shipengine\",\"code\":\"SP\",\"id\":\"e1\"}\nnot json\n{\"description\":\"Zugestellt an Nachbarn\"}\n";
    let (out, code) = run(&["normalize", "-"], input);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["status"], "available_for_pickup");
    assert_eq!(lines[0]["rule"], "table:shipengine:SP");
    assert_eq!(lines[0]["id"], "e1", "input fields are kept");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["error"]["kind"], "invalid_json");
    assert_eq!(lines[2]["substatus"], "delivered.neighbor");
    assert_eq!(code, 1);
}

#[test]
fn normalize_error_records_name_the_problem_in_the_line() {
    // An array is not an event: say so, rather than serde's complaint about its first
    // element. A parse error gives the column; the record's `line` is the file's line.
    let input = "[1,2,3]\n{\"carrier\":\"gls\", \"description\": \"broken\n";
    let (out, code) = run(&["normalize", "-"], input);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(code, 1);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["error"]["kind"], "invalid_json");
    let msg = lines[0]["error"]["message"].as_str().unwrap();
    assert!(
        msg.contains("must be a JSON object") && msg.ends_with("not an array"),
        "{msg}"
    );
    assert_eq!(lines[1]["line"], 2);
    let msg = lines[1]["error"]["message"].as_str().unwrap();
    assert!(!msg.contains("line 1"), "{msg}");
    assert!(msg.ends_with("(at column 40)"), "{msg}");
}

#[test]
fn normalize_reads_overrides() {
    let dir = std::env::temp_dir().join(format!("tc-norm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("o.json");
    std::fs::write(
        &path,
        r#"{"tables":{"acme":[{"code":"Q7","status":"exception.lost"}]}}"#,
    )
    .unwrap();
    let (out, code) = run(
        &["normalize", "--overrides", path.to_str().unwrap()],
        "{\"carrier\":\"acme\",\"code\":\"Q7\"}\n",
    );
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["substatus"], "exception.lost");
    assert_eq!(code, 0);
}

#[test]
fn eval_normalize_scores_and_lists_delivered_false_positives() {
    let dir = std::env::temp_dir().join(format!("tc-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("labelled.jsonl");
    std::fs::write(
        &path,
        concat!(
            "{\"carrier\":\"x\",\"description\":\"Out for delivery\",\"language\":\"en\",\"status\":\"OutForDelivery\",\"substatus\":null}\n",
            "{\"carrier\":\"x\",\"description\":\"Delivered\",\"language\":\"en\",\"status\":\"AvailableForPickup\",\"substatus\":null}\n",
            "{\"carrier\":\"x\",\"description\":\"Zugestellt\",\"language\":\"de\",\"status\":\"Delivered\",\"substatus\":\"Delivered.Neighbor\"}\n",
        ),
    )
    .unwrap();
    let (out, code) = run(&["eval-normalize", "--json", path.to_str().unwrap()], "");
    let r: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(r["overall"]["n"], 3);
    assert_eq!(r["overall"]["status_ok"], 2);
    assert_eq!(r["overall"]["substatus_ok"], 1);
    assert_eq!(r["by_language"]["de"]["status_ok"], 1);
    assert_eq!(r["delivered_false_positives"].as_array().unwrap().len(), 1);
    assert_eq!(r["delivered_false_positives"][0]["line"], 2);
    assert_eq!(code, 0);
}

#[test]
fn eval_holdout_carrier_scores_every_table_text_with_the_text_path() {
    let (out, code) = run(&["eval-normalize", "--holdout", "carrier", "--json"], "");
    assert_eq!(code, 0);
    let r: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let n = r["overall"]["n"].as_u64().unwrap();
    assert!(n > 1000, "{n}");
    // Every table is scored under its own name, and the buckets add up to all events.
    assert!(r["by_carrier"]["aftership"]["n"].as_u64().unwrap() > 10);
    assert!(r["by_carrier"]["dhl_parcel_de"]["n"].as_u64().unwrap() > 10);
    let buckets: u64 = r["reliability"]
        .as_object()
        .unwrap()
        .values()
        .map(|s| s["n"].as_u64().unwrap())
        .sum();
    assert_eq!(buckets, n);
    // Text path only: no table rule decides.
    assert!(r["by_rule_kind"].get("table").is_none());
    // Every text is either ambiguous in its own table or scored beside the strict figure.
    let ambiguous = r["ambiguous"].as_u64().unwrap();
    assert!(ambiguous > 0);
    assert_eq!(ambiguous + r["unambiguous"]["n"].as_u64().unwrap(), n);
}

#[test]
fn eval_normalize_sets_apart_texts_their_own_table_labels_twice() {
    let dir = std::env::temp_dir().join(format!("tc-eval-amb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("labelled.jsonl");
    // DHL Parcel DE maps "Geschlossen" to a failed delivery or a failed pickup by its code,
    // so the text alone cannot tell; "Zugestellt" is no text of its table, and a carrier
    // without a table has no ambiguous text.
    std::fs::write(
        &path,
        concat!(
            "{\"carrier\":\"dhl_parcel_de\",\"description\":\"Geschlossen\",\"language\":\"de\",\"status\":\"InfoReceived\",\"substatus\":\"InfoReceived.PickupFailed\"}\n",
            "{\"carrier\":\"dhl_parcel_de\",\"description\":\"Zugestellt\",\"language\":\"de\",\"status\":\"Delivered\",\"substatus\":null}\n",
            "{\"carrier\":\"x\",\"description\":\"Geschlossen\",\"language\":\"de\",\"status\":\"AttemptFail\",\"substatus\":null}\n",
        ),
    )
    .unwrap();
    let (out, code) = run(
        &[
            "eval-normalize",
            "--text-only",
            "--json",
            path.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0);
    let r: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(r["overall"]["n"], 3);
    assert_eq!(r["ambiguous"], 1);
    assert_eq!(r["unambiguous"]["n"], 2);
    // Without --json the figure is printed beside the strict one.
    let (text, _) = run(
        &["eval-normalize", "--text-only", path.to_str().unwrap()],
        "",
    );
    assert!(
        text.contains("two or more labels in their carrier's table: 1 (33.3%)"),
        "{text}"
    );
}

#[test]
fn export_texts_writes_folded_labelled_table_rows() {
    let (out, code) = run(&["export-texts"], "");
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() > 1000);
    let l = &lines[0];
    assert_eq!(l["source"], "table");
    let folded = l["folded"].as_str().unwrap();
    assert!(folded.starts_with(' ') && folded.ends_with(' '));
    assert!(
        lines
            .iter()
            .all(|l| l["label"].as_str().is_some_and(|s| !s.is_empty()))
    );
}
