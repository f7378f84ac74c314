//! Options and model files checked by the core (issue 18): the CLI refuses what the bindings
//! refuse, and a broken model file is reported with the field that is wrong.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::{Command, Stdio};

fn stderr_of(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tracking-core"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn health_options_out_of_range_are_refused() {
    for (args, field) in [
        (vec!["health", "--level", "0", "-"], "level"),
        (vec!["health", "--level", "1.5", "-"], "level"),
        (vec!["health", "--control-step", "NaN", "-"], "control_step"),
        (
            vec!["health", "--horizon-days", "0", "--eval", "-"],
            "horizon",
        ),
        (
            vec!["estimate", "--model", "x.json", "--confidence", "2", "-"],
            "confidence",
        ),
    ] {
        let (code, err) = stderr_of(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(field), "{args:?}: {err}");
    }
}

#[test]
fn a_broken_dwell_model_is_reported_as_a_dwell_model() {
    let dir = std::env::temp_dir().join(format!("tc-options-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("dwell.json");
    std::fs::write(
        &p,
        r#"{"version":1,"levels":[0.9,0.5],"min_samples":30,"entries":[]}"#,
    )
    .unwrap();
    let (code, err) = stderr_of(&["track", "--model", p.to_str().unwrap(), "-"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("dwell model") && err.contains("levels"),
        "{err}"
    );
    std::fs::write(
        &p,
        r#"{"version":1,"levels":[0.5],"min_samples":30,"entries":"x"}"#,
    )
    .unwrap();
    let (_, err) = stderr_of(&["health", "--model", p.to_str().unwrap(), "-"]);
    assert!(err.contains("`entries`"), "{err}");
}

#[test]
fn a_model_file_that_cannot_be_read_or_loaded_is_named() {
    let dir = std::env::temp_dir().join(format!("tc-options-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.json");
    std::fs::write(&empty, "").unwrap();
    let missing = dir.join("missing.json");
    for sub in ["track", "health", "estimate"] {
        for (path, why) in [(&empty, "invalid model"), (&missing, "cannot read")] {
            let (code, err) = stderr_of(&[sub, "--model", path.to_str().unwrap(), "-"]);
            assert_eq!(code, 2, "{sub}: {err}");
            assert!(
                err.contains(path.to_str().unwrap()) && err.contains(why),
                "{sub} {}: {err}",
                path.display()
            );
        }
    }
}
