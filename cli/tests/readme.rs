//! The README's command-line examples run: every command of the ```sh block in its
//! "Use it from the command line" section is run by `sh` from the repository root, with the
//! freshly built binary first on PATH, and must exit 0 and print something. (The Rust
//! examples are doctests of the core; the Python ones run in bindings-python/tests.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::process::Command;

/// The commands of the section's ```sh block: comments dropped, continuations joined.
fn cli_commands(readme: &str) -> Vec<String> {
    let section = readme
        .split("<!-- section: cli -->")
        .nth(1)
        .and_then(|s| s.split("<!-- section:").next())
        .expect("the README has a `<!-- section: cli -->` section");
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("the CLI section has a ```sh block");
    let mut out = Vec::new();
    let mut pending = String::new();
    for line in block.lines() {
        // A comment starts at "  # " (two spaces before it), never inside the JSON.
        let code = line.split("  # ").next().unwrap_or_default().trim_end();
        if let Some(head) = code.strip_suffix('\\') {
            pending.push_str(head);
            continue;
        }
        pending.push_str(code);
        if !pending.trim().is_empty() {
            out.push(std::mem::take(&mut pending));
        }
        pending.clear();
    }
    out
}

#[test]
fn every_readme_cli_command_runs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let commands = cli_commands(&readme);
    assert!(commands.len() >= 4, "{commands:?}");
    let bin = Path::new(env!("CARGO_BIN_EXE_tracking-core"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for cmd in commands {
        assert!(cmd.contains("tracking-core"), "not a CLI command: {cmd}");
        let out = Command::new("sh")
            .args(["-c", &cmd])
            .current_dir(&root)
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{cmd}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "{cmd} printed nothing");
    }
}
