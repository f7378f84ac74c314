//! `identify`, `validate`, `findInText` and `identifyBatch` (mirrors core `tracking_number`).

use napi::Env;
use napi::bindgen_prelude::AsyncTask;
use napi_derive::napi;
use serde_json::Value;
use tracking_core::tracking_number::{self, Hint, Identification};

use crate::convert::to_json;
use crate::error::{Out, guard};
use crate::tasks::{CoreTask, spawn};

/// Hints that break ties between formats several carriers share.
#[napi(object)]
pub struct IdentifyOptions {
    /// The merchant's carriers (slugs, names or aliases).
    pub carriers: Option<Vec<String>>,
    /// Country the parcel ships from or to (ISO 3166-1 alpha-2).
    pub country: Option<String>,
}

/// The core's identification with the caller's hints applied (one place for both outputs).
pub(crate) fn identify_hinted(number: &str, options: Option<&IdentifyOptions>) -> Identification {
    let carriers: Vec<&str> = options
        .and_then(|o| o.carriers.as_ref())
        .map(|c| c.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let hint = Hint {
        carriers: &carriers,
        country: options.and_then(|o| o.country.as_deref()),
    };
    tracking_number::identify_with(number, &hint)
}

fn identify_one(number: &str, options: Option<&IdentifyOptions>) -> Out<Value> {
    to_json(&identify_hinted(number, options))
}

/// Identifies the carrier of a pasted tracking number: every accepting format, ranked
/// (check-digit-verified first), with the normalized number and the tracking URL.
#[napi(ts_return_type = "Identification")]
pub fn identify(
    env: &Env,
    number: String,
    options: Option<IdentifyOptions>,
) -> napi::Result<Value> {
    guard(env, || identify_one(&number, options.as_ref()))
}

/// Identifies many numbers in one call (same answers as `identify`, in input order).
#[napi(ts_return_type = "Identification[]")]
pub fn identify_batch(
    env: &Env,
    numbers: Vec<String>,
    options: Option<IdentifyOptions>,
) -> napi::Result<Vec<Value>> {
    guard(env, || {
        numbers
            .iter()
            .map(|n| identify_one(n, options.as_ref()))
            .collect()
    })
}

/// `identifyBatch` on the libuv thread pool.
#[napi(ts_return_type = "Promise<Identification[]>")]
pub fn identify_batch_async(
    env: &Env,
    numbers: Vec<String>,
    options: Option<IdentifyOptions>,
) -> napi::Result<AsyncTask<CoreTask<Vec<crate::convert::Json>>>> {
    spawn(env, Ok(numbers), move |numbers| {
        numbers
            .iter()
            .map(|n| identify_one(n, options.as_ref()).map(crate::convert::Json))
            .collect()
    })
}

/// Validates a number for one carrier; returns the accepting candidate. Throws
/// `INVALID_TRACKING_NUMBER` (with `reason`, and `look_alike`, the class code of a number
/// refused as something else, `reason` then in `locale`, `en` by default) or
/// `UNKNOWN_CARRIER`.
#[napi(ts_return_type = "Candidate")]
pub fn validate(
    env: &Env,
    number: String,
    carrier: String,
    locale: Option<String>,
) -> napi::Result<Value> {
    guard(env, || {
        let candidate = tracking_core::message::MessageCatalog::new().validate_number(
            &number,
            &carrier,
            locale.as_deref(),
        )?;
        to_json(&candidate)
    })
}

/// Tracking numbers found in free text (an e-mail, a note), with spans and candidates.
#[napi(ts_return_type = "FoundNumber[]")]
pub fn find_in_text(env: &Env, text: String) -> napi::Result<Value> {
    guard(env, || to_json(&tracking_number::find_in_text(&text)))
}
