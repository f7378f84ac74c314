//! `tracking-core backtest HISTORY --split-at DATE`: learn from deliveries before the split,
//! ask for a window for every later shipment at the moment it would have been asked, and
//! score coverage, width, most-likely error and the interval score beside two baselines (the
//! shop's promise and a per-lane quantile). `--rolling` runs a split at every month start
//! instead and reports the means over months. The work is `tracking_core::eval`'s; this file
//! reads the history and prints.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;
use tracking_core::estimate::{CompletedShipment, LearnOptions, PlacedOrder};
use tracking_core::eval::{
    self, BacktestOptions, BacktestReport, GroupMeans, RollingOptions, RollingReport, Score, Scores,
};
use tracking_core::normalize::Normalizer;
use tracking_core::timeline::{Shipment, ShipmentInput};

use super::CmdResult;
use super::estimate::check_confidence;
use super::time_arg;
use crate::io;

/// When the window is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// At checkout (order time).
    Promise,
    /// At hand-off to the carrier.
    Inflight,
}

/// Arguments of `backtest`.
#[derive(clap::Args)]
#[command(
    after_help = r#"Input: shipment history, JSON lines (as for `learn`), with `promised_by` for the shop baseline.
Output: coverage, mean width, mean absolute error and interval score per month for the model,
  the shop's promise and a per-lane quantile baseline, as one JSON document on stdout (a table
  on stderr); `--rolling`: one split per month and the means over months. Lines that could not
  be read are reported on stderr.

Example:
  $ tracking-core backtest examples/python/history.sample.jsonl --split-at 2024-04-01"#
)]
pub struct Args {
    /// Shipment history, JSON lines.
    pub history: PathBuf,
    /// Learn from deliveries before this date (`YYYY-MM-DD` or RFC 3339), test after it.
    #[arg(long, required_unless_present = "rolling", conflicts_with = "rolling")]
    pub split_at: Option<String>,
    /// Split at every month start with enough history (`--min-train` deliveries before it),
    /// score that month, and report the means over months.
    #[arg(long)]
    pub rolling: bool,
    /// With `--rolling`: splits from this date on (`YYYY-MM-DD` or RFC 3339) are the held-out
    /// months, reported apart from the months before it (where a variant is chosen). `half`
    /// (the default): the later half of the split months; `none`: no hold-out.
    #[arg(long)]
    pub hold_out_from: Option<String>,
    /// With `--rolling`: deliveries needed before a month start to split there.
    #[arg(long, default_value_t = RollingOptions::default().min_train)]
    pub min_train: usize,
    /// Which question to score.
    #[arg(long, value_enum, default_value_t = Mode::Promise)]
    pub mode: Mode,
    /// Feed each delivery into the model once it has happened before a question is asked.
    #[arg(long)]
    pub online: bool,
    /// Write per-shipment predictions (`{"id","confidence","window"}` lines, `confidence`
    /// being the level asked, the one the interval score uses) here; with `--rolling` each
    /// line also names its split (`{"split","id","confidence","window"}`; see
    /// tools/window-eval/segments.py and tails.py).
    #[arg(long)]
    pub predictions: Option<PathBuf>,
    /// Window confidence.
    #[arg(long, default_value_t = 0.9)]
    pub confidence: f64,
    /// Recency half-life in days of the model under test.
    #[arg(long, default_value_t = LearnOptions::default().half_life_days)]
    pub half_life_days: f64,
    /// Shrinkage strength of the model under test.
    #[arg(long, default_value_t = LearnOptions::default().prior_strength)]
    pub prior_strength: f64,
    /// Ignore order-volume surges (windows that do not widen when the last week's orders run
    /// well above the usual week), to compare.
    #[arg(long)]
    pub no_surge: bool,
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    check_confidence(args.confidence)?;
    if args.hold_out_from.is_some() && !args.rolling {
        return Err("--hold-out-from needs --rolling".into());
    }
    let normalizer = Normalizer::new();
    let now = super::system_now();
    let mut err = std::io::stderr().lock();
    let mut ids: Vec<String> = Vec::new();
    let mut history: Vec<CompletedShipment> = Vec::new();
    // Every order placed, delivered or not: what a shop backend notes for the surge.
    let mut orders: Vec<PlacedOrder> = Vec::new();
    let failed = io::for_each_line(io::open_input(Some(&args.history))?, &mut err, |line, _| {
        let input: ShipmentInput = io::parse(line)?;
        let (s, _) = Shipment::from_history(input, &normalizer, now).map_err(io::core_err)?;
        orders.extend(PlacedOrder::from_shipment(&s));
        if let Some(c) = CompletedShipment::from_shipment(&s) {
            ids.push(s.id);
            history.push(c);
        }
        Ok(())
    })?;
    let options = BacktestOptions {
        mode: match args.mode {
            Mode::Promise => eval::Mode::Promise,
            Mode::Inflight => eval::Mode::InFlight,
        },
        online: args.online,
        confidence: args.confidence,
        learn: LearnOptions {
            half_life_days: args.half_life_days,
            prior_strength: args.prior_strength,
            surge: !args.no_surge,
        },
        test_until: None,
    };
    let mut out = io::stdout();
    if args.rolling {
        let (hold_out_from, hold_out_later_half) = match args.hold_out_from.as_deref() {
            None | Some("half") => (None, true),
            Some("none") => (None, false),
            Some(t) => (Some(time_arg("--hold-out-from", t.trim())?), false),
        };
        let mut predictions = create_predictions(args.predictions.as_ref())?;
        let mut write_err: Option<std::io::Error> = None;
        let report = eval::rolling_origin_each(
            &history,
            &orders,
            &RollingOptions {
                backtest: options,
                min_train: args.min_train,
                hold_out_from,
                hold_out_later_half,
                ..RollingOptions::default()
            },
            |split, i, window| {
                if let (Some(w), None) = (predictions.as_mut(), &write_err) {
                    let id = ids.get(i).map_or("", String::as_str);
                    // The level asked (the interval score's), not the window's own field.
                    let line = json!({"split": split.date_naive(), "id": id,
                        "confidence": args.confidence, "window": window});
                    if let Err(e) = io::write_json(w, &line) {
                        write_err = Some(e);
                    }
                }
            },
        );
        finish_predictions(predictions, write_err)?;
        // A date before the first split or after the last gives one side no month: an
        // error, not means of nothing printed as 0.000.
        for (group, side) in [(&report.selection, "before"), (&report.held_out, "from")] {
            if group.as_ref().is_some_and(|g| g.model.splits == 0) {
                return Err(format!(
                    "--hold-out-from: no split of the history starts {side} that date"
                )
                .into());
            }
        }
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
        out.flush()?;
        print_rolling(&mut err, &report)?;
    } else {
        let split_text = args.split_at.as_deref().unwrap_or_default().trim();
        // A bare date is midnight UTC: the core's time policy for run-level clocks.
        let split = time_arg("--split-at", split_text)?;
        let mut predictions = create_predictions(args.predictions.as_ref())?;
        let mut write_err: Option<std::io::Error> = None;
        let report = eval::backtest_with_orders(&history, &orders, split, &options, |i, window| {
            if let (Some(w), None) = (predictions.as_mut(), &write_err) {
                let id = ids.get(i).map_or("", String::as_str);
                let line = json!({"id": id, "confidence": args.confidence, "window": window});
                if let Err(e) = io::write_json(w, &line) {
                    write_err = Some(e);
                }
            }
        });
        finish_predictions(predictions, write_err)?;
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
        out.flush()?;
        print_table(&mut err, &report)?;
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn create_predictions(path: Option<&PathBuf>) -> Result<Option<BufWriter<File>>, std::io::Error> {
    path.map(|p| File::create(p).map(BufWriter::new))
        .transpose()
}

/// The first write error, else the flush.
fn finish_predictions(
    predictions: Option<BufWriter<File>>,
    write_err: Option<std::io::Error>,
) -> Result<(), std::io::Error> {
    if let Some(e) = write_err {
        return Err(e);
    }
    predictions.map_or(Ok(()), |mut w| w.flush())
}

fn cell(s: &Score) -> String {
    format!(
        "{:>5.3} {:>5.1} {:>6.1}",
        s.coverage(),
        s.mean_width(),
        s.mean_interval_score()
    )
}

fn row(w: &mut impl Write, label: &str, s: &Scores) -> std::io::Result<()> {
    writeln!(
        w,
        "{:<10} {:>5} | {} | {} | {}",
        label,
        s.model.n,
        cell(&s.model),
        cell(&s.shop_promise),
        cell(&s.lane_quantile)
    )
}

fn header(w: &mut impl Write, first: &str) -> std::io::Result<()> {
    writeln!(
        w,
        "{:<10} {:>5} | {:>18} | {:>18} | {:>18}",
        first, "n", "model cov/wid/IS", "shop cov/wid/IS", "laneq cov/wid/IS"
    )
}

fn print_table(w: &mut impl Write, r: &BacktestReport) -> std::io::Result<()> {
    header(w, "month")?;
    for (m, s) in &r.by_month {
        row(w, m, s)?;
    }
    row(w, "all", &r.overall)
}

fn print_rolling(w: &mut impl Write, r: &RollingReport) -> std::io::Result<()> {
    header(w, "split")?;
    for s in &r.splits {
        row(w, &s.split_at.format("%Y-%m-%d").to_string(), &s.scores)?;
    }
    let all = GroupMeans {
        model: r.model,
        shop_promise: r.shop_promise,
        lane_quantile: r.lane_quantile,
        width_vs_shop: r.width_vs_shop,
    };
    let mut groups = vec![("all months", &all)];
    if let (Some(sel), Some(held)) = (&r.selection, &r.held_out) {
        groups.insert(0, ("selection months", sel));
        groups.insert(1, ("held-out months", held));
        if let Some(from) = r.options.hold_out_from {
            writeln!(
                w,
                "held-out months: the splits from {} on (--hold-out-from)",
                from.format("%Y-%m-%d")
            )?;
        }
    }
    for (group, g) in groups {
        for (name, m) in [
            ("model", &g.model),
            ("shop", &g.shop_promise),
            ("lane_q", &g.lane_quantile),
        ] {
            writeln!(
                w,
                "{group}, mean over {} splits, {name}: coverage {:.3} (months {:.3}-{:.3}, \
                 {} in 0.88-0.93), width {:.1}, interval score {:.2}",
                m.splits,
                m.coverage,
                m.min_coverage,
                m.max_coverage,
                m.months_in_band,
                m.mean_width_days,
                m.interval_score
            )?;
        }
        writeln!(
            w,
            "{group}: model width / shop width {:.3}",
            g.width_vs_shop
        )?;
    }
    Ok(())
}
