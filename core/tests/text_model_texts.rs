//! The text model's committed training texts agree with today's rules.
//!
//! `tools/text-model/texts.jsonl` records, for every table text, whether a built-in text rule
//! reads it (`ruled`): the model's confidence is calibrated only on the texts the rules leave
//! to it. `make test-model` retrains from that file, so a rule change that is not followed by a
//! retrain would leave the calibration fitted on the wrong texts while every check passes.
//! This test makes that drift visible.

use tracking_core::normalize::corpus::text_rule_reads;

#[test]
fn committed_ruled_flags_match_the_rules() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tools/text-model/texts.jsonl"
    );
    let Ok(texts) = std::fs::read_to_string(path) else {
        panic!("{path} is missing: it is part of the repository");
    };
    let mut stale = Vec::new();
    let mut lines = 0;
    for line in texts.lines() {
        lines += 1;
        let row: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        let (Some(folded), Some(ruled)) = (row["folded"].as_str(), row["ruled"].as_bool()) else {
            panic!("line without `folded`/`ruled`: {line}");
        };
        if text_rule_reads(folded) != ruled {
            stale.push(folded.trim().to_string());
        }
    }
    assert!(lines > 1000, "only {lines} training texts");
    assert!(
        stale.is_empty(),
        "{} texts' `ruled` flag differs from the rules (e.g. {:?}); retrain with \
         `bash tools/text-model/check.sh --write`",
        stale.len(),
        stale.iter().take(5).collect::<Vec<_>>()
    );
}
