//! `Shipment` (a timeline with idempotent ingest) and its `Snapshot` (mirrors core `timeline`).

use chrono::{DateTime, Utc};
use pyo3::prelude::*;
use serde::Serialize;
use tracking_core::RawEvent;
use tracking_core::snapshot::Snapshot;
use tracking_core::timeline::{Shipment, ShipmentInput};

use crate::convert::{from_py, instant, to_py};
use crate::error::{IntoPyResult, guard};
use crate::normalize::PyNormalizer;

/// The snake_case code a core enum serializes to (`"in_transit"`).
pub fn code_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A shipment's timeline. Ingest is idempotent and order-independent: re-sent scans are
/// duplicates, bad events are rejected with a reason (never silently dropped).
///
/// >>> import tracking_core as tc
/// >>> s = tc.Shipment.from_dict({"id": "A1", "carrier": "ups", "events": [
/// ...     {"description": "Delivered", "time": "2024-04-26T14:05:00-07:00"}]},
/// ...     now="2024-05-01T00:00:00Z")
/// >>> s.snapshot().status
/// 'delivered'
#[pyclass(name = "Shipment", module = "tracking_core")]
#[derive(Clone)]
pub struct PyShipment(pub Shipment);

#[pymethods]
impl PyShipment {
    /// An empty shipment; add scans with `ingest`.
    #[new]
    #[pyo3(signature = (id, carrier=None, tracking_number=None))]
    fn new(
        #[pyo3(from_py_with = crate::convert::string_arg)] id: String,
        #[pyo3(from_py_with = crate::convert::opt_string_arg)] carrier: Option<String>,
        #[pyo3(from_py_with = crate::convert::opt_string_arg)] tracking_number: Option<String>,
    ) -> Self {
        let mut shipment = Shipment::new(id);
        shipment.set_tracking_number(tracking_number);
        shipment.set_carrier(carrier);
        PyShipment(shipment)
    }

    /// Builds a shipment from its JSON shape (dict or JSON text) and ingests its events.
    /// `now` (aware datetime or RFC 3339; default: the current time) bounds scan times.
    #[staticmethod]
    #[pyo3(signature = (data, now=None, normalizer=None))]
    fn from_dict(
        data: &Bound<'_, PyAny>,
        now: Option<&Bound<'_, PyAny>>,
        normalizer: Option<&PyNormalizer>,
    ) -> PyResult<PyShipment> {
        guard(|| {
            let input: ShipmentInput = from_py(data)?;
            let now = instant(now)?;
            let normalizer = crate::normalize::pick(normalizer);
            let (shipment, _report) = Shipment::from_input(input, normalizer, now).py_err()?;
            Ok(PyShipment(shipment))
        })
    }

    /// Adds raw events (dicts in the JSON shape). Returns the ingest report
    /// `{"added", "duplicates", "rejected": [{"event", "error"}]}`.
    #[pyo3(signature = (events, now=None, normalizer=None))]
    fn ingest<'py>(
        &mut self,
        py: Python<'py>,
        events: &Bound<'py, PyAny>,
        now: Option<&Bound<'py, PyAny>>,
        normalizer: Option<&PyNormalizer>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(|| {
            let events: Vec<RawEvent> = from_py(events)?;
            let now = instant(now)?;
            let normalizer = crate::normalize::pick(normalizer);
            let report = self.0.ingest(events, normalizer, now);
            to_py(py, &report)
        })
    }

    /// The snapshot of the timeline: status, milestone, progress, events.
    fn snapshot(&self) -> PyResult<PySnapshot> {
        guard(|| Ok(PySnapshot(self.0.snapshot())))
    }

    /// The caller's identifier.
    #[getter]
    fn id(&self) -> &str {
        &self.0.id
    }
    /// Carrier slug or name, when known.
    #[getter]
    fn carrier(&self) -> Option<&str> {
        self.0.carrier.as_deref()
    }
    /// Tracking number, when known.
    #[getter]
    fn tracking_number(&self) -> Option<&str> {
        self.0.tracking_number.as_deref()
    }
    /// Hand-off to the carrier (given, or the first carrier scan), aware UTC datetime.
    #[getter]
    fn shipped_at(&self) -> Option<DateTime<Utc>> {
        self.0.shipped_at()
    }
    /// Delivery (given, or the delivery scan), aware UTC datetime.
    #[getter]
    fn delivered_at(&self) -> Option<DateTime<Utc>> {
        self.0.delivered_at()
    }
    /// Number of accepted events.
    fn __len__(&self) -> usize {
        self.0.events.len()
    }
    /// The full timeline as a dict (events with raw, time and normalized parts).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(|| to_py(py, &self.0))
    }
    fn __repr__(&self) -> String {
        let state = self.0.state();
        format!(
            "Shipment(id={:?}, carrier={:?}, events={}, status={:?})",
            self.0.id,
            self.0.carrier.as_deref().unwrap_or(""),
            self.0.events.len(),
            state.status.code()
        )
    }
    /// Notebook display: the snapshot as HTML.
    fn _repr_html_(&self, py: Python<'_>) -> PyResult<String> {
        PySnapshot(self.0.snapshot())._repr_html_(py)
    }
}

/// A shipment at one moment, as a tracking page shows it. Attributes give Python types
/// (aware `datetime`s, code strings); `to_dict()` gives the JSON shape.
#[pyclass(name = "Snapshot", module = "tracking_core", frozen)]
#[derive(Clone)]
pub struct PySnapshot(pub Snapshot);

#[pymethods]
impl PySnapshot {
    /// The shipment's identifier.
    #[getter]
    fn id(&self) -> &str {
        &self.0.id
    }
    /// Current status code.
    #[getter]
    fn status(&self) -> &'static str {
        self.0.status.code()
    }
    /// Current sub-status code, or `None`.
    #[getter]
    fn substatus(&self) -> Option<&'static str> {
        self.0.substatus.map(|s| s.code())
    }
    /// Whether the state is terminal.
    #[getter]
    fn terminal(&self) -> bool {
        self.0.terminal
    }
    /// Customer-facing milestone code (`"out_for_delivery"`, side states like `"issue"`).
    #[getter]
    fn milestone(&self) -> String {
        code_of(&self.0.milestone)
    }
    /// Progress `{"step", "of", "fraction"}`.
    #[getter]
    fn progress<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0.progress)
    }
    /// Since when the current state holds.
    #[getter]
    fn since(&self) -> Option<DateTime<Utc>> {
        self.0.since
    }
    /// Instant of the last accepted event.
    #[getter]
    fn last_event_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_event_at
    }
    /// Hand-off to the carrier.
    #[getter]
    fn shipped_at(&self) -> Option<DateTime<Utc>> {
        self.0.shipped_at
    }
    /// Delivery.
    #[getter]
    fn delivered_at(&self) -> Option<DateTime<Utc>> {
        self.0.delivered_at
    }
    /// Delivery window dict, when estimated.
    #[getter]
    fn window<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0.window)
    }
    /// Health dict, when assessed.
    #[getter]
    fn health<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0.health)
    }
    /// Customer message dict, when rendered.
    #[getter]
    fn message<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0.message)
    }
    /// Accepted events (dicts), oldest first.
    #[getter]
    fn events<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0.events)
    }
    /// Rejected events with their reasons.
    #[getter]
    fn rejected<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0.rejected)
    }
    /// The JSON shape as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(|| to_py(py, &self.0))
    }
    /// The JSON shape as text (what the CLI's `track` prints per line).
    fn to_json(&self) -> PyResult<String> {
        serde_json::to_string(&self.0)
            .map_err(tracking_core::Error::from)
            .py_err()
    }
    fn __repr__(&self) -> String {
        format!(
            "Snapshot(id={:?}, status={:?}, milestone={:?}, events={})",
            self.0.id,
            self.0.status.code(),
            code_of(&self.0.milestone),
            self.0.events.len()
        )
    }
    /// Notebook display: status, progress stepper, window and scan table, as escaped HTML.
    fn _repr_html_(&self, py: Python<'_>) -> PyResult<String> {
        let render = py
            .import("tracking_core._html")?
            .getattr("render_snapshot")?;
        render.call1((self.to_dict(py)?,))?.extract()
    }
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyShipment>()?;
    m.add_class::<PySnapshot>()?;
    Ok(())
}
