//! `tracking-core demo`: the main job on embedded sample shipments, printed as a customer's
//! tracking page would show them (status in words, a milestone stepper, the latest scans in
//! local time). Deterministic: the clock is fixed in the sample data.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use tracking_core::Normalizer;
use tracking_core::event::Location;
use tracking_core::message::DEFAULT_LOCALE;
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
tracking page would show: the carrier, the message in plain words (what happened, what
comes next, what to do), a milestone stepper (Ordered, Processing, Shipped, In transit,
Out for delivery, Delivered) and the latest scans in the local time of the place they
happened. Lines stay within 100 columns.

The samples: a normal UPS delivery (date and time sent separately, without offset), a USPS
parcel on its way with a live delivery window, a DHL Paket parcel put in a Packstation then
collected (German texts, DD.MM.YYYY times), a FedEx parcel held up by weather then
delivered, a PostNL parcel returned to the sender (Dutch texts), a Hermes parcel with no
scan for a week (health: likely lost, so no delivery date is shown), and an order split into
two parcels. A few scans carry a canonical status given by the sender (as an aggregator
would send it); the rest are read by the normalizer. The clock is fixed, so the output is
deterministic.

--verbose adds what a merchant or developer looks at: the canonical code each scan was read
as, the delivery window with what it rests on, the health verdict with its explanation, the
merchant's action, and how many scans were kept, dropped as duplicates or rejected.

Input: none. Output: text on stdout (or JSON lines of snapshots with --json)."
    };
}

macro_rules! after_help {
    () => {
        "\
Examples:
  $ tracking-core demo
  1. A normal delivery (UPS, scans with separate date and time, no offset)
     UPS · 1Z999AA10123456784
     Your parcel has been delivered
     Thu 09 May 14:02, Brooklyn, NY, US
     ●━━━━━━━━━●━━━━━━━━━━━━●━━━━━━━━━●━━━━━━━━━━━━●━━━━━━━━━━━━━━━━━━●
     Ordered   Processing   Shipped   In transit   Out for delivery   Delivered
     ...
  $ tracking-core demo --verbose --scans 2
  $ tracking-core demo --json"
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
    /// Also show codes, window basis, health verdict and merchant action (not customer words).
    #[arg(long, short)]
    pub verbose: bool,
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

/// How much a page shows.
#[derive(Clone, Copy)]
struct View {
    /// Latest scans shown per shipment.
    scans: usize,
    /// Codes, window basis, health verdict, merchant action and scan counts.
    verbose: bool,
}

/// The page width: every line of the text output fits in it.
const WIDTH: usize = 100;

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let data: DemoData = serde_json::from_str(DATA)?;
    let now = DateTime::parse_from_rfc3339(&data.now)?.with_timezone(&Utc);
    let normalizer = Normalizer::new();
    // The same one-call pipeline as `track`: window, health and the customer's message.
    let tracker = Tracker::default();
    let view = View {
        scans: args.scans,
        verbose: args.verbose,
    };
    let mut page = String::new();
    for (i, case) in data.cases.into_iter().enumerate() {
        if !args.json {
            let title = clip(&format!("{}. {}", i + 1, case.title), WIDTH);
            let _ = writeln!(page, "{title}");
            let _ = writeln!(page, "{}", "═".repeat(title.chars().count()));
        }
        if let Some(input) = case.shipment {
            let (shipment, report) = Shipment::from_input(input, &normalizer, now)?;
            let snap = tracker.snapshot(&shipment, now, DEFAULT_LOCALE);
            if args.json {
                page.push_str(&serde_json::to_string(&snap)?);
                page.push('\n');
                continue;
            }
            render_shipment(&mut page, &snap, view);
            if view.verbose {
                let rejected = report.rejected.len();
                let received = report.added + report.duplicates + rejected;
                let _ = writeln!(
                    page,
                    "   ({} received: {} kept, {} ignored, {} rejected)",
                    count(received, "scan", "scans"),
                    report.added,
                    count(report.duplicates, "duplicate", "duplicates"),
                    rejected
                );
            }
        } else if let Some(input) = case.order {
            let (order, _) = Order::from_input(input, &normalizer, now)?;
            // The tracker composes the order from full parcel snapshots (window, health), so
            // a parcel health calls lost counts as needing attention, as in `track`.
            let snap = tracker.order_snapshot(&order, now, DEFAULT_LOCALE);
            if args.json {
                page.push_str(&serde_json::to_string(&snap)?);
                page.push('\n');
                continue;
            }
            render_order(&mut page, &snap, view);
        }
        page.push('\n');
    }
    print!("{page}");
    Ok(std::process::ExitCode::SUCCESS)
}

/// `1 scan`, `2 scans`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Writes `text` wrapped at [`WIDTH`]: the first line after `lead`, the rest indented to it.
fn wrapped(page: &mut String, lead: &str, text: &str) {
    let indent = " ".repeat(lead.chars().count());
    let mut line = lead.to_string();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
            let _ = writeln!(page, "{line}");
            line.clone_from(&indent);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    let _ = writeln!(page, "{line}");
}

fn render_shipment(page: &mut String, snap: &Snapshot, view: View) {
    let carrier = snap.carrier_name.as_deref().unwrap_or("Carrier unknown");
    let mut line = carrier.to_string();
    if let Some(n) = &snap.tracking_number {
        let _ = write!(line, " · {n}");
    }
    wrapped(page, "   ", &line);
    let message = snap
        .message
        .clone()
        .unwrap_or_else(|| tracking_core::message::render(snap, DEFAULT_LOCALE));
    for text in [
        Some(&message.headline),
        message.next.as_ref(),
        message.action.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        wrapped(page, "   ", text);
    }
    // A final state is dated by the event that reached it; a moving parcel by its last scan.
    let dated = if snap.terminal {
        state_event(snap)
    } else {
        snap.events.last()
    };
    if let Some(e) = dated {
        wrapped(page, "   ", &when_where(e));
    }
    stepper(page, snap.milestone, snap.progress);
    if view.verbose {
        // The pipeline leaves no window on a parcel it will not date (stalled, likely lost).
        if let Some(w) = snap.window.as_ref().filter(|_| !snap.terminal) {
            let text = format!(
                "{:.0}%, most likely {}; rests on: {}",
                w.confidence * 100.0,
                w.most_likely.format("%a %d %b"),
                w.basis
            );
            wrapped(page, "   Window: ", &text);
        }
        if let Some(h) = snap.health.as_ref().filter(|_| !snap.terminal) {
            wrapped(
                page,
                "   Health: ",
                &format!(
                    "{} ({})",
                    h.explanation.as_deref().unwrap_or_default(),
                    h.verdict.code()
                ),
            );
            if let Some(action) = &h.action {
                wrapped(page, "   Merchant action: ", action);
            }
        }
    }
    let _ = writeln!(
        page,
        "   Latest updates (local time where the scan happened):"
    );
    let shown: Vec<&EventView> = snap.events.iter().rev().take(view.scans).collect();
    let code_of = |e: &EventView| {
        e.substatus
            .map_or_else(|| e.status.code().to_string(), |s| s.code().to_string())
    };
    // Verbose: the codes form a column that ends at the page's edge at the latest.
    let code_width = shown
        .iter()
        .map(|e| code_of(e).chars().count())
        .max()
        .unwrap_or(0);
    for e in shown {
        let text = e.description.as_deref().or(e.code.as_deref()).unwrap_or("");
        let place = e.location.as_deref().map(place).unwrap_or_default();
        let head = format!("     {}  {:<18} ", local_time(e), clip(&place, 18));
        let room = WIDTH.saturating_sub(head.chars().count());
        if view.verbose {
            let width = room.saturating_sub(code_width + 3).max(8);
            let _ = writeln!(page, "{head}{:<width$} [{}]", clip(text, width), code_of(e));
        } else {
            let _ = writeln!(page, "{head}{}", clip(text, room));
        }
    }
    if snap.events.len() > view.scans {
        let _ = writeln!(page, "     ... {} earlier", snap.events.len() - view.scans);
    }
}

fn render_order(page: &mut String, snap: &OrderSnapshot, view: View) {
    let _ = writeln!(
        page,
        "   Order {} · {}",
        snap.id,
        count(snap.parcels, "parcel", "parcels")
    );
    if let Some(headline) = &snap.headline {
        let _ = writeln!(page, "   {headline}");
    }
    let progress = Progress::at_step(snap.progress.step);
    stepper(page, snap.milestone, progress);
    let _ = writeln!(page, "   Overall: {}", bar(snap.progress.fraction));
    for a in &snap.attention {
        let what = snap
            .shipments
            .iter()
            .find(|s| s.id == a.shipment_id)
            .map(|s| tracking_core::message::render(s, DEFAULT_LOCALE).headline)
            .unwrap_or_else(|| a.status.code().to_string());
        wrapped(
            page,
            "   ",
            &format!("Needs attention: parcel {}: {what}", a.shipment_id),
        );
    }
    for (i, s) in snap.shipments.iter().enumerate() {
        let _ = writeln!(page);
        let _ = writeln!(page, "   Parcel {} ({})", i + 1, s.id);
        let parcel_view = View {
            scans: view.scans.min(2),
            ..view
        };
        render_shipment(page, s, parcel_view);
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
        .unwrap_or_else(|_| e.time.to_string())
}

fn when_where(e: &EventView) -> String {
    let when = local_time(e);
    match e.location.as_deref().map(place).filter(|p| !p.is_empty()) {
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
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
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
