//! Business-day arithmetic for windows, behind one small type so the estimator does not care
//! whether a full [`Calendar`] (weekends and public holidays) exists for the destination.
//!
//! Counting convention (used by learning and estimating alike): a delivery on local date `d`
//! of a shipment that started on local date `s` took `#business days in (s, d]` business
//! days. So a Monday hand-off delivered Tuesday took 1, delivered Monday took 0, and a
//! Saturday delivery counts with the Friday before it. Bin `k` maps back to the `k`-th
//! business day after `s` (bin 0 is `s` itself).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use chrono::{DateTime, Datelike, NaiveDate, Utc, Weekday};

use super::hist::FnvBuild;
use crate::calendar::Calendar;

/// The business days of a destination: its country's calendar when tracking-core knows the
/// country, else Monday to Friday in UTC.
#[derive(Debug, Clone)]
pub enum Days {
    /// A real calendar (weekends, public holidays, the local zone).
    Calendar(Calendar),
    /// Monday to Friday, dates read in UTC: the fall-back for unknown countries.
    Weekdays,
}

impl Days {
    /// The business days of `country`/`region` (cached: calendars are built once per place).
    pub fn for_place(country: Option<&str>, region: Option<&str>) -> Days {
        let Some(country) = country.map(str::trim).filter(|c| !c.is_empty()) else {
            return Days::Weekdays;
        };
        let region = region.map(str::trim).unwrap_or_default();
        // A fixed-size key (no allocation per lookup): upper-cased `country|region`.
        let mut key = [0u8; 24];
        let bytes = country
            .bytes()
            .chain(std::iter::once(b'|'))
            .chain(region.bytes());
        let mut len = 0;
        for (slot, b) in key.iter_mut().zip(bytes) {
            *slot = b.to_ascii_uppercase();
            len += 1;
        }
        let cacheable = len == country.len() + 1 + region.len();
        static CACHE: OnceLock<Mutex<HashMap<[u8; 24], Days, FnvBuild>>> = OnceLock::new();
        let cache = CACHE.get_or_init(|| Mutex::new(HashMap::default()));
        if cacheable
            && let Ok(map) = cache.lock()
            && let Some(d) = map.get(&key)
        {
            return d.clone();
        }
        // An unknown region still gets the national calendar.
        let days = Calendar::new(country, Some(region))
            .or_else(|_| Calendar::new(country, None))
            .map_or(Days::Weekdays, Days::Calendar);
        if cacheable && let Ok(mut map) = cache.lock() {
            map.insert(key, days.clone());
        }
        days
    }

    /// The local date of an instant.
    pub fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        match self {
            Days::Calendar(c) => c.local_date(t),
            Days::Weekdays => t.naive_utc().date(),
        }
    }

    /// Whether `d` is a business day.
    pub fn is_business_day(&self, d: NaiveDate) -> bool {
        match self {
            Days::Calendar(c) => c.is_business_day(d),
            Days::Weekdays => d.weekday().num_days_from_monday() < 5,
        }
    }

    /// Business days in `(start, end]`; 0 when `end <= start`.
    pub fn count(&self, start: NaiveDate, end: NaiveDate) -> u32 {
        if end <= start {
            return 0;
        }
        match self {
            Days::Calendar(c) => {
                let (Some(s), Some(e)) = (start.succ_opt(), end.succ_opt()) else {
                    return 0;
                };
                u32::try_from(c.business_days_between(s, e)).unwrap_or(0)
            }
            Days::Weekdays => weekdays_in(start, end),
        }
    }

    /// The date of bin `k` from `start`: `start` for 0, else the `k`-th business day after it.
    pub fn date_of(&self, start: NaiveDate, k: u32) -> NaiveDate {
        if k == 0 {
            return start;
        }
        match self {
            Days::Calendar(c) => c.add_business_days(start, i32::try_from(k).unwrap_or(i32::MAX)),
            Days::Weekdays => {
                // Seven days hold five weekdays whatever the start: jump whole weeks, then
                // step (a hand-edited model can ask for billions of days). Saturates at the
                // end of chrono's range.
                let Some(mut d) = crate::time::add_days(start, i64::from(k / 5) * 7) else {
                    return NaiveDate::MAX;
                };
                let mut left = k % 5;
                while left > 0 {
                    let Some(next) = crate::time::next_day(d) else {
                        return d;
                    };
                    d = next;
                    if d.weekday().num_days_from_monday() < 5 {
                        left -= 1;
                    }
                }
                d
            }
        }
    }

    /// The last date a window ending on bin date `d` covers: `d`, extended over the
    /// non-business days right after it except Sundays (a Saturday delivery counts with the
    /// Friday before it, so a window ending on Friday must hold Saturday too).
    pub fn extend_end(&self, d: NaiveDate) -> NaiveDate {
        let mut end = d;
        for _ in 0..7 {
            let Some(next) = end.succ_opt() else { break };
            if self.is_business_day(next) || next.weekday() == Weekday::Sun {
                break;
            }
            end = next;
        }
        end
    }
}

/// Weekdays (Monday to Friday) in `(start, end]`, in O(1).
fn weekdays_in(start: NaiveDate, end: NaiveDate) -> u32 {
    // Weekdays in [epoch, d] for a Monday epoch, then difference.
    let upto = |d: NaiveDate| -> i64 {
        let n = i64::from(d.num_days_from_ce());
        // 0001-01-01 is a Monday; day index 0 = Monday.
        let days = n - 1;
        let weeks = days.div_euclid(7);
        let rem = days.rem_euclid(7);
        weeks * 5 + (rem + 1).min(5)
    };
    u32::try_from(upto(end) - upto(start)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekday_counts_match_the_convention() {
        let w = Days::Weekdays;
        // 2024-06-03 is a Monday.
        assert_eq!(w.count(d("2024-06-03"), d("2024-06-04")), 1);
        assert_eq!(w.count(d("2024-06-03"), d("2024-06-03")), 0);
        assert_eq!(w.count(d("2024-06-07"), d("2024-06-08")), 0); // Fri -> Sat
        assert_eq!(w.count(d("2024-06-07"), d("2024-06-10")), 1); // Fri -> Mon
        assert_eq!(w.count(d("2024-06-03"), d("2024-06-17")), 10);
        for k in 0..30 {
            let s = d("2024-06-05");
            assert_eq!(w.count(s, w.date_of(s, k)), k);
        }
        assert_eq!(w.extend_end(d("2024-06-07")), d("2024-06-08"));
        assert_eq!(w.extend_end(d("2024-06-06")), d("2024-06-06"));
    }

    #[test]
    fn calendar_counts_agree_with_dates() {
        let br = Days::for_place(Some("BR"), Some("SP"));
        assert!(matches!(br, Days::Calendar(_)));
        let s = d("2017-12-20");
        for k in 0..40 {
            assert_eq!(br.count(s, br.date_of(s, k)), k);
        }
        assert!(matches!(Days::for_place(Some("ZZ"), None), Days::Weekdays));
    }
}
