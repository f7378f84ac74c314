//! The light result objects of `identify` and `validate`: `Identification` and `Candidate`
//! hold the core's answer as it is and build Python values only for what the caller reads.
//!
//! Building the whole answer as nested dicts cost most of a call (callgrind, in
//! docs/robustness.md: 19.9k instructions per call against 8.0k for the light object);
//! most callers read one or two fields of the first candidate. Both objects read as
//! attributes (`r.candidates[0].carrier`) and as read-only mappings of the JSON shape
//! (`r["candidates"][0]["carrier"]`, `dict(r)`, `"operator" in c`); `to_dict()` gives plain
//! dicts (for `json.dumps`, which takes no other object), equal to the facade's JSON
//! (tested).
//!
//! The JSON shape of a candidate is written once, in [`candidate_field`]: the mapping
//! access and `to_dict()` both read it, over the keys of [`candidate_keys`].

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
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
pub struct Identification {
    id: tracking_number::Identification,
    /// The candidates as Python objects: made on the first read, shared by later ones.
    candidates: PyOnceLock<Vec<Py<Candidate>>>,
}

impl Identification {
    /// Wraps the core's answer; no Python object is made yet.
    pub fn new(id: tracking_number::Identification) -> Self {
        Identification {
            id,
            candidates: PyOnceLock::new(),
        }
    }
}

/// One carrier format that accepts a number. Attribute and mapping access (`c.carrier`,
/// `c["carrier"]`); `to_dict()` for a plain dict.
#[pyclass(name = "Candidate", module = "tracking_core", frozen, mapping)]
pub struct Candidate(pub tracking_number::Candidate);

#[pymethods]
impl Identification {
    /// The text as given.
    #[getter]
    fn input(&self) -> &str {
        &self.id.input
    }

    /// Upper-cased, without spaces and separators.
    #[getter]
    fn normalized(&self) -> &str {
        &self.id.normalized
    }

    /// Whether several carriers accept the number with the same standing.
    #[getter]
    fn ambiguous(&self) -> bool {
        self.id.ambiguous
    }

    /// The accepting formats, best first: a new list on each read, of the same
    /// `Candidate` objects (made once, on the first read).
    #[getter]
    fn candidates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let objects = self.candidates.get_or_try_init(py, || {
            self.id
                .candidates
                .iter()
                .map(|c| Py::new(py, Candidate(c.clone())))
                .collect::<PyResult<Vec<_>>>()
        })?;
        PyList::new(py, objects.iter().map(|c| c.bind(py)))
    }

    /// The value of a JSON key; `KeyError` for any other key.
    fn __getitem__<'py>(&self, py: Python<'py>, key: &str) -> PyResult<Bound<'py, PyAny>> {
        self.field(py, key)?
            .ok_or_else(|| pyo3::exceptions::PyKeyError::new_err(key.to_string()))
    }

    /// The value of a key, or `default` when there is no such key.
    #[pyo3(signature = (key, default=None))]
    fn get<'py>(
        slf: &Bound<'py, Self>,
        key: &Bound<'py, PyAny>,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        lookup(key, default, |k| slf.get().field(slf.py(), k))
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
        let d = PyDict::new(py);
        for key in ID_KEYS {
            let value = if key == "candidates" {
                // Plain dicts here, where the mapping access gives `Candidate` objects.
                let list = PyList::empty(py);
                for c in &self.id.candidates {
                    list.append(candidate_dict(py, c)?)?;
                }
                list.into_any()
            } else {
                self.field(py, key)?
                    .unwrap_or_else(|| py.None().into_bound(py))
            };
            d.set_item(PyString::intern(py, key), value)?;
        }
        Ok(d)
    }

    /// Equal to another identification with the same content, or to its dict.
    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        if let Ok(other) = other.cast::<Identification>() {
            return Ok(self.id == other.get().id);
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
        details_dict(py, &self.0)
    }

    /// Public tracking page, when the carrier has one.
    #[getter]
    fn tracking_url(&self) -> Option<&str> {
        self.0.tracking_url.as_deref()
    }

    /// The value of a JSON key; `KeyError` for any other key (and for `operator` when
    /// unknown, as the JSON shape leaves it out).
    fn __getitem__<'py>(&self, py: Python<'py>, key: &str) -> PyResult<Bound<'py, PyAny>> {
        candidate_field(py, &self.0, key)?
            .ok_or_else(|| pyo3::exceptions::PyKeyError::new_err(key.to_string()))
    }

    /// The value of a key, or `default` when there is no such key.
    #[pyo3(signature = (key, default=None))]
    fn get<'py>(
        slf: &Bound<'py, Self>,
        key: &Bound<'py, PyAny>,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        lookup(key, default, |k| candidate_field(slf.py(), &slf.get().0, k))
    }

    /// The JSON keys, in order (`operator` only when known).
    fn keys<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, candidate_keys(&self.0).collect::<Vec<_>>())
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.keys(py)?.into_any().try_iter().map(Bound::into_any)
    }

    fn __len__(&self) -> usize {
        candidate_keys(&self.0).count()
    }

    fn __contains__(&self, key: &Bound<'_, PyAny>) -> bool {
        key.extract::<&str>()
            .is_ok_and(|k| candidate_keys(&self.0).any(|c| c == k))
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

impl Identification {
    /// The value of a JSON key (`candidates` as `Candidate` objects), `None` for any other.
    fn field<'py>(&self, py: Python<'py>, key: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
        Ok(Some(match key {
            "input" => PyString::new(py, &self.id.input).into_any(),
            "normalized" => PyString::new(py, &self.id.normalized).into_any(),
            "ambiguous" => self.id.ambiguous.into_pyobject(py)?.to_owned().into_any(),
            "candidates" => self.candidates(py)?.into_any(),
            _ => return Ok(None),
        }))
    }
}

/// The keys of a candidate's JSON shape, in order: `operator` only when known.
fn candidate_keys(c: &tracking_number::Candidate) -> impl Iterator<Item = &'static str> + '_ {
    CANDIDATE_KEYS
        .into_iter()
        .filter(|k| *k != "operator" || c.operator.is_some())
}

/// The value of a candidate's JSON key, `None` for a key its shape does not have. The one
/// place the shape is spelled out (keys in [`CANDIDATE_KEYS`]).
fn candidate_field<'py>(
    py: Python<'py>,
    c: &tracking_number::Candidate,
    key: &str,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    Ok(Some(match key {
        "carrier" => static_str(py, c.carrier).into_any(),
        "format" => static_str(py, c.format).into_any(),
        "format_name" => PyString::new(py, c.format_name).into_any(),
        "check_digit_verified" => c
            .check_digit_verified
            .into_pyobject(py)?
            .to_owned()
            .into_any(),
        "confidence" => c.confidence.into_pyobject(py)?.into_any(),
        "number" => PyString::new(py, &c.number).into_any(),
        "trackable" => PyString::new(py, &c.trackable).into_any(),
        "operator" => match c.operator {
            Some(op) => PyString::new(py, op).into_any(),
            None => return Ok(None),
        },
        "details" => details_dict(py, c)?.into_any(),
        "tracking_url" => c.tracking_url.as_deref().into_pyobject(py)?.into_any(),
        _ => return Ok(None),
    }))
}

/// What a candidate's format encodes, as a new dict.
fn details_dict<'py>(
    py: Python<'py>,
    c: &tracking_number::Candidate,
) -> PyResult<Bound<'py, PyDict>> {
    let details = PyDict::new(py);
    for (k, v) in &c.details {
        details.set_item(*k, v)?;
    }
    Ok(details)
}

/// `mapping.get(key, default)`: a key that is not a string is simply absent.
fn lookup<'py>(
    key: &Bound<'py, PyAny>,
    default: Option<Bound<'py, PyAny>>,
    get: impl FnOnce(&str) -> PyResult<Option<Bound<'py, PyAny>>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = key.py();
    let found = match key.extract::<&str>() {
        Ok(k) => get(k)?,
        Err(_) => None,
    };
    Ok(found
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

/// A candidate as the dict of its JSON shape (`operator` only when known), from
/// [`candidate_field`]: the same keys, order and values as the JSON shape (tested against
/// `call("identify", ...)`).
fn candidate_dict<'py>(
    py: Python<'py>,
    c: &tracking_number::Candidate,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for key in candidate_keys(c) {
        if let Some(value) = candidate_field(py, c, key)? {
            d.set_item(PyString::intern(py, key), value)?;
        }
    }
    Ok(d)
}
