//! The binding facade: every operation of the core as one JSON-in/JSON-out call.
//!
//! Bindings (Python, Node, Swift/Kotlin) and any other host may only convert; this module is
//! what they convert to. Each operation takes one JSON request object and returns one JSON
//! response, or an error record `{"kind": "...", "message": "...", ...data}` whose `kind` is
//! one of [`ErrorKind::ALL`]. The request and response shapes are Rust types here
//! ([`requests`]), so the same types give the JSON Schemas committed under `docs/schema/`
//! ([`schema`]).
//!
//! ```
//! use tracking_core::api::Engine;
//!
//! let engine = Engine::default();
//! let out = engine.call("identify", r#"{"number":"1Z999AA10123456784"}"#).unwrap();
//! let v: serde_json::Value = serde_json::from_str(&out).unwrap();
//! assert_eq!(v["candidates"][0]["carrier"], "ups");
//!
//! let err = engine.call("track", r#"{"shipment":{"id":"A"},"now":"yesterday"}"#).unwrap_err();
//! assert_eq!(err.kind().code(), "invalid_time");
//! ```
//!
//! An [`Engine`] holds what is costly to build (normalizer overrides, learned models, message
//! templates) and is shared by reference: every call takes `&self`. It is configured once from
//! JSON ([`EngineConfig`]).

pub mod batch;
pub mod conformance;
pub mod requests;
pub mod schema;

use std::str::FromStr;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Error, ErrorKind};
use crate::estimate::TransitModel;
use crate::health::DwellModel;
use crate::message::{DEFAULT_LOCALE, MessageCatalog};
use crate::normalize::Normalizer;
use crate::notify;
use crate::order::Order;
use crate::pipeline::Tracker;
use crate::timeline::Shipment;
use crate::tracking_number::{self, Hint};

pub use requests::*;

/// One operation of the facade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operation {
    /// Raw events to canonical statuses ([`NormalizeRequest`] -> [`NormalizeResponse`]).
    Normalize,
    /// Which carrier a tracking number belongs to ([`IdentifyRequest`] ->
    /// [`crate::tracking_number::Identification`]).
    Identify,
    /// Whether a number is valid for one carrier ([`ValidateRequest`] ->
    /// [`crate::tracking_number::Candidate`], or `invalid_tracking_number`).
    Validate,
    /// The full snapshot of a shipment ([`TrackRequest`] -> [`crate::snapshot::Snapshot`]).
    Track,
    /// The delivery window of a shipment ([`EstimateRequest`] -> [`EstimateResponse`]).
    Estimate,
    /// The health of a shipment ([`AssessRequest`] -> [`crate::health::Health`]).
    Assess,
    /// The customer message of a snapshot ([`RenderRequest`] -> [`crate::message::Message`]).
    Render,
    /// What to tell the customer now ([`DecideRequest`] -> [`DecideResponse`]).
    Decide,
    /// Analytics over many shipments ([`ReportRequest`] -> [`crate::analytics::Report`]).
    Report,
    /// One order of several shipments ([`OrderRequest`] -> [`crate::order::OrderSnapshot`]).
    Order,
    /// Windows scored on history ([`BacktestRequest`] -> [`crate::eval::BacktestReport`]).
    Backtest,
    /// Health replayed on history ([`HealthReplayRequest`] ->
    /// [`crate::eval::HealthEvalReport`]).
    HealthReplay,
    /// Placed orders counted for surge-widened windows ([`NoteOrdersRequest`] ->
    /// [`NoteOrdersResponse`]).
    NoteOrders,
}

impl Operation {
    /// Every operation, in documentation order.
    pub const ALL: &'static [Operation] = &[
        Operation::Normalize,
        Operation::Identify,
        Operation::Validate,
        Operation::Track,
        Operation::Estimate,
        Operation::Assess,
        Operation::Render,
        Operation::Decide,
        Operation::Report,
        Operation::Order,
        Operation::Backtest,
        Operation::HealthReplay,
        Operation::NoteOrders,
    ];

    /// The operation's stable name (`track`), as passed to [`Engine::call`].
    pub const fn code(self) -> &'static str {
        match self {
            Operation::Normalize => "normalize",
            Operation::Identify => "identify",
            Operation::Validate => "validate",
            Operation::Track => "track",
            Operation::Estimate => "estimate",
            Operation::Assess => "assess",
            Operation::Render => "render",
            Operation::Decide => "decide",
            Operation::Report => "report",
            Operation::Order => "order",
            Operation::Backtest => "backtest",
            Operation::HealthReplay => "health_replay",
            Operation::NoteOrders => "note_orders",
        }
    }
}

impl std::fmt::Display for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Operation {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Operation::ALL
            .iter()
            .copied()
            .find(|o| o.code() == s)
            .ok_or_else(|| Error::InvalidInput {
                field: "operation".into(),
                reason: format!(
                    "unknown operation `{s}` (expected one of: {})",
                    Operation::ALL
                        .iter()
                        .map(|o| o.code())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })
    }
}

/// Everything the operations run with besides their requests: the normalizer, the models
/// behind windows and health, and the message catalogue. Build once, share by reference.
#[derive(Debug, Default)]
pub struct Engine {
    tracker: Tracker,
}

impl Engine {
    /// An engine from its JSON configuration ([`EngineConfig`]; `{}` for the defaults).
    ///
    /// # Errors
    /// [`Error::InvalidJson`] for a malformed configuration, [`Error::InvalidModel`] for a
    /// model that cannot be loaded, [`Error::InvalidInput`] for bad overrides.
    pub fn from_json(config: &str) -> Result<Engine, Error> {
        Engine::new(parse::<EngineConfig>(config)?)
    }

    /// An engine from its configuration.
    ///
    /// # Errors
    /// As [`Engine::from_json`].
    pub fn new(config: EngineConfig) -> Result<Engine, Error> {
        let transit = match &config.transit_model {
            Some(v) => Some(TransitModel::from_json(&v.to_string())?),
            None => None,
        };
        let dwell = match &config.dwell_model {
            Some(v) => Some(DwellModel::from_json(&v.to_string())?),
            None => None,
        };
        let normalizer = match &config.normalize_overrides {
            Some(v) => Normalizer::with_overrides_json(&v.to_string())?,
            None => Normalizer::new(),
        };
        let mut catalog = MessageCatalog::new();
        for t in config.templates {
            catalog.override_template(&t.locale, &t.key, &t.template)?;
        }
        let tracker = Tracker::new(transit, dwell.as_ref(), catalog)
            .with_normalizer(normalizer)
            .with_health_options(dwell.as_ref(), config.health.unwrap_or_default());
        Ok(Engine { tracker })
    }

    /// The tracker behind the engine (for Rust callers that mix typed and JSON calls).
    pub fn tracker(&self) -> &Tracker {
        &self.tracker
    }

    /// Runs `operation` (an [`Operation::code`]) on a JSON request and returns the JSON
    /// response.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for an unknown operation, [`Error::InvalidJson`] for a request
    /// of the wrong shape, and whatever the operation itself reports.
    pub fn call(&self, operation: &str, request: &str) -> Result<String, Error> {
        let op = Operation::from_str(operation)?;
        match op {
            Operation::Normalize => json(request, self.normalize(parse(request)?)),
            Operation::Identify => json(request, Ok(self.identify(parse(request)?))),
            Operation::Validate => json(request, self.validate(parse(request)?)),
            Operation::Track => json(request, self.track(parse(request)?)),
            Operation::Estimate => json(request, self.estimate(parse(request)?)),
            Operation::Assess => json(request, self.assess(parse(request)?)),
            Operation::Render => json(request, self.render(parse(request)?)),
            Operation::Decide => json(request, self.decide(parse(request)?)),
            Operation::Report => json(request, self.report(parse(request)?)),
            Operation::Order => json(request, self.order(parse(request)?)),
            Operation::Backtest => json(request, self.backtest(parse(request)?)),
            Operation::HealthReplay => json(request, self.health_replay(parse(request)?)),
            Operation::NoteOrders => json(request, self.note_orders(parse(request)?)),
        }
    }

    /// [`Operation::Normalize`]: one result or error record per event, in input order.
    ///
    /// # Errors
    /// None today; per-event failures are records in the response.
    pub fn normalize(&self, req: NormalizeRequest) -> Result<NormalizeResponse, Error> {
        let n = self.tracker.normalizer();
        let results = req
            .events
            .iter()
            .map(|e| match n.normalize_event(e, req.carrier.as_deref()) {
                Ok(r) => Outcome::Result(r),
                Err(e) => Outcome::Error(e),
            })
            .collect();
        Ok(NormalizeResponse { results })
    }

    /// [`Operation::Identify`].
    pub fn identify(&self, req: IdentifyRequest) -> tracking_number::Identification {
        let slugs: Vec<&str> = req.carriers.iter().map(String::as_str).collect();
        let hint = Hint {
            carriers: &slugs,
            country: req.country.as_deref(),
        };
        tracking_number::identify_with(&req.number, &hint)
    }

    /// [`Operation::Validate`].
    ///
    /// # Errors
    /// [`Error::InvalidTrackingNumber`] with the reason (a look-alike's in the request's
    /// locale, from the engine's catalogue, and its class in `look_alike`),
    /// [`Error::UnknownCarrier`].
    pub fn validate(&self, req: ValidateRequest) -> Result<tracking_number::Candidate, Error> {
        self.tracker
            .catalog()
            .validate_number(&req.number, &req.carrier, req.locale.as_deref())
    }

    /// The shipment of a request and its clock (the request's `now`, or the shipment's own
    /// `as_of`, as [`crate::timeline::ShipmentInput::clock`] says).
    fn shipment(
        &self,
        input: crate::timeline::ShipmentInput,
        now: &str,
    ) -> Result<(Shipment, chrono::DateTime<chrono::Utc>), Error> {
        let now = input.clock(crate::time::parse_now(now)?)?;
        let (s, _) = Shipment::from_input(input, self.tracker.normalizer(), now)?;
        Ok((s, now))
    }

    /// [`Operation::Track`].
    ///
    /// # Errors
    /// [`Error::InvalidTime`] for a clock or shipment-level time that cannot be read.
    pub fn track(&self, req: TrackRequest) -> Result<crate::snapshot::Snapshot, Error> {
        batch::track_one(
            &self.tracker,
            req.shipment,
            crate::time::parse_now(&req.now)?,
            req.locale.as_deref().unwrap_or(DEFAULT_LOCALE),
        )
    }

    /// [`Operation::Estimate`].
    ///
    /// # Errors
    /// As [`Engine::track`]; [`Error::InvalidInput`] for a confidence outside (0, 1).
    pub fn estimate(&self, req: EstimateRequest) -> Result<EstimateResponse, Error> {
        let confidence = req.confidence.unwrap_or(crate::pipeline::WINDOW_CONFIDENCE);
        if !(confidence > 0.0 && confidence < 1.0) {
            return Err(Error::InvalidInput {
                field: "confidence".into(),
                reason: format!("{confidence} is not between 0 and 1"),
            });
        }
        let (s, now) = self.shipment(req.shipment, &req.now)?;
        Ok(EstimateResponse {
            window: self.tracker.window_at(&s, now, confidence),
        })
    }

    /// [`Operation::Assess`].
    ///
    /// # Errors
    /// As [`Engine::track`].
    pub fn assess(&self, req: AssessRequest) -> Result<crate::health::Health, Error> {
        let (s, now) = self.shipment(req.shipment, &req.now)?;
        Ok(self
            .tracker
            .assess_in(&s, now, req.locale.as_deref().unwrap_or(DEFAULT_LOCALE)))
    }

    /// [`Operation::Render`].
    ///
    /// # Errors
    /// [`Error::InvalidTime`] for a `now` that cannot be read (an unknown locale falls back
    /// to English).
    pub fn render(&self, req: RenderRequest) -> Result<crate::message::Message, Error> {
        let catalog = self.tracker.catalog();
        let locale = req.locale.as_deref().unwrap_or(DEFAULT_LOCALE);
        Ok(match req.now.as_deref() {
            Some(now) => catalog.render_at(&req.snapshot, locale, crate::time::parse_now(now)?),
            None => catalog.render(&req.snapshot, locale),
        })
    }

    /// [`Operation::Decide`].
    ///
    /// # Errors
    /// [`Error::InvalidTime`] for a clock that cannot be read.
    pub fn decide(&self, req: DecideRequest) -> Result<DecideResponse, Error> {
        let now = crate::time::parse_now(&req.now)?;
        let policy = req.policy.unwrap_or_default();
        Ok(DecideResponse {
            notifications: notify::decide(req.previous.as_ref(), &req.current, &policy, now),
        })
    }

    /// [`Operation::Report`].
    ///
    /// # Errors
    /// The first shipment that cannot be built (a shipment-level time that cannot be read).
    pub fn report(&self, req: ReportRequest) -> Result<crate::analytics::Report, Error> {
        let now = crate::time::parse_now(&req.now)?;
        let mut builder = crate::analytics::ReportBuilder::new();
        for input in req.shipments {
            let status = input.order_status.clone();
            let (s, _) = Shipment::from_input(input, self.tracker.normalizer(), now)?;
            builder.add_with_order_status(&s, status.as_deref());
        }
        Ok(builder.finish())
    }

    /// [`Operation::Order`].
    ///
    /// # Errors
    /// As [`Engine::report`].
    pub fn order(&self, req: OrderRequest) -> Result<crate::order::OrderSnapshot, Error> {
        let now = crate::time::parse_now(&req.now)?;
        let (order, _) = Order::from_input(req.order, self.tracker.normalizer(), now)?;
        Ok(self.tracker.order_snapshot(
            &order,
            now,
            req.locale.as_deref().unwrap_or(DEFAULT_LOCALE),
        ))
    }

    /// The shipments of an evaluation request, built at its clock, and its split.
    fn history(
        &self,
        inputs: Vec<crate::timeline::ShipmentInput>,
        split_at: &str,
        now: &str,
    ) -> Result<(Vec<Shipment>, chrono::DateTime<chrono::Utc>), Error> {
        let now = crate::time::parse_now(now)?;
        let split = crate::time::parse_now(split_at).map_err(|e| match e {
            Error::InvalidTime { input, reason } => Error::InvalidTime {
                input,
                reason: format!("split_at: {reason}"),
            },
            other => other,
        })?;
        let shipments = inputs
            .into_iter()
            .map(|input| Shipment::from_input(input, self.tracker.normalizer(), now).map(|r| r.0))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((shipments, split))
    }

    /// [`Operation::Backtest`]: [`crate::eval::backtest`] over the request's history.
    ///
    /// # Errors
    /// [`Error::InvalidTime`] for a clock, split or shipment-level time that cannot be read;
    /// [`Error::InvalidInput`] for a confidence outside (0, 1).
    pub fn backtest(&self, req: BacktestRequest) -> Result<crate::eval::BacktestReport, Error> {
        crate::estimate::check_confidence(req.options.confidence).map_err(|e| match e {
            Error::InvalidInput { reason, .. } => Error::InvalidInput {
                field: "options.confidence".into(),
                reason,
            },
            other => other,
        })?;
        let (shipments, split) = self.history(req.shipments, &req.split_at, &req.now)?;
        let completed: Vec<crate::estimate::CompletedShipment> = shipments
            .iter()
            .filter_map(crate::estimate::CompletedShipment::from_shipment)
            .collect();
        // Every order placed, delivered or not, noted as a shop backend would.
        let orders: Vec<crate::estimate::PlacedOrder> = shipments
            .iter()
            .filter_map(crate::estimate::PlacedOrder::from_shipment)
            .collect();
        Ok(crate::eval::backtest_with_orders(
            &completed,
            &orders,
            split,
            &req.options,
            |_, _| {},
        ))
    }

    /// [`Operation::HealthReplay`]: [`crate::eval::health_eval`] over the request's history.
    ///
    /// # Errors
    /// [`Error::InvalidTime`] as [`Engine::backtest`]; [`Error::InvalidInput`] for bad health
    /// options or a horizon below one day.
    pub fn health_replay(
        &self,
        req: HealthReplayRequest,
    ) -> Result<crate::eval::HealthEvalReport, Error> {
        // The replay's own options are named by their path in the request (the health
        // options keep their bare names, as `track`'s do).
        req.options.validate().map_err(|e| match e {
            Error::InvalidInput { field, reason }
                if matches!(
                    field.as_str(),
                    "horizon_days" | "hazard_alarm_rate" | "hazard_mature_days"
                ) =>
            {
                Error::InvalidInput {
                    field: format!("options.{field}"),
                    reason,
                }
            }
            e => e,
        })?;
        let (shipments, split) = self.history(req.shipments, &req.split_at, &req.now)?;
        Ok(crate::eval::health_eval(&shipments, split, &req.options))
    }
}

impl Engine {
    /// [`Operation::NoteOrders`]: see [`note_orders`].
    ///
    /// # Errors
    /// As [`note_orders`].
    pub fn note_orders(&self, req: NoteOrdersRequest) -> Result<NoteOrdersResponse, Error> {
        note_orders(&self.tracker, req)
    }
}

/// [`Operation::NoteOrders`] on `tracker`: reads each order (its carrier settled as a lane's
/// is), refuses what cannot be counted with an error record in its place, and notes the rest
/// ([`Tracker::note_orders`]). The bindings' trackers call this, so every surface reads
/// orders by the same rules.
///
/// # Errors
/// [`Error::InvalidTime`] for a clock that cannot be read. Per order (in the response):
/// [`Error::InvalidInput`] for an empty id or an order placed more than a day after the
/// clock, [`Error::InvalidTime`] for an order time that cannot be read or is implausible.
pub fn note_orders(tracker: &Tracker, req: NoteOrdersRequest) -> Result<NoteOrdersResponse, Error> {
    let now = crate::time::parse_now(&req.now)?;
    let latest = crate::time::add_hours(now, 24).unwrap_or(now);
    let read = |i: usize, o: PlacedOrderInput| -> Result<crate::estimate::PlacedOrder, Error> {
        if o.id.trim().is_empty() {
            return Err(Error::InvalidInput {
                field: format!("orders[{i}].id"),
                reason: "an order id must not be empty".into(),
            });
        }
        let placed_at = crate::time::parse_now(&o.placed_at)?;
        if placed_at > latest {
            return Err(Error::InvalidInput {
                field: format!("orders[{i}].placed_at"),
                reason: format!(
                    "{} is more than a day after the clock {}",
                    o.placed_at, req.now
                ),
            });
        }
        let lane = crate::lane::Lane::from_locations(
            o.carrier.as_deref(),
            None,
            o.origin.as_ref(),
            o.destination.as_ref(),
        );
        let promised_by = o
            .promised_by
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(crate::timeline::parse_date)
            .transpose()?;
        Ok(crate::estimate::PlacedOrder {
            id: o.id,
            lane,
            placed_at,
            promised_by,
        })
    };
    let read: Vec<Result<crate::estimate::PlacedOrder, Error>> = req
        .orders
        .into_iter()
        .enumerate()
        .map(|(i, o)| read(i, o))
        .collect();
    let valid: Vec<crate::estimate::PlacedOrder> = read
        .iter()
        .filter_map(|r| r.as_ref().ok().cloned())
        .collect();
    let mut noted = tracker.note_orders(&valid).into_iter();
    let results: Vec<Outcome<crate::estimate::NoteOutcome>> = read
        .into_iter()
        .map(
            |r| match r.and_then(|_| noted.next().unwrap_or(Err(internal_gap()))) {
                Ok(o) => Outcome::Result(o),
                Err(e) => Outcome::Error(e),
            },
        )
        .collect();
    let counted = results
        .iter()
        .filter(|r| matches!(r, Outcome::Result(crate::estimate::NoteOutcome::Counted)))
        .count();
    Ok(NoteOrdersResponse { results, counted })
}

/// The error of an outcome missing from [`Tracker::note_orders`]' answer (one per order, so
/// it cannot happen).
fn internal_gap() -> Error {
    Error::Internal {
        message: "note_orders: an order without an outcome".into(),
    }
}

/// [`Engine::call`] on a default engine (built-in tables, published priors, built-in
/// templates), built once per process.
///
/// # Errors
/// As [`Engine::call`].
pub fn call(operation: &str, request: &str) -> Result<String, Error> {
    default_engine().call(operation, request)
}

/// The engine with the defaults (built-in tables, published priors) that [`call`] uses,
/// built once per process: a binding's typed calls go through it too, so they answer what
/// the JSON operations answer.
pub fn default_engine() -> &'static Engine {
    static DEFAULT: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(Engine::default)
}

/// The error record of `error` as JSON: `{"kind", "message", ...data}`.
pub fn error_json(error: &Error) -> String {
    serde_json::to_string(error).unwrap_or_else(|_| {
        format!(
            r#"{{"kind":"{}","message":"error record could not be written"}}"#,
            ErrorKind::Internal.code()
        )
    })
}

fn parse<T: DeserializeOwned>(request: &str) -> Result<T, Error> {
    // A value of the wrong type names its field (`shipment.events[1].code`).
    crate::error::from_json_str(request)
}

/// The response as JSON text, written into a buffer sized from the request (a `track`
/// answer is about 2.5 times its request), so it is not regrown and copied while written.
fn json<T: Serialize>(request: &str, result: Result<T, Error>) -> Result<String, Error> {
    let value = result?;
    let internal = |e: &dyn std::fmt::Display| Error::Internal {
        message: format!("response could not be written: {e}"),
    };
    let mut out = Vec::with_capacity(request.len().saturating_mul(3).min(1 << 20) + 1024);
    serde_json::to_writer(&mut out, &value).map_err(|e| internal(&e))?;
    String::from_utf8(out).map_err(|e| internal(&e))
}

#[cfg(test)]
mod tests;
