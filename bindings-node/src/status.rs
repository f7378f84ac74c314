//! The taxonomy's codes (mirrors core `status`).

use napi::Env;
use napi_derive::napi;
use tracking_core::{Status, SubStatus};

use crate::error::guard;

/// Every status code, in taxonomy order.
#[napi(ts_return_type = "StatusCode[]")]
pub fn statuses() -> Vec<&'static str> {
    Status::ALL.iter().map(|s| s.code()).collect()
}

/// Every sub-status code (`"<status>.<sub>"`), in taxonomy order.
#[napi(ts_return_type = "SubStatusCode[]")]
pub fn substatuses() -> Vec<&'static str> {
    SubStatus::ALL.iter().map(|s| s.code()).collect()
}

/// The canonical code of a status code or taxonomy label (`"InTransit"` -> `"in_transit"`).
/// Throws `UNKNOWN_STATUS` for anything else.
#[napi(ts_return_type = "StatusCode")]
pub fn parse_status(env: &Env, code: String) -> napi::Result<&'static str> {
    guard(env, || Ok(code.parse::<Status>()?.code()))
}

/// Whether a status (with an optional sub-status) ends a shipment's life.
#[napi]
pub fn is_terminal(env: &Env, status: String, substatus: Option<String>) -> napi::Result<bool> {
    guard(env, || {
        let status: Status = status.parse()?;
        let sub = substatus
            .map(|s| tracking_core::status::parse_substatus_for(status, &s))
            .transpose()?;
        Ok(tracking_core::status::is_terminal(status, sub))
    })
}
