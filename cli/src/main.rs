//! `tracking-core`: the command-line face of the library. Batch subcommands read JSON lines
//! (a file, or `-` for stdin) and write JSON lines; a malformed line yields an error record
//! with its line number and the run continues; the exit code is 1 if any line failed.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;
mod io;

/// Offline order tracking: normalize carrier scans, identify tracking numbers, estimate
/// delivery windows, assess shipment health.
#[derive(Parser)]
#[command(name = "tracking-core", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show what a customer's tracking page would say for built-in sample shipments.
    Demo(cmd::demo::Args),
    /// Shipment JSON lines in, snapshot JSON lines out.
    Track(cmd::track::Args),
    /// Raw event JSON lines in, the same lines with status, substatus, confidence and rule.
    Normalize(cmd::normalize::Args),
    /// Score the normalizer on a labelled JSON-lines file.
    EvalNormalize(cmd::eval_normalize::Args),
    /// Every labelled text of the built-in tables as JSON lines (the text model's training set).
    ExportTexts(cmd::export_texts::Args),
    /// Identify the carrier of tracking numbers and verify their check digits.
    Identify(cmd::identify::Args),
    /// Learn a transit-time model from completed shipments.
    Learn(cmd::learn::Args),
    /// Estimate delivery windows for shipments with a learned model.
    Estimate(cmd::estimate::Args),
    /// Learn before a date, predict after it, and score against baselines.
    Backtest(cmd::backtest::Args),
    /// Assess the health of active shipments (stalled, late, likely lost, needs action).
    Health(cmd::health::Args),
    /// List the supported carriers, or show how a carrier text is resolved.
    Carriers(cmd::carriers::Args),
    /// Merchant analytics over shipment history: transit percentiles, on-time %, rates by lane.
    Report(cmd::report::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Demo(a) => cmd::demo::run(a),
        Command::Track(a) => cmd::track::run(a),
        Command::Normalize(a) => cmd::normalize::run(a),
        Command::EvalNormalize(a) => cmd::eval_normalize::run(a),
        Command::ExportTexts(a) => cmd::export_texts::run(a),
        Command::Identify(a) => cmd::identify::run(a),
        Command::Learn(a) => cmd::learn::run(a),
        Command::Estimate(a) => cmd::estimate::run(a),
        Command::Backtest(a) => cmd::backtest::run(a),
        Command::Health(a) => cmd::health::run(a),
        Command::Report(a) => cmd::report::run(a),
        Command::Carriers(a) => cmd::carriers::run(a),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`tracking-core track big.jsonl | head`): what it wanted was
        // written, so end quietly, as other Unix tools do, instead of reporting an error.
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tracking-core: {e}");
            ExitCode::from(2)
        }
    }
}
