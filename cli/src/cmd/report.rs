//! `tracking-core report HISTORY`: the analytics report of a shipment history as JSON. Bad
//! lines are listed in its `errors` field and make the exit code 1.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use tracking_core::analytics::ReportBuilder;
use tracking_core::normalize::Normalizer;
use tracking_core::timeline::{Shipment, ShipmentInput};

use super::CmdResult;
use crate::io;

/// Arguments of `report`.
#[derive(clap::Args)]
#[command(
    after_help = r#"Input: shipment history, JSON lines (docs/shapes.md, "Shipment").
Output: one JSON report: overall counts, transit-time percentiles, on-time rate and exception
  rates, by carrier and by lane. Lines that could not be read are listed in its "errors"
  field as {"line": N, "error": {"kind", "message"}}.

Example:
  $ tracking-core report examples/python/history.sample.jsonl"#
)]
pub struct Args {
    /// Shipment history, JSON lines (`-` for stdin).
    pub history: PathBuf,
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let normalizer = Normalizer::new();
    let now = super::system_now();
    let mut builder = ReportBuilder::new();
    let mut errors = Vec::new();
    let failed = io::for_each_line(
        io::open_input(Some(&args.history))?,
        &mut errors,
        |line, _| {
            let input: ShipmentInput = io::parse(line)?;
            let status = input.order_status.clone();
            let (s, _) = Shipment::from_history(input, &normalizer, now).map_err(io::core_err)?;
            builder.add_with_order_status(&s, status.as_deref());
            Ok(())
        },
    )?;
    let mut out = io::stdout();
    let mut report = serde_json::to_value(builder.finish())?;
    if let Some(obj) = report.as_object_mut() {
        obj.insert("errors".into(), io::collected_errors(&errors).into());
    }
    serde_json::to_writer_pretty(&mut out, &report)?;
    writeln!(out)?;
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
