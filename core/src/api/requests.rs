//! The request and response shapes of the facade's operations. Every field is documented
//! here once; the JSON Schemas under `docs/schema/` are generated from these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::estimate::DeliveryWindow;
use crate::eval::{BacktestOptions, HealthEvalOptions};
use crate::event::RawEvent;
use crate::health::HealthOptions;
use crate::message::TemplateOverride;
use crate::normalize::Normalized;
use crate::notify::{Notification, NotificationPolicy};
use crate::order::OrderInput;
use crate::snapshot::Snapshot;
use crate::timeline::ShipmentInput;

/// How an [`super::Engine`] is built. Every field is optional: `{}` gives the built-in
/// tables, published priors and built-in message texts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct EngineConfig {
    /// A saved transit model (the JSON of `TransitModel::to_json`, e.g. from `tracking-core
    /// learn`) behind delivery windows; published priors when absent.
    pub transit_model: Option<serde_json::Value>,
    /// A saved dwell model (`DwellModel::to_json`, from `tracking-core health --learn`)
    /// behind health; priors when absent.
    pub dwell_model: Option<serde_json::Value>,
    /// Tuning of the health rules.
    pub health: Option<HealthOptions>,
    /// The merchant's own message texts, replacing built-in ones.
    pub templates: Vec<TemplateOverride>,
    /// Extra normalization mappings (the overrides JSON of `Normalizer::with_overrides_json`).
    pub normalize_overrides: Option<serde_json::Value>,
}

/// `normalize`: raw carrier events to canonical statuses.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NormalizeRequest {
    /// The events, each read on its own.
    pub events: Vec<RawEvent>,
    /// Carrier for events that name none (slug, alias or name, any case).
    #[serde(default)]
    pub carrier: Option<String>,
}

/// The answer for one item of a batch: its result, or its error record.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome<T> {
    /// The item's result.
    Result(T),
    /// Why the item failed.
    Error(Error),
}

/// `normalize`'s response: one outcome per event, in input order.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct NormalizeResponse {
    /// `{"result": Normalized}` or `{"error": ErrorRecord}` per event.
    pub results: Vec<Outcome<Normalized>>,
}

/// `identify`: which carriers a tracking number may belong to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IdentifyRequest {
    /// The number as typed or scanned (separators and labels are removed).
    pub number: String,
    /// Carriers the shop uses, preferred when several match (slugs).
    #[serde(default)]
    pub carriers: Vec<String>,
    /// The shop's country (ISO 3166-1 alpha-2), preferred when several match.
    #[serde(default)]
    pub country: Option<String>,
}

/// `validate`: whether a number is valid for one carrier.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ValidateRequest {
    /// The number.
    pub number: String,
    /// The carrier (slug, alias or name).
    pub carrier: String,
    /// Language of a refused look-alike's `reason` (`de`, `pt-BR`); `en` when absent.
    #[serde(default)]
    pub locale: Option<String>,
}

/// `track`: the full snapshot of one shipment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TrackRequest {
    /// The shipment. Its own `as_of`, when set, replaces `now` (see the time policy).
    pub shipment: ShipmentInput,
    /// The clock: RFC 3339; a time without offset is read as UTC.
    pub now: String,
    /// Locale of the customer message (`de`, `pt-BR`); `en` when absent.
    #[serde(default)]
    pub locale: Option<String>,
}

/// `estimate`: the delivery window of one shipment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct EstimateRequest {
    /// The shipment.
    pub shipment: ShipmentInput,
    /// The clock, as in `track`.
    pub now: String,
    /// Confidence of the window, between 0 and 1 exclusive; 0.9 when absent.
    #[serde(default)]
    pub confidence: Option<f64>,
}

/// `estimate`'s response.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct EstimateResponse {
    /// The window, or null when nothing is known to estimate from.
    pub window: Option<DeliveryWindow>,
}

/// `assess`: the health of one shipment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AssessRequest {
    /// The shipment.
    pub shipment: ShipmentInput,
    /// The clock, as in `track`.
    pub now: String,
    /// Language of the explanation and action (BCP 47 tag, default `en`).
    #[serde(default)]
    pub locale: Option<String>,
}

/// `render`: the customer message of a snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RenderRequest {
    /// A snapshot as `track` returned it.
    pub snapshot: Snapshot,
    /// Locale (`de`, `pt-BR`); `en` when absent.
    #[serde(default)]
    pub locale: Option<String>,
    /// The clock, as in `track`: an out-for-delivery scan from an earlier local day is no
    /// longer "today". Absent: the snapshot's window decides (see `MessageCatalog::render`).
    #[serde(default)]
    pub now: Option<String>,
}

/// `decide`: what to tell the customer now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DecideRequest {
    /// The snapshot the customer was last told about (null for a new shipment).
    #[serde(default)]
    pub previous: Option<Snapshot>,
    /// The current snapshot.
    pub current: Snapshot,
    /// The merchant's policy; the default policy when absent.
    #[serde(default)]
    pub policy: Option<NotificationPolicy>,
    /// The clock (quiet hours are judged at it), as in `track`.
    pub now: String,
}

/// `decide`'s response.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct DecideResponse {
    /// What to send (empty: nothing now).
    pub notifications: Vec<Notification>,
}

/// `report`: analytics over many shipments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ReportRequest {
    /// The shipments (completed or not).
    pub shipments: Vec<ShipmentInput>,
    /// The clock, as in `track`.
    pub now: String,
}

/// `order`: one order made of several shipments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct OrderRequest {
    /// The order.
    pub order: OrderInput,
    /// The clock, as in `track`.
    pub now: String,
    /// Language of the order headline and of each parcel's message (BCP 47 tag, default
    /// `en`).
    #[serde(default)]
    pub locale: Option<String>,
}

/// `backtest`: learn windows from deliveries before a split, ask about every later order,
/// and score the answers against what happened (beside the shop's promise and a per-lane
/// quantile), as `tracking-core backtest` does.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct BacktestRequest {
    /// The history, completed or not (only delivered shipments are learned from and asked
    /// about).
    pub shipments: Vec<ShipmentInput>,
    /// Learn from deliveries before this instant; ask about orders from it on (RFC 3339, a
    /// time without offset is UTC).
    pub split_at: String,
    /// The clock the history is read at, as in `track`.
    pub now: String,
    /// Mode, confidence, online learning, learning settings; the defaults when absent.
    #[serde(default)]
    pub options: BacktestOptions,
}

/// `health_replay`: learn dwell and transit models from shipments ordered and delivered
/// before a split, then replay every later shipment day by day from hand-off, with those
/// models and with the published priors alone, counting false alarms and how early the
/// parcels that never arrived were flagged.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct HealthReplayRequest {
    /// The history, completed or not.
    pub shipments: Vec<ShipmentInput>,
    /// The split instant, as in `backtest`.
    pub split_at: String,
    /// The clock the history is read at, as in `track`.
    pub now: String,
    /// Health options, online learning and the follow-up horizon; the defaults when absent.
    #[serde(default)]
    pub options: HealthEvalOptions,
}

/// `note_orders`: orders as they are placed, counted in the order volume that widens
/// delivery windows during a surge (docs/windows-and-health.md).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NoteOrdersRequest {
    /// The orders, every one placed (delivered or not); each id is counted once, so sending
    /// the same orders again is harmless.
    pub orders: Vec<PlacedOrderInput>,
    /// The clock, as in `track`: an order placed more than a day after it is refused (one
    /// far-future time would push every kept day out).
    pub now: String,
}

/// One placed order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PlacedOrderInput {
    /// The shop's order id (not empty).
    pub id: String,
    /// The carrier it ships with, when known (slug, alias or name, any case): its own
    /// counts are read once busy enough, all carriers' otherwise.
    #[serde(default)]
    pub carrier: Option<String>,
    /// When it was placed: RFC 3339 (a time without offset is UTC).
    pub placed_at: String,
    /// Where it ships from, when known: with `destination` and `promised_by`, the promise
    /// window the order is kept open against is the one the customer saw (see
    /// docs/windows-and-health.md, "Open orders").
    #[serde(default)]
    pub origin: Option<crate::event::Location>,
    /// Where it goes, when known.
    #[serde(default)]
    pub destination: Option<crate::event::Location>,
    /// The shop's promised delivery date shown at checkout (`YYYY-MM-DD`), when it shows one.
    #[serde(default)]
    pub promised_by: Option<String>,
}

/// `note_orders`' response: one outcome per order, in input order, and the totals.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct NoteOrdersResponse {
    /// `{"result": "counted" | "duplicate" | "too_old"}` or `{"error": ErrorRecord}` per
    /// order.
    pub results: Vec<Outcome<crate::estimate::NoteOutcome>>,
    /// How many orders were counted.
    pub counted: usize,
}
