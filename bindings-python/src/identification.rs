//! The light result objects of `identify` and `validate`: `Identification` and `Candidate`
//! hold the core's answer as it is and build Python values only for what the caller reads.
//!
//! Building the whole answer as nested dicts cost most of a call (about 1.6 us against
//! 0.3 us of work in the core); most callers read one or two fields of the first candidate.
//! Both objects read as attributes (`r.candidates[0].carrier`) and as read-only mappings of
//! the JSON shape (`r["candidates"][0]["carrier"]`, `dict(r)`, `"operator" in c`); `to_dict()`
//! gives plain dicts (for `json.dumps`), equal to the facade's JSON (tested).

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use tracking_core::tracking_number;

/// The keys of an identification, in the JSON shape's order.
const ID_KEYS: [&str; 4] = ["input", "normalized", "ambiguous", "candidates"];

/// The keys of a candidate, in the JSON shape's order (`operator` only when known).
const CANDIDATE_KEYS: [&str; 10] = [
    "carrier",
    "format",
    "format_name",
    "check_digit_verified",
    "confidence",
    "number",
    "trackable",
    "operator",
    "details",
    "tracking_url",
];

/// What `identify` returns: the pasted number, its normalized form, whether several carriers
/// accept it, and the ranked candidates. Attribute and mapping access (`r.normalized`,
/// `r["normalized"]`); `to_dict()` for plain dicts.
#[pyclass(name = "Identification", module = "tracking_core", frozen, mapping)]
pub struct Identification(pub tracking_number::Identification);

/// One carrier format that accepts a number. Attribute and mapping access (`c.carrier`,
/// `c["carrier"]`); `to_dict()` for a plain dict.
#[pyclass(name = "Candidate", module = "tracking_core", frozen, mapping)]
pub struct Candidate(pub tracking_number::Candidate);

#[pymethods]
impl Identification {
    /// The text as given.
    #[getter]
    fn input(&self) -> &str {
        &self.0.input
    }

    /// Upper-cased, without spaces and separators.
    #[getter]
    fn normalized(&self) -> &str {
        &self.0.normalized
    }

    /// Whether several carriers accept the number with the same standing.
    #[getter]
    fn ambiguous(&self) -> bool {
        self.0.ambiguous
    }

    /// The accepting formats, best first (a new list on each read).
    #[getter]
    fn candidates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(
            py,
            self.0
                .candidates
                .iter()
                .map(|c| Candidate(c.clone()))
                .collect::<Vec<_>>(),
        )
    }

    /// The value of a JSON key; `KeyError` for any other key.
    fn __getitem__<'py>(slf: &Bound<'py, Self>, key: &str) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let me = slf.get();
        Ok(match key {
            "input" => PyString::new(py, &me.0.input).into_any(),
            "normalized" => PyString::new(py, &me.0.normalized).into_any(),
            "ambiguous" => me.0.ambiguous.into_pyobject(py)?.to_owned().into_any(),
            "candidates" => me.candidates(py)?.into_any(),
            _ => return Err(pyo3::exceptions::PyKeyError::new_err(key.to_string())),
        })
    }

    /// The value of a key, or `default` when there is no such key.
    #[pyo3(signature = (key, default=None))]
    fn get<'py>(
        slf: &Bound<'py, Self>,
        key: &Bound<'py, PyAny>,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        lookup(key, default, |k| Self::__getitem__(slf, k).ok())
    }

    /// The JSON keys, in order.
    fn keys<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, ID_KEYS)
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.keys(py)?.into_any().try_iter().map(Bound::into_any)
    }

    fn __len__(&self) -> usize {
        ID_KEYS.len()
    }

    fn __contains__(&self, key: &Bound<'_, PyAny>) -> bool {
        key.extract::<&str>().is_ok_and(|k| ID_KEYS.contains(&k))
    }

    /// The identification as plain dicts and lists: the facade's JSON shape.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        identification_dict(py, &self.0)
    }

    /// Equal to another identification with the same content, or to its dict.
    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        if let Ok(other) = other.cast::<Identification>() {
            return Ok(self.0 == other.get().0);
        }
        self.to_dict(py)?.eq(other)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("Identification({})", self.to_dict(py)?.repr()?))
    }
}

#[pymethods]
impl Candidate {
    /// Carrier slug of the registry (`ups`, `fedex`, `s10` ...).
    #[getter]
    fn carrier<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        static_str(py, self.0.carrier)
    }

    /// Format id (`ups`, `usps_impb_c`, `fedex_12`, `s10` ...).
    #[getter]
    fn format<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        static_str(py, self.0.format)
    }

    /// Format name for people.
    #[getter]
    fn format_name(&self) -> &'static str {
        self.0.format_name
    }

    /// Whether the format has a check digit and it is right.
    #[getter]
    fn check_digit_verified(&self) -> bool {
        self.0.check_digit_verified
    }

    /// How plausible this reading is, 0..1.
    #[getter]
    fn confidence(&self) -> f64 {
        self.0.confidence
    }

    /// The normalized number as the carrier prints it.
    #[getter]
    fn number(&self) -> &str {
        &self.0.number
    }

    /// The part people type into the carrier's website.
    #[getter]
    fn trackable(&self) -> &str {
        &self.0.trackable
    }

    /// For S10 items: the issuing country's postal operator, when known.
    #[getter]
    fn operator(&self) -> Option<&'static str> {
        self.0.operator
    }

    /// What the format encodes (a new dict on each read).
    #[getter]
    fn details<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let details = PyDict::new(py);
        for (k, v) in &self.0.details {
            details.set_item(*k, v)?;
        }
        Ok(details)
    }

    /// Public tracking page, when the carrier has one.
    #[getter]
    fn tracking_url(&self) -> Option<&str> {
        self.0.tracking_url.as_deref()
    }

    /// The value of a JSON key; `KeyError` for any other key (and for `operator` when
    /// unknown, as the JSON shape leaves it out).
    fn __getitem__<'py>(slf: &Bound<'py, Self>, key: &str) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let c = &slf.get().0;
        let me = slf.get();
        Ok(match key {
            "carrier" => me.carrier(py).into_any(),
            "format" => me.format(py).into_any(),
            "format_name" => PyString::new(py, c.format_name).into_any(),
            "check_digit_verified" => c
                .check_digit_verified
                .into_pyobject(py)?
                .to_owned()
                .into_any(),
            "confidence" => c.confidence.into_pyobject(py)?.into_any(),
            "number" => PyString::new(py, &c.number).into_any(),
            "trackable" => PyString::new(py, &c.trackable).into_any(),
            "operator" if c.operator.is_some() => c.operator.into_pyobject(py)?.into_any(),
            "details" => me.details(py)?.into_any(),
            "tracking_url" => c.tracking_url.as_deref().into_pyobject(py)?.into_any(),
            _ => return Err(pyo3::exceptions::PyKeyError::new_err(key.to_string())),
        })
    }

    /// The value of a key, or `default` when there is no such key.
    #[pyo3(signature = (key, default=None))]
    fn get<'py>(
        slf: &Bound<'py, Self>,
        key: &Bound<'py, PyAny>,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        lookup(key, default, |k| Self::__getitem__(slf, k).ok())
    }

    /// The JSON keys, in order (`operator` only when known).
    fn keys<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.key_list())
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.keys(py)?.into_any().try_iter().map(Bound::into_any)
    }

    fn __len__(&self) -> usize {
        self.key_list().len()
    }

    fn __contains__(&self, key: &Bound<'_, PyAny>) -> bool {
        key.extract::<&str>()
            .is_ok_and(|k| self.key_list().contains(&k))
    }

    /// The candidate as a plain dict: the facade's JSON shape.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        candidate_dict(py, &self.0)
    }

    /// Equal to another candidate with the same content, or to its dict.
    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        if let Ok(other) = other.cast::<Candidate>() {
            return Ok(self.0 == other.get().0);
        }
        self.to_dict(py)?.eq(other)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("Candidate({})", self.to_dict(py)?.repr()?))
    }
}

impl Candidate {
    fn key_list(&self) -> Vec<&'static str> {
        CANDIDATE_KEYS
            .into_iter()
            .filter(|k| *k != "operator" || self.0.operator.is_some())
            .collect()
    }
}

/// `mapping.get(key, default)`: a key that is not a string is simply absent.
fn lookup<'py>(
    key: &Bound<'py, PyAny>,
    default: Option<Bound<'py, PyAny>>,
    get: impl FnOnce(&str) -> Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = key.py();
    Ok(key
        .extract::<&str>()
        .ok()
        .and_then(get)
        .or(default)
        .unwrap_or_else(|| py.None().into_bound(py)))
}

/// The Python string of a registry slug, created once per slug and shared afterwards
/// (carriers and formats repeat on every call).
fn static_str<'py>(py: Python<'py>, s: &'static str) -> Bound<'py, PyString> {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static CACHE: pyo3::sync::PyOnceLock<Mutex<HashMap<&'static str, Py<PyString>>>> =
        pyo3::sync::PyOnceLock::new();
    let cache = CACHE.get_or_init(py, || Mutex::new(HashMap::new()));
    // The GIL (or the interpreter's own lock) is held: this lock is never contended.
    let Ok(mut map) = cache.lock() else {
        return PyString::new(py, s);
    };
    map.entry(s)
        .or_insert_with(|| PyString::intern(py, s).unbind())
        .bind(py)
        .clone()
}

/// An identification as the dict of its JSON shape, built directly with interned keys.
/// Same keys, order and values as the JSON shape (tested against `call("identify", ...)`).
pub fn identification_dict<'py>(
    py: Python<'py>,
    id: &tracking_number::Identification,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "input"), &id.input)?;
    d.set_item(intern!(py, "normalized"), &id.normalized)?;
    d.set_item(intern!(py, "ambiguous"), id.ambiguous)?;
    let list = PyList::empty(py);
    for c in &id.candidates {
        list.append(candidate_dict(py, c)?)?;
    }
    d.set_item(intern!(py, "candidates"), list)?;
    Ok(d)
}

/// A candidate as the dict of its JSON shape (`operator` only when known).
pub fn candidate_dict<'py>(
    py: Python<'py>,
    c: &tracking_number::Candidate,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "carrier"), static_str(py, c.carrier))?;
    d.set_item(intern!(py, "format"), static_str(py, c.format))?;
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
    Ok(d)
}
