//! Python bindings of tracking-core: `import tracking_core`.
//!
//! Every export converts its arguments, makes one core call and converts the result or the
//! error (error.rs). Modules mirror the core's one to one. Built by maturin as
//! `tracking_core._tracking_core` (abi3); the Python package around it lives in `python/`.

#![deny(missing_docs)]

mod analytics;
mod batch;
mod calendar;
mod convert;
mod error;
mod estimate;
mod eval;
mod identification;
mod normalize;
mod notify;
mod pipeline;
mod registry;
mod status;
mod timeline;
mod tracking_number;

use pyo3::prelude::*;

/// A deliberate panic inside Rust, to prove that none crosses into Python: it surfaces as
/// `tracking_core.InternalError`. Only in debug builds or with the `debug-exports` feature
/// (the test build); never in `__all__`.
#[cfg(any(debug_assertions, feature = "debug-exports"))]
#[pyfunction]
fn _debug_panic() -> PyResult<()> {
    #[allow(clippy::panic)]
    error::guard(|| panic!("deliberate panic for the bindings test"))
}

/// The compiled module `tracking_core._tracking_core`.
#[pymodule(name = "_tracking_core")]
fn tracking_core_py(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    error::register(m)?;
    status::register(m)?;
    normalize::register(m)?;
    timeline::register(m)?;
    batch::register(m)?;
    tracking_number::register(m)?;
    registry::register(m)?;
    estimate::register(m)?;
    eval::register(m)?;
    pipeline::register(m)?;
    analytics::register(m)?;
    notify::register(m)?;
    calendar::register(m)?;
    #[cfg(any(debug_assertions, feature = "debug-exports"))]
    m.add_function(wrap_pyfunction!(_debug_panic, m)?)?;
    Ok(())
}
