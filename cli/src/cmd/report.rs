//! `tracking-core report HISTORY`: the analytics report of a shipment history as JSON. Bad
//! lines get error records on stderr and make the exit code 1.

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
pub struct Args {
    /// Shipment history, JSON lines (`-` for stdin).
    pub history: PathBuf,
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let normalizer = Normalizer::new();
    let now = super::system_now();
    let mut builder = ReportBuilder::new();
    let mut err = std::io::stderr().lock();
    let failed = io::for_each_line(io::open_input(Some(&args.history))?, &mut err, |line, _| {
        let input: ShipmentInput = serde_json::from_str(line).map_err(io::json_err)?;
        let status = input.order_status.clone();
        let (s, _) = Shipment::from_input(input, &normalizer, now).map_err(io::core_err)?;
        builder.add_with_order_status(&s, status.as_deref());
        Ok(())
    })?;
    let mut out = io::stdout();
    serde_json::to_writer_pretty(&mut out, &builder.finish())?;
    writeln!(out)?;
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
