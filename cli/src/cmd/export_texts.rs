//! `tracking-core export-texts`: every labelled text of the built-in tables as JSON lines, with
//! the folded form the text model reads. The input of `tools/text-model/train.py`.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use tracking_core::carrier;
use tracking_core::normalize::corpus::{self, LabelledText};

use super::CmdResult;
use crate::io;

/// Arguments of `export-texts`.
#[derive(clap::Args)]
#[command(
    after_help = r#"Input: none (the built-in code tables); with --labelled, labelled event JSON lines as read by
  `eval-normalize`.
Output: one JSON line per labelled text of the tables.

Example:
  $ tracking-core export-texts --labelled /dev/null"#
)]
pub struct Args {
    /// Also export the texts of a labelled JSON-lines file (as read by `eval-normalize`),
    /// with `table` set to the line's carrier; lines without a description are skipped.
    #[arg(long)]
    pub labelled: Option<PathBuf>,
}

#[derive(Serialize)]
struct Line<'a> {
    source: &'static str,
    table: &'a str,
    aggregator: bool,
    code: &'a str,
    description: &'a str,
    folded: String,
    label: &'a str,
    language: &'static str,
    /// Whether a built-in text rule reads the folded text (else the model does).
    ruled: bool,
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let mut out = io::stdout();
    for t in corpus::builtin_texts() {
        let folded = corpus::fold_text(t.description);
        let line = Line {
            ruled: corpus::text_rule_reads(&folded),
            source: "table",
            table: t.table,
            aggregator: t.aggregator,
            code: t.code,
            description: t.description,
            folded,
            label: t.label(),
            language: language_of(&t),
        };
        io::write_json(&mut out, &line)?;
    }
    if let Some(path) = &args.labelled {
        for line in io::open_input(Some(path))?.lines() {
            let line = line?;
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            let get = |k: &str| v.get(k).and_then(serde_json::Value::as_str);
            let (Some(description), Some(status)) = (get("description"), get("status")) else {
                continue;
            };
            let Some(label) = super::eval_normalize::canonical_label(status, get("substatus"))
            else {
                continue;
            };
            let table = get("carrier").unwrap_or_default();
            let language = get("language")
                .and_then(|l| l.split(['-', '_']).next())
                .map_or_else(
                    || text_script(description).unwrap_or("en").to_string(),
                    str::to_ascii_lowercase,
                );
            let folded = corpus::fold_text(description);
            io::write_json(
                &mut out,
                &serde_json::json!({
                    "source": "file", "table": table, "aggregator": false,
                    "code": get("code").unwrap_or("-"), "description": description,
                    "folded": &folded, "label": label,
                    "language": language, "ruled": corpus::text_rule_reads(&folded),
                }),
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The language a table row is written in, for per-language scores: Japanese when it has
/// kana, Chinese when it has Han characters only; else, among the languages of the table's
/// carrier's home countries and English (German, French or Italian for Switzerland; Swedish or
/// Danish for PostNord), the one whose rule words cover most of the text, and the first
/// country's main language when the words do not tell (aggregator vocabularies are English).
pub fn language_of(t: &LabelledText) -> &'static str {
    let mut langs: Vec<&'static str> = Vec::new();
    if !t.aggregator
        && let Some(c) = carrier::lookup(t.table)
    {
        for l in c.countries.iter().flat_map(|cc| country_languages(cc)) {
            if !langs.contains(l) {
                langs.push(l);
            }
        }
    }
    let home = || {
        // Carriers outside English-speaking countries often publish English texts too.
        let mut candidates = langs.clone();
        if !candidates.contains(&"en") {
            candidates.push("en");
        }
        if !t.aggregator
            && let Some(l) = corpus::text_language(t.description, &candidates)
        {
            return l;
        }
        langs.first().copied().unwrap_or("en")
    };
    match text_script(t.description) {
        // Japanese written in kanji alone (引受) has no kana to tell it from Chinese.
        Some("zh") if home() == "ja" => "ja",
        Some(script) => script,
        None => home(),
    }
}

/// `ja` or `zh` from the script of `text`, `None` for other scripts.
pub fn text_script(text: &str) -> Option<&'static str> {
    let kana = text
        .chars()
        .any(|c| matches!(c as u32, 0x3040..=0x30FF | 0xFF66..=0xFF9F));
    let han = text
        .chars()
        .any(|c| matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF));
    if kana {
        Some("ja")
    } else if han {
        Some("zh")
    } else {
        None
    }
}

/// The languages carrier texts are written in, in a country (ISO 3166-1 alpha-2), main one
/// first; English otherwise.
fn country_languages(cc: &str) -> &'static [&'static str] {
    match cc {
        "DE" | "AT" | "LI" => &["de"],
        "CH" => &["de", "fr", "it"],
        "BE" => &["nl", "fr", "de"],
        "LU" => &["fr", "de"],
        "NL" => &["nl"],
        "FR" => &["fr"],
        "ES" | "MX" | "AR" | "CO" | "CL" | "PE" => &["es"],
        "IT" => &["it"],
        "PT" | "BR" => &["pt"],
        "PL" => &["pl"],
        "SE" => &["sv"],
        "DK" => &["da"],
        "NO" => &["no"],
        "FI" => &["fi", "sv"],
        "CZ" => &["cs"],
        "TR" => &["tr"],
        "RU" | "BY" | "KZ" => &["ru"],
        "JP" => &["ja"],
        "CN" | "TW" | "HK" => &["zh"],
        _ => &["en"],
    }
}
