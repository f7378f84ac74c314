//! `tracking-core health`: assess shipments (one `{"id","health"}` line each), learn a dwell
//! model from history (`--learn`), or replay history day by day to measure how early stalls
//! of never-delivered shipments are flagged and how often normal ones are (`--eval`, the
//! replay of `tracking_core::eval::health_eval`).

use std::path::PathBuf;

use serde_json::json;
use tracking_core::Normalizer;
use tracking_core::eval;
use tracking_core::health::{DwellModel, HealthOptions};
use tracking_core::message::{DEFAULT_LOCALE, MessageCatalog};
use tracking_core::pipeline::Tracker;
use tracking_core::timeline::{Shipment, ShipmentInput};

use super::{CmdResult, health_table, now_arg, parse_now, time_arg};
use crate::io;

/// Arguments of `health`.
#[derive(clap::Args)]
#[command(
    after_help = r#"Input: shipment JSON lines (docs/shapes.md, "Shipment"); with --learn or --eval, history
  (the same shape, with delivered_at or a delivery scan for delivered shipments).
Output: one {"id", "health": {"verdict", "reason", "since", "explanation", "action",
  "evidence"}} line per shipment; verdicts: on_track, delayed, stalled, likely_lost,
  needs_customer_action, needs_merchant_action, delivered, resolved.
  --learn writes the dwell model to --output; --eval prints one report with the bad lines
  in its "errors" field. Bad lines always give {"line": N, "error": {"kind", "message"}}
  on stdout and exit code 1; diagnostics go to stderr.

Examples:
  $ echo '{"id":"A1","carrier":"ups","events":[{"description":"Departed from facility","time":"2024-05-01T18:00:00Z"}]}' | tracking-core health --now 2024-05-09T12:00:00Z
  $ tracking-core health --learn examples/python/history.sample.jsonl --output /tmp/dwell.json"#
)]
pub struct Args {
    /// Shipment JSON lines (`-` or absent: stdin). With `--learn` or `--eval`: history.
    pub input: Option<PathBuf>,
    /// The moment to assess at (RFC 3339); a line's own `as_of` overrides it. Default: now.
    #[arg(long)]
    pub now: Option<String>,
    /// A model JSON: a dwell model (from `health --learn`) and/or a transit model (from
    /// `learn`, for lateness against the delivery window). Repeatable; priors when absent.
    #[arg(long)]
    pub model: Vec<PathBuf>,
    /// Learn a dwell model from the history in INPUT and write it to `--output`.
    #[arg(long, conflicts_with = "eval", requires = "output")]
    pub learn: bool,
    /// With `--learn`: the file the dwell model is written to (stdout carries the error
    /// records of bad lines).
    #[arg(short, long, requires = "learn")]
    pub output: Option<PathBuf>,
    /// Replay history: learn before `--split-at`, replay later shipments day by day.
    #[arg(long)]
    pub eval: bool,
    /// The time split for `--eval` (date or time): learn from orders before it.
    #[arg(long, requires = "eval", conflicts_with = "rolling")]
    pub split_at: Option<String>,
    /// In `--eval`: instead of one split, a split at every month start with at least 300
    /// deliveries before it, each replaying that month's orders; figures by month and pooled.
    #[arg(long, requires = "eval")]
    pub rolling: bool,
    /// With `--rolling`: also sum the months in two groups, the splits before this date
    /// (where settings are chosen) and from it on (reported); each group must hold a month.
    #[arg(long, requires = "rolling")]
    pub hold_out_from: Option<String>,
    /// With `--rolling`: also write every replayed parcel as a JSON line to this file (its
    /// id, hand-off month, whether and on which day it was delivered, the day and basis of
    /// its first flag), to read which parcels a month's false alarms were.
    #[arg(long, requires = "rolling")]
    pub replays: Option<PathBuf>,
    /// Days after hand-off to follow a never-delivered shipment in `--eval` (1 to 3660).
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(i64).range(1..=3660))]
    pub horizon_days: i64,
    /// Quantile level of the stall threshold.
    #[arg(long, default_value_t = 0.95)]
    pub level: f64,
    /// With `--rolling`: also print each month's curves on stderr, days 10 to 30 after
    /// hand-off: the fixed rule's false-alarm rate on day N, and the share of never-delivered
    /// parcels health flagged by day N (the JSON holds them for every day).
    #[arg(long, requires = "rolling")]
    pub curves: bool,
    /// In `--eval`: feed every delivery into the assessor (dwell model, false-alarm control,
    /// transit model) once it has happened, before the day it is evaluated on.
    #[arg(long, requires = "eval")]
    pub online: bool,
    /// Do not judge legs without scans against the shop's promised date.
    #[arg(long)]
    pub no_promise: bool,
    /// Do not bound legs without scans by their own delivery window (transit model).
    #[arg(long)]
    pub no_window: bool,
    /// Let the window floor widen in an order-volume surge, as the customer's window does.
    #[arg(long)]
    pub window_surge: bool,
    /// Step of the false-alarm control (0: off).
    #[arg(long, default_value_t = HealthOptions::default().control_step)]
    pub control_step: f64,
    /// Also flag a leg without scans past the end of its own delivery window at this level
    /// (0: off).
    #[arg(long, default_value_t = HealthOptions::default().window_level.unwrap_or(0.0))]
    pub window_level: f64,
    /// The global cap: flag any shipment whose gap passes this quantile of all past gaps of
    /// its kind and state, every carrier and lane pooled (0: off).
    #[arg(long, default_value_t = HealthOptions::default().cap_level.unwrap_or(0.0))]
    pub cap_level: f64,
    /// The hard cap: flag any shipment this many calendar days after its last scan or
    /// hand-off (0: off).
    #[arg(long, default_value_t = HealthOptions::default().cap_days.unwrap_or(0))]
    pub cap_days: i64,
    /// Target share of delivered shipments flagged on their way, for the false-alarm control
    /// (default: 0.03).
    #[arg(long)]
    pub alarm_rate: Option<f64>,
    /// In `--eval`: also flag a leg without scans once the learned chance that similar
    /// parcels still undelivered at its age never arrive passes a level that would have
    /// flagged at most this share of recent delivered parcels (the hazard of loss; 0: off).
    #[arg(long, default_value_t = 0.0)]
    pub hazard_alarm_rate: f64,
    /// Days after hand-off from which an undelivered parcel counts as never delivered, for
    /// the hazard of loss.
    #[arg(long, default_value_t = tracking_core::health::HAZARD_DEFAULT_MATURE_DAYS)]
    pub hazard_mature_days: i64,
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let options = HealthOptions {
        level: args.level,
        use_promise: !args.no_promise,
        use_window: !args.no_window,
        window_surge: args.window_surge,
        control_step: args.control_step,
        window_level: Some(args.window_level).filter(|l| *l != 0.0),
        cap_level: Some(args.cap_level).filter(|l| *l != 0.0),
        alarm_rate: args.alarm_rate.or(HealthOptions::default().alarm_rate),
        cap_days: Some(args.cap_days).filter(|d| *d != 0),
        ..HealthOptions::default()
    };
    // The core's checks, shared with the bindings (`--level 0`, `--control-step NaN`).
    options.validate()?;
    if args.learn {
        let mut out = io::stdout();
        let (history, failed) = read_history(&args, &mut out)?;
        let model = DwellModel::learn(&history);
        let path = args
            .output
            .as_deref()
            .ok_or("--learn needs --output FILE")?;
        let json = serde_json::to_string(&model)?;
        std::fs::write(path, &json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprintln!(
            "learned a dwell model from {} shipments ({} bytes){}",
            history.len(),
            json.len(),
            bad_lines(failed)
        );
        return Ok(exit_code(failed));
    }
    if args.eval {
        return eval(&args, options);
    }
    let (mut transit, mut dwell) = (None, None);
    for p in &args.model {
        let (t, d) = super::read_model(p)?;
        transit = t.or(transit);
        dwell = d.or(dwell);
    }
    let now = now_arg(args.now.as_deref())?;
    // The same pipeline as `track`, so the window that judges lateness is the one shown.
    let tracker = Tracker::new(transit, None, MessageCatalog::new())
        .with_health_options(dwell.as_ref(), options);
    let normalizer = Normalizer::new();
    let mut out = io::stdout();
    let failed = io::for_each_line(
        io::open_input(args.input.as_deref())?,
        &mut out,
        |line, out| {
            let input: ShipmentInput = io::parse(line)?;
            let at = input.clock(now).map_err(io::core_err)?;
            let (shipment, _) =
                Shipment::from_input(input, &normalizer, at).map_err(io::core_err)?;
            let snap = tracker.snapshot(&shipment, at, DEFAULT_LOCALE);
            let mut record = json!({"id": shipment.id, "health": snap.health});
            // An optional date that could not be read was dropped: say which.
            if let Some(fields) = record.as_object_mut()
                && !shipment.dropped.is_empty()
            {
                fields.insert("warnings".into(), json!(shipment.dropped));
            }
            io::write_json(out, &record).map_err(|e| ("io".to_string(), e.to_string()))
        },
    )?;
    Ok(exit_code(failed))
}

/// The exit code of a run: 1 when any line failed.
fn exit_code(failed: usize) -> std::process::ExitCode {
    if failed > 0 {
        std::process::ExitCode::FAILURE
    } else {
        std::process::ExitCode::SUCCESS
    }
}

fn bad_lines(failed: usize) -> String {
    match failed {
        0 => String::new(),
        1 => ", 1 bad line".to_string(),
        n => format!(", {n} bad lines"),
    }
}

/// Reads history; bad lines get an error record in `errors`. Returns the shipments and how
/// many lines failed.
fn read_history(
    args: &Args,
    errors: &mut impl std::io::Write,
) -> Result<(Vec<Shipment>, usize), Box<dyn std::error::Error>> {
    let normalizer = Normalizer::new();
    let far = parse_now("2100-01-01T00:00:00Z")?;
    let mut out = Vec::new();
    let failed = io::for_each_line(io::open_input(args.input.as_deref())?, errors, |line, _| {
        let input: ShipmentInput = io::parse(line)?;
        let (s, _) = Shipment::from_history(input, &normalizer, far).map_err(io::core_err)?;
        out.push(s);
        Ok(())
    })?;
    Ok((out, failed))
}

/// Writes every month's replays as JSON lines, each with its month's split date.
fn write_replays(
    path: &std::path::Path,
    report: &eval::HealthRollingReport,
) -> Result<(), Box<dyn std::error::Error>> {
    let file =
        std::fs::File::create(path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let mut w = std::io::BufWriter::new(file);
    for m in &report.months {
        for r in &m.replays {
            let mut line = serde_json::to_value(r)?;
            if let Some(o) = line.as_object_mut() {
                o.insert("split_at".into(), json!(m.split_at));
            }
            io::write_json(&mut w, &line)?;
        }
    }
    std::io::Write::flush(&mut w)?;
    Ok(())
}

fn eval(args: &Args, options: HealthOptions) -> CmdResult {
    let eval_options = eval::HealthEvalOptions {
        health: options.clone(),
        online: args.online,
        horizon_days: args.horizon_days,
        hazard_alarm_rate: Some(args.hazard_alarm_rate).filter(|r| *r != 0.0),
        hazard_mature_days: args.hazard_mature_days,
    };
    eval_options.validate()?;
    let mut errors = Vec::new();
    let report = if args.rolling {
        // A bare date is midnight UTC, as `--split-at`.
        let hold_out_from = args
            .hold_out_from
            .as_deref()
            .map(|t| time_arg("--hold-out-from", t))
            .transpose()?;
        let (history, _) = read_history(args, &mut errors)?;
        let report = eval::health_rolling(&history, &eval_options, 300, hold_out_from);
        for (group, side) in [(&report.selection, "before"), (&report.held_out, "from")] {
            if group.as_ref().is_some_and(|g| g.by_month.months == 0) {
                return Err(format!(
                    "--hold-out-from: no month of the history starts {side} that date"
                )
                .into());
            }
        }
        if let Some(path) = &args.replays {
            write_replays(path, &report)?;
        }
        health_table::print_rolling(&mut std::io::stderr().lock(), &report)?;
        if args.curves {
            health_table::print_curves(&mut std::io::stderr().lock(), &report)?;
        }
        serde_json::to_value(report)?
    } else {
        let split_text = args
            .split_at
            .as_deref()
            .ok_or("--eval needs --split-at DATE or --rolling")?;
        // A bare date is midnight UTC: the core's time policy for run-level clocks.
        let split = time_arg("--split-at", split_text)?;
        let (history, _) = read_history(args, &mut errors)?;
        serde_json::to_value(eval::health_eval(&history, split, &eval_options))?
    };
    // One document, like `report` and `backtest`: bad lines listed in its "errors" field.
    let errors = io::collected_errors(&errors);
    let failed = errors.len();
    let mut report = report;
    if let Some(obj) = report.as_object_mut() {
        obj.insert("errors".into(), errors.into());
    }
    let mut out = io::stdout();
    io::write_json(&mut out, &report)?;
    std::io::Write::flush(&mut out)?;
    Ok(exit_code(failed))
}
