//! Every subcommand's `--help` states its input and shows an example, and the example runs:
//! each `$ tracking-core ...` line (continuations joined) is run by `sh` from the repository
//! root with the freshly built binary first on PATH, and must exit 0.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::process::Command;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_tracking-core")
}

fn help(args: &[&str]) -> String {
    let out = Command::new(bin()).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Subcommand names from the top-level help's "Commands:" list.
fn subcommands() -> Vec<String> {
    let top = help(&["--help"]);
    let list = top.split("Commands:").nth(1).unwrap();
    list.lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

/// The example commands of a help text: lines starting with `$ `, continuations joined.
fn examples(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let Some(cmd) = line.trim_start().strip_prefix("$ ") else {
            continue;
        };
        let mut cmd = cmd.to_string();
        while cmd.ends_with('\\') {
            cmd.pop();
            cmd.push_str(lines.next().unwrap_or_default().trim());
        }
        out.push(cmd);
    }
    out
}

#[test]
fn every_subcommand_documents_input_and_a_runnable_example() {
    let names = subcommands();
    assert!(names.len() >= 11, "{names:?}");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = Path::new(bin()).parent().unwrap();
    let path = format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for name in &names {
        let text = help(&[name, "--help"]);
        let lower = text.to_lowercase();
        assert!(
            lower.contains("input"),
            "`{name} --help` does not state its input"
        );
        assert!(lower.contains("example"), "`{name} --help` has no example");
        let cmds = examples(&text);
        assert!(
            !cmds.is_empty(),
            "`{name} --help` has no `$ tracking-core` line"
        );
        assert!(
            cmds.iter()
                .any(|c| c.contains(&format!("tracking-core {name}")))
        );
        // One shell runs them in order (an example may use a file the previous one wrote).
        let script = format!("set -e\n{}\n", cmds.join("\n"));
        let out = Command::new("sh")
            .arg("-c")
            .arg(&script)
            .current_dir(&root)
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "`{name} --help` example failed:\n{script}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The `(docs/X.md, "Heading")` and `(the README, "Heading")` references of a help text.
fn references(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices(", \"") {
        let before = &text[..at];
        let file = if before.ends_with("README") {
            "README.md".to_string()
        } else {
            let start = before.rfind("docs/");
            match start {
                Some(s) if before[s..].ends_with(".md") => before[s..].to_string(),
                _ => continue,
            }
        };
        let rest = &text[at + 3..];
        let heading = rest.split('"').next().unwrap_or_default().to_string();
        out.push((file, heading));
    }
    out
}

#[test]
fn help_texts_have_no_stray_escapes_and_their_references_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut checked = 0;
    for name in subcommands() {
        for flag in ["-h", "--help"] {
            let text = help(&[&name, flag]);
            // A raw string starting `r#"\` shows its backslash (it escapes nothing there).
            assert!(
                !text.lines().any(|l| l.trim() == "\\"),
                "`{name} {flag}` shows a lone backslash:\n{text}"
            );
            for (file, heading) in references(&text) {
                let doc = std::fs::read_to_string(root.join(&file))
                    .unwrap_or_else(|e| panic!("`{name} {flag}` names {file}: {e}"));
                assert!(
                    doc.lines().any(|l| l.starts_with('#')
                        && l.trim_start_matches('#').trim().starts_with(&heading)),
                    "`{name} {flag}` names {file}, \"{heading}\": no such heading"
                );
                checked += 1;
            }
        }
    }
    // shapes.md is named by most subcommands; normalization.md by `normalize --overrides`.
    assert!(checked >= 8, "{checked}");
}
