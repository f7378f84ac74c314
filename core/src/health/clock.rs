//! Business time for dwell measurements: hours that fall on business days of the right
//! country's calendar, so a parcel that sat over a weekend or a public holiday is not "late".
//!
//! Calendars are built once per country and region and shared (`Calendars`), and the hour
//! count costs two zone conversions plus a popcount over the whole days in between, so a
//! health check stays near a microsecond.

use std::sync::RwLock;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

use crate::calendar::Calendar;

/// One country's business calendar, or plain Monday-to-Friday (in UTC) when the country is
/// unknown to [`crate::calendar`].
#[derive(Debug, Clone)]
pub(crate) enum Clock {
    /// A real calendar with public holidays.
    Calendar(Calendar),
    /// Monday to Friday, UTC: the fall-back.
    Weekdays,
}

impl Clock {
    fn local(&self, t: DateTime<Utc>) -> (NaiveDate, f64) {
        match self {
            Clock::Calendar(c) => {
                let l = t.with_timezone(&c.timezone());
                let secs = l.num_seconds_from_midnight();
                (
                    crate::time::local_naive(&l).date(),
                    f64::from(secs) / 3600.0,
                )
            }
            Clock::Weekdays => (
                t.naive_utc().date(),
                f64::from(t.num_seconds_from_midnight()) / 3600.0,
            ),
        }
    }

    fn is_business_day(&self, d: NaiveDate) -> bool {
        match self {
            Clock::Calendar(c) => c.is_business_day(d),
            Clock::Weekdays => d.weekday().num_days_from_monday() < 5,
        }
    }

    fn business_days_between(&self, start: NaiveDate, end: NaiveDate) -> i64 {
        match self {
            Clock::Calendar(c) => c.business_days_between(start, end),
            Clock::Weekdays => {
                if end <= start {
                    return 0;
                }
                let days = (end - start).num_days();
                let (weeks, rest) = (days / 7, days % 7);
                let mut n = weeks * 5;
                let mut d = start;
                for _ in 0..rest {
                    if d.weekday().num_days_from_monday() < 5 {
                        n += 1;
                    }
                    let Some(next) = d.succ_opt() else { break };
                    d = next;
                }
                n
            }
        }
    }

    /// Hours of `[start, end)` on business days. Whole days count 24 h; the partial first and
    /// last days count their local wall-clock hours (a DST change on exactly those days is off
    /// by at most an hour, which no threshold cares about).
    pub(crate) fn business_hours(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> f64 {
        if end <= start {
            return 0.0;
        }
        let (d0, h0) = self.local(start);
        let (d1, h1) = self.local(end);
        if d0 == d1 {
            return if self.is_business_day(d0) {
                (h1 - h0).max(0.0)
            } else {
                0.0
            };
        }
        let mut hours = 0.0;
        if self.is_business_day(d0) {
            hours += 24.0 - h0;
        }
        if self.is_business_day(d1) {
            hours += h1;
        }
        if let Some(next) = d0.succ_opt() {
            hours += 24.0 * self.business_days_between(next, d1) as f64;
        }
        hours
    }

    /// The instant the local day `d` ends (midnight after it) in this clock's zone; for a
    /// midnight that does not exist (DST gap) the earliest valid one after it.
    pub(crate) fn end_of_day(&self, d: NaiveDate) -> DateTime<Utc> {
        let next = d.succ_opt().unwrap_or(d).and_time(chrono::NaiveTime::MIN);
        match self {
            Clock::Calendar(c) => {
                use chrono::TimeZone;
                let tz = c.timezone();
                tz.from_local_datetime(&next)
                    .earliest()
                    .or_else(|| {
                        let later = next.checked_add_signed(chrono::TimeDelta::try_hours(1)?)?;
                        tz.from_local_datetime(&later).earliest()
                    })
                    .map_or(next.and_utc(), |t| t.with_timezone(&Utc))
            }
            Clock::Weekdays => next.and_utc(),
        }
    }

    /// The local date of `t` in this clock's zone.
    pub(crate) fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        self.local(t).0
    }
}

/// A shared cache of clocks by country (upper-case ISO code) and region.
#[derive(Debug, Default)]
pub(crate) struct Calendars {
    /// `(key, clock)`: a handful of countries, so a linear scan beats hashing.
    cache: RwLock<Vec<(u64, Clock)>>,
}

/// FNV-1a of the upper-cased region, 0 for none: a map key built without allocating.
fn region_key(region: Option<&str>) -> u64 {
    region.map_or(0, |r| {
        r.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b.to_ascii_uppercase())).wrapping_mul(0x0100_0000_01b3)
        })
    })
}

impl Calendars {
    /// The clock of `country`/`region` (`None` or unknown country: Monday-to-Friday UTC).
    pub(crate) fn get(&self, country: Option<&str>, region: Option<&str>) -> Clock {
        let Some(cc) = country.map(str::trim).filter(|c| c.len() == 2) else {
            return Clock::Weekdays;
        };
        let region = region.map(str::trim).filter(|r| !r.is_empty());
        let b = cc.as_bytes();
        let cc = u64::from(b.first().copied().unwrap_or(b' ').to_ascii_uppercase()) << 8
            | u64::from(b.get(1).copied().unwrap_or(b' ').to_ascii_uppercase());
        let key = region_key(region).rotate_left(16) ^ cc;
        if let Some(c) = self
            .cache
            .read()
            .ok()
            .and_then(|m| m.iter().find(|(k, _)| *k == key).map(|(_, c)| c.clone()))
        {
            return c;
        }
        let code = country.map_or("", str::trim);
        let clock = Calendar::new(code, region)
            .or_else(|_| Calendar::new(code, None))
            .map_or(Clock::Weekdays, Clock::Calendar);
        if let Ok(mut map) = self.cache.write() {
            map.push((key, clock.clone()));
        }
        clock
    }
}
