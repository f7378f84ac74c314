//! `tracking-core demo`: the main job on embedded sample shipments, printed as a customer's
//! tracking page would show them (status in words, a milestone stepper, the latest scans in
//! local time). Deterministic: the clock is fixed in the sample data.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use tracking_core::Normalizer;
use tracking_core::event::Location;
use tracking_core::milestone::{Milestone, Progress};
use tracking_core::order::{Order, OrderInput, OrderSnapshot};
use tracking_core::pipeline::Tracker;
use tracking_core::snapshot::{EventView, Snapshot};
use tracking_core::timeline::{Shipment, ShipmentInput};

use super::CmdResult;

/// The sample shipments: realistic carrier codes and texts, with a fixed `now`.
const DATA: &str = include_str!("demo_data.json");

macro_rules! long_about {
    () => {
        "\
Runs the library on built-in sample shipments and prints, for each, what a customer's
tracking page would show: the status in plain words, a milestone stepper
(Ordered, Processing, Shipped, In transit, Out for delivery, Delivered), and the latest scans
in the local time of the place they happened, with the canonical status each scan was read as.

The samples: a normal UPS delivery (date and time sent separately, without offset), a DHL
Paket parcel put in a Packstation then collected (German texts, DD.MM.YYYY times), a FedEx
parcel held up by weather then delivered, a PostNL parcel returned to the sender (Dutch
texts), and an order split into two parcels. A few scans carry a canonical status given by
the sender (as an aggregator would send it); the rest are read by the normalizer, so the
output improves as its tables grow. The clock is fixed, so the output is deterministic.

Input: none. Output: text on stdout (or JSON lines of snapshots with --json)."
    };
}

macro_rules! after_help {
    () => {
        "\
Example:
  $ tracking-core demo
  1. A normal delivery (UPS, scans with separate date and time, no offset)
     UPS · 1Z999AA10123456784
     Delivered
     Thu 09 May 14:02, Brooklyn, NY, US
     ●━━━━━━━━━●━━━━━━━━━━━━●━━━━━━━━━●━━━━━━━━━━━━●━━━━━━━━━━━━━━━━━━●
     Ordered   Processing   Shipped   In transit   Out for delivery   Delivered
     ..."
    };
}

/// Arguments of `demo`.
#[derive(clap::Args)]
// The subcommand's doc comment in main.rs sets `about`/`long_about`; the full description
// goes after the options (`--help`), the example in both `-h` and `--help`.
#[command(after_help = after_help!(), after_long_help = concat!(long_about!(), "\n\n", after_help!()))]
pub struct Args {
    /// Print the snapshots (shipments) and order records as JSON lines instead of pages.
    #[arg(long)]
    pub json: bool,
    /// How many of the latest scans to show per shipment.
    #[arg(long, default_value_t = 4)]
    pub scans: usize,
}

#[derive(Deserialize)]
struct DemoData {
    now: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    title: String,
    shipment: Option<ShipmentInput>,
    order: Option<OrderInput>,
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let data: DemoData = serde_json::from_str(DATA)?;
    let now = DateTime::parse_from_rfc3339(&data.now)?.with_timezone(&Utc);
    let normalizer = Normalizer::new();
    // The same one-call pipeline as `track`: window, health and the customer's message.
    let tracker = Tracker::default();
    let mut page = String::new();
    for (i, case) in data.cases.into_iter().enumerate() {
        if !args.json {
            let _ = writeln!(page, "{}. {}", i + 1, case.title);
            let _ = writeln!(page, "{}", "═".repeat(case.title.chars().count() + 3));
        }
        if let Some(input) = case.shipment {
            let (shipment, report) = Shipment::from_input(input, &normalizer, now)?;
            let snap = tracker.snapshot(&shipment, now, "en");
            if args.json {
                page.push_str(&serde_json::to_string(&snap)?);
                page.push('\n');
                continue;
            }
            render_shipment(&mut page, &snap, args.scans);
            let _ = writeln!(
                page,
                "   ({} scans received: {} kept, {} duplicates ignored, {} rejected)",
                report.added + report.duplicates + report.rejected.len(),
                report.added,
                report.duplicates,
                report.rejected.len()
            );
        } else if let Some(input) = case.order {
            let (order, _) = Order::from_input(input, &normalizer, now)?;
            let mut snap = order.snapshot();
            for (parcel, shipment) in snap.shipments.iter_mut().zip(&order.shipments) {
                *parcel = tracker.snapshot(shipment, now, "en");
            }
            if args.json {
                page.push_str(&serde_json::to_string(&snap)?);
                page.push('\n');
                continue;
            }
            render_order(&mut page, &snap, args.scans);
        }
        page.push('\n');
    }
    print!("{page}");
    Ok(std::process::ExitCode::SUCCESS)
}

fn render_shipment(page: &mut String, snap: &Snapshot, scans: usize) {
    let carrier = snap
        .carrier
        .as_deref()
        .map(|c| tracking_core::carrier::lookup(c).map_or(c, |k| k.name))
        .unwrap_or("Carrier unknown");
    let mut line = format!("   {carrier}");
    if let Some(n) = &snap.tracking_number {
        let _ = write!(line, " · {n}");
    }
    let _ = writeln!(page, "{line}");
    match &snap.message {
        Some(m) => {
            let _ = writeln!(page, "   {}", m.headline);
            for line in [&m.next, &m.action].into_iter().flatten() {
                let _ = writeln!(page, "   {line}");
            }
        }
        None => {
            let m = tracking_core::message::render(snap, "en");
            let _ = writeln!(page, "   {}", m.headline);
        }
    }
    // A final state is dated by the event that reached it; a moving parcel by its last scan.
    let dated = if snap.terminal {
        state_event(snap)
    } else {
        snap.events.last()
    };
    if let Some(e) = dated {
        let _ = writeln!(page, "   {}", when_where(e));
    }
    stepper(page, snap.milestone, snap.progress);
    if let Some(w) = snap.window.as_ref().filter(|_| !snap.terminal) {
        let _ = writeln!(
            page,
            "   Window ({:.0}%): most likely {}; rests on: {}",
            w.confidence * 100.0,
            w.most_likely.format("%a %d %b"),
            w.basis
        );
    }
    if let Some(h) = snap.health.as_ref().filter(|_| !snap.terminal) {
        let _ = writeln!(page, "   Health: {}: {}", h.verdict.code(), h.explanation);
        if let Some(action) = &h.action {
            let _ = writeln!(page, "   Merchant action: {action}");
        }
    }
    let _ = writeln!(
        page,
        "   Latest updates (local time where the scan happened):"
    );
    for e in snap.events.iter().rev().take(scans) {
        let status = e
            .substatus
            .map_or_else(|| e.status.code().to_string(), |s| s.code().to_string());
        let text = e.description.as_deref().or(e.code.as_deref()).unwrap_or("");
        let place = e.location.as_ref().map(place).unwrap_or_default();
        let _ = writeln!(
            page,
            "     {}  {:<18} {:<44} [{status}]",
            local_time(e),
            clip(&place, 18),
            clip(text, 44)
        );
    }
    if snap.events.len() > scans {
        let _ = writeln!(page, "     ... {} earlier", snap.events.len() - scans);
    }
}

fn render_order(page: &mut String, snap: &OrderSnapshot, scans: usize) {
    let _ = writeln!(
        page,
        "   Order {} · {} parcel{}",
        snap.id,
        snap.parcels,
        if snap.parcels == 1 { "" } else { "s" }
    );
    let _ = writeln!(
        page,
        "   {}",
        tracking_core::message::order_headline(snap, "en")
    );
    let progress = Progress::at_step(snap.progress.step);
    stepper(page, snap.milestone, progress);
    let _ = writeln!(page, "   Overall: {}", bar(snap.progress.fraction));
    for a in &snap.attention {
        let what = snap
            .shipments
            .iter()
            .find(|s| s.id == a.shipment_id)
            .map(|s| tracking_core::message::render(s, "en").headline)
            .unwrap_or_else(|| a.status.code().to_string());
        let _ = writeln!(page, "   Needs attention: parcel {}: {what}", a.shipment_id);
    }
    for (i, s) in snap.shipments.iter().enumerate() {
        let _ = writeln!(page);
        let _ = writeln!(page, "   Parcel {} ({})", i + 1, s.id);
        render_shipment(page, s, scans.min(2));
    }
}

/// The event that set the current state (the latest with the state's status at `since`).
fn state_event(snap: &Snapshot) -> Option<&EventView> {
    let since = snap.since?;
    snap.events.iter().rev().find(|e| {
        DateTime::parse_from_rfc3339(&e.time).is_ok_and(|t| t.with_timezone(&Utc) == since)
    })
}

fn local_time(e: &EventView) -> String {
    DateTime::parse_from_rfc3339(&e.time)
        .map(|t| t.format("%a %d %b %H:%M").to_string())
        .unwrap_or_else(|_| e.time.clone())
}

fn when_where(e: &EventView) -> String {
    let when = local_time(e);
    match e.location.as_ref().map(place).filter(|p| !p.is_empty()) {
        Some(p) => format!("{when}, {p}"),
        None => when,
    }
}

fn place(l: &Location) -> String {
    [&l.city, &l.region, &l.country]
        .iter()
        .filter_map(|s| s.as_deref())
        .collect::<Vec<_>>()
        .join(", ")
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

/// Draws `●━━●━━●──○──○──○` with the step labels under it.
fn stepper(page: &mut String, milestone: Milestone, progress: Progress) {
    let labels = [
        "Ordered",
        "Processing",
        "Shipped",
        "In transit",
        if milestone == Milestone::ReadyForPickup {
            "Ready for pickup"
        } else {
            "Out for delivery"
        },
        "Delivered",
    ];
    let current = usize::from(progress.step);
    let mut dots = String::from("   ");
    let mut names = String::from("   ");
    for (i, label) in labels.iter().enumerate() {
        let step = i + 1;
        let glyph = if step < current {
            '●'
        } else if step == current {
            match milestone {
                Milestone::Issue => '!',
                Milestone::Returning => '↩',
                Milestone::Cancelled => '✕',
                Milestone::ReadyForPickup => '◆',
                _ => '●',
            }
        } else {
            '○'
        };
        dots.push(glyph);
        names.push_str(label);
        if step < labels.len() {
            let width = label.chars().count() + 2;
            let line = if step < current { '━' } else { '─' };
            dots.extend(std::iter::repeat_n(line, width));
            names.push_str("   ");
        }
    }
    let _ = writeln!(page, "{dots}");
    let _ = writeln!(page, "{names}");
}

fn bar(fraction: f64) -> String {
    let width = 30;
    let filled = ((fraction.clamp(0.0, 1.0) * width as f64).round()) as usize;
    format!(
        "[{}{}] {:.0}%",
        "█".repeat(filled),
        "░".repeat(width - filled),
        fraction * 100.0
    )
}
