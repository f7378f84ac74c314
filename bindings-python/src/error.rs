//! The one place where core errors (and panics) become Python exceptions.
//!
//! `tracking_core.TrackingCoreError` is the root; each core `Error::kind()` has one subclass
//! carrying the variant's fields as attributes (`.carrier`, `.line`, ...) plus `.kind`.
//! Attributes live in the instance `__dict__`, so `BaseException.__reduce__` pickles them.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use tracking_core::Error;
use tracking_core::error::ErrorKind;

create_exception!(
    tracking_core,
    TrackingCoreError,
    PyException,
    "Root of every error raised by tracking_core."
);
create_exception!(
    tracking_core,
    UnknownStatusError,
    TrackingCoreError,
    "A status or sub-status code outside the taxonomy (`.code`)."
);
create_exception!(
    tracking_core,
    StatusMismatchError,
    TrackingCoreError,
    "A sub-status of another status (`.status`, `.substatus`)."
);
create_exception!(
    tracking_core,
    UnknownCarrierError,
    TrackingCoreError,
    "A carrier the registry does not know (`.carrier`)."
);
create_exception!(
    tracking_core,
    UnknownCountryError,
    TrackingCoreError,
    "A country code no calendar knows (`.country`)."
);
create_exception!(
    tracking_core,
    UnknownRegionError,
    TrackingCoreError,
    "A region that is not one of the country's (`.country`, `.region`)."
);
create_exception!(
    tracking_core,
    InvalidTimeError,
    TrackingCoreError,
    "A time that cannot be parsed or resolved (`.input`, `.reason`)."
);
create_exception!(
    tracking_core,
    InvalidEventError,
    TrackingCoreError,
    "An event that cannot enter a timeline (`.reason` dict with `kind`)."
);
create_exception!(
    tracking_core,
    InvalidJsonError,
    TrackingCoreError,
    "A JSON document of the wrong shape (`.line`, `.message`)."
);
create_exception!(
    tracking_core,
    InvalidInputError,
    TrackingCoreError,
    "An argument outside its allowed range or shape (`.field`, `.reason`)."
);
create_exception!(
    tracking_core,
    InvalidTrackingNumberError,
    TrackingCoreError,
    "A tracking number not valid for the carrier (`.number`, `.carrier`, `.reason`)."
);
create_exception!(
    tracking_core,
    InvalidModelError,
    TrackingCoreError,
    "A serialized model that cannot be loaded (`.reason`)."
);
create_exception!(
    tracking_core,
    UnsupportedLocaleError,
    TrackingCoreError,
    "A locale no catalogue serves (`.locale`)."
);
create_exception!(
    tracking_core,
    InternalError,
    TrackingCoreError,
    "A bug inside tracking-core (including a caught panic) (`.message`)."
);

/// Registers the exception classes on the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("TrackingCoreError", py.get_type::<TrackingCoreError>())?;
    m.add("UnknownStatusError", py.get_type::<UnknownStatusError>())?;
    m.add("StatusMismatchError", py.get_type::<StatusMismatchError>())?;
    m.add("UnknownCarrierError", py.get_type::<UnknownCarrierError>())?;
    m.add("UnknownCountryError", py.get_type::<UnknownCountryError>())?;
    m.add("UnknownRegionError", py.get_type::<UnknownRegionError>())?;
    m.add("InvalidTimeError", py.get_type::<InvalidTimeError>())?;
    m.add("InvalidEventError", py.get_type::<InvalidEventError>())?;
    m.add("InvalidJsonError", py.get_type::<InvalidJsonError>())?;
    m.add("InvalidInputError", py.get_type::<InvalidInputError>())?;
    m.add(
        "InvalidTrackingNumberError",
        py.get_type::<InvalidTrackingNumberError>(),
    )?;
    m.add("InvalidModelError", py.get_type::<InvalidModelError>())?;
    m.add(
        "UnsupportedLocaleError",
        py.get_type::<UnsupportedLocaleError>(),
    )?;
    m.add("InternalError", py.get_type::<InternalError>())?;
    m.add_function(wrap_pyfunction!(error_kinds, m)?)?;
    Ok(())
}

/// A core error on its way to Python (a newtype because of the orphan rule).
pub struct CoreError(pub Error);

impl From<Error> for CoreError {
    fn from(e: Error) -> Self {
        CoreError(e)
    }
}

impl From<CoreError> for PyErr {
    fn from(CoreError(err): CoreError) -> PyErr {
        let message = err.to_string();
        let kind = err.kind();
        Python::attach(|py| {
            // The fields are those of the core's error record (`{kind, message, ...data}`,
            // docs/bindings-facade.md): one table for every binding.
            let filled = crate::convert::to_py(py, &err)
                .and_then(|record| Ok(record.cast_into::<PyDict>()?));
            build(py, &class_of(py, kind), filled, message).unwrap_or_else(|e| e)
        })
    }
}

/// The exception class of a core error kind (`ErrorKind::name()` + `Error`).
fn class_of(py: Python<'_>, kind: ErrorKind) -> Bound<'_, pyo3::types::PyType> {
    match kind {
        ErrorKind::UnknownStatus => py.get_type::<UnknownStatusError>(),
        ErrorKind::StatusMismatch => py.get_type::<StatusMismatchError>(),
        ErrorKind::UnknownCarrier => py.get_type::<UnknownCarrierError>(),
        ErrorKind::UnknownCountry => py.get_type::<UnknownCountryError>(),
        ErrorKind::UnknownRegion => py.get_type::<UnknownRegionError>(),
        ErrorKind::InvalidTime => py.get_type::<InvalidTimeError>(),
        ErrorKind::InvalidEvent => py.get_type::<InvalidEventError>(),
        ErrorKind::InvalidJson => py.get_type::<InvalidJsonError>(),
        ErrorKind::InvalidInput => py.get_type::<InvalidInputError>(),
        ErrorKind::InvalidTrackingNumber => py.get_type::<InvalidTrackingNumberError>(),
        ErrorKind::InvalidModel => py.get_type::<InvalidModelError>(),
        ErrorKind::UnsupportedLocale => py.get_type::<UnsupportedLocaleError>(),
        ErrorKind::Internal => py.get_type::<InternalError>(),
        // A kind added to the core after this binding: still under the root class, with its
        // stable `.kind`.
        _ => py.get_type::<TrackingCoreError>(),
    }
}

/// `[(code, class name)]` of every core error kind, from the core's one list
/// (`ErrorKind::ALL`): the tests check each has its class.
#[pyfunction]
pub fn error_kinds() -> Vec<(&'static str, String)> {
    ErrorKind::ALL
        .iter()
        .map(|k| (k.code(), format!("{}Error", k.name())))
        .collect()
}

/// Instantiates the exception and copies the record's fields onto it as attributes.
fn build(
    py: Python<'_>,
    class: &Bound<'_, pyo3::types::PyType>,
    fields: PyResult<Bound<'_, PyDict>>,
    message: String,
) -> PyResult<PyErr> {
    let fields = fields?;
    let exc = class.call1((message,))?;
    for (k, v) in fields.iter() {
        exc.setattr(k.cast_into::<pyo3::types::PyString>()?, v)?;
    }
    let _ = py;
    Ok(PyErr::from_value(exc))
}

/// `result.map_err(CoreError)` for `?` in exports.
pub trait IntoPyResult<T> {
    /// Converts the core result into a `PyResult`.
    fn py_err(self) -> PyResult<T>;
}

impl<T> IntoPyResult<T> for Result<T, Error> {
    fn py_err(self) -> PyResult<T> {
        self.map_err(|e| PyErr::from(CoreError(e)))
    }
}

/// Runs an export body, turning a panic into `InternalError` (a `TrackingCoreError`), so no
/// panic crosses into Python as the uncatchable-by-`except Exception` `PanicException`.
pub fn guard<T>(f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => Err(CoreError(Error::from_panic(payload.as_ref())).into()),
    }
}
