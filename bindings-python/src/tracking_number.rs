//! `identify`, `validate`, `find_in_text` and `identify_batch` (mirrors core `tracking_number`).

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Float64Builder, StringBuilder};
use arrow_array::{ArrayRef, StructArray};
use arrow_schema::{DataType, Field, Fields};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3_arrow::PyArray;
use tracking_core::tracking_number::{self, Hint};

use crate::batch::{StrCol, row_count};
use crate::convert::{text, to_py};
use crate::error::{IntoPyResult, guard};

/// Identifies the carrier of a pasted tracking number: every accepting format, ranked
/// (check-digit-verified first). Returns the JSON shape
/// `{"input", "normalized", "ambiguous", "candidates": [...]}`. `carriers` (the merchant's
/// carriers) and `country` are hints that break ties.
///
/// >>> import tracking_core as tc
/// >>> tc.identify("1z 879 e93 03 4683 444 0")["candidates"][0]["carrier"]
/// 'ups'
#[pyfunction]
#[pyo3(signature = (number, carriers=None, country=None))]
pub fn identify<'py>(
    py: Python<'py>,
    number: &Bound<'py, PyString>,
    #[pyo3(from_py_with = crate::convert::opt_str_list_arg)] carriers: Option<Vec<String>>,
    #[pyo3(from_py_with = crate::convert::opt_str_arg)] country: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        // Pasted text is the likeliest to hold a lone surrogate: InvalidInputError, not
        // UnicodeEncodeError (docs/robustness.md).
        let number = text(number)?;
        let carriers = carriers.unwrap_or_default();
        let slugs: Vec<&str> = carriers.iter().map(String::as_str).collect();
        let hint = Hint {
            carriers: &slugs,
            country,
        };
        identification_to_py(py, &tracking_number::identify_with(&number, &hint))
    })
}

/// An identification as the dict of its JSON shape, built directly with interned keys: the
/// generic path (JSON text, then `serde_json::Value`, then dicts) cost most of the call.
/// Same keys, order and values as the JSON shape (tested against `call("identify", ...)`).
fn identification_to_py<'py>(
    py: Python<'py>,
    id: &tracking_number::Identification,
) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "input"), &id.input)?;
    d.set_item(intern!(py, "normalized"), &id.normalized)?;
    d.set_item(intern!(py, "ambiguous"), id.ambiguous)?;
    let list = PyList::empty(py);
    for c in &id.candidates {
        list.append(candidate_to_py(py, c)?)?;
    }
    d.set_item(intern!(py, "candidates"), list)?;
    Ok(d.into_any())
}

/// A candidate as the dict of its JSON shape (`operator` only when known).
fn candidate_to_py<'py>(
    py: Python<'py>,
    c: &tracking_number::Candidate,
) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "carrier"), c.carrier)?;
    d.set_item(intern!(py, "format"), c.format)?;
    d.set_item(intern!(py, "format_name"), c.format_name)?;
    d.set_item(intern!(py, "check_digit_verified"), c.check_digit_verified)?;
    d.set_item(intern!(py, "confidence"), c.confidence)?;
    d.set_item(intern!(py, "number"), &c.number)?;
    d.set_item(intern!(py, "trackable"), &c.trackable)?;
    if let Some(op) = c.operator {
        d.set_item(intern!(py, "operator"), op)?;
    }
    let details = PyDict::new(py);
    for (k, v) in &c.details {
        details.set_item(*k, v)?;
    }
    d.set_item(intern!(py, "details"), details)?;
    d.set_item(intern!(py, "tracking_url"), c.tracking_url.as_deref())?;
    Ok(d.into_any())
}

/// Validates a number for one carrier; returns the accepting candidate (dict). Raises
/// `InvalidTrackingNumberError` (with `.reason`) or `UnknownCarrierError`.
///
/// >>> import tracking_core as tc
/// >>> tc.validate("1Z879E930346834440", "ups")["check_digit_verified"]
/// True
#[pyfunction]
pub fn validate<'py>(
    py: Python<'py>,
    number: &Bound<'py, PyString>,
    #[pyo3(from_py_with = crate::convert::str_arg)] carrier: &str,
) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        let number = text(number)?;
        candidate_to_py(py, &tracking_number::validate(&number, carrier).py_err()?)
    })
}

/// Tracking numbers found in free text (an e-mail, a note), with spans and candidates.
#[pyfunction]
pub fn find_in_text<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        let text = crate::convert::text(text)?;
        to_py(py, &tracking_number::find_in_text(&text))
    })
}

/// Identifies a column of tracking numbers (list or Arrow array) with the GIL released.
/// Returns an Arrow struct array: `normalized`, `carrier`, `format`, `check_digit_verified`,
/// `ambiguous`, `candidates` (count), `confidence`, `tracking_url` (best candidate; nulls
/// when no format accepts the number).
#[pyfunction]
pub fn identify_batch(py: Python<'_>, numbers: &Bound<'_, PyAny>) -> PyResult<PyArray> {
    guard(|| {
        let col = StrCol::extract(numbers, "numbers")?;
        let n = row_count(&[("numbers", &col)])?;
        let array = py.detach(|| identify_rows(&col, n));
        Ok(PyArray::from_array_ref(Arc::new(array)))
    })
}

fn identify_rows(col: &StrCol, n: usize) -> StructArray {
    let mut normalized = StringBuilder::new();
    let mut carrier = StringBuilder::new();
    let mut format = StringBuilder::new();
    let mut verified = BooleanBuilder::new();
    let mut ambiguous = BooleanBuilder::new();
    let mut count = arrow_array::builder::UInt32Builder::new();
    let mut confidence = Float64Builder::new();
    let mut url = StringBuilder::new();
    for i in 0..n {
        let Some(number) = col.get(i) else {
            normalized.append_null();
            carrier.append_null();
            format.append_null();
            verified.append_null();
            ambiguous.append_null();
            count.append_null();
            confidence.append_null();
            url.append_null();
            continue;
        };
        let id = tracking_number::identify(number);
        let best = id.best();
        normalized.append_value(&id.normalized);
        carrier.append_option(best.map(|c| c.carrier));
        format.append_option(best.map(|c| c.format));
        verified.append_option(best.map(|c| c.check_digit_verified));
        ambiguous.append_value(id.ambiguous);
        count.append_value(id.candidates.len() as u32);
        confidence.append_option(best.map(|c| c.confidence));
        url.append_option(best.and_then(|c| c.tracking_url.as_deref()));
    }
    let fields = Fields::from(vec![
        Field::new("normalized", DataType::Utf8, true),
        Field::new("carrier", DataType::Utf8, true),
        Field::new("format", DataType::Utf8, true),
        Field::new("check_digit_verified", DataType::Boolean, true),
        Field::new("ambiguous", DataType::Boolean, true),
        Field::new("candidates", DataType::UInt32, true),
        Field::new("confidence", DataType::Float64, true),
        Field::new("tracking_url", DataType::Utf8, true),
    ]);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(normalized.finish()),
        Arc::new(carrier.finish()),
        Arc::new(format.finish()),
        Arc::new(verified.finish()),
        Arc::new(ambiguous.finish()),
        Arc::new(count.finish()),
        Arc::new(confidence.finish()),
        Arc::new(url.finish()),
    ];
    StructArray::new(fields, columns, None)
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(identify, m)?)?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(find_in_text, m)?)?;
    m.add_function(wrap_pyfunction!(identify_batch, m)?)?;
    Ok(())
}
