//! `tracking-core eval-normalize`: scores the normalizer on a labelled JSON-lines file (raw
//! event fields plus CamelCase `status` / `substatus` labels): accuracy overall, per carrier,
//! per language, sub-status accuracy, and every non-delivery that came out `delivered`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use serde_json::Value;
use tracking_core::normalize::corpus;
use tracking_core::{Normalized, Status, SubStatus};

use super::CmdResult;
use crate::io;

/// Arguments of `eval-normalize`.
#[derive(clap::Args)]
#[command(
    after_help = r#"Input: labelled event JSON lines: the raw event fields plus the expected `status` and
  `substatus` labels in CamelCase (`Delivered`, `Delivered.Locker`):
  {"carrier":"ups","code":"D","description":"DELIVERED","status":"Delivered"}
Output: accuracy overall, by rule kind, language and carrier, and the most frequent confusions
  (text; one JSON object with --json).

Example:
  $ echo '{"carrier":"ups","code":"D","description":"DELIVERED","status":"Delivered"}' | tracking-core eval-normalize -"#
)]
pub struct Args {
    /// Labelled event JSON lines (optional with `--holdout`).
    pub file: Option<PathBuf>,
    /// `carrier`: score the text path alone on every built-in table's labelled texts (and
    /// the file's), grouped by carrier. With `--models`, each carrier is read by a text model
    /// trained without it; without, by the embedded model (which has seen every table).
    #[arg(long, value_parser = ["carrier"])]
    pub holdout: Option<String>,
    /// Folder of held-out text models from `tools/text-model/train.py --holdout-dir`: its
    /// `index.tsv` names, for each table, the model trained without that table's rows.
    #[arg(long, requires = "holdout")]
    pub models: Option<PathBuf>,
    /// Print the report as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Print every mismatch.
    #[arg(long)]
    pub errors: bool,
    /// Ignore codes and carriers: score the text classifier alone (how it fares on codes no
    /// table knows).
    #[arg(long)]
    pub text_only: bool,
    /// Extra mappings (JSON), as for `normalize`.
    #[arg(long)]
    pub overrides: Option<PathBuf>,
}

#[derive(Default, Serialize)]
struct Score {
    n: usize,
    status_ok: usize,
    substatus_ok: usize,
}

impl Score {
    fn add(&mut self, status_ok: bool, sub_ok: bool) {
        self.n += 1;
        self.status_ok += usize::from(status_ok);
        self.substatus_ok += usize::from(status_ok && sub_ok);
    }
    fn pct(ok: usize, n: usize) -> f64 {
        if n == 0 {
            0.0
        } else {
            100.0 * ok as f64 / n as f64
        }
    }
}

#[derive(Serialize)]
struct Case {
    line: usize,
    carrier: String,
    code: Option<String>,
    description: Option<String>,
    label: String,
    got: String,
    rule: String,
    note: Option<String>,
}

#[derive(Default, Serialize)]
struct Report {
    overall: Score,
    /// Texts whose folded form carries two or more labels in their own carrier's table: no
    /// reading of the text alone can get them all right.
    ambiguous: usize,
    /// The score on every other text, beside the strict `overall` one.
    unambiguous: Score,
    by_carrier: BTreeMap<String, Score>,
    by_language: BTreeMap<String, Score>,
    by_rule_kind: BTreeMap<String, Score>,
    /// Accuracy per confidence bucket (`0.7-0.8`): is the confidence honest?
    reliability: BTreeMap<String, Score>,
    /// The same per kind of deciding rule (`model`, `text`, `table`): a kind's confidence
    /// can be honest overall and optimistic on the texts that kind actually reads.
    reliability_by_rule_kind: BTreeMap<String, BTreeMap<String, Score>>,
    confusions: BTreeMap<String, usize>,
    delivered_false_positives: Vec<Case>,
    bad_lines: Vec<(usize, String)>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    mismatches: Vec<Case>,
}

fn label(status: Status, sub: Option<SubStatus>) -> String {
    sub.map_or(status.label(), SubStatus::label).to_string()
}

/// The canonical code (`delivered.front_door`, `in_transit`) of a status / sub-status label
/// pair as labelled files write them (CamelCase or snake_case); `None` when either is unknown.
pub fn canonical_label(status: &str, substatus: Option<&str>) -> Option<&'static str> {
    let status: Status = status.parse().ok()?;
    match substatus.filter(|s| !s.is_empty()) {
        Some(s) => s
            .parse::<SubStatus>()
            .ok()
            .filter(|sub| sub.status() == status)
            .map(SubStatus::code),
        None => Some(status.code()),
    }
}

/// Normalizers whose text model was trained without a given carrier's rows.
#[derive(Default)]
struct HeldOut {
    by_carrier: BTreeMap<String, std::rc::Rc<tracking_core::Normalizer>>,
}

impl HeldOut {
    fn load(
        dir: &std::path::Path,
        base: &tracking_core::Normalizer,
    ) -> Result<Self, Box<dyn std::error::Error>> {
        let index = std::fs::read_to_string(dir.join("index.tsv"))
            .map_err(|e| format!("{}: {e}", dir.join("index.tsv").display()))?;
        let mut files: BTreeMap<String, std::rc::Rc<tracking_core::Normalizer>> = BTreeMap::new();
        let mut by_carrier = BTreeMap::new();
        for line in index.lines().filter(|l| !l.trim().is_empty()) {
            let Some((table, file)) = line.split_once('\t') else {
                return Err(format!("index.tsv: `{line}` is not `table<TAB>file`").into());
            };
            let n = match files.get(file) {
                Some(n) => n.clone(),
                None => {
                    let path = dir.join(file);
                    let bytes =
                        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                    let model = tracking_core::TextModel::from_bytes(&bytes)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    let n = std::rc::Rc::new(base.clone().with_text_model(model));
                    files.insert(file.to_string(), n.clone());
                    n
                }
            };
            by_carrier.insert(table.to_string(), n);
        }
        Ok(HeldOut { by_carrier })
    }

    fn for_carrier(&self, carrier: &str) -> Option<&tracking_core::Normalizer> {
        self.by_carrier.get(carrier).map(|n| n.as_ref())
    }
}

/// For each (table, folded text) of the built-in tables, the distinct labels its rows give.
fn labels_by_text() -> BTreeMap<(&'static str, String), BTreeSet<&'static str>> {
    let mut out: BTreeMap<(&'static str, String), BTreeSet<&'static str>> = BTreeMap::new();
    for t in corpus::builtin_texts() {
        out.entry((t.table, corpus::fold_text(t.description)))
            .or_default()
            .insert(t.label());
    }
    out
}

fn str_field(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(str::to_string)
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let n = super::normalize::normalizer(args.overrides.as_ref())?;
    let mut r = Report::default();
    let mut lines: Vec<(usize, String)> = Vec::new();
    if let Some(file) = &args.file {
        for line in io::lines(io::open_input(Some(file))?) {
            let (lineno, line) = line?;
            match line {
                Ok(l) if l.trim().is_empty() => {}
                Ok(l) => lines.push((lineno, l)),
                Err((_, message)) => r.bad_lines.push((lineno, message)),
            }
        }
    } else if args.holdout.is_none() {
        return Err("give a labelled file, or --holdout carrier".into());
    }
    if args.holdout.is_some() {
        // Table texts come after the file's lines, numbered 0.
        for t in corpus::builtin_texts() {
            let v = serde_json::json!({
                "carrier": t.table, "code": t.code, "description": t.description,
                "status": t.status.code(), "substatus": t.substatus.map(SubStatus::code),
                "language": super::export_texts::language_of(&t),
            });
            lines.push((0, v.to_string()));
        }
    }
    let text_only = args.text_only || args.holdout.is_some();
    let table_labels = labels_by_text();
    let held_out = match &args.models {
        Some(dir) => HeldOut::load(dir, &n)?,
        None => HeldOut::default(),
    };
    for (lineno, line) in lines {
        let v: Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                r.bad_lines.push((lineno, e.to_string()));
                continue;
            }
        };
        let want_status = str_field(&v, "status").and_then(|s| s.parse::<Status>().ok());
        let want_sub = match str_field(&v, "substatus") {
            Some(s) => match s.parse::<SubStatus>() {
                Ok(sub) => Some(sub),
                Err(e) => {
                    r.bad_lines.push((lineno, e.to_string()));
                    continue;
                }
            },
            None => None,
        };
        let Some(want_status) = want_status else {
            r.bad_lines
                .push((lineno, "missing or unknown `status` label".into()));
            continue;
        };
        let carrier = str_field(&v, "carrier").unwrap_or_default();
        let code = str_field(&v, "code");
        let description = str_field(&v, "description");
        let language = str_field(&v, "language");
        // Labels are not given statuses: normalize from the raw fields only.
        let got: Normalized = if text_only {
            held_out.for_carrier(&carrier).unwrap_or(&n).normalize(
                "",
                None,
                description.as_deref(),
                language.as_deref(),
            )
        } else {
            n.normalize(
                &carrier,
                code.as_deref(),
                description.as_deref(),
                language.as_deref(),
            )
        };
        let status_ok = got.status == want_status;
        let sub_ok = got.substatus == want_sub;
        r.overall.add(status_ok, sub_ok);
        let ambiguous = description.as_deref().is_some_and(|d| {
            table_labels
                .get(&(carrier.as_str(), corpus::fold_text(d)))
                .is_some_and(|labels| labels.len() >= 2)
        });
        if ambiguous {
            r.ambiguous += 1;
        } else {
            r.unambiguous.add(status_ok, sub_ok);
        }
        let bucket = (got.confidence.clamp(0.0, 0.999) * 10.0).floor() / 10.0;
        let bucket = format!("{bucket:.1}-{:.1}", bucket + 0.1);
        r.reliability
            .entry(bucket.clone())
            .or_default()
            .add(status_ok, sub_ok);
        r.reliability_by_rule_kind
            .entry(got.rule.kind().to_string())
            .or_default()
            .entry(bucket)
            .or_default()
            .add(status_ok, sub_ok);
        r.by_carrier
            .entry(carrier.clone())
            .or_default()
            .add(status_ok, sub_ok);
        r.by_language
            .entry(language.clone().unwrap_or_else(|| "?".into()))
            .or_default()
            .add(status_ok, sub_ok);
        r.by_rule_kind
            .entry(got.rule.kind().to_string())
            .or_default()
            .add(status_ok, sub_ok);
        let case = || Case {
            line: lineno,
            carrier: carrier.clone(),
            code: code.clone(),
            description: description.clone(),
            label: label(want_status, want_sub),
            got: label(got.status, got.substatus),
            rule: got.rule.to_string(),
            note: got.note.as_deref().map(str::to_string),
        };
        if !status_ok {
            *r.confusions
                .entry(format!("{} -> {}", want_status.label(), got.status.label()))
                .or_default() += 1;
        }
        if want_status != Status::Delivered && got.status == Status::Delivered {
            r.delivered_false_positives.push(case());
        }
        if args.errors && !(status_ok && sub_ok) {
            r.mismatches.push(case());
        }
    }
    let mut out = io::stdout();
    if args.json {
        io::write_json(&mut out, &r)?;
    } else {
        print_text(&mut out, &r)?;
    }
    out.flush()?;
    Ok(if r.bad_lines.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn score_line(out: &mut impl Write, name: &str, s: &Score) -> std::io::Result<()> {
    writeln!(
        out,
        "  {name:<24} n={:<4} status {:5.1}%  substatus {:5.1}%",
        s.n,
        Score::pct(s.status_ok, s.n),
        Score::pct(s.substatus_ok, s.n)
    )
}

fn print_text(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    writeln!(out, "events: {}", r.overall.n)?;
    writeln!(
        out,
        "status accuracy:    {:.1}% ({}/{})",
        Score::pct(r.overall.status_ok, r.overall.n),
        r.overall.status_ok,
        r.overall.n
    )?;
    writeln!(
        out,
        "substatus accuracy: {:.1}% ({}/{}) (status and sub-status both right)",
        Score::pct(r.overall.substatus_ok, r.overall.n),
        r.overall.substatus_ok,
        r.overall.n
    )?;
    writeln!(
        out,
        "texts with two or more labels in their carrier's table: {} ({:.1}%); \
         the other {}: status {:.1}%, substatus {:.1}%",
        r.ambiguous,
        Score::pct(r.ambiguous, r.overall.n),
        r.unambiguous.n,
        Score::pct(r.unambiguous.status_ok, r.unambiguous.n),
        Score::pct(r.unambiguous.substatus_ok, r.unambiguous.n)
    )?;
    writeln!(
        out,
        "non-deliveries normalized as delivered: {}",
        r.delivered_false_positives.len()
    )?;
    for c in &r.delivered_false_positives {
        writeln!(
            out,
            "  line {} {} {:?} {:?}: label {} got {} ({})",
            c.line, c.carrier, c.code, c.description, c.label, c.got, c.rule
        )?;
    }
    writeln!(out, "reliability (accuracy per confidence bucket):")?;
    for (k, s) in &r.reliability {
        score_line(out, k, s)?;
    }
    for (kind, buckets) in &r.reliability_by_rule_kind {
        writeln!(out, "reliability of `{kind}` readings:")?;
        for (k, s) in buckets {
            score_line(out, k, s)?;
        }
    }
    writeln!(out, "by rule kind:")?;
    for (k, s) in &r.by_rule_kind {
        score_line(out, k, s)?;
    }
    writeln!(out, "by language:")?;
    for (k, s) in &r.by_language {
        score_line(out, k, s)?;
    }
    writeln!(out, "by carrier:")?;
    for (k, s) in &r.by_carrier {
        score_line(out, k, s)?;
    }
    let mut conf: Vec<_> = r.confusions.iter().collect();
    conf.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    writeln!(out, "most frequent status confusions (label -> got):")?;
    for (k, v) in conf.iter().take(12) {
        writeln!(out, "  {v:>3}  {k}")?;
    }
    for (line, e) in &r.bad_lines {
        writeln!(out, "bad line {line}: {e}")?;
    }
    if !r.mismatches.is_empty() {
        writeln!(out, "mismatches:")?;
        for c in &r.mismatches {
            writeln!(
                out,
                "  line {} {} {:?} {:?}: label {} got {} ({}){}",
                c.line,
                c.carrier,
                c.code,
                c.description,
                c.label,
                c.got,
                c.rule,
                c.note
                    .as_deref()
                    .map(|n| format!(" note: {n}"))
                    .unwrap_or_default()
            )?;
        }
    }
    Ok(())
}
