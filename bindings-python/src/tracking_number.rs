//! `identify`, `validate`, `find_in_text` and `identify_batch` (mirrors core `tracking_number`).

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Float64Builder, StringBuilder};
use arrow_array::{ArrayRef, StructArray};
use arrow_schema::{DataType, Field, Fields};
use pyo3::prelude::*;
use pyo3::types::PyString;
use pyo3_arrow::PyArray;
use tracking_core::tracking_number::{self, Hint};

use crate::batch::{StrCol, row_count};
use crate::convert::{text, to_py};
use crate::error::{IntoPyResult, guard};
use crate::identification::{Candidate, Identification};

/// Identifies the carrier of a pasted tracking number: every accepting format, ranked
/// (check-digit-verified first). Returns an `Identification` (read as attributes or as the
/// mapping of the JSON shape `{"input", "normalized", "ambiguous", "candidates": [...]}`;
/// `to_dict()` for plain dicts). `carriers` (the merchant's carriers) and `country` are
/// hints that break ties.
///
/// >>> import tracking_core as tc
/// >>> tc.identify("1z 879 e93 03 4683 444 0")["candidates"][0]["carrier"]
/// 'ups'
#[pyfunction]
#[pyo3(signature = (number, carriers=None, country=None))]
pub fn identify(
    number: &Bound<'_, PyString>,
    #[pyo3(from_py_with = crate::convert::opt_str_list_arg)] carriers: Option<Vec<String>>,
    #[pyo3(from_py_with = crate::convert::opt_str_arg)] country: Option<&str>,
) -> PyResult<Identification> {
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
        Ok(Identification::new(tracking_number::identify_with(
            &number, &hint,
        )))
    })
}

/// Identifies many numbers in one call (no hints): `[identify(n) for n in numbers]` without
/// a Python call per number. `numbers` is required: any iterable of `str` but a `str`
/// (`TypeError` for `None`, a `str` or a non-`str` item, as for any argument of the wrong
/// type).
#[pyfunction]
pub fn identify_many(
    #[pyo3(from_py_with = crate::convert::str_list_arg)] numbers: Vec<String>,
) -> PyResult<Vec<Identification>> {
    guard(|| {
        Ok(numbers
            .iter()
            .map(|n| Identification::new(tracking_number::identify(n)))
            .collect())
    })
}

/// Validates a number for one carrier; returns the accepting `Candidate` (attribute or
/// mapping access, `to_dict()`). Raises `InvalidTrackingNumberError` (with `.reason`, and
/// `.look_alike`, the class code of a number refused as something else, whose `.reason` is
/// then in `locale`, English by default) or `UnknownCarrierError`.
///
/// >>> import tracking_core as tc
/// >>> tc.validate("1Z879E930346834440", "ups")["check_digit_verified"]
/// True
#[pyfunction]
#[pyo3(signature = (number, carrier, locale = None))]
pub fn validate(
    number: &Bound<'_, PyString>,
    #[pyo3(from_py_with = crate::convert::str_arg)] carrier: &str,
    #[pyo3(from_py_with = crate::convert::opt_str_arg)] locale: Option<&str>,
) -> PyResult<Candidate> {
    guard(|| {
        let number = text(number)?;
        Ok(Candidate(
            tracking_core::message::MessageCatalog::new()
                .validate_number(&number, carrier, locale)
                .py_err()?,
        ))
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
    m.add_function(wrap_pyfunction!(identify_many, m)?)?;
    m.add_class::<Identification>()?;
    m.add_class::<Candidate>()?;
    Ok(())
}
