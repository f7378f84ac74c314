//! Reads a shipment JSON file (the shape of docs/shapes.md) and prints its status,
//! milestone, progress and snapshot.
//!
//! `cargo run -p tracking-core-examples -- examples/rust/shipment.json` (or `-` for stdin).
//! The clock is the shipment's `as_of` when it has one, else the current time.

use std::io::Read;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use tracking_core::Normalizer;
use tracking_core::timeline::{Shipment, ShipmentInput};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/rust/shipment.json".into());
    let text = if path == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else {
        std::fs::read_to_string(&path)?
    };
    let input: ShipmentInput = serde_json::from_str(&text)?;
    let now = match input.as_of.as_deref() {
        Some(t) => DateTime::parse_from_rfc3339(t)?.with_timezone(&Utc),
        None => DateTime::<Utc>::from(std::time::SystemTime::now()),
    };
    let (shipment, report) = Shipment::from_input(input, &Normalizer::new(), now)?;
    let snap = shipment.snapshot();
    println!(
        "{}: {}{} | milestone {:?}, step {}/{} ({:.0}%)",
        snap.id,
        snap.status,
        snap.substatus
            .map(|s| format!(" ({s})"))
            .unwrap_or_default(),
        snap.milestone,
        snap.progress.step,
        snap.progress.of,
        snap.progress.fraction * 100.0
    );
    println!(
        "events: {} added, {} duplicates, {} rejected",
        report.added,
        report.duplicates,
        report.rejected.len()
    );
    for r in &report.rejected {
        println!("  rejected: {}", r.error);
    }
    println!("{}", serde_json::to_string_pretty(&snap)?);
    Ok(())
}
