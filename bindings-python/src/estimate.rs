//! `TransitModel`: learn from history, observe deliveries, estimate windows, save/load JSON
//! (mirrors core `estimate`).

use pyo3::prelude::*;
use tracking_core::estimate::{CompletedShipment, Lane, LearnOptions, Place, TransitModel};
use tracking_core::timeline::{Shipment, ShipmentInput};

use crate::convert::{from_py, instant, to_py};
use crate::error::{IntoPyResult, guard};
use crate::normalize::shared;
use crate::timeline::PyShipment;

/// A shipment argument: a `Shipment`, or a dict / JSON text in the shipment shape.
pub fn shipment_arg(
    obj: &Bound<'_, PyAny>,
    now: chrono::DateTime<chrono::Utc>,
) -> PyResult<Shipment> {
    if let Ok(s) = obj.cast::<PyShipment>() {
        return Ok(s.borrow().0.clone());
    }
    let input: ShipmentInput = from_py(obj)?;
    Ok(Shipment::from_input(input, shared(), now).py_err()?.0)
}

/// A transit-time model per lane (carrier, service, origin and destination region), learned
/// from delivered shipments, with published priors where history is thin.
///
/// >>> import tracking_core as tc
/// >>> m = tc.TransitModel.learn([{"id": "h1", "carrier": "ups", "shipped_at": "2024-03-04T10:00:00Z",
/// ...     "delivered_at": "2024-03-06T15:00:00Z"}], now="2024-04-01T00:00:00Z")
/// >>> m.deliveries
/// 1
#[pyclass(name = "TransitModel", module = "tracking_core")]
#[derive(Clone, Default)]
pub struct PyTransitModel(pub TransitModel);

#[pymethods]
impl PyTransitModel {
    /// An empty model (published priors only).
    #[new]
    fn new() -> Self {
        PyTransitModel(TransitModel::new(LearnOptions::default()))
    }

    /// Learns from history records (dicts or JSON text, shipment shape); records that were
    /// not delivered are skipped.
    #[staticmethod]
    #[pyo3(signature = (history, now=None))]
    fn learn(history: &Bound<'_, PyAny>, now: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        guard(|| {
            let inputs: Vec<ShipmentInput> = from_py(history)?;
            let now = instant(now)?;
            let (model, _) =
                TransitModel::learn_from_inputs(inputs, LearnOptions::default(), now).py_err()?;
            Ok(PyTransitModel(model))
        })
    }

    /// Adds one delivered shipment (dict or `Shipment`); returns False when it was not
    /// delivered (nothing learned).
    #[pyo3(signature = (shipment, now=None))]
    fn observe(
        &mut self,
        shipment: &Bound<'_, PyAny>,
        now: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<bool> {
        guard(|| {
            let s = shipment_arg(shipment, instant(now)?)?;
            Ok(match CompletedShipment::from_shipment(&s) {
                Some(done) => {
                    self.0.observe(&done);
                    true
                }
                None => false,
            })
        })
    }

    /// The live delivery window of a shipment at `now` (dict:
    /// `earliest`, `latest`, `most_likely`, `confidence`, `source`, `basis`), or `None`
    /// (delivered, cancelled, returned).
    #[pyo3(signature = (shipment, now=None, confidence=0.9))]
    fn estimate<'py>(
        &self,
        py: Python<'py>,
        shipment: &Bound<'py, PyAny>,
        now: Option<&Bound<'py, PyAny>>,
        confidence: f64,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(|| {
            let confidence = tracking_core::estimate::check_confidence(confidence).py_err()?;
            let now = instant(now)?;
            let s = shipment_arg(shipment, now)?;
            to_py(py, &self.0.estimate_shipment(&s, now, confidence))
        })
    }

    /// The promise at checkout for a lane: the window for an order placed at `ordered_at`.
    /// `origin` / `destination` are `(country, region)` pairs.
    #[pyo3(signature = (carrier, service, origin, destination, ordered_at, confidence=0.9))]
    #[allow(clippy::too_many_arguments)]
    fn promise<'py>(
        &self,
        py: Python<'py>,
        #[pyo3(from_py_with = crate::convert::opt_str_arg)] carrier: Option<&str>,
        #[pyo3(from_py_with = crate::convert::opt_str_arg)] service: Option<&str>,
        #[pyo3(from_py_with = crate::convert::place_arg)] origin: (Option<String>, Option<String>),
        #[pyo3(from_py_with = crate::convert::place_arg)] destination: (
            Option<String>,
            Option<String>,
        ),
        ordered_at: &Bound<'py, PyAny>,
        confidence: f64,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(|| {
            let confidence = tracking_core::estimate::check_confidence(confidence).py_err()?;
            let lane = Lane::new(
                carrier,
                service,
                Place::new(origin.0.as_deref(), origin.1.as_deref()),
                Place::new(destination.0.as_deref(), destination.1.as_deref()),
            );
            let at = instant(Some(ordered_at))?;
            to_py(py, &self.0.promise(&lane, at, confidence))
        })
    }

    /// Deliveries learned (weight before decay).
    #[getter]
    fn deliveries(&self) -> u64 {
        self.0.deliveries()
    }
    /// Lane nodes in the model.
    #[getter]
    fn levels(&self) -> usize {
        self.0.levels()
    }
    /// The model as JSON text (versioned; what the CLI's `learn` writes).
    fn to_json(&self) -> PyResult<String> {
        guard(|| self.0.to_json().py_err())
    }
    /// A model from `to_json()` text; raises `InvalidModelError` on a wrong version or corrupt text.
    #[staticmethod]
    fn from_json(#[pyo3(from_py_with = crate::convert::str_arg)] text: &str) -> PyResult<Self> {
        guard(|| TransitModel::from_json(text).py_err().map(PyTransitModel))
    }
    /// Writes the model JSON to `path`.
    fn save(
        &self,
        #[pyo3(from_py_with = crate::convert::path_arg)] path: std::path::PathBuf,
    ) -> PyResult<()> {
        let text = self.to_json()?;
        // A file that cannot be written is a library failure like any other: a
        // TrackingCoreError (InvalidInputError naming the path), not a bare OSError.
        std::fs::write(&path, text).map_err(|e| {
            crate::convert::invalid("path", format!("cannot write `{}`: {e}", path.display()))
        })
    }
    /// Reads a model JSON file (as written by `save` or the CLI's `learn`).
    #[staticmethod]
    fn load(
        #[pyo3(from_py_with = crate::convert::path_arg)] path: std::path::PathBuf,
    ) -> PyResult<Self> {
        let text = std::fs::read_to_string(&path).map_err(|e| {
            crate::convert::invalid("path", format!("cannot read `{}`: {e}", path.display()))
        })?;
        Self::from_json(&text)
    }
    fn __repr__(&self) -> String {
        format!(
            "TransitModel(deliveries={}, levels={})",
            self.0.deliveries(),
            self.0.levels()
        )
    }
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyTransitModel>()?;
    Ok(())
}
