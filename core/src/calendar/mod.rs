//! Business calendars: weekends, public holidays per country (and region), carrier operating
//! days and shipping cut-off times.
//!
//! A [`Calendar`] answers "is this a business day?" for one country, an optional region (German
//! Land, British nation, Brazilian state, Canadian province, Australian state, ...), a set of
//! working weekdays and optional extra closed dates. Holidays come from rules (fixed dates,
//! n-th / last weekday, Western Easter, observed / substitute-day shifts) and, for holidays
//! that follow a lunar or otherwise announced calendar, from tables (see [`Calendar::data_years`]).
//!
//! Conventions:
//! * Date-level functions take a [`NaiveDate`]: a *local* date in the calendar's zone
//!   ([`Calendar::timezone`]). Turn an instant into that date with [`Calendar::local_date`].
//! * Instant-level functions ([`Calendar::business_hours_between`], [`Calendar::ship_date`])
//!   take `DateTime<Utc>` and do the zone conversion themselves, so DST days count their real
//!   length (23 or 25 hours).
//! * [`Calendar::business_days_between`] is half-open, `[start, end)`, and negative when
//!   `end < start`; [`Calendar::add_business_days`] is its inverse on business days.
//!
//! Performance: the set of business days of a year is built once per calendar (lazily, on the
//! first query for that year) as a 366-bit set; clones share it. Queries then cost one bit
//! test (`is_business_day`) or a few popcounts (`business_days_between`) and never allocate for
//! years 1900..=2202. Other years are built once too and kept in a small map (up to 64 per
//! calendar), so a query about them costs a lock and a look-up, not a new year.

mod country;
mod rules;
mod tables;
mod year;

mod americas;
mod asia;
mod europe;
mod oceania;

use std::collections::HashMap;
use std::ops::RangeInclusive;
use std::sync::{Arc, Mutex, OnceLock};

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::carrier::{Carrier, OperatingDays};
use crate::{Error, Result};

pub use country::Country;
use year::YearData;

/// What kind of day off a [`Holiday`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayKind {
    /// A national public holiday on its own date.
    Public,
    /// A public holiday of the calendar's region only (German Land, Scottish bank holiday, ...).
    Regional,
    /// A substitute day off for a holiday that fell on a weekend (US "observed", UK/AU/NZ
    /// substitute bank holiday, Japanese furikae kyūjitsu, ...).
    Observed,
    /// An extra official day off that is not itself a holiday: China's announced bridge days
    /// around Spring Festival / Golden Week, Japan's "citizens' holiday" between two holidays.
    DayOff,
}

/// One holiday on one date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Holiday {
    /// The (local) date of the day off.
    pub date: NaiveDate,
    /// English name (`"Thanksgiving Day"`, `"Spring Festival"`); a substitute day carries the
    /// name of the holiday it stands in for, with kind [`HolidayKind::Observed`].
    pub name: &'static str,
    /// Public, regional, observed or extra day off.
    pub kind: HolidayKind,
}

/// First and last year whose business-day sets are cached without allocation per query.
const CACHE_FIRST: i32 = 1900;
// Covers every year input may carry (`time::MAX_YEAR`) plus the spill-over of a window or
// holding period that starts in it.
const CACHE_LAST: i32 = 2202;

struct Inner {
    country: Country,
    region: Option<&'static str>,
    tz: Tz,
    working: OperatingDays,
    /// Sorted, deduplicated extra closed dates (company shutdowns, carrier-specific days off).
    closed: Vec<NaiveDate>,
    /// When set, only holidays with these names close the calendar (carriers that work most
    /// public holidays).
    only: Option<&'static [&'static str]>,
    years: Box<[OnceLock<YearData>]>,
    /// Years outside `CACHE_FIRST..=CACHE_LAST`, each computed once and kept (at most
    /// [`EXTRA_YEARS`]; the map is emptied when full, so memory stays bounded whatever
    /// years callers ask about).
    extra: Mutex<HashMap<i32, Arc<YearData>>>,
}

/// How many years outside the array one calendar keeps.
const EXTRA_YEARS: usize = 64;

/// A business calendar for one country (and optional region). Cheap to clone: clones share
/// the lazily built per-year cache.
#[derive(Clone)]
pub struct Calendar {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Calendar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Calendar")
            .field("country", &self.inner.country)
            .field("region", &self.inner.region)
            .field("timezone", &self.inner.tz)
            .field("working_days", &self.inner.working)
            .field("closed", &self.inner.closed.len())
            .finish()
    }
}

impl Calendar {
    /// A Monday-to-Friday calendar with the public holidays of `country` (ISO 3166-1 alpha-2,
    /// case-insensitive, `"UK"` accepted for GB) and, when given, of `region` (`"BY"` or
    /// `"DE-BY"`, `"SCT"`, `"SP"`, `"QC"`, `"NSW"`, ...).
    ///
    /// Errors: [`Error::UnknownCountry`]; [`Error::UnknownRegion`] for a region code the
    /// country's regional rules do not know. Countries without regional rules (US, FR, ...)
    /// accept any region and apply national holidays only.
    pub fn new(country: &str, region: Option<&str>) -> Result<Calendar> {
        let c = Country::from_code(country).ok_or_else(|| Error::UnknownCountry {
            country: country.to_string(),
        })?;
        let region = match region.map(str::trim).filter(|r| !r.is_empty()) {
            None => None,
            Some(r) => c.region(r)?,
        };
        Ok(Self::shared(c, region, OperatingDays::WEEKDAYS, None))
    }

    /// The calendar for these settings, shared process-wide so that building one per shipment
    /// costs a map look-up instead of a new cache. Calendars are immutable and their caches
    /// are pure functions of the key, so sharing changes no result.
    fn shared(
        country: Country,
        region: Option<&'static str>,
        working: OperatingDays,
        only: Option<&'static [&'static str]>,
    ) -> Calendar {
        type Key = (Country, Option<&'static str>, u8, bool);
        static SHARED: OnceLock<Mutex<HashMap<Key, Calendar>>> = OnceLock::new();
        let key = (country, region, working.0, only.is_some());
        let make = || {
            Self::build(
                country,
                region,
                country.timezone(region),
                working,
                Vec::new(),
                only,
            )
        };
        let Ok(mut map) = SHARED.get_or_init(Default::default).lock() else {
            return make();
        };
        map.entry(key).or_insert_with(make).clone()
    }

    /// The calendar of `carrier` in `country`/`region`: the country's holidays, the carrier's
    /// delivery days as working days (USPS delivers Saturdays, most ground services do not).
    /// UPS and FedEx in the US close only on their six published holidays (New Year, Memorial
    /// Day, Independence Day, Labor Day, Thanksgiving, Christmas) and work the other federal
    /// ones.
    pub fn for_carrier(country: &str, region: Option<&str>, carrier: &Carrier) -> Result<Calendar> {
        let cal = Calendar::new(country, region)?;
        let days = carrier.delivery_days;
        if days.0 & 0x7f == 0 {
            // Same error as asking for no working day.
            return cal.with_working_days(days);
        }
        let only = (cal.inner.country == Country::US && matches!(carrier.slug, "ups" | "fedex"))
            .then_some(americas::US_PRIVATE_CARRIER_HOLIDAYS);
        Ok(Self::shared(
            cal.inner.country,
            cal.inner.region,
            days,
            only,
        ))
    }

    fn build(
        country: Country,
        region: Option<&'static str>,
        tz: Tz,
        working: OperatingDays,
        mut closed: Vec<NaiveDate>,
        only: Option<&'static [&'static str]>,
    ) -> Calendar {
        closed.sort_unstable();
        closed.dedup();
        let n = (CACHE_LAST - CACHE_FIRST + 1) as usize;
        let years = (0..n).map(|_| OnceLock::new()).collect();
        Calendar {
            inner: Arc::new(Inner {
                country,
                region,
                tz,
                working,
                closed,
                only,
                years,
                extra: Mutex::new(HashMap::new()),
            }),
        }
    }

    fn rebuild(&self, working: OperatingDays, tz: Tz, closed: Vec<NaiveDate>) -> Calendar {
        let i = &self.inner;
        if closed.is_empty() && tz == i.country.timezone(i.region) {
            return Self::shared(i.country, i.region, working, i.only);
        }
        Self::build(i.country, i.region, tz, working, closed, i.only)
    }

    /// The same calendar with other working weekdays. Error ([`Error::InvalidInput`]) when
    /// `days` has no day at all, since no business day would ever come.
    pub fn with_working_days(&self, days: OperatingDays) -> Result<Calendar> {
        if days.0 & 0x7f == 0 {
            return Err(Error::InvalidInput {
                field: "working_days".into(),
                reason: "at least one weekday must be a working day".into(),
            });
        }
        Ok(self.rebuild(days, self.inner.tz, self.inner.closed.clone()))
    }

    /// The same calendar with `dates` closed as well (warehouse shutdowns, carrier days off).
    pub fn with_closed_dates(&self, dates: impl IntoIterator<Item = NaiveDate>) -> Calendar {
        let mut closed = self.inner.closed.clone();
        closed.extend(dates);
        self.rebuild(self.inner.working, self.inner.tz, closed)
    }

    /// The same calendar in another time zone (a warehouse far from the country's capital).
    pub fn with_timezone(&self, tz: Tz) -> Calendar {
        self.rebuild(self.inner.working, tz, self.inner.closed.clone())
    }

    /// The calendar's country.
    pub fn country(&self) -> Country {
        self.inner.country
    }

    /// The recognized region code (`"BY"`, `"SCT"`), if any.
    pub fn region(&self) -> Option<&'static str> {
        self.inner.region
    }

    /// The zone in which dates of this calendar are local: the region's zone when known,
    /// else the country's most populous zone (`America/New_York`, `Europe/Berlin`).
    pub fn timezone(&self) -> Tz {
        self.inner.tz
    }

    /// The working weekdays.
    pub fn working_days(&self) -> OperatingDays {
        self.inner.working
    }

    /// Years for which every holiday of this calendar is known, when some holidays come from
    /// tables (lunar and announced holidays: CN, IN, SG, ...). `None` when every holiday is
    /// rule-based and so known for all years. Outside the range, [`Calendar::holidays`] and
    /// the business-day functions still work with the rule-based holidays only.
    pub fn data_years(&self) -> Option<RangeInclusive<i32>> {
        self.inner.country.data_years()
    }

    /// Whether every holiday of `year` is known (see [`Calendar::data_years`]).
    pub fn is_complete(&self, year: i32) -> bool {
        self.data_years().is_none_or(|r| r.contains(&year))
    }

    /// The local date of `t` in the calendar's zone.
    pub fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        crate::time::local_naive(&t.with_timezone(&self.inner.tz)).date()
    }

    fn year_data(&self, year: i32) -> YearRef<'_> {
        match year
            .checked_sub(CACHE_FIRST)
            .and_then(|idx| usize::try_from(idx).ok())
            .and_then(|i| self.inner.years.get(i))
        {
            Some(cell) => YearRef::Cached(cell.get_or_init(|| self.compute_year(year))),
            None => {
                let Ok(mut extra) = self.inner.extra.lock() else {
                    // A poisoned lock (a panic elsewhere) only costs the cache.
                    return YearRef::Shared(Arc::new(self.compute_year(year)));
                };
                if let Some(data) = extra.get(&year) {
                    return YearRef::Shared(Arc::clone(data));
                }
                let data = Arc::new(self.compute_year(year));
                if extra.len() >= EXTRA_YEARS {
                    extra.clear();
                }
                extra.insert(year, Arc::clone(&data));
                YearRef::Shared(data)
            }
        }
    }

    fn compute_year(&self, year: i32) -> YearData {
        let i = &self.inner;
        YearData::build(year, i.country, i.region, i.working, &i.closed, i.only)
    }

    /// The holidays of `year` in date order (at most one per date: the real holiday wins
    /// over a substitute day). Extra closed dates are not holidays and are not listed. For a
    /// carrier calendar that works some public holidays (UPS, FedEx in the US), only the
    /// holidays it observes.
    pub fn holidays(&self, year: i32) -> Vec<Holiday> {
        self.year_data(year).get().holidays.clone()
    }

    /// The holiday on `date`, if it is one.
    pub fn is_holiday(&self, date: NaiveDate) -> Option<Holiday> {
        let y = self.year_data(date.year());
        let h = &y.get().holidays;
        h.binary_search_by_key(&date, |h| h.date)
            .ok()
            .and_then(|i| h.get(i).copied())
    }

    /// Whether `date` is a business day: a working weekday (or an announced make-up working
    /// day, China), not a holiday, not an extra closed date.
    pub fn is_business_day(&self, date: NaiveDate) -> bool {
        self.year_data(date.year()).get().is_open(date.ordinal0())
    }

    /// The first business day strictly after `date`.
    pub fn next_business_day(&self, date: NaiveDate) -> NaiveDate {
        self.add_business_days(date, 1)
    }

    /// The first business day strictly before `date`.
    pub fn previous_business_day(&self, date: NaiveDate) -> NaiveDate {
        self.add_business_days(date, -1)
    }

    /// `date` if it is a business day, else the next one.
    pub fn roll_forward(&self, date: NaiveDate) -> NaiveDate {
        self.add_business_days(date, 0)
    }

    /// The `n`-th business day after `date` (`n > 0`), before it (`n < 0`), or `date` rolled
    /// forward to a business day (`n == 0`). The start day itself never counts, so for a
    /// business day `d`: `business_days_between(d, add_business_days(d, n)) == n`.
    /// Works within the calendar's span ([`Calendar::span`]): a date outside is first clamped
    /// into it, and the result saturates at its ends. Cost: O(|n|) bit tests up to a year's
    /// worth, then whole years are skipped with popcounts.
    pub fn add_business_days(&self, date: NaiveDate, n: i32) -> NaiveDate {
        let (first, last) = Self::span();
        let date = date.clamp(first, last);
        if n == 0 {
            return if self.is_business_day(date) {
                date
            } else {
                self.add_business_days(date, 1)
            };
        }
        let forward = n > 0;
        let mut left = n.unsigned_abs();
        let mut d = date;
        let mut year = self.year_data(d.year());
        while left > 0 {
            if left > 366 {
                // More business days than this year can hold: take the rest of the year at once.
                let (ord, len) = (d.ordinal0(), year::days_in_year(d.year()));
                let (rest, edge) = if forward {
                    (
                        year.get().count_open(ord + 1, len),
                        d.with_ordinal0(len - 1),
                    )
                } else {
                    (year.get().count_open(0, ord), d.with_ordinal0(0))
                };
                if let Some(edge) = edge.filter(|_| rest < left) {
                    left -= rest;
                    d = edge;
                }
            }
            let next = if forward { d.succ_opt() } else { d.pred_opt() };
            let Some(next) = next.filter(|n| (first..=last).contains(n)) else {
                return d;
            };
            if next.year() != d.year() {
                year = self.year_data(next.year());
            }
            d = next;
            if year.get().is_open(d.ordinal0()) {
                left -= 1;
            }
        }
        d
    }

    /// The dates business-day arithmetic covers: the years 1 to 9999 (ISO 8601's four-digit
    /// years). Far wider than what input may carry ([`crate::time::MIN_YEAR`] to
    /// [`crate::time::MAX_YEAR`]); bounded so that no call walks the ±262,000 years chrono can
    /// represent. Single-date questions ([`Calendar::is_business_day`],
    /// [`Calendar::holidays`]) work for any year.
    pub fn span() -> (NaiveDate, NaiveDate) {
        (
            NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(NaiveDate::MIN),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX),
        )
    }

    /// Business days in `[start, end)`; negative (minus the count in `[end, start)`) when
    /// `end < start`. Counts a year's days with popcounts, so long ranges are cheap. Both
    /// dates are clamped into [`Calendar::span`].
    pub fn business_days_between(&self, start: NaiveDate, end: NaiveDate) -> i64 {
        let (first, last) = Self::span();
        let (start, end) = (start.clamp(first, last), end.clamp(first, last));
        if end < start {
            return -self.business_days_between(end, start);
        }
        let mut total = 0i64;
        let mut y = start.year();
        while y <= end.year() {
            let from = if y == start.year() {
                start.ordinal0()
            } else {
                0
            };
            let to = if y == end.year() {
                end.ordinal0()
            } else {
                year::days_in_year(y)
            };
            if to > from {
                total += i64::from(self.year_data(y).get().count_open(from, to));
            }
            y += 1;
        }
        total
    }

    /// Hours of `[start, end)` that fall on business days in the calendar's zone (whole local
    /// days count, midnight to midnight; DST days count their real 23 or 25 hours). Zero when
    /// `end <= start`. Used for dwell times that should not grow over weekends and holidays.
    /// Walks day by day, so only the part within the cached years (1900 to 2202, every year
    /// input may carry) counts.
    pub fn business_hours_between(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> f64 {
        let year_start =
            |y: i32| NaiveDate::from_ymd_opt(y, 1, 1).map(|d| d.and_time(NaiveTime::MIN).and_utc());
        let lo = year_start(CACHE_FIRST).unwrap_or(DateTime::<Utc>::MIN_UTC);
        let hi = year_start(CACHE_LAST + 1).unwrap_or(DateTime::<Utc>::MAX_UTC);
        let (start, end) = (start.clamp(lo, hi), end.clamp(lo, hi));
        if end <= start {
            return 0.0;
        }
        let mut secs = 0i64;
        let mut day = self.local_date(start);
        let last = self.local_date(end);
        while day <= last {
            if self.is_business_day(day) {
                let lo = self.day_start(day).max(start);
                let hi = day
                    .succ_opt()
                    .map_or(end, |next| self.day_start(next))
                    .min(end);
                if hi > lo {
                    secs += (hi - lo).num_seconds();
                }
            }
            let Some(next) = day.succ_opt() else { break };
            day = next;
        }
        secs as f64 / 3600.0
    }

    /// The first instant of local `date` (midnight, or the first existing time when a DST jump
    /// skips midnight).
    fn day_start(&self, date: NaiveDate) -> DateTime<Utc> {
        let tz = self.inner.tz;
        let mut t = date.and_time(NaiveTime::MIN);
        for _ in 0..4 {
            if let Some(dt) = tz.from_local_datetime(&t).earliest() {
                return dt.with_timezone(&Utc);
            }
            let Some(later) =
                chrono::TimeDelta::try_minutes(30).and_then(|d| t.checked_add_signed(d))
            else {
                break;
            };
            t = later;
        }
        // No zone skips more than two hours; fall back to reading the date as UTC.
        date.and_time(NaiveTime::MIN).and_utc()
    }

    /// The local date on which an order placed at `order_time` ships, with the daily
    /// `cutoff` in the calendar's zone: the same day when that is a business day and the order
    /// came strictly before the cut-off, else the next business day.
    pub fn ship_date(&self, order_time: DateTime<Utc>, cutoff: NaiveTime) -> NaiveDate {
        let local = order_time.with_timezone(&self.inner.tz);
        let date = crate::time::local_naive(&local).date();
        if self.is_business_day(date) && local.time() < cutoff {
            date
        } else {
            self.next_business_day(date)
        }
    }
}

/// A year's data, borrowed from the array or shared from the map of other years.
enum YearRef<'a> {
    Cached(&'a YearData),
    Shared(Arc<YearData>),
}

impl YearRef<'_> {
    fn get(&self) -> &YearData {
        match self {
            YearRef::Cached(y) => y,
            YearRef::Shared(y) => y,
        }
    }
}

#[cfg(test)]
mod tests;
