//! `Calendar`: business days per country and region (mirrors core `calendar`).

use napi::{Env, Unknown};
use napi_derive::napi;
use serde_json::Value;
use tracking_core::calendar::Calendar as CoreCalendar;

use crate::convert::{date, date_out, to_json};
use crate::error::guard;

/// Weekends and public holidays of a country (ISO 3166-1 alpha-2) and optional region.
/// Days in are `Date`s (their UTC day) or `YYYY-MM-DD` text; days out are `YYYY-MM-DD`.
#[napi]
pub struct Calendar {
    inner: CoreCalendar,
}

#[napi]
impl Calendar {
    /// Throws `UNKNOWN_COUNTRY` / `UNKNOWN_REGION`.
    #[napi(constructor)]
    pub fn new(env: &Env, country: String, region: Option<String>) -> napi::Result<Self> {
        guard(env, || {
            Ok(Calendar {
                inner: CoreCalendar::new(&country, region.as_deref())?,
            })
        })
    }
    /// Whether `day` is a working day (not a weekend day, not a holiday).
    #[napi]
    pub fn is_business_day(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Day")] day: Unknown<'_>,
    ) -> napi::Result<bool> {
        guard(env, || Ok(self.inner.is_business_day(date(day, "day")?)))
    }
    /// The holiday on `day`, or `null`.
    #[napi(ts_return_type = "Holiday | null")]
    pub fn holiday(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Day")] day: Unknown<'_>,
    ) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner.is_holiday(date(day, "day")?)))
    }
    /// The holidays of `year`, in date order.
    #[napi(ts_return_type = "Holiday[]")]
    pub fn holidays(&self, env: &Env, year: i32) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner.holidays(year)))
    }
    /// The first business day after `day`.
    #[napi]
    pub fn next_business_day(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Day")] day: Unknown<'_>,
    ) -> napi::Result<String> {
        guard(env, || {
            Ok(date_out(self.inner.next_business_day(date(day, "day")?)))
        })
    }
    /// `day` moved by `n` business days (backward when negative).
    #[napi]
    pub fn add_business_days(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Day")] day: Unknown<'_>,
        n: i32,
    ) -> napi::Result<String> {
        guard(env, || {
            Ok(date_out(self.inner.add_business_days(date(day, "day")?, n)))
        })
    }
    /// Business days from `start` to `end`.
    #[napi]
    pub fn business_days_between(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Day")] start: Unknown<'_>,
        #[napi(ts_arg_type = "Day")] end: Unknown<'_>,
    ) -> napi::Result<f64> {
        guard(env, || {
            Ok(self
                .inner
                .business_days_between(date(start, "start")?, date(end, "end")?)
                as f64)
        })
    }
    /// The IANA zone name of the country / region.
    #[napi(getter)]
    pub fn timezone(&self) -> String {
        self.inner.timezone().name().to_string()
    }
    /// The country code.
    #[napi(getter)]
    pub fn country(&self) -> String {
        self.inner.country().code().to_string()
    }
}
