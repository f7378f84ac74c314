//! The taxonomy's codes (mirrors core `status`): for validation and `Literal` types.

use pyo3::prelude::*;
use tracking_core::{Status, SubStatus};

use crate::error::{IntoPyResult, guard};

/// Every status code, in taxonomy order.
#[pyfunction]
fn statuses() -> Vec<&'static str> {
    Status::ALL.iter().map(|s| s.code()).collect()
}

/// Every sub-status code (`"<status>.<sub>"`), in taxonomy order.
#[pyfunction]
fn substatuses() -> Vec<&'static str> {
    SubStatus::ALL.iter().map(|s| s.code()).collect()
}

/// The canonical code of a status code or TAXONOMY label (`"InTransit"` -> `"in_transit"`).
/// Raises `UnknownStatusError` for anything else.
#[pyfunction]
fn parse_status(
    #[pyo3(from_py_with = crate::convert::str_arg)] code: &str,
) -> PyResult<&'static str> {
    guard(|| code.parse::<Status>().py_err().map(|s| s.code()))
}

/// Whether a status (with an optional sub-status) ends a shipment's life.
#[pyfunction]
#[pyo3(signature = (status, substatus=None))]
fn is_terminal(
    #[pyo3(from_py_with = crate::convert::str_arg)] status: &str,
    #[pyo3(from_py_with = crate::convert::opt_str_arg)] substatus: Option<&str>,
) -> PyResult<bool> {
    guard(|| {
        let status: Status = status.parse().py_err()?;
        let sub = substatus
            .map(|s| tracking_core::status::parse_substatus_for(status, s))
            .transpose()
            .py_err()?;
        Ok(tracking_core::status::is_terminal(status, sub))
    })
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(statuses, m)?)?;
    m.add_function(wrap_pyfunction!(substatuses, m)?)?;
    m.add_function(wrap_pyfunction!(parse_status, m)?)?;
    m.add_function(wrap_pyfunction!(is_terminal, m)?)?;
    Ok(())
}
