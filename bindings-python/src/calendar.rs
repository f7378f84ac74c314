//! `Calendar`: business days per country and region (mirrors core `calendar`).

use chrono::NaiveDate;
use pyo3::prelude::*;
use tracking_core::calendar::Calendar;

use crate::convert::{date, to_py};
use crate::error::{IntoPyResult, guard};

/// Weekends and public holidays of a country (ISO 3166-1 alpha-2) and optional region, for
/// business-day arithmetic. Dates in and out are `datetime.date`.
///
/// >>> import datetime, tracking_core as tc
/// >>> tc.Calendar("US").is_business_day(datetime.date(2024, 7, 4))
/// False
#[pyclass(name = "Calendar", module = "tracking_core", frozen)]
pub struct PyCalendar(pub Calendar);

#[pymethods]
impl PyCalendar {
    /// Raises `UnknownCountryError` / `UnknownRegionError`.
    #[new]
    #[pyo3(signature = (country, region=None))]
    fn new(
        #[pyo3(from_py_with = crate::convert::str_arg)] country: &str,
        #[pyo3(from_py_with = crate::convert::opt_str_arg)] region: Option<&str>,
    ) -> PyResult<Self> {
        guard(|| Calendar::new(country, region).py_err().map(PyCalendar))
    }
    /// Whether `day` is a working day (not a weekend day, not a holiday).
    fn is_business_day(&self, day: &Bound<'_, PyAny>) -> PyResult<bool> {
        guard(|| Ok(self.0.is_business_day(date(day)?)))
    }
    /// The holiday on `day` (dict: `date`, `name`, `kind`), or `None`.
    fn is_holiday<'py>(
        &self,
        py: Python<'py>,
        day: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(|| to_py(py, &self.0.is_holiday(date(day)?)))
    }
    /// The holidays of `year`, in date order (dicts).
    fn holidays<'py>(&self, py: Python<'py>, year: i32) -> PyResult<Bound<'py, PyAny>> {
        guard(|| to_py(py, &self.0.holidays(year)))
    }
    /// The first business day after `day`.
    fn next_business_day(&self, day: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
        guard(|| Ok(self.0.next_business_day(date(day)?)))
    }
    /// `day` moved forward by `n` business days (backward when negative).
    fn add_business_days(&self, day: &Bound<'_, PyAny>, n: i32) -> PyResult<NaiveDate> {
        guard(|| Ok(self.0.add_business_days(date(day)?, n)))
    }
    /// Business days from `start` to `end`.
    fn business_days_between(
        &self,
        start: &Bound<'_, PyAny>,
        end: &Bound<'_, PyAny>,
    ) -> PyResult<i64> {
        guard(|| Ok(self.0.business_days_between(date(start)?, date(end)?)))
    }
    /// The IANA zone name of the calendar's country / region (`zoneinfo.ZoneInfo(name)`).
    #[getter]
    fn timezone(&self) -> String {
        self.0.timezone().name().to_string()
    }
    /// The country code.
    #[getter]
    fn country(&self) -> String {
        self.0.country().code().to_string()
    }
    fn __repr__(&self) -> String {
        format!(
            "Calendar({:?}, region={:?})",
            self.0.country().code(),
            self.0.region()
        )
    }
}

/// Registers this module's items.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyCalendar>()?;
    Ok(())
}
