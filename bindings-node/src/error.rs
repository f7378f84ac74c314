//! The one place where core errors (and panics) become JavaScript errors.
//!
//! Every core [`Error`] is thrown as a JS `Error` with:
//! - `code`: a stable upper-snake code derived from the core's `Error::kind()`
//!   (`UNKNOWN_CARRIER`, `INVALID_TIME`, ..., `INTERNAL` for a bug or a caught panic);
//! - `name`: the Python binding's exception class name for the same kind
//!   (`UnknownCarrierError`), so both bindings share one table: the core's kinds;
//! - `kind`: the core's kind string itself;
//! - the variant's data fields (`carrier`, `input`, `reason`, `line`, ...).
//!
//! A panic inside an export is caught ([`guard`]) and becomes `INTERNAL`: it never unwinds
//! into Node (which would abort the process).

use std::panic::{AssertUnwindSafe, catch_unwind};

use napi::bindgen_prelude::Object;
use napi::{Env, JsValue};
use serde_json::Value;
use tracking_core::Error;

/// Why an export failed: a core error (thrown with its code and fields), or a failure of the
/// N-API layer itself (thrown as napi-rs builds it).
pub enum Fail {
    /// A core error, or a conversion error phrased as one (`InvalidInput`, `InvalidJson`).
    Core(Error),
    /// A core error about element `.0` of an array argument (thrown with `index`).
    At(usize, Error),
    /// An error raised by N-API calls (rare: out of memory, a pending exception).
    Napi(napi::Error),
}

impl From<Error> for Fail {
    fn from(e: Error) -> Self {
        Fail::Core(e)
    }
}

impl From<napi::Error> for Fail {
    fn from(e: napi::Error) -> Self {
        Fail::Napi(e)
    }
}

impl From<serde_json::Error> for Fail {
    fn from(e: serde_json::Error) -> Self {
        Fail::Core(Error::from(e))
    }
}

/// What every export's body returns before [`guard`] turns it into a `napi::Result`.
pub type Out<T> = Result<T, Fail>;

/// An `InvalidInput` error for an argument this layer cannot convert.
pub fn invalid(field: &str, reason: impl Into<String>) -> Fail {
    Fail::Core(Error::InvalidInput {
        field: field.to_string(),
        reason: reason.into(),
    })
}

/// `UNKNOWN_CARRIER` from `UnknownCarrier` (or from `unknown_carrier`: the code does not
/// depend on how the core spells its kinds).
pub fn code_of_kind(kind: &str) -> String {
    let mut code = String::with_capacity(kind.len() + 4);
    let mut prev_lower = false;
    for ch in kind.chars() {
        if ch == '_' || ch == '-' || ch == ' ' {
            code.push('_');
            prev_lower = false;
        } else if ch.is_uppercase() {
            if prev_lower {
                code.push('_');
            }
            code.extend(ch.to_uppercase());
            prev_lower = false;
        } else {
            code.extend(ch.to_uppercase());
            prev_lower = true;
        }
    }
    code
}

/// `UnknownCarrierError` from `UnknownCarrier` / `unknown_carrier`: the Python class name.
pub fn name_of_kind(kind: &str) -> String {
    let mut name = String::with_capacity(kind.len() + 5);
    let mut upper_next = true;
    for ch in kind.chars() {
        if ch == '_' || ch == '-' || ch == ' ' {
            upper_next = true;
        } else if upper_next {
            name.extend(ch.to_uppercase());
            upper_next = false;
        } else {
            name.push(ch);
        }
    }
    name.push_str("Error");
    name
}

/// The data fields of a core error, as JSON (the variant's fields, snake_case as in the core).
fn fields(err: &Error) -> Vec<(&'static str, Value)> {
    let s = |v: &str| Value::String(v.to_string());
    match err {
        Error::UnknownStatus { code } => vec![("value", s(code))],
        Error::StatusMismatch { status, substatus } => {
            vec![("status", s(status)), ("substatus", s(substatus))]
        }
        Error::UnknownCarrier { carrier } => vec![("carrier", s(carrier))],
        Error::UnknownCountry { country } => vec![("country", s(country))],
        Error::UnknownRegion { country, region } => {
            vec![("country", s(country)), ("region", s(region))]
        }
        Error::InvalidTime { input, reason } => vec![("input", s(input)), ("reason", s(reason))],
        Error::InvalidEvent { reason } => {
            vec![(
                "reason",
                serde_json::to_value(reason).unwrap_or(Value::Null),
            )]
        }
        Error::InvalidJson { line, message } => vec![
            ("line", line.map_or(Value::Null, |l| Value::from(l as u64))),
            ("detail", s(message)),
        ],
        Error::InvalidInput { field, reason } => vec![("field", s(field)), ("reason", s(reason))],
        Error::InvalidTrackingNumber {
            number,
            carrier,
            reason,
            look_alike,
        } => vec![
            ("number", s(number)),
            ("carrier", carrier.as_deref().map_or(Value::Null, s)),
            ("reason", s(reason)),
            (
                "look_alike",
                look_alike.map_or(Value::Null, |c| s(c.code())),
            ),
        ],
        Error::InvalidModel { reason } => vec![("reason", s(reason))],
        Error::UnsupportedLocale { locale } => vec![("locale", s(locale))],
        Error::Internal { message } => vec![("detail", s(message))],
        _ => Vec::new(),
    }
}

/// Builds the JS `Error` object for a core error and wraps it so napi-rs throws that object.
pub fn to_napi(env: &Env, err: &Error, index: Option<usize>) -> napi::Error {
    match build(env, err, index) {
        Ok(obj) => napi::Error::from(obj.to_unknown()),
        Err(e) => e,
    }
}

/// The `INVALID_INPUT` error object for an argument of the wrong type, built here like every
/// other error: args.js calls it when napi-rs refused to convert an argument (its own
/// `StringExpected`, `NumberExpected`, ... statuses are not in the documented table) and
/// throws what it returns.
#[napi_derive::napi(js_name = "__invalidArgument", skip_typescript)]
pub fn invalid_argument<'e>(
    env: &'e Env,
    field: String,
    reason: String,
) -> napi::Result<Object<'e>> {
    build(env, &Error::InvalidInput { field, reason }, None)
}

fn build<'e>(env: &'e Env, err: &Error, index: Option<usize>) -> napi::Result<Object<'e>> {
    let kind = err.kind().code();
    let code = code_of_kind(kind);
    let mut obj: Object<'e> = env.create_error(napi::Error::new(
        napi::Status::GenericFailure,
        err.to_string(),
    ))?;
    obj.set("code", code.as_str())?;
    obj.set("name", name_of_kind(kind))?;
    obj.set("kind", kind)?;
    for (key, value) in fields(err) {
        obj.set(key, value)?;
    }
    if let Some(i) = index {
        obj.set("index", i as f64)?;
    }
    Ok(obj)
}

/// Converts a [`Fail`] into the error napi-rs throws.
pub fn into_napi(env: &Env, fail: Fail) -> napi::Error {
    match fail {
        Fail::Core(e) => to_napi(env, &e, None),
        Fail::At(i, e) => to_napi(env, &e, Some(i)),
        Fail::Napi(e) => e,
    }
}

/// Runs `f`, turning a panic into `Error::Internal` (code `INTERNAL`).
pub fn catch<T>(f: impl FnOnce() -> Out<T>) -> Out<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => Err(Fail::Core(Error::from_panic(payload.as_ref()))),
    }
}

/// Runs an export body: a panic becomes `INTERNAL`, a core error a JS `Error` with its code.
pub fn guard<T>(env: &Env, f: impl FnOnce() -> Out<T>) -> napi::Result<T> {
    catch(f).map_err(|fail| into_napi(env, fail))
}

/// Every error kind of the core (its stable snake_case codes), for `errorCodes()`.
pub fn all_kinds() -> Vec<&'static str> {
    tracking_core::error::ErrorKind::ALL
        .iter()
        .map(|k| k.code())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_from_either_spelling() {
        assert_eq!(code_of_kind("UnknownCarrier"), "UNKNOWN_CARRIER");
        assert_eq!(code_of_kind("unknown_carrier"), "UNKNOWN_CARRIER");
        assert_eq!(code_of_kind("Internal"), "INTERNAL");
        assert_eq!(name_of_kind("InvalidJson"), "InvalidJsonError");
        assert_eq!(
            name_of_kind("invalid_tracking_number"),
            "InvalidTrackingNumberError"
        );
    }
}
