//! `tracking-core learn HISTORY -o model.json`: learn a transit model from shipment history
//! (JSON lines in the shipment shape). Records that were not delivered are skipped; a bad
//! line gets an error record on stdout and makes the exit code 1.

use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use tracking_core::estimate::{CompletedShipment, LearnOptions, TransitModel};
use tracking_core::normalize::Normalizer;
use tracking_core::timeline::ShipmentInput;

use super::CmdResult;
use crate::io;

/// Arguments of `learn`.
#[derive(clap::Args)]
#[command(
    after_help = r#"Input: shipment history, JSON lines (docs/shapes.md, "Shipment"); delivered shipments with
  carrier, service, origin, destination, shipped_at (or events) and delivered_at are learned
  from, the rest are counted and skipped:
  {"id":"H1","carrier":"ups","service":"ground","origin":{"country":"US","region":"CA"},
   "destination":{"country":"US","region":"NY"},"shipped_at":"2024-03-01T18:00:00Z",
   "delivered_at":"2024-03-06T15:00:00Z"}
Output: the model JSON in --output; a one-line summary on stderr. Bad lines give error records
  {"line": N, "error": {...}} on stdout.

Example:
  $ tracking-core learn examples/python/history.sample.jsonl --output /tmp/transit-model.json"#
)]
pub struct Args {
    /// Shipment history, JSON lines (`-` for stdin).
    pub history: PathBuf,
    /// Where to write the model JSON.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Recency half-life in days.
    #[arg(long, default_value_t = LearnOptions::default().half_life_days)]
    pub half_life_days: f64,
    /// Shrinkage strength toward coarser levels (recency-weighted deliveries).
    #[arg(long, default_value_t = LearnOptions::default().prior_strength)]
    pub prior_strength: f64,
}

/// Reads history lines into completed shipments, writing error records for bad lines to
/// `err`. Returns (delivered records, records read, failed lines).
pub fn read_completed(
    path: &std::path::Path,
    err: &mut impl std::io::Write,
) -> Result<(Vec<CompletedShipment>, usize, usize), Box<dyn std::error::Error>> {
    let normalizer = Normalizer::new();
    let now = super::system_now();
    let mut done = Vec::new();
    let mut read = 0;
    let failed = io::for_each_line(io::open_input(Some(path))?, err, |line, _| {
        let input: ShipmentInput = io::parse(line)?;
        read += 1;
        if let Some(c) =
            CompletedShipment::from_input(input, &normalizer, now).map_err(io::core_err)?
        {
            done.push(c);
        }
        Ok(())
    })?;
    Ok((done, read, failed))
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let valid = args.half_life_days > 0.0 && args.prior_strength >= 0.0;
    if !valid {
        return Err("--half-life-days must be > 0 and --prior-strength >= 0".into());
    }
    // The model goes to --output: stdout carries the error records of bad lines.
    let mut out = io::stdout();
    let (done, read, failed) = read_completed(&args.history, &mut out)?;
    let options = LearnOptions {
        half_life_days: args.half_life_days,
        prior_strength: args.prior_strength,
        ..LearnOptions::default()
    };
    let model = TransitModel::learn_with(&done, options);
    let json = model.to_json()?;
    fs::write(&args.output, &json)?;
    eprintln!(
        "learned from {} delivered of {read} records: {} lanes and coarser groups, {} bytes{}",
        done.len(),
        model.levels(),
        json.len(),
        if failed > 0 {
            format!(", {failed} bad lines")
        } else {
            String::new()
        }
    );
    eprintln!(
        "{}",
        calibration_note(
            model.calibrated_level(false, 0.9),
            model.calibrated_level(true, 0.9)
        )
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// What the calibration does to a 90% window, in the words a window's basis uses (O10: the
/// summary said "cut at 0.719 ... by the calibration record").
fn calibration_note(promise: f64, in_flight: f64) -> String {
    let part = |what: &str, level: f64| {
        let pct = (level * 100.0).round();
        if pct > 90.0 {
            format!(
                "{what}, recent windows held fewer deliveries than promised, so a 90% window is \
                 drawn to hold {pct:.0}% of past deliveries"
            )
        } else if pct < 90.0 {
            format!(
                "{what}, recent windows held more deliveries than promised, so a 90% window is \
                 drawn to hold {pct:.0}% of past deliveries"
            )
        } else {
            format!("{what}, recent windows held what they promised")
        }
    };
    format!(
        "{}; {}.",
        part("At checkout", promise),
        part("in flight", in_flight)
    )
}

#[cfg(test)]
mod tests {
    use super::calibration_note;

    #[test]
    fn the_calibration_note_is_plain_words() {
        let n = calibration_note(0.719, 0.9);
        assert_eq!(
            n,
            "At checkout, recent windows held more deliveries than promised, so a 90% window is \
             drawn to hold 72% of past deliveries; in flight, recent windows held what they \
             promised."
        );
        assert!(calibration_note(0.95, 0.95).contains("fewer deliveries than promised"));
        assert!(!n.contains("calibration") && !n.contains("0.7"));
    }
}
