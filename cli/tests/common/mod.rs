//! Runs the `tracking-core` binary as a user does: arguments, stdin, exit code, stdout.
//! Shared by the CLI integration tests (each test file includes it with `mod common;`).

#![allow(clippy::unwrap_used, dead_code)] // test code; not every test file uses every helper

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

/// What one run printed and returned.
pub struct Run {
    /// Exit code.
    pub code: i32,
    /// Everything written to stdout.
    pub stdout: String,
}

impl Run {
    /// The stdout lines that parse as JSON.
    pub fn json_lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

/// Runs the binary with `args`, feeding `stdin`.
pub fn run_cli(args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tracking-core"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
    }
}

/// Runs the binary with `args`, feeding raw bytes (which need not be UTF-8) on stdin.
pub fn run_cli_bytes(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tracking-core"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
    }
}
