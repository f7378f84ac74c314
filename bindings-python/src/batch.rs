//! Column functions: Python lists or any Arrow array (PyCapsule interface: pyarrow, polars,
//! pandas with Arrow, duckdb) in, an Arrow struct array out. The core work runs with the GIL
//! released. Normalization is pure, so each distinct (carrier, code, text, language) row is
//! normalized once and its result reused: columns of millions of scans repeat a few thousand
//! distinct events.

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Float32Builder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, StructArray};
use arrow_schema::{DataType, Field, Fields};
use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyString};
use pyo3_arrow::PyArray;
use pyo3_arrow::input::AnyArray;
use rustc_hash::FxHashMap;
use tracking_core::Normalized;

use crate::convert::invalid;
use crate::error::guard;

/// A string column, borrowed from Arrow or owned from a Python list, or one value for all rows.
pub enum StrCol {
    /// Arrow `utf8` (other string types are cast to it).
    Arrow(arrow_array::StringArray),
    /// Arrow `utf8_view` (polars' native string type), read without a copy.
    View(arrow_array::StringViewArray),
    /// A Python list.
    Owned(Vec<Option<String>>),
    /// A scalar broadcast to every row.
    Const(Option<String>),
}

impl StrCol {
    /// The value at row `i` (null for out-of-range rows).
    #[inline]
    pub fn get(&self, i: usize) -> Option<&str> {
        match self {
            StrCol::Arrow(a) => (i < a.len() && a.is_valid(i)).then(|| a.value(i)),
            StrCol::View(a) => (i < a.len() && a.is_valid(i)).then(|| a.value(i)),
            StrCol::Owned(v) => v.get(i).and_then(|s| s.as_deref()),
            StrCol::Const(c) => c.as_deref(),
        }
    }

    fn len(&self) -> Option<usize> {
        match self {
            StrCol::Arrow(a) => Some(a.len()),
            StrCol::View(a) => Some(a.len()),
            StrCol::Owned(v) => Some(v.len()),
            StrCol::Const(_) => None,
        }
    }

    /// Reads a column argument named `name`.
    pub fn extract(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<StrCol> {
        let py = obj.py();
        if obj.is_none() {
            return Ok(StrCol::Const(None));
        }
        if let Ok(s) = obj.cast::<PyString>() {
            return Ok(StrCol::Const(Some(crate::convert::text(s)?.into_owned())));
        }
        let arrow = if obj.hasattr(pyo3::intern!(py, "__arrow_c_array__"))?
            || obj.hasattr(pyo3::intern!(py, "__arrow_c_stream__"))?
        {
            // Some exporters (polars' all-null columns) produce data arrow-rs rejects: such
            // objects are still iterable, and read row by row below.
            obj.extract::<AnyArray>()
                .ok()
                .and_then(|a| a.into_chunked_array().ok())
        } else {
            None
        };
        if let Some(chunked) = arrow {
            let (chunks, _field) = chunked.into_inner();
            let refs: Vec<&dyn Array> = chunks.iter().map(|c| c.as_ref()).collect();
            let one: ArrayRef = match refs.as_slice() {
                [single] => arrow_array::make_array(single.to_data()),
                [] => arrow_array::new_empty_array(&DataType::Utf8),
                many => {
                    arrow_select::concat::concat(many).map_err(|e| invalid(name, e.to_string()))?
                }
            };
            return Ok(match one.data_type() {
                DataType::Utf8View => StrCol::View(one.as_string_view().clone()),
                DataType::Utf8 => StrCol::Arrow(one.as_string::<i32>().clone()),
                _ => {
                    let cast = arrow_cast::cast(&one, &DataType::Utf8)
                        .map_err(|e| invalid(name, format!("expected a string column: {e}")))?;
                    StrCol::Arrow(cast.as_string::<i32>().clone())
                }
            });
        }
        // Any other iterable (list, tuple, pandas object Series): str or None/NaN per row.
        let mut values = Vec::new();
        for item in obj.try_iter()? {
            let item = item?;
            if let Ok(s) = item.cast::<PyString>() {
                values.push(Some(crate::convert::text(s)?.into_owned()));
            } else if item.is_none() || item.cast::<PyFloat>().is_ok_and(|f| f.value().is_nan()) {
                values.push(None);
            } else {
                return Err(invalid(
                    name,
                    format!(
                        "row {}: expected str or None, got {}",
                        values.len(),
                        item.get_type().name()?
                    ),
                ));
            }
        }
        Ok(StrCol::Owned(values))
    }
}

/// The common row count of the columns (scalars broadcast); an error on a length mismatch.
pub fn row_count(cols: &[(&str, &StrCol)]) -> PyResult<usize> {
    let mut n: Option<(usize, &str)> = None;
    for (name, col) in cols {
        if let Some(len) = col.len() {
            match n {
                Some((m, first)) if m != len => {
                    return Err(invalid(
                        name,
                        format!("has {len} rows but `{first}` has {m}"),
                    ));
                }
                _ => n = Some((len, name)),
            }
        }
    }
    Ok(n.map_or(1, |(len, _)| len))
}

/// Normalizes rows, each distinct input once; returns the distinct results and the row index.
/// Distinct inputs are normalized on all cores when there are enough of them.
fn normalize_rows(
    normalizer: &tracking_core::Normalizer,
    n: usize,
    carrier: &StrCol,
    code: &StrCol,
    description: &StrCol,
    language: &StrCol,
) -> (Vec<Normalized>, Vec<u32>) {
    type Key<'a> = (
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
    );
    let mut seen: FxHashMap<Key<'_>, u32> = FxHashMap::default();
    let mut keys: Vec<Key<'_>> = Vec::new();
    let mut rows = Vec::with_capacity(n);
    for i in 0..n {
        let key = (
            carrier.get(i),
            code.get(i),
            description.get(i),
            language.get(i),
        );
        let idx = *seen.entry(key).or_insert_with(|| {
            keys.push(key);
            (keys.len() - 1) as u32
        });
        rows.push(idx);
    }
    let one = |k: &Key<'_>| normalizer.normalize(k.0.unwrap_or_default(), k.1, k.2, k.3);
    let threads = std::thread::available_parallelism()
        .map_or(1, |t| t.get())
        .min(keys.len() / MIN_KEYS_PER_THREAD)
        .max(1);
    if threads == 1 {
        return (keys.iter().map(one).collect(), rows);
    }
    let chunk = keys.len().div_ceil(threads);
    let results = std::thread::scope(|scope| {
        let handles: Vec<_> = keys
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        let mut all = Vec::with_capacity(keys.len());
        for handle in handles {
            match handle.join() {
                Ok(part) => all.extend(part),
                // Re-raise in this thread, where `guard` turns it into `InternalError`.
                Err(payload) => std::panic::resume_unwind(payload),
            }
        }
        all
    });
    (results, rows)
}

/// Below this many distinct events per thread, spawning threads costs more than it saves.
const MIN_KEYS_PER_THREAD: usize = 512;

/// The Arrow struct of normalization results, one row per input row.
fn normalized_struct(results: &[Normalized], rows: &[u32]) -> StructArray {
    let n = rows.len();
    let mut status = StringBuilder::with_capacity(n, n * 10);
    let mut substatus = StringBuilder::with_capacity(n, n * 16);
    let mut reason = StringBuilder::with_capacity(n, 0);
    let mut confidence = Float32Builder::with_capacity(n);
    let mut rule = StringBuilder::with_capacity(n, n * 12);
    let mut affects = BooleanBuilder::with_capacity(n);
    for &r in rows {
        let Some(x) = results.get(r as usize) else {
            continue;
        };
        status.append_value(x.status.code());
        substatus.append_option(x.substatus.map(|s| s.code()));
        reason.append_option(x.reason.as_deref());
        confidence.append_value(x.confidence);
        rule.append_value(x.rule.as_str());
        affects.append_value(x.affects_state);
    }
    let fields = Fields::from(vec![
        Field::new("status", DataType::Utf8, false),
        Field::new("substatus", DataType::Utf8, true),
        Field::new("reason", DataType::Utf8, true),
        Field::new("confidence", DataType::Float32, false),
        Field::new("rule", DataType::Utf8, false),
        Field::new("affects_state", DataType::Boolean, false),
    ]);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(status.finish()),
        Arc::new(substatus.finish()),
        Arc::new(reason.finish()),
        Arc::new(confidence.finish()),
        Arc::new(rule.finish()),
        Arc::new(affects.finish()),
    ];
    StructArray::new(fields, columns, None)
}

/// Normalizes columns of raw events: `carrier` (a column or one slug for all rows), `code`,
/// `description` and `language` (columns, one value, or `None`). Returns an Arrow struct
/// array with fields `status`, `substatus`, `reason`, `confidence`, `rule`, `affects_state`.
#[pyfunction]
#[pyo3(signature = (carrier, code=None, description=None, language=None, normalizer=None))]
pub fn normalize_batch(
    py: Python<'_>,
    carrier: &Bound<'_, PyAny>,
    code: Option<&Bound<'_, PyAny>>,
    description: Option<&Bound<'_, PyAny>>,
    language: Option<&Bound<'_, PyAny>>,
    normalizer: Option<&crate::normalize::PyNormalizer>,
) -> PyResult<PyArray> {
    guard(|| {
        let none = py.None().into_bound(py);
        let carrier = StrCol::extract(carrier, "carrier")?;
        let code = StrCol::extract(code.unwrap_or(&none), "code")?;
        let description = StrCol::extract(description.unwrap_or(&none), "description")?;
        let language = StrCol::extract(language.unwrap_or(&none), "language")?;
        let n = row_count(&[
            ("carrier", &carrier),
            ("code", &code),
            ("description", &description),
            ("language", &language),
        ])?;
        let core = crate::normalize::pick(normalizer);
        let array = py.detach(|| {
            let (results, rows) = normalize_rows(core, n, &carrier, &code, &description, &language);
            normalized_struct(&results, &rows)
        });
        Ok(PyArray::from_array_ref(Arc::new(array)))
    })
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(normalize_batch, m)?)?;
    Ok(())
}
