//! `Tracker` and `track`: the full snapshot (timeline, window, health, message) in one core
//! call, the same the CLI's `track` prints (mirrors core `pipeline`).

use std::sync::{Arc, OnceLock};

use napi::bindgen_prelude::AsyncTask;
use napi::{Either, Env, Unknown};
use napi_derive::napi;
use tracking_core::Error;
use tracking_core::api::batch::{track_batch, track_one};
use tracking_core::message::MessageCatalog as CoreCatalog;
use tracking_core::pipeline::Tracker as CoreTracker;
use tracking_core::snapshot::Snapshot as CoreSnapshot;
use tracking_core::timeline::ShipmentInput;

use crate::DEFAULT_LOCALE;
use crate::convert::{array_items, from_js, instant, read_each, to_json};
use crate::error::{Out, guard, to_napi};
use crate::estimate::TransitModel;
use crate::health::DwellModel;
use crate::message::MessageCatalog;
use crate::tasks::{CoreTask, spawn_then};
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

/// What the pool computes for `trackBatch`: one answer per shipment, in input order, from
/// the core's batch (`api::batch::track_batch`, which Python's `track_batch` also calls).
type BatchOut = Vec<Result<CoreSnapshot, Error>>;

/// One `trackBatch` item as JavaScript sees it: a `Snapshot`, or the shipment's error (the
/// `Error` a one-shipment call would throw, with `index`).
type BatchItem = Either<Snapshot, napi::Error>;

/// The batch's answers as JavaScript values: errors become `Error` objects with `index`.
fn batch_items(env: &Env, out: BatchOut) -> napi::Result<Vec<BatchItem>> {
    Ok(out
        .into_iter()
        .enumerate()
        .map(|(i, r)| match r {
            Ok(inner) => Either::A(Snapshot { inner }),
            Err(e) => Either::B(to_napi(env, &e, Some(i))),
        })
        .collect())
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
    /// A shipment's own `as_of` overrides `now`, as in `trackBatch` and the facade's `track`.
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
            let locale = locale.as_deref().unwrap_or(DEFAULT_LOCALE);
            let inner = track_one(&self.inner, input, now, locale)?;
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

    /// Full snapshots of many shipments (objects / JSON texts in the shipment shape) at one
    /// `now`, in input order: one item per shipment, its `Snapshot`, or, for a shipment that
    /// cannot be read or tracked, its error (the `Error` `track` would throw, with `index`),
    /// returned in its place rather than thrown. A shipment's own `as_of` overrides `now`, as
    /// in the facade's `track`. Throws only when `shipments` is not an array or `now` is bad.
    #[napi(ts_return_type = "Array<Snapshot | TrackBatchError>")]
    pub fn track_batch(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Array<ShipmentInput | string>")] shipments: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        locale: Option<String>,
    ) -> napi::Result<Vec<BatchItem>> {
        let out = guard(env, || {
            let now = instant(now)?;
            let items = read_each(shipments, "shipments")?;
            let locale = locale.as_deref().unwrap_or(DEFAULT_LOCALE);
            Ok(track_batch(&self.inner, items, now, locale))
        })?;
        batch_items(env, out)
    }

    /// `trackBatch` on the libuv thread pool (the same items; the Promise rejects only when
    /// `trackBatch` would throw).
    #[napi(ts_return_type = "Promise<Array<Snapshot | TrackBatchError>>")]
    pub fn track_batch_async(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Array<ShipmentInput | string>")] shipments: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        locale: Option<String>,
    ) -> napi::Result<AsyncTask<CoreTask<BatchOut, Vec<BatchItem>>>> {
        let input = instant(now).and_then(|now| Ok((read_each(shipments, "shipments")?, now)));
        let t = Arc::clone(&self.inner);
        let locale = locale.unwrap_or_else(|| DEFAULT_LOCALE.into());
        spawn_then(
            env,
            input,
            move |(items, now)| Ok(track_batch(&t, items, now, &locale)),
            batch_items,
        )
    }
}

/// One-shot full snapshot with default models (see `Tracker.track`; the shipment's own
/// `as_of` overrides `now`).
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
        let locale = locale.as_deref().unwrap_or(DEFAULT_LOCALE);
        let inner = track_one(default_tracker(), input, now, locale)?;
        Ok(Snapshot { inner })
    })
}
