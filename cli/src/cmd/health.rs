//! `tracking-core health`: assess shipments (one `{"id","health"}` line each), learn a dwell
//! model from history (`--learn`), or replay history day by day to measure how early stalls
//! of never-delivered shipments are flagged and how often normal ones are (`--eval`, the
//! replay of `tracking_core::eval::health_eval`).

use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::json;
use tracking_core::Normalizer;
use tracking_core::eval;
use tracking_core::health::{DwellModel, HealthOptions};
use tracking_core::message::MessageCatalog;
use tracking_core::pipeline::Tracker;
use tracking_core::timeline::{Shipment, ShipmentInput};

use super::{CmdResult, now_arg, parse_now};
use crate::io;

/// Arguments of `health`.
#[derive(clap::Args)]
#[command(after_help = r#"\
Input: shipment JSON lines (docs/shapes.md, "Shipment"); with --learn or --eval, history.
Output: one {"id", "health": {"verdict", "reason", "since", "explanation", "action",
  "evidence"}} line per shipment; verdicts: on_track, stalled, late, likely_lost,
  needs_action, delivered. Bad lines give {"line": N, "error": {...}} on stdout.

Example:
  $ echo '{"id":"A1","carrier":"ups","events":[{"description":"Departed from facility","time":"2024-05-01T18:00:00Z"}]}' | tracking-core health --now 2024-05-09T12:00:00Z"#)]
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
    /// Learn a dwell model from the history in INPUT and print it as JSON.
    #[arg(long, conflicts_with = "eval")]
    pub learn: bool,
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
    /// Days after hand-off to follow a never-delivered shipment in `--eval` (1 to 3660).
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(i64).range(1..=3660))]
    pub horizon_days: i64,
    /// Quantile level of the stall threshold.
    #[arg(long, default_value_t = 0.95)]
    pub level: f64,
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
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let options = HealthOptions {
        level: args.level,
        use_promise: !args.no_promise,
        use_window: !args.no_window,
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
        let history = read_history(&args)?;
        let model = DwellModel::learn(&history);
        let mut out = io::stdout();
        io::write_json(&mut out, &model)?;
        return Ok(std::process::ExitCode::SUCCESS);
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
            let input: ShipmentInput = serde_json::from_str(line).map_err(io::json_err)?;
            let at = input.clock(now).map_err(io::core_err)?;
            let (shipment, _) =
                Shipment::from_input(input, &normalizer, at).map_err(io::core_err)?;
            let snap = tracker.snapshot(&shipment, at, "en");
            io::write_json(out, &json!({"id": shipment.id, "health": snap.health}))
                .map_err(|e| ("io".to_string(), e.to_string()))
        },
    )?;
    Ok(if failed > 0 {
        std::process::ExitCode::FAILURE
    } else {
        std::process::ExitCode::SUCCESS
    })
}

fn read_history(args: &Args) -> Result<Vec<Shipment>, Box<dyn std::error::Error>> {
    let normalizer = Normalizer::new();
    let far = parse_now("2100-01-01T00:00:00Z")?;
    let mut out = Vec::new();
    for line in io::lines(io::open_input(args.input.as_deref())?) {
        let (number, line) = line?;
        let parsed = match line {
            Ok(l) if l.trim().is_empty() => continue,
            Ok(l) => serde_json::from_str::<ShipmentInput>(&l)
                .map_err(|e| e.to_string())
                .and_then(|s| Shipment::from_input(s, &normalizer, far).map_err(|e| e.to_string())),
            Err((_, message)) => Err(message),
        };
        match parsed {
            Ok((s, _)) => out.push(s),
            Err(e) => eprintln!("tracking-core: line {number}: {e}"),
        }
    }
    Ok(out)
}

fn eval(args: &Args, options: HealthOptions) -> CmdResult {
    let eval_options = eval::HealthEvalOptions {
        health: options.clone(),
        online: args.online,
        horizon_days: args.horizon_days,
    };
    if args.rolling {
        let history = read_history(args)?;
        let report = eval::health_rolling(&history, &eval_options, 300);
        let mut out = io::stdout();
        io::write_json(&mut out, &report)?;
        return Ok(std::process::ExitCode::SUCCESS);
    }
    let split_text = args
        .split_at
        .as_deref()
        .ok_or("--eval needs --split-at DATE or --rolling")?;
    let split = match NaiveDate::parse_from_str(split_text, "%Y-%m-%d") {
        Ok(d) => d.and_hms_opt(0, 0, 0).ok_or("bad date")?.and_utc(),
        Err(_) => parse_now(split_text)?,
    };
    let history = read_history(args)?;
    let report = eval::health_eval(&history, split, &eval_options);
    let mut out = io::stdout();
    io::write_json(&mut out, &report)?;
    Ok(std::process::ExitCode::SUCCESS)
}
