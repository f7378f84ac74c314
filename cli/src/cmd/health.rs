//! `tracking-core health`: assess shipments (one `{"id","health"}` line each), learn a dwell
//! model from history (`--learn`), or replay history day by day to measure how early stalls
//! of never-delivered shipments are flagged and how often normal ones are (`--eval`).

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;
use tracking_core::Normalizer;
use tracking_core::estimate::{CompletedShipment, TransitModel};
use tracking_core::health::{Assessor, DwellModel, HealthOptions, Verdict};
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
    #[arg(long, requires = "eval")]
    pub split_at: Option<String>,
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
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let options = HealthOptions {
        level: args.level,
        use_promise: !args.no_promise,
        use_window: !args.no_window,
        control_step: args.control_step,
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

/// What one replay found for one shipment.
struct Replay {
    month: String,
    delivered: bool,
    first_stall_day: Option<i64>,
    first_lost_day: Option<i64>,
}

/// Replays `test` day by day from hand-off: each shipment is assessed once a day (at its
/// hand-off time of day) until it is delivered, flagged likely lost, or `horizon` days pass.
/// With `online`, every shipment in `deliveries` (sorted by delivery) is observed once its
/// delivery lies before the start (UTC midnight) of the day being assessed.
fn replay_all(
    assessor: &mut Assessor,
    test: &[&Shipment],
    deliveries: &[&Shipment],
    online: bool,
    horizon: i64,
) -> Vec<Replay> {
    let mut replays: Vec<Replay> = Vec::with_capacity(test.len());
    let mut opens = Vec::with_capacity(test.len());
    let mut checks: Vec<(DateTime<Utc>, usize, i64)> = Vec::new();
    for s in test {
        let Some(shipped) = s.shipped_at() else {
            continue;
        };
        let delivered_at = s.given_delivered_at;
        let i = replays.len();
        replays.push(Replay {
            month: shipped.format("%Y-%m").to_string(),
            delivered: delivered_at.is_some(),
            first_stall_day: None,
            first_lost_day: None,
        });
        let mut open = (*s).clone();
        open.given_delivered_at = None;
        opens.push(open);
        for day in 1..=horizon {
            let Some(now) =
                chrono::TimeDelta::try_days(day).and_then(|d| shipped.checked_add_signed(d))
            else {
                break;
            };
            if delivered_at.is_some_and(|d| now >= d) {
                break;
            }
            checks.push((now, i, day));
        }
    }
    checks.sort_by_key(|c| (c.0, c.1));
    let mut next = 0;
    let mut done = vec![false; replays.len()];
    for (now, i, day) in checks {
        if online {
            let day_start = now
                .naive_utc()
                .date()
                .and_hms_opt(0, 0, 0)
                .map_or(now, |t| t.and_utc());
            while let Some(d) = deliveries.get(next) {
                if d.given_delivered_at.is_none_or(|t| t >= day_start) {
                    break;
                }
                assessor.observe(d);
                next += 1;
            }
        }
        let (Some(r), Some(open)) = (replays.get_mut(i), opens.get(i)) else {
            continue;
        };
        if done.get(i).copied().unwrap_or(true) {
            continue;
        }
        let v = assessor.assess(open, now, None).verdict;
        if matches!(v, Verdict::Stalled | Verdict::LikelyLost) && r.first_stall_day.is_none() {
            r.first_stall_day = Some(day);
        }
        if v == Verdict::LikelyLost {
            r.first_lost_day = Some(day);
            if let Some(d) = done.get_mut(i) {
                *d = true;
            }
        }
    }
    replays
}

fn pct(sorted: &[i64], q: f64) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let i = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted.get(i).copied()
}

fn summarize(name: &str, replays: &[Replay], horizon: i64) -> serde_json::Value {
    let delivered: Vec<_> = replays.iter().filter(|r| r.delivered).collect();
    let lost: Vec<_> = replays.iter().filter(|r| !r.delivered).collect();
    let share = |v: &[&Replay], f: &dyn Fn(&Replay) -> bool| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().filter(|r| f(r)).count() as f64 / v.len() as f64
        }
    };
    let mut stall_days: Vec<i64> = lost.iter().filter_map(|r| r.first_stall_day).collect();
    let mut lost_days: Vec<i64> = lost.iter().filter_map(|r| r.first_lost_day).collect();
    stall_days.sort_unstable();
    // False alarms by hand-off month, to tell drift (peak season) from miscalibration.
    let mut by_month: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for r in &delivered {
        let e = by_month.entry(r.month.as_str()).or_default();
        e.0 += 1;
        e.1 += usize::from(r.first_stall_day.is_some());
    }
    let by_month: serde_json::Map<String, serde_json::Value> = by_month
        .into_iter()
        .map(|(m, (n, f))| (m.to_string(), json!({"delivered": n, "flagged": f})))
        .collect();
    lost_days.sort_unstable();
    json!({
        "thresholds": name,
        "delivered": delivered.len(),
        "false_alarm_rate_stalled": share(&delivered, &|r| r.first_stall_day.is_some()),
        "false_alarm_rate_likely_lost": share(&delivered, &|r| r.first_lost_day.is_some()),
        "false_alarms_by_handoff_month": by_month,
        "never_delivered": lost.len(),
        "horizon_days": horizon,
        "never_delivered_flagged_stalled": share(&lost, &|r| r.first_stall_day.is_some()),
        "never_delivered_flagged_likely_lost": share(&lost, &|r| r.first_lost_day.is_some()),
        "days_to_first_stall_p25_p50_p75": [pct(&stall_days, 0.25), pct(&stall_days, 0.5), pct(&stall_days, 0.75)],
        "days_to_likely_lost_p25_p50_p75": [pct(&lost_days, 0.25), pct(&lost_days, 0.5), pct(&lost_days, 0.75)],
        "never_delivered_flagged_within_30_days": share(&lost, &|r| r.first_stall_day.is_some_and(|d| d <= 30)),
        "never_delivered_flagged_within_60_days": share(&lost, &|r| r.first_stall_day.is_some_and(|d| d <= 60)),
    })
}

fn eval(args: &Args, options: HealthOptions) -> CmdResult {
    let split_text = args
        .split_at
        .as_deref()
        .ok_or("--eval needs --split-at DATE")?;
    let split = match NaiveDate::parse_from_str(split_text, "%Y-%m-%d") {
        Ok(d) => d.and_hms_opt(0, 0, 0).ok_or("bad date")?.and_utc(),
        Err(_) => parse_now(split_text)?,
    };
    let history = read_history(args)?;
    let ordered = |s: &Shipment| s.ordered_at.or(s.shipped_at());
    // Learn only what was known at the split: shipments ordered and delivered before it.
    let train: Vec<Shipment> = history
        .iter()
        .filter(|s| ordered(s).is_some_and(|t| t < split))
        .filter(|s| s.given_delivered_at.is_some_and(|d| d < split))
        .cloned()
        .collect();
    let test: Vec<&Shipment> = history
        .iter()
        .filter(|s| ordered(s).is_some_and(|t| t >= split) && s.shipped_at().is_some())
        .collect();
    let model = DwellModel::learn(&train);
    let completed: Vec<CompletedShipment> = train
        .iter()
        .filter_map(CompletedShipment::from_shipment)
        .collect();
    let mut learned =
        Assessor::new(Some(&model), options.clone()).with_transit(TransitModel::learn(&completed));
    let mut priors = Assessor::new(None, options);
    // Deliveries after the split, in the order they happened (any order date).
    let mut deliveries: Vec<&Shipment> = history
        .iter()
        .filter(|s| s.given_delivered_at.is_some_and(|d| d >= split))
        .collect();
    deliveries.sort_by_key(|s| s.given_delivered_at);
    let h = args.horizon_days;
    let with_model = replay_all(&mut learned, &test, &deliveries, args.online, h);
    let with_priors = replay_all(&mut priors, &test, &deliveries, false, h);
    let calibration = learned.model().map(|m| m.calibration.clone());
    let mut out = io::stdout();
    io::write_json(
        &mut out,
        &json!({
            "split_at": split.to_rfc3339(),
            "train_shipments": train.len(),
            "test_shipments": test.len(),
            "level": args.level,
            "online": args.online,
            "use_promise": !args.no_promise,
            "use_window": !args.no_window,
            "control_step": args.control_step,
            "final_calibration": calibration,
            "learned": summarize("learned", &with_model, h),
            "priors": summarize("priors", &with_priors, h),
        }),
    )?;
    Ok(std::process::ExitCode::SUCCESS)
}
