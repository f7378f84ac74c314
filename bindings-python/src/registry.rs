//! `carriers` and `resolve_carrier` (mirrors core `registry`).

use pyo3::prelude::*;
use tracking_core::registry::{self, Context};

use crate::convert::to_py;
use crate::error::guard;

/// Every supported carrier, in registry order: a list of dicts with `slug`, `name`,
/// `aliases`, `countries`, `code_table` (a built-in code table maps its event codes),
/// `tracking_number_formats` (its numbers are recognized) and `tracking_url`. The same list
/// as `tracking-core carriers` and docs/carriers.md.
///
/// >>> import tracking_core as tc
/// >>> ups = next(c for c in tc.carriers() if c["slug"] == "ups")
/// >>> (ups["name"], ups["code_table"], ups["tracking_number_formats"])
/// ('UPS', True, True)
#[pyfunction]
pub fn carriers(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    guard(|| to_py(py, &registry::carriers()))
}

/// How a carrier text is read, as a shipment's `carrier` is at ingest: `{"carrier"` (the
/// registry slug, or `None`), `"name"` (what to show people), `"basis"`, and `"warning"` when
/// the text is unknown (with `did_you_mean`) or a brand the context does not decide
/// (`"DHL"`; `countries` of a domestic shipment or its `tracking_number` decide it)}.
///
/// >>> import tracking_core as tc
/// >>> tc.resolve_carrier("fedx")["warning"]["did_you_mean"]
/// ['fedex']
/// >>> tc.resolve_carrier("DHL", countries=["DE", "DE"])["carrier"]
/// 'dhl_parcel_de'
#[pyfunction]
#[pyo3(signature = (text, countries=None, tracking_number=None))]
pub fn resolve_carrier<'py>(
    py: Python<'py>,
    text: &str,
    countries: Option<Vec<String>>,
    tracking_number: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        let countries = countries.unwrap_or_default();
        let countries: Vec<&str> = countries.iter().map(String::as_str).collect();
        let ctx = Context {
            countries: &countries,
            tracking_number,
        };
        to_py(py, &registry::resolve(text, &ctx))
    })
}

/// Registers the functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(carriers, m)?)?;
    m.add_function(wrap_pyfunction!(resolve_carrier, m)?)?;
    Ok(())
}
