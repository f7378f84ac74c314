//! `Shipment` (a timeline with idempotent ingest), its `Snapshot`, and `Order` (mirrors core
//! `timeline` and `order`).

use chrono::{DateTime, SecondsFormat, Utc};
use napi::{Env, Unknown};
use napi_derive::napi;
use serde_json::Value;
use tracking_core::RawEvent;
use tracking_core::order::{Order as CoreOrder, OrderInput};
use tracking_core::snapshot::Snapshot as CoreSnapshot;
use tracking_core::timeline::{Shipment as CoreShipment, ShipmentInput};

use crate::convert::{array_items, from_js, from_js_opt, instant, instant_text, to_json};
use crate::error::{Out, guard};
use crate::normalize::{Normalizer, shared};
use crate::pipeline::default_tracker;

/// An instant as RFC 3339 text in UTC.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// The snake_case code a core enum serializes to (`"in_transit"`).
pub fn code_of<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A shipment argument: a `Shipment` instance, or an object / JSON text in the shipment shape.
pub fn shipment_arg(value: Unknown<'_>, now: DateTime<Utc>) -> Out<CoreShipment> {
    if let Some(s) = as_shipment(&value) {
        return Ok(s);
    }
    let input: ShipmentInput = from_js(value)?;
    Ok(CoreShipment::from_input(input, shared(), now)?.0)
}

/// The core shipment inside a JS `Shipment` instance, if `value` is one.
fn as_shipment(value: &Unknown<'_>) -> Option<CoreShipment> {
    use napi::bindgen_prelude::{ClassInstance, FromNapiValue};
    let instance = ClassInstance::<Shipment>::from_unknown(*value).ok()?;
    Some(instance.inner.clone())
}

/// Reads an array of shipment arguments (instances or objects).
pub fn shipments_arg(value: Unknown<'_>, now: DateTime<Utc>) -> Out<Vec<CoreShipment>> {
    array_items(value, "shipments")?
        .into_iter()
        .map(|s| shipment_arg(s, now))
        .collect()
}

/// A shipment's timeline. Ingest is idempotent and order-independent: re-sent scans are
/// duplicates, bad events are rejected with a reason (never silently dropped).
#[napi]
pub struct Shipment {
    pub(crate) inner: CoreShipment,
}

#[napi]
impl Shipment {
    /// An empty shipment; add scans with `ingest`.
    #[napi(constructor)]
    pub fn new(id: String, carrier: Option<String>, tracking_number: Option<String>) -> Self {
        let mut inner = CoreShipment::new(id);
        inner.set_tracking_number(tracking_number);
        inner.set_carrier(carrier);
        Shipment { inner }
    }

    /// Builds a shipment from its JSON shape (object or JSON text) and ingests its events.
    /// `now` (`Date` or RFC 3339; default: the current time) bounds scan times. Throws
    /// `INVALID_TIME` for a bad shipment-level time (bad events land in `rejected`).
    #[napi(factory)]
    pub fn from_input(
        env: &Env,
        #[napi(ts_arg_type = "ShipmentInput | string")] input: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        normalizer: Option<&Normalizer>,
    ) -> napi::Result<Self> {
        guard(env, || {
            let input: ShipmentInput = from_js(input)?;
            let now = instant(now)?;
            let n = match normalizer {
                Some(n) => n.inner.as_ref(),
                None => shared(),
            };
            let (inner, _report) = CoreShipment::from_input(input, n, now)?;
            Ok(Shipment { inner })
        })
    }

    /// Adds raw events. Returns the ingest report `{added, duplicates, rejected}`.
    #[napi(ts_return_type = "IngestReport")]
    pub fn ingest(
        &mut self,
        env: &Env,
        #[napi(ts_arg_type = "RawEvent[]")] events: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        normalizer: Option<&Normalizer>,
    ) -> napi::Result<Value> {
        guard(env, || {
            let events: Vec<RawEvent> = array_items(events, "events")?
                .into_iter()
                .map(from_js)
                .collect::<Out<_>>()?;
            let now = instant(now)?;
            let n = match normalizer {
                Some(n) => n.inner.as_ref(),
                None => shared(),
            };
            to_json(&self.inner.ingest(events, n, now))
        })
    }

    /// The timeline's snapshot: status, milestone, progress, events (no window, health or
    /// message: `Tracker` adds those).
    #[napi]
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            inner: self.inner.snapshot(),
        }
    }

    /// The caller's identifier.
    #[napi(getter)]
    pub fn id(&self) -> String {
        self.inner.id.clone()
    }
    /// Carrier slug or name, when known.
    #[napi(getter)]
    pub fn carrier(&self) -> Option<String> {
        self.inner.carrier.clone()
    }
    /// Tracking number, when known.
    #[napi(getter)]
    pub fn tracking_number(&self) -> Option<String> {
        self.inner.tracking_number.clone()
    }
    /// Hand-off to the carrier (given, or the first carrier scan), RFC 3339.
    #[napi(getter)]
    pub fn shipped_at(&self) -> Option<String> {
        self.inner.shipped_at().map(rfc3339)
    }
    /// Delivery (given, or the delivery scan), RFC 3339.
    #[napi(getter)]
    pub fn delivered_at(&self) -> Option<String> {
        self.inner.delivered_at().map(rfc3339)
    }
    /// Number of accepted events.
    #[napi(getter)]
    pub fn length(&self) -> u32 {
        u32::try_from(self.inner.events.len()).unwrap_or(u32::MAX)
    }
    /// The full timeline as a plain object (what `JSON.stringify` prints).
    #[napi(js_name = "toJSON")]
    pub fn to_json(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner))
    }
}

/// A shipment at one moment, as a tracking page shows it. Getters give plain values (codes,
/// RFC 3339 strings, objects); `toJSON()` gives the whole JSON shape.
#[napi]
pub struct Snapshot {
    pub(crate) inner: CoreSnapshot,
}

#[napi]
impl Snapshot {
    /// The shipment's identifier.
    #[napi(getter)]
    pub fn id(&self) -> String {
        self.inner.id.clone()
    }
    /// Current status code.
    #[napi(getter, ts_return_type = "StatusCode")]
    pub fn status(&self) -> &'static str {
        self.inner.status.code()
    }
    /// Current sub-status code, or `null`.
    #[napi(getter, ts_return_type = "SubStatusCode | null")]
    pub fn substatus(&self) -> Option<&'static str> {
        self.inner.substatus.map(|s| s.code())
    }
    /// Whether the state is terminal.
    #[napi(getter)]
    pub fn terminal(&self) -> bool {
        self.inner.terminal
    }
    /// Customer-facing milestone code (`"out_for_delivery"`, side states like `"issue"`).
    #[napi(getter, ts_return_type = "MilestoneCode")]
    pub fn milestone(&self) -> String {
        code_of(&self.inner.milestone)
    }
    /// Progress for a stepper: `{step, of, fraction}`.
    #[napi(getter, ts_return_type = "Progress")]
    pub fn progress(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner.progress))
    }
    /// Since when the current state holds, RFC 3339.
    #[napi(getter)]
    pub fn since(&self) -> Option<String> {
        self.inner.since.map(rfc3339)
    }
    /// Instant of the last accepted event.
    #[napi(getter)]
    pub fn last_event_at(&self) -> Option<String> {
        self.inner.last_event_at.map(rfc3339)
    }
    /// Hand-off to the carrier.
    #[napi(getter)]
    pub fn shipped_at(&self) -> Option<String> {
        self.inner.shipped_at.map(rfc3339)
    }
    /// Delivery.
    #[napi(getter)]
    pub fn delivered_at(&self) -> Option<String> {
        self.inner.delivered_at.map(rfc3339)
    }
    /// The delivery window, when estimated (`Tracker`).
    #[napi(getter, ts_return_type = "DeliveryWindow | null")]
    pub fn window(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner.window))
    }
    /// The health verdict, when assessed (`Tracker`).
    #[napi(getter, ts_return_type = "Health | null")]
    pub fn health(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner.health))
    }
    /// The customer message, when rendered (`Tracker`).
    #[napi(getter, ts_return_type = "Message | null")]
    pub fn message(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner.message))
    }
    /// Accepted events, oldest first.
    #[napi(getter, ts_return_type = "TimelineEvent[]")]
    pub fn events(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner.events))
    }
    /// Rejected events with their reasons.
    #[napi(getter, ts_return_type = "Rejected[]")]
    pub fn rejected(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner.rejected))
    }
    /// The whole snapshot as a plain object in its JSON shape (what the CLI's `track`
    /// prints per line, and what `JSON.stringify` prints).
    #[napi(js_name = "toJSON", ts_return_type = "SnapshotJSON")]
    pub fn to_json(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner))
    }
}

/// One order, many shipments (split parcels, return legs): order-level status, milestone,
/// progress and the parcels that need attention.
#[napi]
pub struct Order {
    pub(crate) inner: CoreOrder,
    /// The clock the order was built at: the default clock of its snapshots.
    pub(crate) now: DateTime<Utc>,
}

/// Options of `Order.snapshot`.
#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct OrderSnapshotOptions {
    /// Language of the headline and messages (BCP 47; default English).
    locale: Option<String>,
    /// The clock (RFC 3339 text or a `Date`; default: the clock the order was built at).
    now: Option<String>,
}

#[napi]
impl Order {
    /// Builds an order from its JSON shape `{id, shipments: [ShipmentInput, ...]}`.
    #[napi(factory)]
    pub fn from_input(
        env: &Env,
        #[napi(ts_arg_type = "OrderInput | string")] input: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        guard(env, || {
            let input: OrderInput = from_js(input)?;
            let now = instant(now)?;
            let (inner, _) = CoreOrder::from_input(input, shared(), now)?;
            Ok(Order { inner, now })
        })
    }

    /// The order snapshot (`status`, `milestone`, `progress`, `parcels`, `delivered`,
    /// `attention`, `headline`, `shipments` with each parcel's window, health and message),
    /// by the default tracker (priors, built-in texts): what the facade's `order` operation
    /// answers. Options: `locale` (default English), `now` (default: the clock the order was
    /// built at). With learned models, use `Tracker.orderSnapshot`.
    #[napi(ts_return_type = "OrderSnapshot")]
    pub fn snapshot(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "{ locale?: string; now?: Instant }")] options: Option<Unknown<'_>>,
    ) -> napi::Result<Value> {
        guard(env, || {
            let options: OrderSnapshotOptions = from_js_opt(options)?.unwrap_or_default();
            let now = match &options.now {
                Some(text) => instant_text(text)?,
                None => self.now,
            };
            let locale = options.locale.as_deref().unwrap_or(crate::DEFAULT_LOCALE);
            to_json(&default_tracker().order_snapshot(&self.inner, now, locale))
        })
    }

    /// The order's identifier.
    #[napi(getter)]
    pub fn id(&self) -> String {
        self.inner.id.clone()
    }
}
