//! docs/mapping.md stays true: every mapped-event block (```jsonl) is run through `normalize`
//! and must get the statuses written under it (`<!-- expect: ... -->`), every provider payload
//! (```json) must be valid JSON, and every command of its ```sh blocks must run.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

mod common;

use common::run_cli;

fn mapping_doc() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/mapping.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The fenced blocks of `text` with the given info string, each with the text that follows it.
fn blocks<'a>(text: &'a str, info: &str) -> Vec<(&'a str, &'a str)> {
    let fence = format!("```{info}\n");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(&fence) {
        let body_start = start + fence.len();
        let len = rest[body_start..].find("```").unwrap();
        let body = &rest[body_start..body_start + len];
        rest = &rest[body_start + len + 3..];
        out.push((body, rest));
    }
    out
}

#[test]
fn every_mapped_event_gets_the_documented_status() {
    let doc = mapping_doc();
    let examples = blocks(&doc, "jsonl");
    assert!(examples.len() >= 9, "{} examples", examples.len());
    for (body, after) in examples {
        let expect = after
            .trim_start()
            .strip_prefix("<!-- expect:")
            .and_then(|s| s.split("-->").next())
            .unwrap_or_else(|| panic!("no <!-- expect: ... --> after\n{body}"));
        let expected: Vec<&str> = expect.split(',').map(str::trim).collect();
        let run = run_cli(&["normalize"], body);
        assert_eq!(run.code, 0, "{body}\n{}", run.stdout);
        let got: Vec<String> = run
            .json_lines()
            .iter()
            .map(|l| {
                l["substatus"]
                    .as_str()
                    .or(l["status"].as_str())
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(got, expected, "{body}");
        // Aggregator vocabularies and carrier slugs are known names: no carrier warning.
        for line in run.json_lines() {
            assert!(line.get("warnings").is_none(), "{line}");
        }
    }
}

#[test]
fn every_provider_payload_is_valid_json() {
    let doc = mapping_doc();
    let payloads = blocks(&doc, "json");
    assert!(payloads.len() >= 9);
    for (body, _) in payloads {
        serde_json::from_str::<serde_json::Value>(body).unwrap_or_else(|e| panic!("{e}\n{body}"));
    }
}

#[test]
fn the_whole_shipment_example_runs() {
    let doc = mapping_doc();
    let (body, _) = blocks(&doc, "sh").into_iter().next().unwrap();
    let command = body.replace("\\\n", " ");
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_tracking-core"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("sh")
        .args(["-c", &command])
        .env("PATH", path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{command}");
    let snap: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(snap["status"], "out_for_delivery");
    assert_eq!(snap["carrier"], "ups");
    assert_eq!(
        snap["message"]["headline"],
        "Your parcel is out for delivery today"
    );
}
