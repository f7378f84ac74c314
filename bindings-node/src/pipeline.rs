//! `Tracker` and `track`: the full snapshot (timeline, window, health, message) in one core
//! call, the same the CLI's `track` prints (mirrors core `pipeline`).

use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Utc};
use napi::bindgen_prelude::AsyncTask;
use napi::{Env, Unknown};
use napi_derive::napi;
use tracking_core::message::MessageCatalog as CoreCatalog;
use tracking_core::pipeline::Tracker as CoreTracker;
use tracking_core::timeline::ShipmentInput;

use crate::DEFAULT_LOCALE;
use crate::convert::{array_items, from_js, instant, to_json};
use crate::error::{Fail, Out, guard};
use crate::estimate::TransitModel;
use crate::health::DwellModel;
use crate::message::MessageCatalog;
use crate::tasks::{CoreTask, spawn};
use crate::timeline::{Order, Snapshot, shipment_arg};

/// Builds full snapshots (status, milestone, progress, delivery window, health, customer
/// message). Build once, reuse for many shipments.
#[napi]
pub struct Tracker {
    inner: Arc<CoreTracker>,
}

/// The tracker with default models and the built-in texts (what `track` and
/// `Order.snapshot` use), built once.
pub(crate) fn default_tracker() -> &'static CoreTracker {
    static TRACKER: OnceLock<CoreTracker> = OnceLock::new();
    TRACKER.get_or_init(CoreTracker::default)
}

fn track_all(
    t: &CoreTracker,
    inputs: Vec<ShipmentInput>,
    now: DateTime<Utc>,
    locale: &str,
) -> Out<Vec<Snapshot>> {
    inputs
        .into_iter()
        .enumerate()
        .map(|(i, input)| {
            t.track(input, now, locale)
                .map(|inner| Snapshot { inner })
                .map_err(|e| Fail::At(i, e))
        })
        .collect()
}

fn read_inputs(shipments: Unknown<'_>) -> Out<Vec<ShipmentInput>> {
    array_items(shipments, "shipments")?
        .into_iter()
        .map(from_js)
        .collect()
}

#[napi]
impl Tracker {
    /// A tracker with a learned transit model, a learned dwell model (health) and a
    /// message catalogue with overrides; each optional (priors and built-in texts otherwise).
    #[napi(constructor)]
    pub fn new(
        model: Option<&TransitModel>,
        dwell: Option<&DwellModel>,
        catalog: Option<&MessageCatalog>,
    ) -> Self {
        let catalog = catalog.map_or_else(CoreCatalog::new, |c| c.inner.clone());
        Tracker {
            inner: Arc::new(CoreTracker::new(
                model.map(|m| m.inner.clone()),
                dwell.map(|d| &d.inner),
                catalog,
            )),
        }
    }

    /// The full snapshot of a shipment (object / JSON text in the shipment shape) at `now`,
    /// with the customer message in `locale` (BCP 47, falls back `pt-BR` -> `pt` -> `en`).
    #[napi]
    pub fn track(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "ShipmentInput | string")] shipment: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        locale: Option<String>,
    ) -> napi::Result<Snapshot> {
        guard(env, || {
            let input: ShipmentInput = from_js(shipment)?;
            let now = instant(now)?;
            let inner =
                self.inner
                    .track(input, now, locale.as_deref().unwrap_or(DEFAULT_LOCALE))?;
            Ok(Snapshot { inner })
        })
    }

    /// The full snapshot of a `Shipment` (or shipment object) at `now`.
    #[napi]
    pub fn snapshot(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "ShipmentInput | Shipment")] shipment: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        locale: Option<String>,
    ) -> napi::Result<Snapshot> {
        guard(env, || {
            let now = instant(now)?;
            let s = shipment_arg(shipment, now)?;
            Ok(Snapshot {
                inner: self
                    .inner
                    .snapshot(&s, now, locale.as_deref().unwrap_or(DEFAULT_LOCALE)),
            })
        })
    }

    /// Notes placed orders (`{id, carrier?, placed_at}`; every order, delivered
    /// or not) in the order volume that widens delivery windows during a surge: the facade's
    /// `note_orders` (docs/bindings-facade.md). Returns `{results, counted}`, one
    /// `{result: "counted" | "duplicate" | "too_old"}` or `{error}` per order. Each id is
    /// counted once, so sending the same orders again is harmless.
    #[napi(ts_return_type = "NoteOrdersResponse")]
    pub fn note_orders(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "PlacedOrderInput[]")] orders: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
    ) -> napi::Result<serde_json::Value> {
        guard(env, || {
            let list = array_items(orders, "orders")?
                .into_iter()
                .map(crate::convert::js_to_json)
                .collect::<Out<Vec<_>>>()?;
            let now = instant(now)?;
            let req: tracking_core::api::NoteOrdersRequest = serde_json::from_value(
                serde_json::json!({"orders": list, "now": now.to_rfc3339()}),
            )?;
            to_json(&tracking_core::api::note_orders(&self.inner, req)?)
        })
    }

    /// A copy of the transit model behind the windows, with the orders noted so far (save
    /// it and build the next `Tracker` from it, so a restart keeps them).
    #[napi]
    pub fn transit_model(&self) -> TransitModel {
        TransitModel {
            inner: self.inner.transit_model(),
        }
    }

    /// The order snapshot at `now` (default: the clock the order was built at) with each
    /// parcel's full snapshot (window, health, message) and the order headline in `locale`:
    /// what the facade's `order` operation answers.
    #[napi(ts_return_type = "OrderSnapshot")]
    pub fn order_snapshot(
        &self,
        env: &Env,
        order: &Order,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        locale: Option<String>,
    ) -> napi::Result<serde_json::Value> {
        guard(env, || {
            let now = match now {
                Some(now) => instant(Some(now))?,
                None => order.now,
            };
            let locale = locale.as_deref().unwrap_or(DEFAULT_LOCALE);
            to_json(&self.inner.order_snapshot(&order.inner, now, locale))
        })
    }

    /// Full snapshots of many shipments at one `now`, in input order. Throws on the first
    /// shipment with a bad shipment-level time (with its `index`).
    #[napi]
    pub fn track_batch(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "ShipmentInput[]")] shipments: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        locale: Option<String>,
    ) -> napi::Result<Vec<Snapshot>> {
        guard(env, || {
            let now = instant(now)?;
            let locale = locale.unwrap_or_else(|| DEFAULT_LOCALE.into());
            track_all(&self.inner, read_inputs(shipments)?, now, &locale)
        })
    }

    /// `trackBatch` on the libuv thread pool.
    #[napi(ts_return_type = "Promise<Snapshot[]>")]
    pub fn track_batch_async(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "ShipmentInput[]")] shipments: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        locale: Option<String>,
    ) -> napi::Result<AsyncTask<CoreTask<Vec<Snapshot>>>> {
        let input = instant(now).and_then(|now| Ok((read_inputs(shipments)?, now)));
        let t = Arc::clone(&self.inner);
        let locale = locale.unwrap_or_else(|| DEFAULT_LOCALE.into());
        spawn(env, input, move |(inputs, now)| {
            track_all(&t, inputs, now, &locale)
        })
    }
}

/// One-shot full snapshot with default models (see `Tracker.track`).
#[napi]
pub fn track(
    env: &Env,
    #[napi(ts_arg_type = "ShipmentInput | string")] shipment: Unknown<'_>,
    #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
    locale: Option<String>,
) -> napi::Result<Snapshot> {
    guard(env, || {
        let input: ShipmentInput = from_js(shipment)?;
        let now = instant(now)?;
        let inner = tracking_core::pipeline::track(
            input,
            now,
            locale.as_deref().unwrap_or(DEFAULT_LOCALE),
        )?;
        Ok(Snapshot { inner })
    })
}
