//! End-to-end checks of `learn`, `estimate`, `backtest` and `report` on a history the test
//! writes itself (two lanes, a fast and a slow one, plus cancelled and open orders).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDate};

fn run(args: &[&str], stdin: &str) -> (String, i32) {
    let r = common::run_cli(args, stdin);
    (r.stdout, r.code)
}

/// `backtest <hist> --rolling --online --min-train 100` and `extra`: the rolling backtest
/// every check below runs, with the options it varies.
fn rolling(hist: &Path, extra: &[&str]) -> common::Run {
    let base = [
        "backtest",
        hist.to_str().unwrap(),
        "--rolling",
        "--online",
        "--min-train",
        "100",
    ];
    common::run_cli(&[&base[..], extra].concat(), "")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tc-estimate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// 400 orders from 2024-01-01 on: SP -> SP takes 2-3 days, SP -> AM 9-12, every 20th is
/// cancelled and every 25th still open.
fn history() -> String {
    let start = NaiveDate::from_ymd_opt(2024, 1, 1)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    let mut out = String::new();
    for i in 0..400i64 {
        let ordered = start + Duration::hours(18 * i);
        let shipped = ordered + Duration::hours(20);
        let slow = i % 2 == 1;
        let days = if slow { 9 + i % 4 } else { 2 + i % 2 };
        let delivered = shipped + Duration::days(days);
        let promised = (ordered + Duration::days(if slow { 20 } else { 8 })).date();
        let dest = if slow { "AM" } else { "SP" };
        let (status, shipped_s, delivered_s) = if i % 20 == 0 {
            ("canceled", "null".to_string(), "null".to_string())
        } else if i % 25 == 0 {
            (
                "shipped",
                format!("\"{}\"", shipped.format("%Y-%m-%dT%H:%M:%S")),
                "null".to_string(),
            )
        } else {
            (
                "delivered",
                format!("\"{}\"", shipped.format("%Y-%m-%dT%H:%M:%S")),
                format!("\"{}\"", delivered.format("%Y-%m-%dT%H:%M:%S")),
            )
        };
        out.push_str(&format!(
            "{{\"id\":\"o{i}\",\"carrier\":null,\"origin\":{{\"country\":\"BR\",\"region\":\"SP\"}},\
             \"destination\":{{\"country\":\"BR\",\"region\":\"{dest}\"}},\
             \"ordered_at\":\"{}\",\"shipped_at\":{shipped_s},\"delivered_at\":{delivered_s},\
             \"promised_by\":\"{promised}\",\"order_status\":\"{status}\"}}\n",
            ordered.format("%Y-%m-%dT%H:%M:%S")
        ));
    }
    out
}

#[test]
fn learn_estimate_backtest_and_report_work_end_to_end() {
    let hist = scratch("history.jsonl");
    std::fs::write(&hist, history()).unwrap();
    let model = scratch("model.json");
    let (_, code) = run(
        &[
            "learn",
            hist.to_str().unwrap(),
            "-o",
            model.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&model).unwrap()).unwrap();
    assert_eq!(json["version"], tracking_core::estimate::MODEL_VERSION);

    // Promise windows: the slow lane's window lies later and is wider than the fast lane's.
    let input = "{\"id\":\"fast\",\"origin\":{\"country\":\"BR\",\"region\":\"SP\"},\"destination\":{\"country\":\"BR\",\"region\":\"SP\"},\"ordered_at\":\"2024-09-02T10:00:00\"}\n\
                 not json\n\
                 {\"id\":\"slow\",\"origin\":{\"country\":\"BR\",\"region\":\"SP\"},\"destination\":{\"country\":\"BR\",\"region\":\"AM\"},\"ordered_at\":\"2024-09-02T10:00:00\"}\n";
    let (out, code) = run(
        &[
            "estimate",
            "--model",
            model.to_str().unwrap(),
            "--at",
            "promise",
            "-",
        ],
        input,
    );
    assert_eq!(code, 1, "a bad line makes the exit code 1");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["line"], 2);
    let (fast, slow) = (&lines[0]["window"], &lines[2]["window"]);
    assert_eq!(fast["source"], "model");
    assert!(
        slow["earliest"].as_str() > fast["latest"].as_str(),
        "{fast} vs {slow}"
    );

    // Backtest: the model beats the shop's 8/20-day promise on width and keeps coverage.
    let preds = scratch("preds.jsonl");
    let (out, code) = run(
        &[
            "backtest",
            hist.to_str().unwrap(),
            "--split-at",
            "2024-07-01",
            "--mode",
            "inflight",
            "--online",
            "--predictions",
            preds.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0);
    let summary: serde_json::Value = serde_json::from_str(&out).unwrap();
    let m = &summary["overall"]["model"];
    let shop = &summary["overall"]["shop_promise"];
    assert!(m["n"].as_u64().unwrap() > 50);
    assert!(m["coverage"].as_f64().unwrap() >= 0.85, "{summary}");
    assert!(m["mean_width_days"].as_f64().unwrap() < shop["mean_width_days"].as_f64().unwrap());
    assert!(summary["overall"]["lane_quantile"]["n"].as_u64().unwrap() > 0);
    let predicted = std::fs::read_to_string(&preds).unwrap();
    assert_eq!(predicted.lines().count() as u64, m["n"].as_u64().unwrap());

    // Report: rates count every order, delivered or not.
    let (out, code) = run(&["report", hist.to_str().unwrap()], "");
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["overall"]["shipments"], 400);
    assert_eq!(report["overall"]["cancelled"], 20);
    assert!(
        report["by_lane"]["BR-SP -> BR-AM"]["ship_to_delivery_days"]["p50"]
            .as_f64()
            .unwrap()
            > 8.0
    );
}

#[test]
fn rolling_backtest_reports_held_out_months_apart() {
    let hist = scratch("history-rolling.jsonl");
    std::fs::write(&hist, history()).unwrap();
    let r = rolling(&hist, &["--hold-out-from", "2024-06-01"]);
    assert_eq!(r.code, 0);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let months = |g: &str| report[g]["model"]["splits"].as_u64().unwrap();
    // Orders run to late November: splits from March; March-May select, June on is held out.
    assert!(
        months("selection") >= 1 && months("held_out") >= 1,
        "{report}"
    );
    assert_eq!(
        months("selection") + months("held_out"),
        report["splits"].as_array().unwrap().len() as u64
    );
    let ratio = report["held_out"]["width_vs_shop"].as_f64().unwrap();
    assert!(ratio > 0.0 && ratio < 1.0, "{report}");
    // Per-shipment predictions of every split, each line naming its split.
    let preds = scratch("preds-rolling.jsonl");
    let with_preds = common::run_cli(
        &[
            "backtest",
            hist.to_str().unwrap(),
            "--rolling",
            "--online",
            "--min-train",
            "100",
            "--hold-out-from",
            "2024-06-01",
            "--predictions",
            preds.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!((with_preds.code, &with_preds.stdout), (0, &r.stdout));
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&preds)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let asked: u64 = report["splits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["scores"]["model"]["n"].as_u64().unwrap())
        .sum();
    assert_eq!(lines.len() as u64, asked);
    let first_split = report["splits"][0]["split_at"].as_str().unwrap();
    assert_eq!(lines[0]["split"].as_str().unwrap(), &first_split[..10]);
    assert!(lines.iter().all(|l| l["window"]["latest"].is_string()));
    // Each line names the level asked, which tools/window-eval scores the windows at.
    assert!(lines.iter().all(|l| l["confidence"].as_f64() == Some(0.9)));
    // Only with --rolling.
    let single = common::run_cli(
        &[
            "backtest",
            hist.to_str().unwrap(),
            "--split-at",
            "2024-07-01",
            "--hold-out-from",
            "2024-08-01",
        ],
        "",
    );
    assert_eq!(single.code, 2);
    // A date after the last split leaves no held-out month: an error, not means of 0.
    let late = rolling(&hist, &["--hold-out-from", "2030-01-01"]);
    assert_eq!((late.code, late.stdout.as_str()), (2, ""));
    // Without --hold-out-from the later half of the split months is held out (the documented
    // default); `none` turns it off.
    let half = rolling(&hist, &[]);
    assert_eq!(half.code, 0);
    let report: serde_json::Value = serde_json::from_str(&half.stdout).unwrap();
    let splits = report["splits"].as_array().unwrap();
    let n = splits.len() as u64;
    assert!(n >= 2, "{report}");
    assert_eq!(
        report["held_out"]["model"]["splits"].as_u64(),
        Some(n - n / 2)
    );
    assert_eq!(report["selection"]["model"]["splits"].as_u64(), Some(n / 2));
    assert_eq!(
        report["options"]["hold_out_from"],
        splits[(n / 2) as usize]["split_at"]
    );
    let none = rolling(&hist, &["--hold-out-from", "none"]);
    assert_eq!(none.code, 0);
    let report: serde_json::Value = serde_json::from_str(&none.stdout).unwrap();
    assert!(report.get("held_out").is_none(), "{report}");
}

#[test]
fn a_model_of_another_version_is_refused() {
    let model = scratch("old-model.json");
    std::fs::write(&model, "{\"version\":0,\"nodes\":{}}").unwrap();
    let (_, code) = run(&["estimate", "--model", model.to_str().unwrap(), "-"], "");
    assert_eq!(code, 2);
}
