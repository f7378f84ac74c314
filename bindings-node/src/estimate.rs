//! `TransitModel`: learn from history, observe deliveries, estimate windows, promise at
//! checkout, save/load JSON (mirrors core `estimate`).

use napi::bindgen_prelude::AsyncTask;
use napi::{Env, Unknown};
use napi_derive::napi;
use serde_json::Value;
use tracking_core::estimate::{
    CompletedShipment, Lane as CoreLane, LearnOptions, Place, TransitModel as CoreModel,
};
use tracking_core::timeline::ShipmentInput;

use crate::convert::{array_items, from_js, instant, js_to_json, to_json};
use crate::error::{Out, guard};
use crate::tasks::{CoreTask, spawn};
use crate::timeline::shipment_arg;

/// A place of a lane: country (ISO 3166-1 alpha-2) and region.
#[napi(object)]
pub struct PlaceInput {
    /// Country code.
    pub country: Option<String>,
    /// Region (state, province) code.
    pub region: Option<String>,
}

/// A lane: carrier, service, origin and destination.
#[napi(object)]
pub struct Lane {
    /// Carrier slug or name.
    pub carrier: Option<String>,
    /// Service level (`ground`, `express`, ...).
    pub service: Option<String>,
    /// Where the parcel leaves from.
    pub origin: Option<PlaceInput>,
    /// Where it goes.
    pub destination: Option<PlaceInput>,
}

fn place(p: Option<&PlaceInput>) -> Place {
    Place::new(
        p.and_then(|p| p.country.as_deref()),
        p.and_then(|p| p.region.as_deref()),
    )
}

fn read_history(history: Unknown<'_>) -> Out<Vec<ShipmentInput>> {
    array_items(history, "history")?
        .into_iter()
        .map(from_js)
        .collect()
}

fn learn(inputs: Vec<ShipmentInput>, now: chrono::DateTime<chrono::Utc>) -> Out<TransitModel> {
    let (inner, _) = CoreModel::learn_from_inputs(inputs, LearnOptions::default(), now)?;
    Ok(TransitModel { inner })
}

/// A transit-time model per lane (carrier, service, origin and destination region), learned
/// from delivered shipments, with published priors where history is thin.
#[napi]
#[derive(Clone)]
pub struct TransitModel {
    pub(crate) inner: CoreModel,
}

#[napi]
impl TransitModel {
    /// An empty model (published priors only).
    #[napi(constructor)]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        TransitModel {
            inner: CoreModel::new(LearnOptions::default()),
        }
    }

    /// Learns from history records (shipment shape); records that were not delivered are
    /// skipped. `now` bounds scan times (default: the current time).
    #[napi(factory)]
    pub fn learn(
        env: &Env,
        #[napi(ts_arg_type = "ShipmentInput[]")] history: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        guard(env, || learn(read_history(history)?, instant(now)?))
    }

    /// `learn` on the libuv thread pool; resolves to the model.
    #[napi(ts_return_type = "Promise<TransitModel>")]
    pub fn learn_async(
        env: &Env,
        #[napi(ts_arg_type = "ShipmentInput[]")] history: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
    ) -> napi::Result<AsyncTask<CoreTask<TransitModel>>> {
        let input = read_history(history).and_then(|h| Ok((h, instant(now)?)));
        spawn(env, input, |(history, now)| learn(history, now))
    }

    /// Adds one shipment (object or `Shipment`); returns `false` when it was not delivered
    /// (nothing learned).
    #[napi]
    pub fn observe(
        &mut self,
        env: &Env,
        #[napi(ts_arg_type = "ShipmentInput | Shipment")] shipment: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
    ) -> napi::Result<bool> {
        guard(env, || {
            let s = shipment_arg(shipment, instant(now)?)?;
            Ok(match CompletedShipment::from_shipment(&s) {
                Some(done) => {
                    self.inner.observe(&done);
                    true
                }
                None => false,
            })
        })
    }

    /// The live delivery window of a shipment at `now`, or `null` (delivered, cancelled,
    /// returned). `confidence` defaults to 0.9.
    #[napi(ts_return_type = "DeliveryWindow | null")]
    pub fn estimate(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "ShipmentInput | Shipment")] shipment: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        confidence: Option<f64>,
    ) -> napi::Result<Value> {
        guard(env, || {
            let now = instant(now)?;
            let s = shipment_arg(shipment, now)?;
            to_json(
                &self
                    .inner
                    .estimate_shipment(&s, now, confidence.unwrap_or(0.9)),
            )
        })
    }

    /// The promise at checkout: the window for an order placed at `orderedAt` on `lane`.
    #[napi(ts_return_type = "DeliveryWindow | null")]
    pub fn promise(
        &self,
        env: &Env,
        lane: Lane,
        #[napi(ts_arg_type = "Instant")] ordered_at: Unknown<'_>,
        confidence: Option<f64>,
    ) -> napi::Result<Value> {
        guard(env, || {
            let key = CoreLane::new(
                lane.carrier.as_deref(),
                lane.service.as_deref(),
                place(lane.origin.as_ref()),
                place(lane.destination.as_ref()),
            );
            let at = instant(Some(ordered_at))?;
            to_json(&self.inner.promise(&key, at, confidence.unwrap_or(0.9)))
        })
    }

    /// Deliveries learned (weight before decay).
    #[napi(getter)]
    pub fn deliveries(&self) -> f64 {
        self.inner.deliveries() as f64
    }
    /// Lane nodes in the model.
    #[napi(getter)]
    pub fn levels(&self) -> u32 {
        u32::try_from(self.inner.levels()).unwrap_or(u32::MAX)
    }
    /// The model as a plain object (versioned; the same JSON the CLI's `learn` writes, so
    /// `JSON.stringify(model)` saves it).
    #[napi(js_name = "toJSON", ts_return_type = "TransitModelJSON")]
    pub fn to_json(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || Ok(serde_json::from_str(&self.inner.to_json()?)?))
    }
    /// A model from `toJSON()` output (object or JSON text). Throws `INVALID_MODEL` on a
    /// wrong version or a corrupt model.
    #[napi(factory, js_name = "fromJSON")]
    pub fn from_json(
        env: &Env,
        #[napi(ts_arg_type = "TransitModelJSON | string")] json: Unknown<'_>,
    ) -> napi::Result<Self> {
        guard(env, || {
            let text = match js_to_json(json)? {
                Value::String(text) => text,
                other => other.to_string(),
            };
            Ok(TransitModel {
                inner: CoreModel::from_json(&text)?,
            })
        })
    }
}
