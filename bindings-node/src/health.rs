//! `DwellModel` (learned dwell times per carrier and status) and `Assessor` (health
//! verdicts: stalled, late, likely lost, needs action) (mirrors core `health`).

use chrono::{DateTime, Utc};
use napi::bindgen_prelude::AsyncTask;
use napi::{Env, Unknown};
use napi_derive::napi;
use serde_json::Value;
use tracking_core::estimate::DeliveryWindow;
use tracking_core::health::{Assessor as CoreAssessor, DwellModel as CoreDwell, HealthOptions};
use tracking_core::timeline::Shipment as CoreShipment;

use crate::DEFAULT_LOCALE;
use crate::convert::{from_js_opt, instant, js_to_json, to_json};
use crate::error::{Out, guard};
use crate::estimate::TransitModel;
use crate::tasks::{CoreTask, spawn};
use crate::timeline::{shipment_arg, shipments_arg};

/// Dwell times per carrier and status, learned from past shipments: the thresholds behind
/// "stalled" verdicts.
#[napi]
#[derive(Clone)]
pub struct DwellModel {
    pub(crate) inner: CoreDwell,
}

fn learn_dwell(shipments: &[CoreShipment]) -> DwellModel {
    DwellModel {
        inner: CoreDwell::learn(shipments.iter()),
    }
}

#[napi]
impl DwellModel {
    /// Learns from shipments (objects in the shipment shape, or `Shipment`s).
    #[napi(factory)]
    pub fn learn(
        env: &Env,
        #[napi(ts_arg_type = "Array<ShipmentInput | Shipment>")] shipments: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        guard(env, || {
            Ok(learn_dwell(&shipments_arg(shipments, instant(now)?)?))
        })
    }

    /// `learn` on the libuv thread pool (the shipments are read on the calling thread).
    #[napi(ts_return_type = "Promise<DwellModel>")]
    pub fn learn_async(
        env: &Env,
        #[napi(ts_arg_type = "Array<ShipmentInput | Shipment>")] shipments: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
    ) -> napi::Result<AsyncTask<CoreTask<DwellModel>>> {
        let input = instant(now).and_then(|now| shipments_arg(shipments, now));
        spawn(env, input, |all| Ok(learn_dwell(&all)))
    }

    /// The model as a plain object (`JSON.stringify(model)` saves it).
    #[napi(js_name = "toJSON", ts_return_type = "DwellModelJSON")]
    pub fn to_json(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner))
    }

    /// A model from `toJSON()` output (object or JSON text). Throws `INVALID_MODEL` /
    /// `INVALID_JSON` for a corrupt model.
    #[napi(factory, js_name = "fromJSON")]
    pub fn from_json(
        env: &Env,
        #[napi(ts_arg_type = "DwellModelJSON | string")] json: Unknown<'_>,
    ) -> napi::Result<Self> {
        guard(env, || {
            let text = match js_to_json(json)? {
                Value::String(text) => text,
                other => other.to_string(),
            };
            Ok(DwellModel {
                inner: CoreDwell::from_json(&text)?,
            })
        })
    }
}

/// Health verdicts for shipments: build once (with a learned dwell model and transit model
/// when you have them; priors otherwise), assess many.
#[napi]
pub struct Assessor {
    inner: std::sync::Arc<CoreAssessor>,
}

/// The verdict with its explanation and action in `locale` (default English) by the
/// built-in catalogue: the assessor alone gives only their keys and values.
fn in_words(
    mut h: tracking_core::health::Health,
    locale: Option<&str>,
) -> tracking_core::health::Health {
    tracking_core::message::localize_health(&mut h, locale.unwrap_or(DEFAULT_LOCALE));
    h
}

fn assess_all(
    a: &CoreAssessor,
    shipments: &[CoreShipment],
    now: DateTime<Utc>,
    locale: Option<&str>,
) -> Out<Vec<Value>> {
    shipments
        .iter()
        .map(|s| to_json(&in_words(a.assess(s, now, None), locale)))
        .collect()
}

#[napi]
impl Assessor {
    /// An assessor over `dwell` (priors when absent); `transit` lets a leg still inside its
    /// own delivery window count as not stalled.
    #[napi(constructor)]
    pub fn new(dwell: Option<&DwellModel>, transit: Option<&TransitModel>) -> Self {
        let mut a = CoreAssessor::new(dwell.map(|d| &d.inner), HealthOptions::default());
        if let Some(t) = transit {
            a = a.with_transit(t.inner.clone());
        }
        Assessor {
            inner: std::sync::Arc::new(a),
        }
    }

    /// The health of one shipment at `now`; `window` (a delivery window, e.g. from
    /// `TransitModel.estimate`) lets it judge lateness. `explanation` and `action` are in
    /// `locale` (BCP 47, falls back `pt-BR` -> `pt` -> `en`; default English).
    #[napi(ts_return_type = "Health")]
    pub fn assess(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "ShipmentInput | Shipment")] shipment: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "DeliveryWindow | null")] window: Option<Unknown<'_>>,
        locale: Option<String>,
    ) -> napi::Result<Value> {
        guard(env, || {
            let now = instant(now)?;
            let s = shipment_arg(shipment, now)?;
            let window: Option<DeliveryWindow> = from_js_opt(window)?;
            let h = self.inner.assess(&s, now, window.as_ref());
            to_json(&in_words(h, locale.as_deref()))
        })
    }

    /// The health of many shipments at `now`, in input order, in `locale`.
    #[napi(ts_return_type = "Health[]")]
    pub fn assess_batch(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Array<ShipmentInput | Shipment>")] shipments: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        locale: Option<String>,
    ) -> napi::Result<Vec<Value>> {
        guard(env, || {
            let now = instant(now)?;
            let all = shipments_arg(shipments, now)?;
            assess_all(&self.inner, &all, now, locale.as_deref())
        })
    }

    /// `assessBatch` on the libuv thread pool.
    #[napi(ts_return_type = "Promise<Health[]>")]
    pub fn assess_batch_async(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Array<ShipmentInput | Shipment>")] shipments: Unknown<'_>,
        #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
        locale: Option<String>,
    ) -> napi::Result<AsyncTask<CoreTask<Vec<crate::convert::Json>>>> {
        let input = instant(now).and_then(|now| Ok((shipments_arg(shipments, now)?, now)));
        let a = std::sync::Arc::clone(&self.inner);
        spawn(env, input, move |(all, now)| {
            Ok(assess_all(&a, &all, now, locale.as_deref())?
                .into_iter()
                .map(crate::convert::Json)
                .collect())
        })
    }
}
