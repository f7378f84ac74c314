//! Evaluation on history (mirrors core `eval`): backtests of delivery windows at one split and
//! the rolling-origin evaluation over every month, for notebooks.

use pyo3::prelude::*;
use tracking_core::estimate::{CompletedShipment, LearnOptions};
use tracking_core::eval::{self, BacktestOptions, Mode, RollingOptions};
use tracking_core::timeline::ShipmentInput;

use crate::convert::{from_py, instant, invalid, to_py};
use crate::error::{IntoPyResult, guard};
use crate::normalize::shared;

/// Delivered records of a history (dicts or JSON text, shipment shape); others are skipped.
fn delivered(
    history: &Bound<'_, PyAny>,
    now: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<CompletedShipment>> {
    let inputs: Vec<ShipmentInput> = from_py(history)?;
    let now = instant(now)?;
    let mut out = Vec::with_capacity(inputs.len());
    for input in inputs {
        if let Some(c) = CompletedShipment::from_input(input, shared(), now).py_err()? {
            out.push(c);
        }
    }
    Ok(out)
}

fn options(mode: &str, online: bool, confidence: f64) -> PyResult<BacktestOptions> {
    let mode = match mode {
        "promise" => Mode::Promise,
        "in_flight" | "inflight" => Mode::InFlight,
        other => {
            return Err(invalid(
                "mode",
                format!("`{other}` is not a mode: use \"promise\" or \"in_flight\""),
            ));
        }
    };
    // The core's check, as the CLI's --confidence and the estimate calls use.
    let confidence = tracking_core::estimate::check_confidence(confidence).py_err()?;
    Ok(BacktestOptions {
        mode,
        online,
        confidence,
        learn: LearnOptions::default(),
        test_until: None,
    })
}

/// Backtests delivery windows: learns from the deliveries of `history` before `split_at`,
/// asks a window for every later order (at order time for `mode="promise"`, at hand-off for
/// `"in_flight"`), feeding deliveries in as they happen when `online`, and scores the model,
/// the shop's promise and a per-lane quantile: coverage, mean width, MAE and the interval
/// score (a dict: `overall`, `by_month`, ...).
#[pyfunction]
#[pyo3(signature = (history, split_at, mode="promise", online=false, confidence=0.9, now=None))]
fn backtest<'py>(
    py: Python<'py>,
    history: &Bound<'py, PyAny>,
    split_at: &Bound<'py, PyAny>,
    #[pyo3(from_py_with = crate::convert::str_arg)] mode: &str,
    online: bool,
    confidence: f64,
    now: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        let opts = options(mode, online, confidence)?;
        let split = instant(Some(split_at))?;
        let history = delivered(history, now)?;
        to_py(py, &eval::backtest(&history, split, &opts))
    })
}

/// Rolling-origin evaluation: a backtest split at every month start with at least
/// `min_train` deliveries before it, each scoring that month's orders; means over months
/// (`model`, `shop_promise`, `lane_quantile`) and every split (`splits`). With
/// `hold_out_from` (a datetime or time text), the splits from it on are also reported apart
/// (`held_out`) from those before it (`selection`, where a variant is chosen).
#[pyfunction]
#[pyo3(signature = (history, mode="promise", online=true, confidence=0.9, min_train=300, now=None, hold_out_from=None))]
#[allow(clippy::too_many_arguments)] // keyword arguments of one Python call
fn rolling_origin<'py>(
    py: Python<'py>,
    history: &Bound<'py, PyAny>,
    #[pyo3(from_py_with = crate::convert::str_arg)] mode: &str,
    online: bool,
    confidence: f64,
    min_train: usize,
    now: Option<&Bound<'py, PyAny>>,
    hold_out_from: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        let hold_out_from = match hold_out_from.filter(|t| !t.is_none()) {
            Some(t) => Some(instant(Some(t))?),
            None => None,
        };
        let opts = RollingOptions {
            backtest: options(mode, online, confidence)?,
            min_train,
            hold_out_from,
            ..RollingOptions::default()
        };
        let history = delivered(history, now)?;
        to_py(py, &eval::rolling_origin(&history, &opts))
    })
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(backtest, m)?)?;
    m.add_function(wrap_pyfunction!(rolling_origin, m)?)?;
    Ok(())
}
