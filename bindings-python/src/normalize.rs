//! `Normalizer`, `normalize` and the `Normalized` result (mirrors core `normalize`).

use pyo3::prelude::*;
use tracking_core::{Normalized, Normalizer, RawEvent};

use crate::convert::{from_py, to_py};
use crate::error::{IntoPyResult, guard};

/// The canonical reading of one raw event: status, sub-status, confidence and the rule that
/// decided. Codes are the stable snake_case strings of the taxonomy.
///
/// >>> import tracking_core as tc
/// >>> n = tc.normalize("ups", None, "Delivered")
/// >>> n.status
/// 'delivered'
#[pyclass(name = "Normalized", module = "tracking_core", frozen, eq)]
#[derive(Clone, PartialEq)]
#[repr(transparent)]
pub struct PyNormalized(pub Normalized);

#[pymethods]
impl PyNormalized {
    /// Canonical status code, e.g. `"in_transit"`.
    #[getter]
    fn status(&self) -> &'static str {
        self.0.status.code()
    }
    /// Canonical sub-status code, e.g. `"in_transit.customs"`, or `None`.
    #[getter]
    fn substatus(&self) -> Option<&'static str> {
        self.0.substatus.map(|s| s.code())
    }
    /// Cause code (`consignee_not_home`), when known.
    #[getter]
    fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    /// How sure the mapping is, 0.0 to 1.0.
    #[getter]
    fn confidence(&self) -> f64 {
        crate::convert::f32_to_py(self.0.confidence)
    }
    /// The rule that decided, e.g. `"table:ups:1N"`, `"given"`, `"fallback:unmapped"`.
    #[getter]
    fn rule(&self) -> &str {
        self.0.rule.as_str()
    }
    /// Whether the event may move a shipment's state (false for `unknown.*`).
    #[getter]
    fn affects_state(&self) -> bool {
        self.0.affects_state
    }
    /// Why a hard case came out as it did, when the normalizer says.
    #[getter]
    fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// The JSON shape as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0)
    }
    fn __repr__(&self) -> String {
        format!(
            "Normalized(status={:?}, substatus={:?}, confidence={}, rule={:?})",
            self.0.status.code(),
            self.0.substatus.map(|s| s.code()),
            self.0.confidence,
            self.0.rule.as_str()
        )
    }
}

/// Normalizes raw carrier events to canonical statuses. Create once, share freely (thread-safe).
///
/// >>> from tracking_core import Normalizer
/// >>> Normalizer().normalize("ups", None, "Out for delivery").status
/// 'out_for_delivery'
#[pyclass(name = "Normalizer", module = "tracking_core", frozen)]
#[derive(Clone, Default)]
pub struct PyNormalizer(pub Normalizer);

#[pymethods]
impl PyNormalizer {
    #[new]
    fn new() -> Self {
        PyNormalizer(Normalizer::new())
    }

    /// Normalizes one event from its parts; `language` is a hint (`"de"`, `"pt-BR"`).
    ///
    /// Raises `InvalidEventError` when it has neither code nor description.
    #[pyo3(signature = (carrier, code=None, description=None, language=None))]
    fn normalize(
        &self,
        #[pyo3(from_py_with = crate::convert::str_arg)] carrier: &str,
        #[pyo3(from_py_with = crate::convert::opt_str_arg)] code: Option<&str>,
        #[pyo3(from_py_with = crate::convert::opt_str_arg)] description: Option<&str>,
        #[pyo3(from_py_with = crate::convert::opt_str_arg)] language: Option<&str>,
    ) -> PyResult<PyNormalized> {
        guard(|| {
            self.0
                .normalize_parts(carrier, code, description, language)
                .py_err()
                .map(PyNormalized)
        })
    }

    /// Normalizes a raw event dict (JSON shape), honouring a `status` it already carries.
    ///
    /// Raises `InvalidEventError` when it has neither code nor description.
    #[pyo3(signature = (event, default_carrier=None))]
    fn normalize_event(
        &self,
        event: &Bound<'_, PyAny>,
        #[pyo3(from_py_with = crate::convert::opt_str_arg)] default_carrier: Option<&str>,
    ) -> PyResult<PyNormalized> {
        guard(|| {
            let raw: RawEvent = from_py(event)?;
            self.0
                .normalize_event(&raw, default_carrier)
                .py_err()
                .map(PyNormalized)
        })
    }
}

/// A process-wide normalizer with the built-in tables, for the module-level functions.
pub fn shared() -> &'static Normalizer {
    static SHARED: std::sync::OnceLock<Normalizer> = std::sync::OnceLock::new();
    SHARED.get_or_init(Normalizer::new)
}

/// The caller's normalizer, or the shared built-in one.
pub fn pick(normalizer: Option<&PyNormalizer>) -> &Normalizer {
    match normalizer {
        Some(n) => &n.0,
        None => shared(),
    }
}

/// Normalizes one event with the built-in tables (see `Normalizer.normalize`); raises
/// `InvalidEventError` when it has neither code nor description.
///
/// >>> import tracking_core as tc
/// >>> tc.normalize("dhl", None, "Delivered").status
/// 'delivered'
#[pyfunction]
#[pyo3(signature = (carrier, code=None, description=None, language=None))]
pub fn normalize(
    #[pyo3(from_py_with = crate::convert::str_arg)] carrier: &str,
    #[pyo3(from_py_with = crate::convert::opt_str_arg)] code: Option<&str>,
    #[pyo3(from_py_with = crate::convert::opt_str_arg)] description: Option<&str>,
    #[pyo3(from_py_with = crate::convert::opt_str_arg)] language: Option<&str>,
) -> PyResult<PyNormalized> {
    guard(|| {
        shared()
            .normalize_parts(carrier, code, description, language)
            .py_err()
            .map(PyNormalized)
    })
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyNormalized>()?;
    m.add_class::<PyNormalizer>()?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    Ok(())
}
