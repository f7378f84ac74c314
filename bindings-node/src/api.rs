//! The binding facade (docs/bindings-facade.md): `call(operation, request)` runs one core
//! operation on a JSON request and returns the JSON response, exactly as the Python and
//! Kotlin bindings' `call` do. The core decides everything; this layer only passes text.

use std::sync::Arc;

use napi::bindgen_prelude::{AsyncTask, FromNapiValue};
use napi::{Env, Unknown, ValueType};
use napi_derive::napi;

use crate::convert::js_to_json;
use crate::error::{Out, guard};
use crate::tasks::{CoreTask, spawn};

/// A request argument: JSON text as it is, or a plain object written as JSON text.
fn request_text(request: Unknown<'_>) -> Out<String> {
    if request.get_type()? == ValueType::String {
        return Ok(String::from_unknown(request)?);
    }
    Ok(js_to_json(request)?.to_string())
}

/// The facade's engine: the normalizer, the models behind windows and health and the message
/// catalogue, built once from a configuration and shared by every call (and thread).
#[napi]
pub struct Engine {
    inner: Arc<tracking_core::api::Engine>,
}

#[napi]
impl Engine {
    /// An engine from its configuration (object or JSON text; every field optional:
    /// `transit_model`, `dwell_model`, `health`, `templates`, `normalize_overrides`).
    /// Throws `INVALID_JSON` for an unknown field, `INVALID_MODEL` for a model that cannot
    /// be loaded.
    #[napi(constructor)]
    pub fn new(
        env: &Env,
        #[napi(ts_arg_type = "object | string")] config: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        guard(env, || {
            let text = match config {
                Some(c) if !matches!(c.get_type()?, ValueType::Undefined | ValueType::Null) => {
                    request_text(c)?
                }
                _ => "{}".to_string(),
            };
            Ok(Engine {
                inner: Arc::new(tracking_core::api::Engine::from_json(&text)?),
            })
        })
    }

    /// Runs `operation` (`normalize`, `identify`, `validate`, `track`, `estimate`, `assess`,
    /// `render`, `decide`, `report`, `order`, `backtest`, `health_replay`, `note_orders`) on
    /// `request` (JSON text or an object) and
    /// returns the JSON response text. Errors throw with their code and the error record's
    /// fields (`kind`, ...).
    #[napi]
    pub fn call(
        &self,
        env: &Env,
        operation: String,
        #[napi(ts_arg_type = "string | object")] request: Unknown<'_>,
    ) -> napi::Result<String> {
        guard(env, || {
            Ok(self.inner.call(&operation, &request_text(request)?)?)
        })
    }

    /// `call` on the libuv thread pool (for `track`/`report` over many shipments).
    #[napi(ts_return_type = "Promise<string>")]
    pub fn call_async(
        &self,
        env: &Env,
        operation: String,
        #[napi(ts_arg_type = "string | object")] request: Unknown<'_>,
    ) -> napi::Result<AsyncTask<CoreTask<String>>> {
        let engine = Arc::clone(&self.inner);
        spawn(env, request_text(request), move |request| {
            Ok(engine.call(&operation, &request)?)
        })
    }
}

/// [`Engine.call`] on a default engine (built-in tables, published priors, built-in
/// messages), built once per process.
#[napi]
pub fn call(
    env: &Env,
    operation: String,
    #[napi(ts_arg_type = "string | object")] request: Unknown<'_>,
) -> napi::Result<String> {
    guard(env, || {
        Ok(tracking_core::api::call(
            &operation,
            &request_text(request)?,
        )?)
    })
}
