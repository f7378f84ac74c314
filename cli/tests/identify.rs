//! `tracking-core identify` end to end: arguments, --input (plain and JSON lines), --text and
//! --eval on files written here.

#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers: a failure is a test failure
use std::process::Command;

fn run(args: &[&str]) -> (String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_tracking-core"))
        .arg("identify")
        .args(args)
        .output()
        .expect("run tracking-core");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.success(),
    )
}

fn lines(s: &str) -> Vec<serde_json::Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

#[test]
fn numbers_as_arguments() {
    let (out, ok) = run(&["1z 879 e93 03 4683 444 0", "not a number"]);
    assert!(ok);
    let v = lines(&out);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["number"], "1z 879 e93 03 4683 444 0");
    assert_eq!(v[0]["normalized"], "1Z879E930346834440");
    assert_eq!(v[0]["ambiguous"], false);
    let c = &v[0]["candidates"][0];
    assert_eq!(
        (c["carrier"].as_str(), c["format"].as_str()),
        (Some("ups"), Some("ups"))
    );
    assert_eq!(c["check_digit_verified"], true);
    assert!(
        c["tracking_url"]
            .as_str()
            .unwrap()
            .starts_with("https://www.ups.com/")
    );
    assert_eq!(v[1]["candidates"].as_array().unwrap().len(), 0);
}

#[test]
fn input_file_plain_and_json_lines() {
    let dir = std::env::temp_dir().join(format!("tc-identify-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("numbers.txt");
    std::fs::write(
        &path,
        "RB123456785GB\n{\"number\": \"3318810025\"}\n\n{\"number\": 5}\n",
    )
    .unwrap();
    let (out, ok) = run(&["--input", path.to_str().unwrap()]);
    assert!(!ok, "a bad line makes the exit code 1");
    let v = lines(&out);
    assert_eq!(v[0]["candidates"][0]["carrier"], "s10");
    assert_eq!(v[1]["candidates"][0]["carrier"], "dhl_express");
    assert_eq!(v[2]["line"], 4);
    assert_eq!(v[2]["error"]["kind"], "invalid_json");
    // The record names the field, as every other reader of JSON lines does.
    assert_eq!(
        v[2]["error"]["message"],
        "in `number`: invalid type: integer `5`, expected a string (at column 12)"
    );

    let text = dir.join("mail.txt");
    std::fs::write(
        &text,
        "Hello\nYour parcel: 1Z879E930346834440 (call 555-123-4567)\n",
    )
    .unwrap();
    let (out, ok) = run(&["--text", text.to_str().unwrap()]);
    assert!(ok);
    let v = lines(&out);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["line"], 2);
    assert_eq!(v[0]["found"][0]["number"], "1Z879E930346834440");

    // A labelled file: one right (messy), one collision (right carrier among the candidates
    // of an ambiguous result), one invalid rejected, one labelled with the wrong carrier.
    let eval = dir.join("labelled.jsonl");
    std::fs::write(
        &eval,
        concat!(
            "{\"number\": \"1z879e930346834440\", \"courier\": \"ups\", \"valid\": true, \"messy\": true}\n",
            "{\"number\": \"287809468872\", \"courier\": \"purolator\", \"valid\": true, \"ambiguous\": true}\n",
            "{\"number\": \"1Z879E930346834443\", \"courier\": \"ups\", \"valid\": false}\n",
            "{\"number\": \"3318810025\", \"courier\": \"ups\", \"valid\": true}\n",
        ),
    )
    .unwrap();
    let (out, ok) = run(&["--eval", eval.to_str().unwrap()]);
    assert!(ok);
    let s = &lines(&out)[0];
    assert_eq!(s["valid"]["lines"], 3);
    assert_eq!(s["valid"]["right_carrier"], 2);
    assert_eq!(s["valid"]["right_top"], 1);
    assert_eq!(s["valid"]["wrong_carrier"], 1);
    assert_eq!(s["invalid"]["rejected"], 1);
    assert_eq!(s["messy"]["right"], 1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn no_input_is_an_error() {
    let (_, ok) = run(&[]);
    assert!(!ok);
}

#[test]
fn hints_reorder_candidates() {
    // Valid for FedEx 12 and Purolator 12: FedEx leads unless the hint says otherwise.
    let (out, _) = run(&["287809468872"]);
    assert_eq!(lines(&out)[0]["candidates"][0]["carrier"], "fedex");
    let (out, ok) = run(&["287809468872", "--carrier", "purolator"]);
    assert!(ok);
    let v = &lines(&out)[0];
    assert_eq!(v["candidates"][0]["carrier"], "purolator");
    assert_eq!(v["ambiguous"], false);
}

#[test]
fn a_german_hint_settles_dhl_paket_versus_usps() {
    // paketda.de's 20-digit DHL Paket example also passes USPS 20's GS1 check.
    let n = "00340433836442636597";
    let (out, _) = run(&[n]);
    let v = &lines(&out)[0];
    assert_eq!(v["ambiguous"], true);
    assert_eq!(v["candidates"][1]["carrier"], "usps");
    for hint in [["--country", "DE"], ["--carrier", "dhl"]] {
        let (out, ok) = run(&[n, hint[0], hint[1]]);
        assert!(ok);
        let v = &lines(&out)[0];
        assert_eq!(v["candidates"][0]["carrier"], "dhl_parcel_de", "{hint:?}");
        assert_eq!(v["ambiguous"], false, "{hint:?}");
    }
}
