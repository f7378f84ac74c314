//! `tracking-core estimate --model model.json [FILE|-]`: one `{"id", "window"}` line per
//! shipment line (`window` is null for delivered or ended shipments); bad lines give error
//! records and exit code 1.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;
use tracking_core::estimate::{TransitModel, WindowQuery};
use tracking_core::normalize::Normalizer;
use tracking_core::timeline::{Shipment, ShipmentInput};

use super::{CmdResult, now_arg};
use crate::io;

/// Which question to answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum At {
    /// The checkout promise, asked at the order time (ignores scans).
    Promise,
    /// The live window at `--now` (or the line's `as_of`), after the latest scan.
    Now,
}

/// Arguments of `estimate`.
#[derive(clap::Args)]
#[command(
    after_help = r#"Input: shipment JSON lines (docs/shapes.md, "Shipment") and a model from `learn`.
Output: one {"id", "window": {"earliest", "latest", "most_likely", "confidence", "basis"}} line
  per shipment; bad lines give {"line": N, "error": {...}} on stdout.

Example:
  $ tracking-core learn examples/python/history.sample.jsonl --output /tmp/transit-model.json
  $ tracking-core estimate --model /tmp/transit-model.json --now 2024-03-17T00:00:00Z examples/python/history.sample.jsonl"#
)]
pub struct Args {
    /// The model written by `learn`.
    #[arg(long)]
    pub model: PathBuf,
    /// Shipment JSON lines (`-` or nothing for stdin).
    pub input: Option<PathBuf>,
    /// Which window to estimate.
    #[arg(long, value_enum, default_value_t = At::Now)]
    pub at: At,
    /// The moment to estimate at (RFC 3339; default: the system clock).
    #[arg(long)]
    pub now: Option<String>,
    /// Probability that delivery falls in the window.
    #[arg(long, default_value_t = 0.9)]
    pub confidence: f64,
}

/// Checks a `--confidence` value.
pub fn check_confidence(c: f64) -> Result<(), Box<dyn std::error::Error>> {
    // The core's check, so the CLI and the bindings refuse the same values.
    tracking_core::estimate::check_confidence(c)
        .map(|_| ())
        .map_err(|e| format!("--confidence: {e}").into())
}

/// Loads a model file.
pub fn load_model(path: &std::path::Path) -> Result<TransitModel, Box<dyn std::error::Error>> {
    let text = io::read_file(path)?;
    TransitModel::from_json(&text).map_err(|e| format!("--model {}: {e}", path.display()).into())
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    check_confidence(args.confidence)?;
    let model = load_model(&args.model)?;
    let default_now = now_arg(args.now.as_deref())?;
    let normalizer = Normalizer::new();
    let mut out = io::stdout();
    let failed = io::for_each_line(
        io::open_input(args.input.as_deref())?,
        &mut out,
        |line, out| {
            let input: ShipmentInput = io::parse(line)?;
            let now = input.clock(default_now).map_err(io::core_err)?;
            // The shop's own status can end an order the carrier never saw.
            let ended = input.order_status.as_deref().is_some_and(|s| {
                matches!(
                    s.trim().to_ascii_lowercase().as_str(),
                    "canceled" | "cancelled" | "unavailable"
                )
            });
            let (shipment, _) =
                Shipment::from_input(input, &normalizer, now).map_err(io::core_err)?;
            let window = match args.at {
                _ if ended => None,
                At::Promise => {
                    let at = shipment.ordered_at.unwrap_or(now);
                    let q = WindowQuery {
                        promised_by: shipment.promised_by,
                        ..WindowQuery::promise(&shipment.lane(), at)
                    };
                    model.estimate(&q, at, args.confidence)
                }
                At::Now => model.estimate_shipment(&shipment, now, args.confidence),
            };
            let mut record = json!({"id": shipment.id, "window": window});
            // An optional date that could not be read was dropped: say which.
            if let Some(fields) = record.as_object_mut()
                && !shipment.dropped.is_empty()
            {
                fields.insert("warnings".into(), json!(shipment.dropped));
            }
            io::write_json(out, &record).map_err(|e| ("io".to_string(), e.to_string()))
        },
    )?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
