//! `decide`: whether to tell the customer now (mirrors core `notify`).

use pyo3::prelude::*;
use tracking_core::notify::{self, Notification, NotificationPolicy};

use crate::convert::{from_py, instant, to_py};
use crate::error::guard;
use crate::timeline::PySnapshot;

/// The notifications to send for the change from `previous` to `current` snapshot (both
/// from `Tracker.track`), under `policy` (dict in the policy JSON shape; defaults when
/// `None`), at `now`. A list of dicts (`kind`, `dedupe_key`, `channels`, `send_at`,
/// `deferred`, `message`); empty when nothing is worth a message.
#[pyfunction]
#[pyo3(signature = (previous, current, policy=None, now=None))]
pub fn decide<'py>(
    py: Python<'py>,
    previous: Option<&PySnapshot>,
    current: &PySnapshot,
    policy: Option<&Bound<'py, PyAny>>,
    now: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        let policy: NotificationPolicy = match policy {
            Some(p) if !p.is_none() => from_py(p)?,
            _ => NotificationPolicy::default(),
        };
        let now = instant(now)?;
        to_py(
            py,
            &notify::decide(previous.map(|p| &p.0), &current.0, &policy, now),
        )
    })
}

/// Merges notifications of a split order's shipments into digests: `items` are
/// `(shipment_id, notification dict)` pairs.
#[pyfunction]
pub fn digest<'py>(
    py: Python<'py>,
    #[pyo3(from_py_with = crate::convert::digest_items)] items: Vec<(String, Bound<'py, PyAny>)>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        let items = items
            .into_iter()
            .map(|(id, n)| Ok((id, from_py::<Notification>(&n)?)))
            .collect::<PyResult<Vec<_>>>()?;
        to_py(py, &notify::digest(items))
    })
}

/// The default notification policy as a dict (a starting point to edit).
#[pyfunction]
pub fn default_policy(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    guard(|| to_py(py, &NotificationPolicy::default()))
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(decide, m)?)?;
    m.add_function(wrap_pyfunction!(digest, m)?)?;
    m.add_function(wrap_pyfunction!(default_policy, m)?)?;
    Ok(())
}
