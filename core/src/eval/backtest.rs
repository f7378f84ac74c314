//! Backtesting delivery windows on history: learn from the deliveries before a split, ask for
//! a window for every later shipment at the moment it would have been asked (order time for
//! the promise, hand-off in flight), optionally feeding deliveries into the model as they
//! happen (online), and score the model beside two baselines computed in the same run: the
//! shop's own promised date and a per-lane quantile of calendar days.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize};

use super::score::{Score, quantile};
use crate::estimate::{CompletedShipment, Days, DeliveryWindow, LearnOptions, PlacedOrder};
use crate::estimate::{TransitModel, WindowQuery};
use crate::lane::Lane;

/// Which question a backtest asks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Mode {
    /// The checkout promise, asked at order time.
    #[default]
    Promise,
    /// The in-flight window, asked at hand-off.
    InFlight,
}

/// How a backtest runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct BacktestOptions {
    /// Which question to score.
    pub mode: Mode,
    /// Feed every delivery into the model once it has happened, before each question.
    pub online: bool,
    /// Window confidence (0.9: a window should hold 90% of deliveries).
    pub confidence: f64,
    /// How the model under test learns.
    pub learn: LearnOptions,
    /// Ask only about orders placed before this time (all later orders when `None`).
    pub test_until: Option<DateTime<Utc>>,
}

impl Default for BacktestOptions {
    fn default() -> Self {
        BacktestOptions {
            mode: Mode::Promise,
            online: false,
            confidence: 0.9,
            learn: LearnOptions::default(),
            test_until: None,
        }
    }
}

/// The model and both baselines, scored on the same questions.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Scores {
    /// The transit model under test.
    pub model: Score,
    /// The shop's promise: the window from the ask date to the promised date (central day:
    /// the promised date). Only questions with a promise.
    pub shop_promise: Score,
    /// Per lane (origin region -> destination region), the median and the
    /// confidence-quantile of calendar days from ask to delivery in the training data: the
    /// window from the ask date to that quantile (the whole training set when the lane has
    /// fewer than 10 deliveries).
    pub lane_quantile: Score,
}

impl Scores {
    /// Adds another set of totals.
    pub fn merge(&mut self, o: &Scores) {
        self.model.merge(&o.model);
        self.shop_promise.merge(&o.shop_promise);
        self.lane_quantile.merge(&o.lane_quantile);
    }
}

/// The JSON shape of [`Scores`]: the summaries (means) of the three predictors.
#[derive(schemars::JsonSchema)]
#[allow(dead_code)] // only its schema is used
struct ScoresShape {
    /// The transit model under test.
    model: super::score::Summary,
    /// The shop's promise (questions with a promise only).
    shop_promise: super::score::Summary,
    /// The per-lane quantile baseline.
    lane_quantile: super::score::Summary,
}

impl schemars::JsonSchema for Scores {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Scores".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ScoresShape::json_schema(generator)
    }
}

/// Serialized as the summaries (means) of the three predictors.
impl Serialize for Scores {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Scores", 3)?;
        st.serialize_field("model", &self.model.summary())?;
        st.serialize_field("shop_promise", &self.shop_promise.summary())?;
        st.serialize_field("lane_quantile", &self.lane_quantile.summary())?;
        st.end()
    }
}

/// What a backtest found.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct BacktestReport {
    /// The question scored.
    pub mode: Mode,
    /// Window confidence.
    pub confidence: f64,
    /// Learned from deliveries before this time.
    pub split_at: DateTime<Utc>,
    /// Whether deliveries were fed in as they happened.
    pub online: bool,
    /// Deliveries learned from before the split.
    pub trained_on: usize,
    /// Questions asked (delivered shipments ordered from the split on).
    pub questions: usize,
    /// All questions.
    pub overall: Scores,
    /// By month of the ask (`YYYY-MM`, destination's calendar).
    pub by_month: BTreeMap<String, Scores>,
}

/// One question: a delivered shipment asked about at `ask`.
struct Question {
    index: usize,
    ask: DateTime<Utc>,
    query: WindowQuery,
    truth: NaiveDate,
    ask_date: NaiveDate,
    promised_by: Option<NaiveDate>,
    lane: String,
}

/// Per-lane calendar-day durations from the training data, sorted.
struct LaneQuantiles {
    by_lane: HashMap<String, Vec<i64>>,
    all: Vec<i64>,
}

/// Lanes with fewer training deliveries use the whole training set.
const LANE_MIN: usize = 10;

impl LaneQuantiles {
    fn learn(train: &[&CompletedShipment], mode: Mode) -> LaneQuantiles {
        let mut lq = LaneQuantiles {
            by_lane: HashMap::new(),
            all: Vec::new(),
        };
        for c in train {
            let Some(ask) = ask_of(mode, c) else { continue };
            let days = dest_days(&c.lane);
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
        lq
    }

    /// (median, `q`-quantile) in calendar days from the ask.
    fn window(&self, lane: &str, q: f64) -> (i64, i64) {
        let v = match self.by_lane.get(lane) {
            Some(v) if v.len() >= LANE_MIN => v,
            _ => &self.all,
        };
        (
            quantile(v, 0.5).unwrap_or(0),
            quantile(v, q).unwrap_or(0).max(0),
        )
    }
}

fn lane_label(l: &Lane) -> String {
    l.route()
}

pub(crate) fn dest_days(lane: &Lane) -> Days {
    Days::for_place(
        lane.destination.country.as_deref(),
        lane.destination.region.as_deref(),
    )
}

/// The moment a window is asked, per mode.
fn ask_of(mode: Mode, c: &CompletedShipment) -> Option<DateTime<Utc>> {
    match mode {
        Mode::Promise => c.ordered_at,
        Mode::InFlight => c.shipped_at,
    }
}

fn query_of(mode: Mode, c: &CompletedShipment, ask: DateTime<Utc>) -> WindowQuery {
    match mode {
        Mode::Promise => WindowQuery {
            promised_by: c.promised_by,
            ..WindowQuery::promise(&c.lane, ask)
        },
        Mode::InFlight => WindowQuery {
            lane: c.lane.clone(),
            ordered_at: c.ordered_at,
            shipped_at: c.shipped_at,
            carrier_estimate: c.carrier_estimate,
            promised_by: c.promised_by,
            ..WindowQuery::default()
        },
    }
}

/// Backtests windows on `history` (delivered shipments, any order) split at `split_at`: see
/// the module docs. Deterministic: the same history and options give the same report.
///
/// ```
/// use chrono::{Duration, TimeZone, Utc};
/// use tracking_core::estimate::{CompletedShipment, Lane, Place};
/// use tracking_core::eval::{BacktestOptions, backtest};
/// let lane = Lane::new(None, None, Place::new(Some("BR"), Some("SP")),
///     Place::new(Some("BR"), Some("RJ")));
/// let start = Utc.with_ymd_and_hms(2024, 1, 1, 9, 0, 0).unwrap();
/// let history: Vec<CompletedShipment> = (0..300).map(|i| {
///     let ordered = start + Duration::hours(12 * i);
///     CompletedShipment {
///         lane: lane.clone(),
///         ordered_at: Some(ordered),
///         shipped_at: Some(ordered + Duration::days(1)),
///         delivered_at: ordered + Duration::days(4 + i % 5),
///         carrier_estimate: None,
///         promised_by: Some((ordered + Duration::days(14)).date_naive()),
///         order_id: None,
///     }
/// }).collect();
/// let split = Utc.with_ymd_and_hms(2024, 4, 1, 0, 0, 0).unwrap();
/// let r = backtest(&history, split, &BacktestOptions::default());
/// assert!(r.questions > 0);
/// assert!(r.overall.model.coverage() > 0.8);
/// // Far narrower than the shop's two-week promise, so a better interval score.
/// assert!(r.overall.model.mean_interval_score() < r.overall.shop_promise.mean_interval_score());
/// ```
pub fn backtest(
    history: &[CompletedShipment],
    split_at: DateTime<Utc>,
    options: &BacktestOptions,
) -> BacktestReport {
    backtest_each(history, split_at, options, |_, _| {})
}

/// [`backtest`], calling `each(index into history, window)` for every question in the order
/// asked (to write per-shipment predictions).
///
/// The orders noted are those of `history`, delivered orders only: for the counting the
/// product uses (every placed order, delivered or not) see [`backtest_with_orders`].
pub fn backtest_each(
    history: &[CompletedShipment],
    split_at: DateTime<Utc>,
    options: &BacktestOptions,
    each: impl FnMut(usize, Option<&DeliveryWindow>),
) -> BacktestReport {
    backtest_with_orders(history, &delivered_orders(history), split_at, options, each)
}

/// The orders of a delivered history (ids: their order ids, else their indexes): what the
/// backtest notes when no other orders are given.
pub(super) fn delivered_orders(history: &[CompletedShipment]) -> Vec<PlacedOrder> {
    history
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            Some(PlacedOrder {
                id: c.order_id.clone().unwrap_or_else(|| i.to_string()),
                lane: c.lane.clone(),
                placed_at: c.ordered_at.or(c.shipped_at)?,
                promised_by: c.promised_by,
            })
        })
        .collect()
}

/// [`backtest_each`], noting `orders` (every order placed, delivered or not) as a live shop
/// backend would: at the split, those placed in the [`crate::estimate::NOTED_KEEP_DAYS`]
/// days before it (a backend's backfill when it starts), then each as its placed time
/// passes, in either mode (an order's existence is known when it is placed, its delivery
/// only once it happens). The model's learned counts (delivered orders of the training
/// history) are kept apart and read only until the noted ones can be read.
pub fn backtest_with_orders(
    history: &[CompletedShipment],
    orders: &[PlacedOrder],
    split_at: DateTime<Utc>,
    options: &BacktestOptions,
    mut each: impl FnMut(usize, Option<&DeliveryWindow>),
) -> BacktestReport {
    let mode = options.mode;
    let confidence = if options.confidence.is_finite() {
        options.confidence.clamp(0.05, 0.999)
    } else {
        0.9
    };
    let alpha = 1.0 - confidence;
    // Training: deliveries that happened before the split (no look-ahead).
    let train: Vec<&CompletedShipment> = history
        .iter()
        .filter(|c| c.delivered_at < split_at)
        .collect();
    let owned: Vec<CompletedShipment> = train.iter().map(|c| (*c).clone()).collect();
    let mut model = TransitModel::learn_with(&owned, options.learn.clone());
    let lq = LaneQuantiles::learn(&train, mode);

    // Questions: shipments ordered from the split on that were delivered (the truth).
    let mut questions: Vec<Question> = Vec::new();
    for (index, c) in history.iter().enumerate() {
        let Some(ordered) = c.ordered_at else {
            continue;
        };
        if ordered < split_at || options.test_until.is_some_and(|u| ordered >= u) {
            continue;
        }
        let Some(ask) = ask_of(mode, c) else { continue };
        if c.delivered_at < ask {
            continue;
        }
        let days = dest_days(&c.lane);
        questions.push(Question {
            index,
            ask,
            query: query_of(mode, c, ask),
            truth: days.local_date(c.delivered_at),
            ask_date: days.local_date(ask),
            promised_by: c.promised_by,
            lane: lane_label(&c.lane),
        });
    }
    questions.sort_by_key(|q| (q.ask, q.index));
    let mut feed: Vec<&CompletedShipment> = history
        .iter()
        .filter(|c| c.delivered_at >= split_at)
        .collect();
    feed.sort_by_key(|c| c.delivered_at);
    let mut next_feed = 0;
    // Orders are noted as they are placed (the order volume surge-widened windows read).
    let backfill = chrono::TimeDelta::try_days(i64::from(crate::estimate::NOTED_KEEP_DAYS))
        .and_then(|d| split_at.checked_sub_signed(d));
    let mut placed: Vec<&PlacedOrder> = orders
        .iter()
        .filter(|o| backfill.is_none_or(|b| o.placed_at > b))
        .collect();
    placed.sort_by_key(|o| o.placed_at);
    let mut next_order = 0;
    let online = options.online;
    let mut note = |model: &mut TransitModel, until: DateTime<Utc>, inclusive: bool| {
        while let Some(o) = placed
            .get(next_order)
            .filter(|o| o.placed_at < until || (inclusive && o.placed_at == until))
        {
            // An implausible time is skipped, as the facade would refuse it. Offline, no
            // delivery will close an open order, so orders are only counted (the surge).
            if online {
                let _ = model.note_placed(o);
            } else {
                model.count_placed(o);
            }
            next_order += 1;
        }
    };
    note(&mut model, split_at, false);

    let mut overall = Scores::default();
    let mut by_month: BTreeMap<String, Scores> = BTreeMap::new();
    for q in &questions {
        if options.online {
            while let Some(c) = feed.get(next_feed).filter(|c| c.delivered_at <= q.ask) {
                model.observe(c);
                next_feed += 1;
            }
        }
        note(&mut model, q.ask, true);
        let window = model.estimate(&q.query, q.ask, confidence);
        each(q.index, window.as_ref());
        let mut one = Scores::default();
        if let Some(w) = &window {
            one.model
                .add(q.truth, (w.earliest, w.latest, w.most_likely), alpha);
        }
        if let Some(p) = q.promised_by {
            one.shop_promise
                .add(q.truth, (q.ask_date.min(p), p, p), alpha);
        }
        let (med, hi) = lq.window(&q.lane, confidence);
        let day = |n: i64| crate::time::add_days(q.ask_date, n).unwrap_or(q.ask_date);
        one.lane_quantile
            .add(q.truth, (q.ask_date, day(hi), day(med)), alpha);
        overall.merge(&one);
        by_month
            .entry(q.ask_date.format("%Y-%m").to_string())
            .or_default()
            .merge(&one);
    }
    BacktestReport {
        mode,
        confidence,
        split_at,
        online: options.online,
        trained_on: train.len(),
        questions: questions.len(),
        overall,
        by_month,
    }
}
