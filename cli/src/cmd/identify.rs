//! `tracking-core identify`: which carrier a tracking number belongs to, with its check digit
//! verified, offline; also extraction from free text and scoring on a labelled file.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::{Deserialize, Serialize};
use serde_json::json;
use tracking_core::tracking_number::{self, Candidate, Hint, Identification};

use super::CmdResult;
use crate::io;

/// Arguments of `identify`.
#[derive(clap::Args)]
#[command(after_long_help = "\
INPUT
  Numbers as arguments, or --input FILE ('-' = stdin) with one number per line, either plain
  text or JSON lines {\"number\": \"...\"}. Numbers may be pasted as people do: lower case,
  spaces, dashes, dots, no-break or zero-width spaces, a label (\"Tracking #: ...\").

OUTPUT (one JSON line per number)
  {\"number\": input, \"normalized\": ..., \"ambiguous\": true when several carriers fit,
   \"candidates\": [{\"carrier\", \"format\", \"format_name\", \"check_digit_verified\",
   \"confidence\", \"number\", \"trackable\", \"details\", \"tracking_url\"}, ...]}
  Candidates are best first (checksum-verified, then the documented collision priorities);
  the list is empty when no format accepts the number.

EXAMPLE
  $ tracking-core identify '1z 879 e93 03 4683 444 0'
  {\"number\":\"1z 879 e93 03 4683 444 0\",\"normalized\":\"1Z879E930346834440\",\"ambiguous\":false,
   \"candidates\":[{\"carrier\":\"ups\",\"format\":\"ups\",\"check_digit_verified\":true,...}]}

  --carrier C (repeatable) and --country CC are hints: they reorder the candidates (the
  merchant's carriers first, then carriers serving the country), never accept more. A
  family name counts for all its networks (`--carrier dhl`). The result is no longer
  ambiguous when exactly one accepting carrier is hinted, or (country only) at home there:
  a 20-digit DHL Paket number that USPS 20 also accepts is DHL with `--country DE`.
  --text FILE prints the numbers found in free text (an e-mail): {\"line\", \"found\": [...]}.
  --eval FILE scores a labelled JSON-lines file (fields number, courier, valid, format,
  ambiguous, messy) and prints one JSON summary.")]
pub struct Args {
    /// Tracking numbers to identify.
    pub numbers: Vec<String>,
    /// File of numbers (plain lines or JSON lines with a `number` field); `-` for stdin.
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// Extract tracking numbers from the free text of FILE, line by line.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["input", "eval"])]
    pub text: Option<PathBuf>,
    /// Score identification on a labelled JSON-lines file and print a summary.
    #[arg(long, value_name = "FILE", conflicts_with = "input")]
    pub eval: Option<PathBuf>,
    /// With --eval: also list every miss.
    #[arg(long)]
    pub verbose: bool,
    /// Hint: a carrier the shipment may be with (repeatable); its readings come first.
    #[arg(long = "carrier", value_name = "CARRIER")]
    pub carriers: Vec<String>,
    /// Hint: ship-from or ship-to country (ISO 3166 alpha-2); carriers serving it come first.
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
}

#[derive(Serialize)]
struct Output<'a> {
    number: &'a str,
    normalized: &'a str,
    ambiguous: bool,
    candidates: &'a [Candidate],
}

fn print<W: Write>(out: &mut W, id: &Identification) -> std::io::Result<()> {
    io::write_json(
        out,
        &Output {
            number: &id.input,
            normalized: &id.normalized,
            ambiguous: id.ambiguous,
            candidates: &id.candidates,
        },
    )
}

#[derive(Deserialize)]
struct NumberLine {
    number: String,
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    if let Some(path) = &args.eval {
        return eval(path, args.verbose);
    }
    let mut out = io::stdout();
    if let Some(path) = &args.text {
        let input = io::open_input(Some(path))?;
        let mut failed = 0;
        for line in io::lines(input) {
            let (number, line) = line?;
            match line {
                Ok(line) => {
                    let found = tracking_number::find_in_text(&line);
                    if !found.is_empty() {
                        io::write_json(&mut out, &json!({"line": number, "found": found}))?;
                    }
                }
                Err((kind, message)) => {
                    failed += 1;
                    io::write_line_error(&mut out, number, &kind, &message)?;
                }
            }
        }
        out.flush()?;
        return Ok(if failed > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    let carriers: Vec<&str> = args.carriers.iter().map(String::as_str).collect();
    let hint = Hint {
        carriers: &carriers,
        country: args.country.as_deref(),
    };
    let identify = |n: &str| tracking_number::identify_with(n, &hint);
    for n in &args.numbers {
        print(&mut out, &identify(n))?;
    }
    let mut failed = 0;
    if let Some(path) = &args.input {
        let input = io::open_input(Some(path))?;
        failed = io::for_each_line(input, &mut out, |line, out| {
            let number = if line.trim_start().starts_with('{') {
                // `io::parse` names the field of a value of the wrong type.
                io::parse::<NumberLine>(line)?.number
            } else {
                line.to_string()
            };
            print(out, &identify(&number)).map_err(|e| ("io".to_string(), e.to_string()))
        })?;
    } else if args.numbers.is_empty() {
        return Err("give tracking numbers, --input FILE, --text FILE or --eval FILE".into());
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Deserialize)]
struct Labelled {
    number: String,
    courier: String,
    valid: bool,
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    ambiguous: bool,
    #[serde(default)]
    messy: bool,
}

/// Carrier slugs that count as the labelled courier (the dataset files DHL Express and DHL
/// eCommerce under one `dhl` code).
fn carriers_of(courier: &str) -> Vec<&str> {
    match courier {
        "dhl" => vec!["dhl_express", "dhl_ecommerce"],
        other => vec![other],
    }
}

#[derive(Default, Serialize)]
struct Tally {
    lines: usize,
    /// Valid numbers whose carrier is the top candidate, or among the candidates with
    /// `ambiguous` set.
    right: usize,
    right_top: usize,
    wrong_carrier: usize,
    none: usize,
    /// Invalid numbers with no candidate of the labelled carrier.
    rejected: usize,
    accepted: usize,
}

fn eval(path: &std::path::Path, verbose: bool) -> CmdResult {
    let input = io::open_input(Some(path))?;
    let mut valid = Tally::default();
    let mut invalid = Tally::default();
    let mut messy = Tally::default();
    let mut format_right = 0;
    let mut ambiguity_agrees = 0;
    let mut by_courier: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for line in io::lines(input) {
        let (number, line) = line?;
        let line = match line {
            Ok(l) if l.trim().is_empty() => continue,
            Ok(l) => l,
            Err((_, message)) => {
                eprintln!("tracking-core: line {number}: {message}");
                continue;
            }
        };
        let l: Labelled = serde_json::from_str(&line)?;
        let id = tracking_number::identify(&l.number);
        let wanted = carriers_of(&l.courier);
        let is_wanted = |c: &Candidate| wanted.contains(&c.carrier);
        let top_ok = id.best().is_some_and(is_wanted);
        let any_ok = id.candidates.iter().any(is_wanted);
        let entry = by_courier.entry(l.courier.clone()).or_default();
        entry.0 += 1;
        let ok = if l.valid {
            valid.lines += 1;
            let ok = top_ok || (id.ambiguous && any_ok);
            if ok {
                valid.right += 1;
                valid.right_top += usize::from(top_ok);
            } else if id.candidates.is_empty() {
                valid.none += 1;
            } else {
                valid.wrong_carrier += 1;
            }
            if id
                .candidates
                .iter()
                .any(|c| Some(c.format) == l.format.as_deref())
            {
                format_right += 1;
            }
            ambiguity_agrees += usize::from(id.ambiguous == l.ambiguous);
            ok
        } else {
            invalid.lines += 1;
            if any_ok {
                invalid.accepted += 1;
            } else {
                invalid.rejected += 1;
            }
            !any_ok
        };
        if l.messy {
            messy.lines += 1;
            if ok {
                messy.right += 1;
            }
        }
        if ok {
            entry.1 += 1;
        } else {
            misses.push(json!({
                "number": l.number, "courier": l.courier, "valid": l.valid,
                "normalized": id.normalized, "ambiguous": id.ambiguous,
                "got": id.candidates.iter().map(|c| format!("{}/{}", c.carrier, c.format)).collect::<Vec<_>>(),
            }));
        }
    }
    let mut out = io::stdout();
    let mut summary = json!({
        "valid": {"lines": valid.lines, "right_carrier": valid.right, "right_top": valid.right_top,
                  "wrong_carrier": valid.wrong_carrier, "unidentified": valid.none,
                  "format_among_candidates": format_right, "ambiguous_flag_agrees": ambiguity_agrees},
        "invalid": {"lines": invalid.lines, "rejected": invalid.rejected, "wrongly_accepted": invalid.accepted},
        "messy": {"lines": messy.lines, "right": messy.right},
        "by_courier": by_courier.iter().map(|(k, (n, ok))| (k.clone(), json!({"lines": n, "right": ok}))).collect::<serde_json::Map<_, _>>(),
        "misses": misses.len(),
    });
    if verbose && let Some(obj) = summary.as_object_mut() {
        obj.insert("miss_list".into(), json!(misses));
    }
    io::write_json(&mut out, &summary)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
