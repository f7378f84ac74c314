//! `report` (analytics), `Order` (mirrors core `analytics` and `order`).

use pyo3::prelude::*;
use tracking_core::analytics::ReportBuilder;
use tracking_core::order::{Order, OrderInput};
use tracking_core::timeline::{Shipment, ShipmentInput};

use crate::convert::{from_py, instant, to_py};
use crate::error::{IntoPyResult, guard};
use crate::normalize::shared;

/// Merchant analytics over shipments (dicts / JSON text in the shipment shape, e.g. a
/// history file's lines): order-to-ship and ship-to-delivery percentiles, on-time %, window
/// coverage, exception / lost / return rates, by carrier, lane and month. The same report
/// the CLI's `report` prints.
#[pyfunction]
#[pyo3(signature = (shipments, now=None))]
pub fn report<'py>(
    py: Python<'py>,
    shipments: &Bound<'py, PyAny>,
    now: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        let now = instant(now)?;
        let mut builder = ReportBuilder::new();
        for item in shipments.try_iter()? {
            let input: ShipmentInput = from_py(&item?)?;
            let status = input.order_status.clone();
            let (s, _) = Shipment::from_history(input, shared(), now).py_err()?;
            builder.add_with_order_status(&s, status.as_deref());
        }
        to_py(py, &builder.finish())
    })
}

/// One order, many shipments (split parcels, return legs): order-level status, milestone,
/// progress and the parcels that need attention.
#[pyclass(name = "Order", module = "tracking_core", frozen)]
pub struct PyOrder(pub Order);

#[pymethods]
impl PyOrder {
    /// Builds an order from its JSON shape `{"id", "shipments": [shipment, ...]}`.
    #[staticmethod]
    #[pyo3(signature = (data, now=None))]
    fn from_dict(data: &Bound<'_, PyAny>, now: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        guard(|| {
            let input: OrderInput = from_py(data)?;
            let (order, _) = Order::from_input(input, shared(), instant(now)?).py_err()?;
            Ok(PyOrder(order))
        })
    }

    /// The order snapshot at `now` as a dict: what the facade's `order` operation returns
    /// (`status`, `milestone`, `progress`, `parcels`, `delivered`, `attention`, the order
    /// `headline` in `locale`, and every parcel's full snapshot with window, health and
    /// message, as `Tracker.track` gives it).
    #[pyo3(signature = (now=None, locale=tracking_core::message::DEFAULT_LOCALE))]
    fn snapshot<'py>(
        &self,
        py: Python<'py>,
        now: Option<&Bound<'py, PyAny>>,
        #[pyo3(from_py_with = crate::convert::locale_arg)] locale: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(|| {
            let now = instant(now)?;
            let tracker = tracking_core::api::default_engine().tracker();
            to_py(py, &tracker.order_snapshot(&self.0, now, locale))
        })
    }

    /// The order's identifier.
    #[getter]
    fn id(&self) -> &str {
        &self.0.id
    }
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(report, m)?)?;
    m.add_class::<PyOrder>()?;
    Ok(())
}
