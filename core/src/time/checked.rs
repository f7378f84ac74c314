//! Date arithmetic that cannot panic, and the plausible range of instants.
//!
//! chrono's `+`/`-` operators, `naive_local` and `date_naive` panic when a result leaves the
//! representable range (about ±262,000 years). Timestamps from input are kept within
//! [`MIN_YEAR`]..=[`MAX_YEAR`] at parse time, but instants also arrive through the library API
//! (`now`, shipment fields set by a Rust caller), so every computation on them goes through
//! these helpers, which return `None` (or saturate, where documented) instead. A test
//! (`core/tests/no_panicking_time_arithmetic.rs`) keeps the panicking forms out of the core.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Offset, TimeDelta, TimeZone, Utc};

use crate::error::Error;

/// The earliest year a timestamp from input may have. Parcel tracking has no scans before
/// the Unix epoch; earlier years are typos (`0024` for `2024`) or junk.
pub const MIN_YEAR: i32 = 1970;

/// The latest year a timestamp from input may have: far beyond any real delivery promise,
/// near enough that every date computation (windows, holidays, hold periods) stays in range.
pub const MAX_YEAR: i32 = 2200;

/// `Err(reason)` when `year` lies outside [`MIN_YEAR`]..=[`MAX_YEAR`].
pub(crate) fn check_year(year: i32) -> Result<(), String> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(format!(
            "year {year} is outside the supported range {MIN_YEAR}-{MAX_YEAR}"
        ))
    }
}

/// Checks that an instant given through the API (a `now`, a cut-off) lies in the supported
/// range.
///
/// # Errors
/// [`Error::InvalidInput`] naming `field` when its year is outside
/// [`MIN_YEAR`]..=[`MAX_YEAR`].
pub fn check_instant(field: &str, t: DateTime<Utc>) -> Result<DateTime<Utc>, Error> {
    check_year(t.year()).map_err(|reason| Error::InvalidInput {
        field: field.to_string(),
        reason,
    })?;
    Ok(t)
}

/// The wall-clock time of `t` in its zone. Saturates: when the offset would push it out of
/// chrono's range (only possible for instants outside the supported range, which input
/// cannot produce), the UTC wall-clock time is returned instead of panicking.
pub fn local_naive<Tz: TimeZone>(t: &DateTime<Tz>) -> NaiveDateTime {
    let utc = t.naive_utc();
    utc.checked_add_offset(t.offset().fix()).unwrap_or(utc)
}

/// `t` plus `hours`, or `None` when out of range.
pub fn add_hours(t: DateTime<Utc>, hours: i64) -> Option<DateTime<Utc>> {
    t.checked_add_signed(TimeDelta::try_hours(hours)?)
}

/// `d` plus `days` (negative: minus), or `None` when out of range.
pub fn add_days(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(days)?)
}

/// `d` minus `days`, or `None` when out of range.
pub fn sub_days(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    d.checked_sub_signed(TimeDelta::try_days(days)?)
}

/// The day after `d`, or `None` at the end of chrono's range (loops stop there).
pub fn next_day(d: NaiveDate) -> Option<NaiveDate> {
    d.succ_opt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    #[test]
    fn extremes_do_not_panic() {
        let max = DateTime::<Utc>::MAX_UTC;
        let min = DateTime::<Utc>::MIN_UTC;
        assert_eq!(add_hours(max, 26), None);
        assert_eq!(add_hours(min, -1), None);
        assert_eq!(add_hours(max, i64::MAX), None);
        assert_eq!(add_days(NaiveDate::MAX, 1), None);
        assert_eq!(sub_days(NaiveDate::MIN, 60), None);
        assert_eq!(add_days(NaiveDate::MIN, i64::MIN), None);
        assert_eq!(next_day(NaiveDate::MAX), None);
        let east = FixedOffset::east_opt(14 * 3600).unwrap();
        assert_eq!(local_naive(&max.with_timezone(&east)), max.naive_utc());
        assert!(check_instant("now", max).is_err());
        assert!(check_instant("now", min).is_err());
    }

    #[test]
    fn range_bounds_are_inclusive() {
        assert!(check_year(MIN_YEAR).is_ok());
        assert!(check_year(MAX_YEAR).is_ok());
        assert!(check_year(MIN_YEAR - 1).is_err());
        assert!(check_year(MAX_YEAR + 1).is_err());
    }
}
