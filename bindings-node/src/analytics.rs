//! `report`: merchant analytics over many shipments (mirrors core `analytics`).

use chrono::{DateTime, Utc};
use napi::bindgen_prelude::AsyncTask;
use napi::{Env, Unknown};
use napi_derive::napi;
use serde_json::Value;
use tracking_core::analytics::ReportBuilder;
use tracking_core::timeline::{Shipment, ShipmentInput};

use crate::convert::{array_items, from_js, instant, to_json};
use crate::error::{Out, guard};
use crate::normalize::shared;
use crate::tasks::{CoreTask, spawn};

fn read(shipments: Unknown<'_>) -> Out<Vec<ShipmentInput>> {
    array_items(shipments, "shipments")?
        .into_iter()
        .map(from_js)
        .collect()
}

fn build(inputs: Vec<ShipmentInput>, now: DateTime<Utc>) -> Out<Value> {
    let mut builder = ReportBuilder::new();
    for input in inputs {
        let status = input.order_status.clone();
        let (s, _) = Shipment::from_history(input, shared(), now)?;
        builder.add_with_order_status(&s, status.as_deref());
    }
    to_json(&builder.finish())
}

/// Merchant analytics over shipments (shipment shape, e.g. a history file's lines):
/// order-to-ship and ship-to-delivery percentiles, on-time %, window coverage, exception /
/// lost / return rates, by carrier, lane and month. The same report the CLI's `report`
/// prints.
#[napi(ts_return_type = "Report")]
pub fn report(
    env: &Env,
    #[napi(ts_arg_type = "ShipmentInput[]")] shipments: Unknown<'_>,
    #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
) -> napi::Result<Value> {
    guard(env, || build(read(shipments)?, instant(now)?))
}

/// `report` on the libuv thread pool.
#[napi(ts_return_type = "Promise<Report>")]
pub fn report_async(
    env: &Env,
    #[napi(ts_arg_type = "ShipmentInput[]")] shipments: Unknown<'_>,
    #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
) -> napi::Result<AsyncTask<CoreTask<crate::convert::Json>>> {
    let input = read(shipments).and_then(|s| Ok((s, instant(now)?)));
    spawn(env, input, |(inputs, now)| {
        build(inputs, now).map(crate::convert::Json)
    })
}
