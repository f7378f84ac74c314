//! `Tracker` and `track`: the full snapshot (timeline, window, health, message) in one core
//! call, the same the CLI's `track` prints (mirrors core `pipeline`, `health`, `message`).

use pyo3::prelude::*;
use tracking_core::health::DwellModel;
use tracking_core::message::{MessageCatalog, TemplateOverride};
use tracking_core::pipeline::Tracker;
use tracking_core::timeline::ShipmentInput;

use crate::convert::{from_py, instant};
use crate::error::{IntoPyResult, guard};
use crate::estimate::{PyTransitModel, shipment_arg};
use crate::timeline::PySnapshot;

/// Builds full snapshots: a transit model (priors when `None`), a dwell model for health
/// (dict / JSON text as learned by `learn_dwell`; priors when `None`), and the merchant's
/// own message texts (`templates`: a list of `{"locale", "key", "template"}`, checked here;
/// built-in texts when `None`). Build once, reuse for many shipments.
///
/// >>> import tracking_core as tc
/// >>> snap = tc.Tracker().track({"id": "A1", "carrier": "ups", "events": [
/// ...     {"status": "out_for_delivery", "time": "2024-03-26T07:10:00+01:00"}]},
/// ...     now="2024-03-26T08:00:00Z", locale="de")
/// >>> snap.message["headline"]
/// 'Ihr Paket wird heute zugestellt'
#[pyclass(name = "Tracker", module = "tracking_core", frozen)]
pub struct PyTracker(pub Tracker);

#[pymethods]
impl PyTracker {
    #[new]
    #[pyo3(signature = (model=None, dwell=None, templates=None))]
    fn new(
        model: Option<&PyTransitModel>,
        dwell: Option<&Bound<'_, PyAny>>,
        templates: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        guard(|| {
            let dwell: Option<DwellModel> = match dwell {
                Some(d) if !d.is_none() => Some(from_py(d)?),
                _ => None,
            };
            // The catalogue reads the facade's `templates` list and checks every key and
            // placeholder, so a typo fails here, not when a customer's message is rendered.
            let catalog = match templates.filter(|t| !t.is_none()) {
                Some(t) => {
                    MessageCatalog::try_from(from_py::<Vec<TemplateOverride>>(t)?).py_err()?
                }
                None => MessageCatalog::new(),
            };
            Ok(PyTracker(Tracker::new(
                model.map(|m| m.0.clone()),
                dwell.as_ref(),
                catalog,
            )))
        })
    }

    /// The full snapshot of a shipment (dict / JSON text in the shipment shape) at `now`,
    /// with the customer message in `locale` (BCP 47, falls back: `pt-BR` -> `pt` -> `en`;
    /// `None` is English). A shipment's own `as_of` overrides `now`, as in `track_batch`.
    #[pyo3(signature = (shipment, now=None, locale=tracking_core::message::DEFAULT_LOCALE))]
    fn track(
        &self,
        shipment: &Bound<'_, PyAny>,
        now: Option<&Bound<'_, PyAny>>,
        #[pyo3(from_py_with = crate::convert::locale_arg)] locale: &str,
    ) -> PyResult<PySnapshot> {
        guard(|| {
            let input: ShipmentInput = from_py(shipment)?;
            let now = instant(now)?;
            tracking_core::api::batch::track_one(&self.0, input, now, locale)
                .py_err()
                .map(PySnapshot)
        })
    }

    /// Full snapshots of many shipments (dicts / JSON texts in the shipment shape) at one
    /// `now`, in input order: one `Snapshot` per shipment, or, for a shipment that cannot be
    /// read or tracked, its error as a `TrackingCoreError` instance (returned, not raised,
    /// with the kind's fields and `.index`). A shipment's own `as_of` overrides `now`, as in
    /// the facade's `track`. Releases the GIL while the core tracks.
    #[pyo3(signature = (shipments, now=None, locale=tracking_core::message::DEFAULT_LOCALE))]
    fn track_batch<'py>(
        &self,
        py: Python<'py>,
        shipments: &Bound<'py, PyAny>,
        now: Option<&Bound<'py, PyAny>>,
        #[pyo3(from_py_with = crate::convert::locale_arg)] locale: &str,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        guard(|| {
            let now = instant(now)?;
            if shipments.is_instance_of::<pyo3::types::PyString>() {
                return Err(crate::convert::invalid(
                    "shipments",
                    "expected a list of shipments, got one str",
                ));
            }
            let inputs = shipments
                .try_iter()?
                .map(|item| Ok(from_py::<ShipmentInput>(&item?).map_err(Item)))
                .collect::<PyResult<Vec<_>>>()?;
            let out =
                py.detach(|| tracking_core::api::batch::track_batch(&self.0, inputs, now, locale));
            out.into_iter()
                .enumerate()
                .map(|(i, r)| match r {
                    Ok(snap) => Ok(Bound::new(py, PySnapshot(snap))?.into_any()),
                    Err(Item(err)) => {
                        let value = err.into_value(py).into_bound(py).into_any();
                        value.setattr(pyo3::intern!(py, "index"), i)?;
                        Ok(value)
                    }
                })
                .collect()
        })
    }

    /// Notes placed orders (dicts `{"id", "carrier"?, "placed_at"}`; every order, delivered
    /// or not) in the order volume that widens delivery windows during a surge: the facade's
    /// `note_orders` (docs/bindings-facade.md). Returns `{"results": [...], "counted": n}`,
    /// one `{"result": "counted" | "duplicate" | "too_old"}` or `{"error": {...}}` per order.
    /// Each id is counted once, so sending the same orders again is harmless. Releases the
    /// GIL while the core counts.
    #[pyo3(signature = (orders, now=None))]
    fn note_orders<'py>(
        &self,
        py: Python<'py>,
        orders: &Bound<'py, PyAny>,
        now: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(|| {
            let list = orders
                .try_iter()?
                .map(|o| crate::convert::py_to_json(&o?))
                .collect::<PyResult<Vec<_>>>()?;
            let now = instant(now)?;
            let req: tracking_core::api::NoteOrdersRequest = serde_json::from_value(
                serde_json::json!({"orders": list, "now": now.to_rfc3339()}),
            )
            .map_err(tracking_core::Error::from)
            .py_err()?;
            let out = py
                .detach(|| tracking_core::api::note_orders(&self.0, req))
                .py_err()?;
            crate::convert::to_py(py, &out)
        })
    }

    /// A copy of the transit model behind the windows, with the orders noted so far (save
    /// it, and build the next `Tracker` from it, so a restart keeps them).
    fn transit_model(&self) -> PyTransitModel {
        PyTransitModel(self.0.transit_model())
    }

    /// The full snapshot of a `Shipment` (or shipment dict) at `now`.
    #[pyo3(signature = (shipment, now=None, locale=tracking_core::message::DEFAULT_LOCALE))]
    fn snapshot(
        &self,
        shipment: &Bound<'_, PyAny>,
        now: Option<&Bound<'_, PyAny>>,
        #[pyo3(from_py_with = crate::convert::locale_arg)] locale: &str,
    ) -> PyResult<PySnapshot> {
        guard(|| {
            let now = instant(now)?;
            let s = shipment_arg(shipment, now)?;
            Ok(PySnapshot(self.0.snapshot(&s, now, locale)))
        })
    }
}

/// One shipment's error in a batch: a core error, or one met reading the Python object.
struct Item(PyErr);

impl From<tracking_core::Error> for Item {
    fn from(e: tracking_core::Error) -> Self {
        Item(crate::error::CoreError(e).into())
    }
}

/// One-shot full snapshot with default models (see `Tracker.track`).
#[pyfunction]
#[pyo3(signature = (shipment, now=None, locale=tracking_core::message::DEFAULT_LOCALE))]
pub fn track(
    shipment: &Bound<'_, PyAny>,
    now: Option<&Bound<'_, PyAny>>,
    #[pyo3(from_py_with = crate::convert::locale_arg)] locale: &str,
) -> PyResult<PySnapshot> {
    guard(|| {
        let input: ShipmentInput = from_py(shipment)?;
        let now = instant(now)?;
        tracking_core::api::batch::track_one(&Tracker::default(), input, now, locale)
            .py_err()
            .map(PySnapshot)
    })
}

/// Learns a dwell model (per carrier and status, for health verdicts) from shipments
/// (`Shipment`s or dicts); returns it as a dict to pass to `Tracker(dwell=...)`.
#[pyfunction]
#[pyo3(signature = (shipments, now=None))]
pub fn learn_dwell<'py>(
    py: Python<'py>,
    shipments: &Bound<'py, PyAny>,
    now: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        let now = instant(now)?;
        let all = shipments
            .try_iter()?
            .map(|s| shipment_arg(&s?, now))
            .collect::<PyResult<Vec<_>>>()?;
        crate::convert::to_py(py, &DwellModel::learn(all.iter()))
    })
}

/// Every message key a `Tracker(templates=...)` entry can replace (`headline.delivered`,
/// ...), as Node's `MessageCatalog.keys()`.
#[pyfunction]
pub fn message_keys() -> Vec<&'static str> {
    tracking_core::message::keys().collect()
}

/// The `{placeholders}` a key's template may use (`carrier`, `tracking_number`, and the
/// key's own, such as `date`); `InvalidInputError` for an unknown key.
#[pyfunction]
pub fn message_placeholders(
    #[pyo3(from_py_with = crate::convert::str_arg)] key: &str,
) -> PyResult<Vec<String>> {
    tracking_core::message::placeholders(key).py_err()
}

/// The binding facade: `operation` on a JSON request, the JSON response back
/// (docs/bindings-facade.md). Releases the GIL while the core works.
#[pyfunction]
pub fn call(
    py: Python<'_>,
    #[pyo3(from_py_with = crate::convert::str_arg)] operation: &str,
    #[pyo3(from_py_with = crate::convert::str_arg)] request: &str,
) -> PyResult<String> {
    guard(|| {
        py.detach(|| tracking_core::api::call(operation, request))
            .py_err()
    })
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(call, m)?)?;
    m.add_function(wrap_pyfunction!(message_keys, m)?)?;
    m.add_function(wrap_pyfunction!(message_placeholders, m)?)?;
    m.add_class::<PyTracker>()?;
    m.add_function(wrap_pyfunction!(track, m)?)?;
    m.add_function(wrap_pyfunction!(learn_dwell, m)?)?;
    Ok(())
}
