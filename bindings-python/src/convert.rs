//! Python <-> JSON-shape conversion, written once: dicts, lists, scalars, and `datetime` /
//! `date` values (sent to the core as ISO text: aware -> RFC 3339 with offset, naive ->
//! local wall-clock, which the core resolves in the scan's or carrier's zone).

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Number, Value};
use tracking_core::Error;

use crate::error::{CoreError, IntoPyResult};

/// An `InvalidInputError` for a value this layer cannot convert.
pub fn invalid(field: &str, reason: impl Into<String>) -> PyErr {
    CoreError(Error::InvalidInput {
        field: field.to_string(),
        reason: reason.into(),
    })
    .into()
}

/// The text of a Python `str`. A `str` holding a lone surrogate (`"\ud800"`, which no UTF-8
/// text can hold) is a bad value of the right type: `InvalidInputError`, not the
/// `UnicodeEncodeError` Python would raise.
pub fn text<'a>(s: &'a Bound<'_, PyString>) -> PyResult<std::borrow::Cow<'a, str>> {
    match s.to_str() {
        Ok(t) => Ok(std::borrow::Cow::Borrowed(t)),
        Err(_) => Err(invalid(
            "text",
            "contains a lone surrogate, which is not valid Unicode text",
        )),
    }
}

/// A Python object (dict/list/str/int/float/bool/None/datetime/date) as a JSON value.
pub fn py_to_json(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(text(s)?.into_owned()));
    }
    if obj.is_instance_of::<PyBool>() {
        return Ok(Value::Bool(obj.extract()?));
    }
    if obj.is_instance_of::<PyInt>() {
        return Ok(match obj.extract::<i64>() {
            Ok(i) => Value::Number(i.into()),
            // Beyond 64 bits: a bad value, not Python's OverflowError.
            Err(_) => Value::Number(
                obj.extract::<u64>()
                    .map_err(|_| invalid("integer", "is out of the 64-bit range"))?
                    .into(),
            ),
        });
    }
    if obj.is_instance_of::<PyFloat>() {
        let f: f64 = obj.extract()?;
        // NaN is how pandas (and numpy) write a missing value: `df.to_dict("records")` gives
        // `nan` for an empty cell of a text column. It is read as missing, as `None` is, in
        // every field (numeric ones too: a NaN is never a value here).
        if f.is_nan() {
            return Ok(Value::Null);
        }
        return Number::from_f64(f)
            .map(Value::Number)
            .ok_or_else(|| invalid("value", format!("{f} is not a finite number")));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::with_capacity(d.len());
        for (k, v) in d.iter() {
            let key: String = k
                .extract()
                .map_err(|_| invalid("key", "dict keys must be str"))?;
            map.insert(key, py_to_json(&v)?);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        return obj
            .try_iter()?
            .map(|item| py_to_json(&item?))
            .collect::<PyResult<Vec<_>>>()
            .map(Value::Array);
    }
    // datetime, date, time (and pandas Timestamp): their ISO text is the JSON shape.
    // pandas' missing time `NaT` writes itself as "NaT": missing, as `None` is.
    if obj.hasattr(pyo3::intern!(obj.py(), "isoformat"))? {
        let text: String = obj
            .call_method0(pyo3::intern!(obj.py(), "isoformat"))?
            .extract()?;
        if text == "NaT" {
            return Ok(Value::Null);
        }
        return Ok(Value::String(text));
    }
    // Objects of this package (Snapshot, TransitModel, ...) and anything dict-like.
    if obj.hasattr(pyo3::intern!(obj.py(), "to_dict"))? {
        return py_to_json(&obj.call_method0(pyo3::intern!(obj.py(), "to_dict"))?);
    }
    Err(invalid(
        "value",
        format!("cannot convert {} to JSON", obj.get_type().name()?),
    ))
}

/// A JSON value as plain Python objects.
pub fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(u)) => u.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, json_to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// Any serializable core value as its JSON shape in Python objects. Goes through JSON text,
/// so numbers are exactly what the CLI prints (an `f32` 0.6 stays 0.6, not 0.6000000238).
pub fn to_py<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(value).map_err(Error::from).py_err()?;
    let json: Value = serde_json::from_str(&text).map_err(Error::from).py_err()?;
    json_to_py(py, &json)
}

/// An `f32` as the `float` its shortest decimal text denotes (0.6, not 0.6000000238).
pub fn f32_to_py(x: f32) -> f64 {
    x.to_string().parse().unwrap_or(f64::from(x))
}

/// A core value from a Python dict (or a JSON string) in its JSON shape.
pub fn from_py<T: DeserializeOwned>(obj: &Bound<'_, PyAny>) -> PyResult<T> {
    // The core's readers name the field of a value of the wrong type (`events[1].code`).
    if let Ok(s) = obj.cast::<PyString>() {
        return tracking_core::error::from_json_str(&text(s)?).py_err();
    }
    let json = py_to_json(obj)?;
    tracking_core::error::from_json_value(&json).py_err()
}

/// An instant argument: aware `datetime` or RFC 3339 text; `None` means the current time
/// (the core itself never reads a clock).
pub fn instant(obj: Option<&Bound<'_, PyAny>>) -> PyResult<DateTime<Utc>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Utc::now());
    };
    if let Ok(s) = obj.cast::<PyString>() {
        // The core's time policy: text without an offset is read as UTC.
        return tracking_core::time::parse_now(&text(s)?).py_err();
    }
    // An aware datetime (any tzinfo: timezone, ZoneInfo, ...) prints its own offset.
    let aware = obj
        .getattr(pyo3::intern!(obj.py(), "tzinfo"))
        .is_ok_and(|tz| !tz.is_none());
    let text = if aware { py_to_json(obj)? } else { Value::Null };
    match text
        .as_str()
        .map(DateTime::<FixedOffset>::parse_from_rfc3339)
    {
        Some(Ok(t)) => Ok(t.with_timezone(&Utc)),
        _ => Err(Error::InvalidTime {
            input: obj.str()?.to_string(),
            reason: "expected an aware datetime (with tzinfo) or RFC 3339 text".into(),
        })
        .py_err(),
    }
}

/// A date argument: `date`, `datetime` (its date) or `YYYY-MM-DD` text.
pub fn date(obj: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    match py_to_json(obj)? {
        Value::String(s) => tracking_core::timeline::parse_date(&s).py_err(),
        _ => Err(invalid(
            "date",
            "expected a date, datetime or `YYYY-MM-DD` text",
        )),
    }
}

/// The error for a `str` holding a lone surrogate.
fn surrogate_error() -> PyErr {
    invalid(
        "text",
        "contains a lone surrogate, which is not valid Unicode text",
    )
}

/// A `str` argument (`#[pyo3(from_py_with = str_arg)]`): like pyo3's own `&str`
/// extraction (`TypeError` for another type), but a lone surrogate raises
/// `InvalidInputError` instead of `UnicodeEncodeError` (docs/robustness.md).
pub fn str_arg<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<&'a str> {
    obj.cast::<PyString>()?
        .to_str()
        .map_err(|_| surrogate_error())
}

/// An optional `str` argument (`None` gives `None`); see [`str_arg`].
pub fn opt_str_arg<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<Option<&'a str>> {
    if obj.is_none() {
        Ok(None)
    } else {
        str_arg(obj).map(Some)
    }
}

/// A `locale` argument: a BCP 47 tag, or `None` for the default locale (English), as in the
/// Node package; see [`str_arg`].
pub fn locale_arg<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<&'a str> {
    Ok(opt_str_arg(obj)?.unwrap_or(tracking_core::message::DEFAULT_LOCALE))
}

/// An optional `str` argument, owned; see [`str_arg`].
pub fn opt_string_arg(obj: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    opt_str_arg(obj).map(|s| s.map(str::to_string))
}

/// An owned `str` argument; see [`str_arg`].
pub fn string_arg(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    str_arg(obj).map(str::to_string)
}

/// An optional list (any iterable but a `str`) of `str`; see [`str_list_arg`].
pub fn opt_str_list_arg(obj: &Bound<'_, PyAny>) -> PyResult<Option<Vec<String>>> {
    if obj.is_none() {
        return Ok(None);
    }
    str_list_arg(obj).map(Some)
}

/// A required list (any iterable but a `str`) of `str`: `TypeError` for `None`, a `str`
/// or another type; see [`str_arg`] for the items.
pub fn str_list_arg(obj: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if obj.is_none() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "expected a list of str, not None",
        ));
    }
    if obj.is_instance_of::<PyString>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "expected a list of str, not a str",
        ));
    }
    obj.try_iter()?
        .map(|item| string_arg(&item?))
        .collect::<PyResult<Vec<_>>>()
}

/// A `(country, region)` pair of optional `str`; see [`str_arg`].
pub fn place_arg(obj: &Bound<'_, PyAny>) -> PyResult<(Option<String>, Option<String>)> {
    let (country, region): (Bound<'_, PyAny>, Bound<'_, PyAny>) = obj.extract()?;
    Ok((opt_string_arg(&country)?, opt_string_arg(&region)?))
}

/// A file system path (`str`, `bytes` or `os.PathLike`). A `str` path that holds a lone
/// surrogate outside what `os.fsencode` accepts raises `InvalidInputError` naming the path
/// argument, not `UnicodeEncodeError`.
pub fn path_arg(obj: &Bound<'_, PyAny>) -> PyResult<std::path::PathBuf> {
    let py = obj.py();
    let os = py.import("os")?;
    let fs = os.getattr("fspath")?.call1((obj,))?;
    if let Ok(s) = fs.cast::<PyString>() {
        if let Ok(t) = s.to_str() {
            return Ok(std::path::PathBuf::from(t));
        }
        // Undecodable bytes of a file name come back from `os.fsencode` (surrogateescape);
        // any other surrogate cannot name a file.
        let Ok(bytes) = os.getattr("fsencode")?.call1((s,)) else {
            return Err(invalid(
                "path",
                "contains a lone surrogate, which cannot name a file",
            ));
        };
        return bytes_path(&bytes);
    }
    bytes_path(&fs)
}

/// A path given as `bytes`.
fn bytes_path(obj: &Bound<'_, PyAny>) -> PyResult<std::path::PathBuf> {
    let bytes: Vec<u8> = obj.extract()?;
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        Ok(std::path::PathBuf::from(std::ffi::OsString::from_vec(
            bytes,
        )))
    }
    #[cfg(not(unix))]
    {
        String::from_utf8(bytes)
            .map(std::path::PathBuf::from)
            .map_err(|_| invalid("path", "is not UTF-8"))
    }
}

/// `(shipment_id, notification)` pairs for `digest`; see [`str_arg`].
pub fn digest_items<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Vec<(String, Bound<'py, PyAny>)>> {
    if obj.is_instance_of::<PyString>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "expected a list of (shipment_id, notification) pairs, not a str",
        ));
    }
    obj.try_iter()?
        .map(|item| {
            let (id, n): (Bound<'py, PyAny>, Bound<'py, PyAny>) = item?.extract()?;
            Ok((string_arg(&id)?, n))
        })
        .collect()
}
