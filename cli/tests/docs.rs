//! The repository's documentation stays true: the generated carrier table is current.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure is a test failure

mod common;

use common::run_cli;

const REGENERATE: &str =
    "cargo run -q -p tracking-core-cli -- carriers --format markdown > docs/carriers.md";

fn repo_file(rel: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn carrier_table_is_current() {
    let generated = run_cli(&["carriers", "--format", "markdown"], "");
    assert_eq!(generated.code, 0);
    let committed = repo_file("docs/carriers.md");
    assert!(
        committed == generated.stdout,
        "docs/carriers.md is stale (the carrier registry changed): regenerate it with\n  {REGENERATE}"
    );
    assert!(committed.contains("| `ups` | UPS |"));
}

#[test]
fn carriers_json_lists_every_carrier_with_coverage() {
    let run = run_cli(&["carriers", "--format", "json"], "");
    let lines = run.json_lines();
    assert!(lines.len() >= 40);
    let ups = lines.iter().find(|l| l["slug"] == "ups").unwrap();
    assert_eq!(ups["code_table"], true);
    assert_eq!(ups["tracking_number_formats"], true);
}

#[test]
fn resolve_reports_unknown_and_decides_brands() {
    let typo = run_cli(&["carriers", "--resolve", "Colisimo"], "").json_lines();
    assert_eq!(typo[0]["warning"]["kind"], "unknown_carrier");
    assert_eq!(typo[0]["warning"]["did_you_mean"][0], "colissimo");
    let de = run_cli(&["carriers", "--resolve", "DHL", "--country", "DE"], "").json_lines();
    assert_eq!(de[0]["carrier"], "dhl_parcel_de");
    let open = run_cli(&["carriers", "--resolve", "DHL"], "").json_lines();
    assert_eq!(
        (open[0]["carrier"].is_null(), &open[0]["name"]),
        (true, &"DHL".into())
    );
}

#[test]
fn normalize_reports_unknown_carriers_on_the_line() {
    let input = "{\"carrier\":\"fedx\",\"description\":\"Delivered\"}\n\
                 {\"carrier\":\"ups\",\"code\":\"D\",\"description\":\"DELIVERED\"}\n";
    let lines = run_cli(&["normalize"], input).json_lines();
    assert_eq!(lines[0]["status"], "delivered");
    assert_eq!(lines[0]["warnings"][0]["kind"], "unknown_carrier");
    assert_eq!(lines[0]["warnings"][0]["did_you_mean"][0], "fedex");
    assert!(lines[1].get("warnings").is_none());
}

#[test]
fn normalize_warns_about_a_time_track_would_reject() {
    let input = "{\"carrier\":\"ups\",\"code\":\"D\",\"description\":\"DELIVERED\",\"time\":\"2024-13-45T99:00:00Z\"}\n\
                 {\"carrier\":\"ups\",\"code\":\"D\",\"description\":\"DELIVERED\",\"date\":\"20240426\",\"time\":\"074700\"}\n";
    let run = run_cli(&["normalize"], input);
    assert_eq!(run.code, 0, "the status is still read");
    let lines = run.json_lines();
    assert_eq!(lines[0]["status"], "delivered");
    let w = &lines[0]["warnings"][0];
    assert_eq!(
        (&w["kind"], &w["field"]),
        (&"invalid_field".into(), &"time".into())
    );
    assert!(
        w["message"]
            .as_str()
            .unwrap()
            .contains("2024-13-45T99:00:00Z"),
        "{w}"
    );
    assert!(lines[1].get("warnings").is_none(), "{}", lines[1]);
}

#[test]
fn track_keeps_a_shipment_whose_optional_date_is_bad() {
    let input = r#"{"id":"P","carrier":"ups","promised_by":"2024-11-31","events":[{"code":"OR","description":"Origin Scan","time":"2024-11-20T09:00:00Z"}]}"#;
    let run = run_cli(&["track", "--now", "2024-11-21T00:00:00Z"], input);
    assert_eq!(run.code, 0);
    let snap = &run.json_lines()[0];
    assert_eq!(snap["id"], "P");
    assert_eq!(snap["events"].as_array().unwrap().len(), 1);
    assert_eq!(snap["warnings"][0]["kind"], "invalid_field");
    assert_eq!(snap["warnings"][0]["field"], "promised_by");
}

#[test]
fn resolve_folds_accents_and_takes_the_s10_post() {
    let es = run_cli(&["carriers", "--resolve", "correos espana"], "").json_lines();
    assert_eq!(es[0]["carrier"], "correos");
    let gb = run_cli(
        &[
            "carriers",
            "--resolve",
            "s10",
            "--tracking-number",
            "RB123456785GB",
        ],
        "",
    )
    .json_lines();
    assert_eq!(
        (&gb[0]["carrier"], &gb[0]["name"]),
        (&"royal_mail".into(), &"Royal Mail".into())
    );
}

#[test]
fn errors_name_the_file_and_bad_lines_are_listed_on_stdout() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tracking-core"))
        .args(["report", "no/such/history.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no/such/history.jsonl"), "{stderr}");
    let run = run_cli(
        &["report", "-"],
        "{\"id\":\"H1\",\"carrier\":\"ups\"}\nnot json\n",
    );
    assert_eq!(run.code, 1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["errors"][0]["line"], 2);
    assert_eq!(report["errors"][0]["error"]["kind"], "invalid_json");
    assert_eq!(report["overall"]["shipments"], 1);
}

/// Files of the repository a user reads: sources, tables, docs, examples (build outputs,
/// installed packages and virtualenvs skipped).
fn repository_texts(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    const SKIP: [&str; 6] = [
        "target",
        "node_modules",
        ".venv",
        ".git",
        "test-artifacts",
        "fuzz-corpus-out",
    ];
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !SKIP.contains(&name.as_str()) {
                repository_texts(&path, out);
            }
        } else if [
            ".rs", ".md", ".toml", ".tsv", ".txt", ".py", ".pyi", ".js", ".mjs", ".ts", ".kt",
            ".swift", ".sh",
        ]
        .iter()
        .any(|ext| name.ends_with(ext))
            || name == "Makefile"
        {
            out.push(path);
        }
    }
}

#[test]
fn no_file_points_to_documentation_outside_the_repository() {
    // The team's design notes live outside the repository; users cannot read them, so nothing
    // here may send them there. (The pattern is split so this file does not match itself.)
    let needle = ["design", "/"].concat();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    repository_texts(&root, &mut files);
    assert!(files.len() > 100, "walked {} files", files.len());
    let mut offenders = Vec::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        for (i, line) in text.lines().enumerate() {
            if let Some(at) = line.find(&needle) {
                let rest = line.get(at + needle.len()..).unwrap_or("");
                let name_len = rest
                    .find(|c: char| !(c.is_ascii_uppercase() || c == '_'))
                    .unwrap_or(rest.len());
                let cites_note =
                    name_len > 0 && rest.get(name_len..).is_some_and(|r| r.starts_with(".md"));
                if cites_note {
                    offenders.push(format!("{}:{}", f.display(), i + 1));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "files citing design notes outside the repo:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn statuses_page_lists_every_status_and_sub_status() {
    let page = repo_file("docs/statuses.md");
    for s in tracking_core::Status::ALL {
        assert!(
            page.contains(&format!("| `{}` |", s.code())),
            "{}",
            s.code()
        );
    }
    for s in tracking_core::SubStatus::ALL {
        assert!(
            page.contains(&format!("| `{}` |", s.code())),
            "{}",
            s.code()
        );
    }
}

/// Relative links of a Markdown text (outside code blocks), without their `#anchor`.
fn relative_links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, part) in text.split("```").enumerate() {
        if i % 2 == 1 {
            continue; // inside a fenced block
        }
        let mut rest = part;
        while let Some(at) = rest.find("](") {
            rest = &rest[at + 2..];
            let end = rest.find(')').unwrap_or(rest.len());
            let link = rest[..end].split('#').next().unwrap_or_default();
            if !link.is_empty() && !link.contains("://") && !link.starts_with("mailto:") {
                out.push(link.to_string());
            }
        }
    }
    out
}

#[test]
fn links_in_the_readme_and_docs_point_to_files_of_the_repository() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut pages = vec![root.join("README.md")];
    for entry in std::fs::read_dir(root.join("docs")).unwrap().flatten() {
        if entry.path().extension().is_some_and(|e| e == "md") {
            pages.push(entry.path());
        }
    }
    assert!(pages.len() > 10);
    let mut broken = Vec::new();
    for page in pages {
        let text = std::fs::read_to_string(&page).unwrap();
        let dir = page.parent().unwrap();
        for link in relative_links(&text) {
            if !dir.join(&link).exists() {
                broken.push(format!("{}: {link}", page.display()));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn readme_stays_short_with_a_contents_list_and_install_per_audience() {
    let readme = repo_file("README.md");
    assert!(readme.len() < 15_000, "README is {} bytes", readme.len());
    for needle in [
        "## Contents",
        "## Install",
        "### Rust crate",
        "cargo install --path cli",
        "### Python package",
        "### What is published",
        "rust-version",
    ] {
        assert!(readme.contains(needle), "README lacks {needle:?}");
    }
    // The minimum Rust version it states is the one Cargo.toml declares.
    let cargo = repo_file("Cargo.toml");
    let msrv = cargo
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .unwrap();
    assert!(readme.contains(&format!("Rust {msrv} or newer")), "{msrv}");
}
