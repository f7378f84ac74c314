//! JavaScript <-> JSON-shape conversion, written once.
//!
//! Inputs: plain objects, arrays, strings, numbers, booleans, `null`/`undefined` and `Date`s
//! (a `Date` anywhere becomes its RFC 3339 instant in UTC, the JSON shape of a time). A JSON
//! string is accepted wherever an object is. Outputs: the core's serde JSON shape as plain
//! objects, with times as RFC 3339 strings.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use napi::bindgen_prelude::{Array, FromNapiValue, Object};
use napi::{JsDate, JsValue, Unknown, ValueType};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Number, Value};
use tracking_core::Error;

use crate::error::{Fail, Out, invalid};

/// Deepest nesting accepted from JavaScript (a shipment is about 5 levels deep).
const MAX_DEPTH: u32 = 64;

/// A JS `Date` as RFC 3339 text in UTC (millisecond precision when it has milliseconds).
fn date_text(date: &JsDate<'_>) -> Out<String> {
    let ms = date.value_of()?;
    if !ms.is_finite() {
        return Err(Fail::Core(Error::InvalidTime {
            input: "Invalid Date".into(),
            reason: "the Date is invalid (NaN)".into(),
        }));
    }
    // `as` saturates; out-of-range instants are caught by `from_timestamp_millis`.
    let t = DateTime::<Utc>::from_timestamp_millis(ms as i64).ok_or_else(|| {
        Fail::Core(Error::InvalidTime {
            input: format!("{ms}"),
            reason: "the Date is outside the supported range".into(),
        })
    })?;
    Ok(t.to_rfc3339_opts(SecondsFormat::AutoSi, true))
}

/// Any JS value as a JSON value (functions and symbols count as absent, as in `JSON.stringify`).
pub fn js_to_json(value: Unknown<'_>) -> Out<Value> {
    walk(value, MAX_DEPTH)
}

fn walk(value: Unknown<'_>, depth: u32) -> Out<Value> {
    Ok(match value.get_type()? {
        ValueType::Undefined | ValueType::Null => Value::Null,
        ValueType::Boolean => Value::Bool(bool::from_unknown(value)?),
        ValueType::Number => number(f64::from_unknown(value)?)?,
        ValueType::String => Value::String(String::from_unknown(value)?),
        ValueType::Object => {
            if depth == 0 {
                return Err(invalid("value", "nested more than 64 levels deep"));
            }
            if value.is_date()? {
                Value::String(date_text(&JsDate::from_unknown(value)?)?)
            } else if value.is_array()? {
                let array = Array::from_unknown(value)?;
                let mut items = Vec::with_capacity(array.len() as usize);
                for i in 0..array.len() {
                    let item = array.get::<Unknown<'_>>(i)?;
                    items.push(match item {
                        Some(item) => walk(item, depth - 1)?,
                        None => Value::Null,
                    });
                }
                Value::Array(items)
            } else {
                let obj = Object::from_unknown(value)?;
                let keys = Object::keys(&obj)?;
                let mut map = Map::with_capacity(keys.len());
                for key in keys {
                    if let Some(item) = obj.get::<Unknown<'_>>(&key)? {
                        if matches!(
                            item.get_type()?,
                            ValueType::Function | ValueType::Symbol | ValueType::Undefined
                        ) {
                            continue;
                        }
                        map.insert(key, walk(item, depth - 1)?);
                    }
                }
                Value::Object(map)
            }
        }
        ValueType::BigInt => {
            return Err(invalid(
                "value",
                "BigInt values are not accepted; pass a number or a string",
            ));
        }
        _ => Value::Null,
    })
}

fn number(f: f64) -> Out<Value> {
    if f.fract() == 0.0 && f.abs() < 9.007_199_254_740_992e15 {
        // An integral double within 2^53 is exactly an i64.
        return Ok(Value::Number(Number::from(f as i64)));
    }
    Number::from_f64(f)
        .map(Value::Number)
        .ok_or_else(|| invalid("value", format!("{f} is not a finite number")))
}

/// A core value from a JS value in its JSON shape, or from JSON text.
pub fn from_js<T: DeserializeOwned>(value: Unknown<'_>) -> Out<T> {
    // The core's readers name the field of a value of the wrong type (`events[1].code`).
    if value.get_type()? == ValueType::String {
        let text = String::from_unknown(value)?;
        return Ok(tracking_core::error::from_json_str(&text)?);
    }
    Ok(tracking_core::error::from_json_value(&js_to_json(value)?)?)
}

/// A core value from an optional JS value (`null` / `undefined` / absent give `None`).
pub fn from_js_opt<T: DeserializeOwned>(value: Option<Unknown<'_>>) -> Out<Option<T>> {
    match value {
        Some(v) if !matches!(v.get_type()?, ValueType::Undefined | ValueType::Null) => {
            from_js(v).map(Some)
        }
        _ => Ok(None),
    }
}

/// The elements of a JS array argument named `field`.
pub fn array_items<'a>(value: Unknown<'a>, field: &str) -> Out<Vec<Unknown<'a>>> {
    if !value.is_array()? {
        return Err(invalid(field, "expected an array"));
    }
    let array = Array::from_unknown(value)?;
    let mut items = Vec::with_capacity(array.len() as usize);
    for i in 0..array.len() {
        if let Some(item) = array.get::<Unknown<'a>>(i)? {
            items.push(item);
        }
    }
    Ok(items)
}

/// Each element of a JS array argument named `field` as a core value, one result per
/// element in place: an element that cannot be read gets its own error, so a batch can
/// answer every other element. A failure of N-API itself (a throwing getter) fails the call.
pub fn read_each<T: DeserializeOwned>(
    value: Unknown<'_>,
    field: &str,
) -> Out<Vec<Result<T, Error>>> {
    array_items(value, field)?
        .into_iter()
        .map(|item| match from_js(item) {
            Ok(v) => Ok(Ok(v)),
            Err(Fail::Core(e) | Fail::At(_, e)) => Ok(Err(e)),
            Err(Fail::Napi(e)) => Err(Fail::Napi(e)),
        })
        .collect()
}

/// Any serializable core value as its JSON shape. Goes through JSON text, so numbers are
/// exactly what the CLI prints (an `f32` 0.6 stays 0.6, not 0.6000000238).
pub fn to_json<T: Serialize>(value: &T) -> Out<Value> {
    let text = serde_json::to_string(value)?;
    Ok(serde_json::from_str(&text)?)
}

/// The current time (the caller's default `now`; the core itself never reads a clock).
pub fn now() -> DateTime<Utc> {
    DateTime::<Utc>::from(std::time::SystemTime::now())
}

/// An instant argument: a `Date` or text ([`instant_text`]); absent (`undefined` / `null`)
/// means the current time (the core itself never reads a clock).
pub fn instant(value: Option<Unknown<'_>>) -> Out<DateTime<Utc>> {
    let Some(value) = value else {
        return Ok(now());
    };
    let text = match value.get_type()? {
        ValueType::Undefined | ValueType::Null => return Ok(now()),
        ValueType::String => String::from_unknown(value)?,
        ValueType::Object if value.is_date()? => date_text(&JsDate::from_unknown(value)?)?,
        _ => {
            return Err(Fail::Core(Error::InvalidTime {
                input: String::new(),
                reason: "expected a Date or RFC 3339 text".into(),
            }));
        }
    };
    instant_text(&text)
}

/// Clock text as an instant, by the core's rule for a run's clock (the CLI's `--now`, the
/// facade's `now`, Python's `now`): RFC 3339, or a wall-clock time without an offset read
/// as UTC.
pub fn instant_text(text: &str) -> Out<DateTime<Utc>> {
    Ok(tracking_core::time::parse_now(text)?)
}

/// A date argument named `field`: `YYYY-MM-DD` text, or a `Date` (its UTC calendar day).
pub fn date(value: Unknown<'_>, field: &str) -> Out<NaiveDate> {
    match js_to_json(value)? {
        Value::String(s) => {
            let day = s
                .get(..10)
                .filter(|_| s.len() > 10 && value_is_date_text(&s));
            Ok(tracking_core::timeline::parse_date(day.unwrap_or(&s))?)
        }
        _ => Err(invalid(field, "expected a Date or `YYYY-MM-DD` text")),
    }
}

/// Whether `s` looks like the RFC 3339 text a `Date` converts to (`YYYY-MM-DDT...Z`).
fn value_is_date_text(s: &str) -> bool {
    s.as_bytes().get(10) == Some(&b'T') && s.ends_with('Z')
}

/// A date as `YYYY-MM-DD` text.
pub fn date_out(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A JSON value returned from an async task (a newtype: napi-rs needs a type name for the
/// Promise's payload).
pub struct Json(pub Value);

impl napi::bindgen_prelude::TypeName for Json {
    fn type_name() -> &'static str {
        "Json"
    }
    fn value_type() -> ValueType {
        ValueType::Unknown
    }
}

// The one unsafe item of this crate: N-API's conversion trait is an `unsafe fn` by
// signature; the body only forwards to serde_json's own implementation.
#[allow(unsafe_code)]
impl napi::bindgen_prelude::ToNapiValue for Json {
    unsafe fn to_napi_value(
        env: napi::sys::napi_env,
        val: Self,
    ) -> napi::Result<napi::sys::napi_value> {
        // SAFETY: napi-rs calls this with the env of the current call, as for `Value`.
        unsafe { Value::to_napi_value(env, val.0) }
    }
}
