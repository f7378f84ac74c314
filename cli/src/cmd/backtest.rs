//! `tracking-core backtest HISTORY --split-at DATE`: learn from deliveries before the split,
//! ask for a window for every later shipment at the moment it would have been asked (order
//! time for the promise, hand-off in flight), optionally feeding deliveries into the model as
//! they happen (`--online`), and score coverage, mean width and most-likely error beside two
//! baselines computed in the same run: the shop's own promised date and a per-lane quantile.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;
use tracking_core::estimate::{
    CompletedShipment, Days, DeliveryWindow, LaneKey, LearnOptions, TransitModel, WindowQuery,
};
use tracking_core::normalize::Normalizer;
use tracking_core::timeline::{Shipment, ShipmentInput};

use super::CmdResult;
use super::estimate::check_confidence;
use super::parse_now;
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
#[command(after_help = r#"\
Input: shipment history, JSON lines (as for `learn`), with `promised_by` for the shop baseline.
Output: coverage, mean width and mean absolute error per month for the model, the shop's
  promise and a per-lane quantile baseline, as one JSON document on stdout (a table on
  stderr). Lines that could not be read are listed in its "errors" field as
  {"line": N, "error": {"kind", "message"}}.

Example:
  $ tracking-core backtest examples/python/history.sample.jsonl --split-at 2024-04-01"#)]
pub struct Args {
    /// Shipment history, JSON lines.
    pub history: PathBuf,
    /// Learn from deliveries before this date (`YYYY-MM-DD` or RFC 3339), test after it.
    #[arg(long)]
    pub split_at: String,
    /// Which question to score.
    #[arg(long, value_enum, default_value_t = Mode::Promise)]
    pub mode: Mode,
    /// Feed each delivery into the model once it has happened before a question is asked.
    #[arg(long)]
    pub online: bool,
    /// Write per-shipment predictions (`{"id","window"}` lines) here.
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
}

/// Coverage, width and error of one predictor over a set of questions.
#[derive(Default, Clone, Serialize)]
struct Score {
    n: usize,
    covered: usize,
    width_days: f64,
    abs_err_days: f64,
}

impl Score {
    fn add(&mut self, truth: NaiveDate, earliest: NaiveDate, latest: NaiveDate, ml: NaiveDate) {
        self.n += 1;
        if truth >= earliest && truth <= latest {
            self.covered += 1;
        }
        self.width_days += ((latest - earliest).num_days() + 1) as f64;
        self.abs_err_days += (truth - ml).num_days().abs() as f64;
    }

    fn summary(&self) -> serde_json::Value {
        let n = self.n.max(1) as f64;
        json!({
            "n": self.n,
            "coverage": round(self.covered as f64 / n),
            "mean_width_days": round(self.width_days / n),
            "mae_days": round(self.abs_err_days / n),
        })
    }
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[derive(Default, Clone)]
struct Scores {
    model: Score,
    promise: Score,
    lane_quantile: Score,
}

struct Question {
    id: String,
    ask: DateTime<Utc>,
    query: WindowQuery,
    truth: NaiveDate,
    ask_date: NaiveDate,
    promised_by: Option<NaiveDate>,
    lane: String,
}

/// Per-lane (origin -> destination) calendar-day quantile windows learned from training.
struct LaneQuantiles {
    by_lane: HashMap<String, Vec<i64>>,
    all: Vec<i64>,
}

impl LaneQuantiles {
    fn window(&self, lane: &str, q: f64) -> (i64, i64) {
        let v = match self.by_lane.get(lane) {
            Some(v) if v.len() >= 10 => v,
            _ => &self.all,
        };
        (quantile(v, 0.5), quantile(v, q))
    }
}

fn quantile(sorted: &[i64], q: f64) -> i64 {
    if sorted.is_empty() {
        return 0;
    }
    let i = ((sorted.len() as f64 * q).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted.get(i).copied().unwrap_or(0)
}

/// The moment the window is asked and the duration the lane baseline learns, per mode.
fn ask_of(mode: Mode, c: &CompletedShipment) -> Option<DateTime<Utc>> {
    match mode {
        Mode::Promise => c.ordered_at,
        Mode::Inflight => c.shipped_at,
    }
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    check_confidence(args.confidence)?;
    let split = match NaiveDate::parse_from_str(args.split_at.trim(), "%Y-%m-%d") {
        Ok(d) => d
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc())
            .ok_or("bad --split-at")?,
        Err(_) => parse_now(&args.split_at)?,
    };
    let normalizer = Normalizer::new();
    let now = super::system_now();
    let mut errors = Vec::new();
    let mut records: Vec<(Shipment, Option<CompletedShipment>)> = Vec::new();
    let failed = io::for_each_line(
        io::open_input(Some(&args.history))?,
        &mut errors,
        |line, _| {
            let input: ShipmentInput = serde_json::from_str(line).map_err(io::json_err)?;
            let (s, _) = Shipment::from_input(input, &normalizer, now).map_err(io::core_err)?;
            let c = CompletedShipment::from_shipment(&s);
            records.push((s, c));
            Ok(())
        },
    )?;

    // Training: deliveries that happened before the split (no look-ahead).
    let train: Vec<CompletedShipment> = records
        .iter()
        .filter_map(|(_, c)| c.clone())
        .filter(|c| c.delivered_at < split)
        .collect();
    let options = LearnOptions {
        half_life_days: args.half_life_days,
        prior_strength: args.prior_strength,
    };
    let model_train = TransitModel::learn_with(&train, options);
    let mut model = model_train.clone();
    let lane_label = |l: &LaneKey| format!("{}>{}", l.origin.label(), l.destination.label());
    let mut lq = LaneQuantiles {
        by_lane: HashMap::new(),
        all: Vec::new(),
    };
    for c in &train {
        let days = dest_days(&c.lane);
        let Some(ask) = ask_of(args.mode, c) else {
            continue;
        };
        let d = (days.local_date(c.delivered_at) - days.local_date(ask)).num_days();
        if d < 0 {
            continue;
        }
        lq.by_lane.entry(lane_label(&c.lane)).or_default().push(d);
        lq.all.push(d);
    }
    lq.all.sort_unstable();
    for v in lq.by_lane.values_mut() {
        v.sort_unstable();
    }

    // Questions: shipments ordered after the split that were delivered (the truth).
    let mut questions: Vec<Question> = Vec::new();
    for (s, c) in &records {
        let Some(c) = c else { continue };
        if c.ordered_at.is_none_or(|o| o < split) {
            continue;
        }
        let Some(ask) = ask_of(args.mode, c) else {
            continue;
        };
        if c.delivered_at < ask {
            continue;
        }
        let days = dest_days(&c.lane);
        let query = match args.mode {
            Mode::Promise => WindowQuery {
                promised_by: c.promised_by,
                ..WindowQuery::promise(&c.lane, ask)
            },
            Mode::Inflight => WindowQuery {
                lane: c.lane.clone(),
                ordered_at: c.ordered_at,
                shipped_at: c.shipped_at,
                carrier_estimate: c.carrier_estimate,
                promised_by: c.promised_by,
                ..WindowQuery::default()
            },
        };
        questions.push(Question {
            id: s.id.clone(),
            ask,
            query,
            truth: days.local_date(c.delivered_at),
            ask_date: days.local_date(ask),
            promised_by: s.promised_by,
            lane: lane_label(&c.lane),
        });
    }
    questions.sort_by_key(|q| q.ask);
    let mut feed: Vec<&CompletedShipment> = records
        .iter()
        .filter_map(|(_, c)| c.as_ref())
        .filter(|c| c.delivered_at >= split)
        .collect();
    feed.sort_by_key(|c| c.delivered_at);
    let mut next_feed = 0;

    let mut predictions: Option<BufWriter<File>> = match &args.predictions {
        Some(p) => Some(BufWriter::new(File::create(p)?)),
        None => None,
    };
    let mut overall = Scores::default();
    let mut by_month: BTreeMap<String, Scores> = BTreeMap::new();
    for q in &questions {
        if args.online {
            while let Some(c) = feed.get(next_feed).filter(|c| c.delivered_at <= q.ask) {
                model.observe(c);
                next_feed += 1;
            }
        }
        let window: Option<DeliveryWindow> = model.estimate(&q.query, q.ask, args.confidence);
        if let Some(w) = predictions.as_mut() {
            io::write_json(w, &json!({"id": q.id, "window": window}))?;
        }
        let month = q.ask_date.format("%Y-%m").to_string();
        let slot = by_month.entry(month).or_default();
        for sc in [&mut overall, slot] {
            if let Some(w) = &window {
                sc.model.add(q.truth, w.earliest, w.latest, w.most_likely);
            }
            if let Some(p) = q.promised_by {
                sc.promise.add(q.truth, q.ask_date.min(p), p, p);
            }
            let (med, hi) = lq.window(&q.lane, args.confidence);
            let d = |n: i64| tracking_core::time::add_days(q.ask_date, n).unwrap_or(q.ask_date);
            sc.lane_quantile.add(q.truth, q.ask_date, d(hi), d(med));
        }
    }
    if let Some(w) = predictions.as_mut() {
        w.flush()?;
    }

    let show = |s: &Scores| {
        json!({"model": s.model.summary(), "shop_promise": s.promise.summary(),
               "lane_quantile": s.lane_quantile.summary()})
    };
    let summary = json!({
        "mode": format!("{:?}", args.mode).to_lowercase(),
        "confidence": args.confidence,
        "split_at": split.to_rfc3339(),
        "online": args.online,
        "trained_on": train.len(),
        "questions": questions.len(),
        "overall": show(&overall),
        "by_month": by_month.iter().map(|(m, s)| (m.clone(), show(s))).collect::<BTreeMap<_, _>>(),
        "errors": io::collected_errors(&errors),
    });
    let mut out = io::stdout();
    serde_json::to_writer_pretty(&mut out, &summary)?;
    writeln!(out)?;
    out.flush()?;
    print_table(&mut std::io::stderr().lock(), &overall, &by_month)?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn dest_days(lane: &LaneKey) -> Days {
    Days::for_place(
        lane.destination.country.as_deref(),
        lane.destination.region.as_deref(),
    )
}

fn print_table(
    w: &mut impl Write,
    overall: &Scores,
    by_month: &BTreeMap<String, Scores>,
) -> std::io::Result<()> {
    writeln!(
        w,
        "{:<8} {:>5} | {:>17} | {:>17} | {:>17}",
        "month", "n", "model cov/wid/mae", "shop cov/wid/mae", "laneq cov/wid/mae"
    )?;
    let cell = |s: &Score| {
        let n = s.n.max(1) as f64;
        format!(
            "{:>5.3} {:>5.1} {:>5.1}",
            s.covered as f64 / n,
            s.width_days / n,
            s.abs_err_days / n
        )
    };
    for (m, s) in by_month
        .iter()
        .chain(std::iter::once((&"all".to_string(), overall)))
    {
        writeln!(
            w,
            "{:<8} {:>5} | {} | {} | {}",
            m,
            s.model.n,
            cell(&s.model),
            cell(&s.promise),
            cell(&s.lane_quantile)
        )?;
    }
    Ok(())
}
