//! `tracking-core track`: shipment JSON lines in, snapshot JSON lines out; with `--orders`,
//! shipments grouped into orders and one order record per order.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use serde_json::Value;
use tracking_core::message::MessageCatalog;
use tracking_core::order::{Order, OrderInput};
use tracking_core::pipeline::Tracker;
use tracking_core::snapshot::Snapshot;
use tracking_core::timeline::{Shipment, ShipmentInput};
use tracking_core::{Error, Normalizer};

use super::{CmdResult, now_arg};
use crate::io;

macro_rules! long_about {
    () => {
        "\
Input: shipments as JSON lines (one shipment per line, in the shape of docs/shapes.md, \"Shipment\":
id, carrier, tracking_number, origin, destination, ordered_at, shipped_at, delivered_at,
promised_by, events[...]).
Output: one snapshot per line (docs/shapes.md, \"Snapshot\"): status, substatus, terminal,
milestone, progress {step, of, fraction}, since, shipped_at, delivered_at, last_event_at, the
normalized events (each with status, rule and confidence) and the rejected events with a
typed reason.

The clock: --now (RFC 3339; default: the current time) is used to reject scans dated in the
future; a line's own `as_of` field overrides it for that line.

Orders (--orders): a line is either an order {\"id\", \"shipments\": [shipment, ...]} or a
shipment carrying an `order_id`; shipments with the same order_id form one order (a shipment
without order_id is an order of its own). One order record per order is written at the end,
in order of first appearance: status (ordered, partially_shipped, shipped, in_transit,
partially_delivered, delivered, exception, partially_returned, returned, cancelled),
milestone, progress, parcels, delivered, return_legs, attention [parcels needing attention,
with the reason] and shipments [snapshots]. A shipment with \"direction\": \"return\" is a
return leg and never counts as an outbound parcel.

A malformed line gives an error record {\"line\": N, \"error\": {\"kind\", \"message\"}} and the
run continues; the exit code is 1 if any line failed, 0 otherwise."
    };
}

macro_rules! after_help {
    () => {
        "\
Example:
  $ echo '{\"id\":\"A1\",\"carrier\":\"ups\",\"events\":[{\"description\":\"Delivered\",\"time\":\"2024-04-26T14:02:00-04:00\"}]}' \\
      | tracking-core track --now 2024-04-27T00:00:00Z
  {\"id\":\"A1\",...,\"status\":\"delivered\",\"substatus\":null,\"terminal\":true,\"milestone\":\"delivered\",
   \"progress\":{\"step\":6,\"of\":6,\"fraction\":1.0},...,\"delivered_at\":\"2024-04-26T18:02:00Z\",...}

  $ tr -d '\\n' < examples/rust/shipment.json | tracking-core track --now 2024-04-27T00:00:00Z

  With --orders, lines with the same order_id also give one order record per order."
    };
}

/// Arguments of `track`.
#[derive(clap::Args)]
// The subcommand's doc comment in main.rs sets `about`/`long_about`; the full description
// goes after the options (`--help`), the example in both `-h` and `--help`.
#[command(after_help = after_help!(), after_long_help = concat!(long_about!(), "\n\n", after_help!()))]
pub struct Args {
    /// Shipment JSON lines; `-` or nothing for stdin.
    pub input: Option<PathBuf>,
    /// The clock, RFC 3339 (a wall-clock time without offset is read as UTC). Default: now.
    #[arg(long)]
    pub now: Option<String>,
    /// Group shipments into orders (by `order_id`, or order lines with `shipments`) and
    /// write one order record per order.
    #[arg(long)]
    pub orders: bool,
    /// A model JSON: a transit model (from `learn`) for the window and/or a dwell model (from
    /// `health --learn`) for health. Repeat for both. Published priors when absent.
    #[arg(long)]
    pub model: Vec<PathBuf>,
    /// Locale of the customer message (`de`, `pt-BR`; falls back to the language, then `en`).
    #[arg(long, default_value = tracking_core::message::DEFAULT_LOCALE)]
    pub locale: String,
}

/// Everything a snapshot is built with besides the shipment itself. The estimate, health
/// and message stages add their inputs (model, locale) here.
pub struct TrackOptions {
    /// The clock, unless a line says otherwise (`as_of`).
    pub now: DateTime<Utc>,
    /// The normalizer.
    pub normalizer: Normalizer,
    /// Window, health and message stages (tracking_core::pipeline).
    pub tracker: Tracker,
    /// Locale of the customer message.
    pub locale: String,
}

impl TrackOptions {
    /// The clock for one shipment: its `as_of` (read in its destination's zone when it has
    /// no offset), else the run's clock.
    ///
    /// # Errors
    /// [`Error::InvalidTime`] when `as_of` cannot be read.
    pub fn now_for(&self, input: &ShipmentInput) -> Result<DateTime<Utc>, Error> {
        input.clock(self.now)
    }
}

/// Builds a shipment from its input at its clock.
///
/// # Errors
/// As [`Shipment::from_input`], plus a bad `as_of`.
pub fn build_shipment(input: ShipmentInput, opts: &TrackOptions) -> Result<Shipment, Error> {
    let now = opts.now_for(&input)?;
    Ok(Shipment::from_input(input, &opts.normalizer, now)?.0)
}

/// The snapshot of one input shipment: the one place where `track` builds its output.
///
/// # Errors
/// As [`build_shipment`].
pub fn snapshot_of(input: ShipmentInput, opts: &TrackOptions) -> Result<Snapshot, Error> {
    let now = opts.now_for(&input)?;
    let shipment = build_shipment(input, opts)?;
    Ok(opts.tracker.snapshot(&shipment, now, &opts.locale))
}

/// Loads `--model` files: each is a dwell model or a transit model (told apart by shape).
fn load_models(paths: &[PathBuf]) -> Result<Tracker, Box<dyn std::error::Error>> {
    let (mut transit, mut dwell) = (None, None);
    for p in paths {
        let (t, d) = super::read_model(p)?;
        transit = t.or(transit);
        dwell = d.or(dwell);
    }
    Ok(Tracker::new(transit, dwell.as_ref(), MessageCatalog::new()))
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let now = now_arg(args.now.as_deref())?;
    let opts = TrackOptions {
        now,
        normalizer: Normalizer::new(),
        tracker: load_models(&args.model)?,
        locale: args.locale.clone(),
    };
    let input = io::open_input(args.input.as_deref())?;
    let mut out = io::stdout();
    let failed = if args.orders {
        track_orders(input, &mut out, &opts)?
    } else {
        io::for_each_line(input, &mut out, |line, out| {
            let shipment: ShipmentInput = io::parse(line)?;
            let snap = snapshot_of(shipment, &opts).map_err(io::core_err)?;
            io::write_json(out, &snap).map_err(|e| ("io".to_string(), e.to_string()))
        })?
    };
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Orders mode: collects shipments per order, then writes the order records.
fn track_orders<W: Write>(
    input: Box<dyn std::io::BufRead>,
    out: &mut W,
    opts: &TrackOptions,
) -> std::io::Result<usize> {
    let mut orders: Vec<Order> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let failed = io::for_each_line(input, out, |line, _| {
        let value: Value = serde_json::from_str(line).map_err(io::json_err)?;
        let (order_id, shipments) = if value.get("shipments").is_some_and(Value::is_array) {
            let order: OrderInput = io::from_value(&value)?;
            (order.id, order.shipments)
        } else {
            let shipment: ShipmentInput = io::from_value(&value)?;
            let id = shipment
                .order_id
                .clone()
                .unwrap_or_else(|| shipment.id.clone());
            (id, vec![shipment])
        };
        // Build every shipment of the line first, so a bad line adds nothing.
        let built = shipments
            .into_iter()
            .map(|s| build_shipment(s, opts))
            .collect::<Result<Vec<_>, _>>()
            .map_err(io::core_err)?;
        let slot = *index.entry(order_id.clone()).or_insert_with(|| {
            orders.push(Order::new(order_id, Vec::new()));
            orders.len() - 1
        });
        if let Some(order) = orders.get_mut(slot) {
            // A shipment id seen before in this order is the same parcel: merged.
            for s in built {
                order.add(s);
            }
        }
        Ok(())
    })?;
    for order in &orders {
        io::write_json(out, &order.snapshot())?;
    }
    out.flush()?;
    Ok(failed)
}
