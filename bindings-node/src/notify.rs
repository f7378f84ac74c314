//! Notification decisions and digests: whether to tell the customer now (mirrors core
//! `notify`).

use napi::{Env, Unknown};
use napi_derive::napi;
use serde_json::Value;
use tracking_core::notify::{self, Notification, NotificationPolicy};

use crate::convert::{array_items, from_js_opt, instant, to_json};
use crate::error::{Out, guard};
use crate::timeline::Snapshot;

/// The notifications to send for the change from `previous` to `current` (snapshots from
/// `Tracker.track`), under `policy` (defaults when absent), at `now`. Empty when nothing is
/// worth a message.
#[napi(ts_return_type = "Notification[]")]
pub fn decide(
    env: &Env,
    previous: Option<&Snapshot>,
    current: &Snapshot,
    #[napi(ts_arg_type = "NotificationPolicy | null")] policy: Option<Unknown<'_>>,
    #[napi(ts_arg_type = "Instant")] now: Option<Unknown<'_>>,
) -> napi::Result<Value> {
    guard(env, || {
        let policy: NotificationPolicy = from_js_opt(policy)?.unwrap_or_default();
        let now = instant(now)?;
        to_json(&notify::decide(
            previous.map(|p| &p.inner),
            &current.inner,
            &policy,
            now,
        ))
    })
}

/// Merges the notifications of a split order's shipments into digests: `items` are
/// `{shipmentId, notification}` pairs.
#[napi(ts_return_type = "Notification[]")]
pub fn digest(
    env: &Env,
    #[napi(ts_arg_type = "DigestItem[]")] items: Unknown<'_>,
) -> napi::Result<Value> {
    guard(env, || {
        let items = array_items(items, "items")?
            .into_iter()
            .map(|item| {
                let pair: (String, Notification) = {
                    let v: Value = crate::convert::js_to_json(item)?;
                    let id = v
                        .get("shipment_id")
                        .or_else(|| v.get("shipmentId"))
                        .and_then(Value::as_str)
                        .ok_or_else(|| {
                            crate::error::invalid("items", "each item needs shipmentId")
                        })?
                        .to_string();
                    let n = v.get("notification").cloned().ok_or_else(|| {
                        crate::error::invalid("items", "each item needs notification")
                    })?;
                    (id, serde_json::from_value(n)?)
                };
                Ok(pair)
            })
            .collect::<Out<Vec<_>>>()?;
        to_json(&notify::digest(items))
    })
}

/// The default notification policy (a starting point to edit).
#[napi(ts_return_type = "NotificationPolicy")]
pub fn default_policy(env: &Env) -> napi::Result<Value> {
    guard(env, || to_json(&NotificationPolicy::default()))
}
