//! Building blocks of holiday rules: fixed dates, n-th / last weekday, Western Easter, and the
//! observed / substitute-day shifts used by several countries.

use chrono::{Datelike, NaiveDate, TimeDelta, Weekday};

use super::country::Country;
use super::{Holiday, HolidayKind};

/// Holidays and make-up working days generated for one or more years.
#[derive(Default)]
pub(super) struct HolidaySet {
    pub holidays: Vec<Holiday>,
    /// Weekend days officially worked (China's 调休 make-up days).
    pub workdays: Vec<NaiveDate>,
}

/// Appends the holidays of `country`/`region` in `year` to `set`.
pub(super) fn generate(
    country: Country,
    region: Option<&'static str>,
    year: i32,
    set: &mut HolidaySet,
) {
    let mut y = Year {
        year,
        region,
        set,
        start: 0,
    };
    y.start = y.set.holidays.len();
    use Country::*;
    match country {
        US => super::americas::us(&mut y),
        CA => super::americas::ca(&mut y),
        MX => super::americas::mx(&mut y),
        BR => super::americas::br(&mut y),
        GB => super::europe::gb(&mut y),
        IE => super::europe::ie(&mut y),
        DE => super::europe::de(&mut y),
        FR => super::europe::fr(&mut y),
        NL => super::europe::nl(&mut y),
        BE => super::europe::be(&mut y),
        ES => super::europe::es(&mut y),
        IT => super::europe::it(&mut y),
        PL => super::europe::pl(&mut y),
        AT => super::europe::at(&mut y),
        CH => super::europe::ch(&mut y),
        SE => super::europe::se(&mut y),
        DK => super::europe::dk(&mut y),
        AU => super::oceania::au(&mut y),
        NZ => super::oceania::nz(&mut y),
        JP => super::asia::jp(&mut y),
        CN => super::asia::cn(&mut y),
        IN => super::asia::in_(&mut y),
        SG => super::asia::sg(&mut y),
    }
}

/// Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
pub(super) fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The `n`-th `wd` of `month` (n >= 1), or the last one (n == -1) / second-to-last (-2).
pub(super) fn nth_weekday(year: i32, month: u32, wd: Weekday, n: i32) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, wd, n as u8)
    } else {
        let (ny, nm) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
        let last = NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()?;
        let back = (7 + last.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        last.checked_sub_signed(TimeDelta::try_days(
            i64::from(back) + 7 * i64::from(-n - 1),
        )?)
    }
}

/// The last `wd` on or before `date`.
pub(super) fn weekday_on_or_before(date: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = (7 + date.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    // Years are bounded (see `year::YEAR_LIMIT`): a week from chrono's ends is never reached.
    crate::time::sub_days(date, i64::from(back)).unwrap_or(date)
}

/// The first `wd` on or after `date`.
pub(super) fn weekday_on_or_after(date: NaiveDate, wd: Weekday) -> NaiveDate {
    let fwd = (7 + wd.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
    crate::time::add_days(date, i64::from(fwd)).unwrap_or(date)
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The rule builder handed to each country's function for one year.
pub(super) struct Year<'a> {
    pub year: i32,
    pub region: Option<&'static str>,
    set: &'a mut HolidaySet,
    /// Index of this year's first holiday in `set` (shifts only touch this year's).
    start: usize,
}

impl Year<'_> {
    /// Whether the calendar's region is one of `regions`.
    pub fn in_region(&self, regions: &[&str]) -> bool {
        self.region.is_some_and(|r| regions.contains(&r))
    }

    /// `month`/`day` of this year.
    pub fn ymd(&self, month: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, month, day)
    }

    /// Adds a holiday on `date` (ignored when `None`).
    pub fn add(&mut self, date: Option<NaiveDate>, name: &'static str, kind: HolidayKind) {
        if let Some(date) = date {
            self.set.holidays.push(Holiday { date, name, kind });
        }
    }

    /// A national holiday on a fixed date.
    pub fn fixed(&mut self, month: u32, day: u32, name: &'static str) {
        self.add(self.ymd(month, day), name, HolidayKind::Public);
    }

    /// A national holiday on the `n`-th (or, negative, last) `wd` of `month`.
    pub fn nth(&mut self, month: u32, wd: Weekday, n: i32, name: &'static str) {
        self.add(
            nth_weekday(self.year, month, wd, n),
            name,
            HolidayKind::Public,
        );
    }

    /// A national holiday `offset` days from Western Easter Sunday.
    pub fn easter(&mut self, offset: i64, name: &'static str) {
        let d = easter(self.year).and_then(|e| crate::time::add_days(e, offset));
        self.add(d, name, HolidayKind::Public);
    }

    /// A regional holiday on a fixed date, when the region is one of `regions`.
    pub fn regional_fixed(&mut self, regions: &[&str], month: u32, day: u32, name: &'static str) {
        if self.in_region(regions) {
            self.add(self.ymd(month, day), name, HolidayKind::Regional);
        }
    }

    /// A regional Easter-relative holiday.
    pub fn regional_easter(&mut self, regions: &[&str], offset: i64, name: &'static str) {
        if self.in_region(regions) {
            let d = easter(self.year).and_then(|e| crate::time::add_days(e, offset));
            self.add(d, name, HolidayKind::Regional);
        }
    }

    /// Holidays of this year from a `(year, month, day)` table.
    pub fn table(&mut self, rows: &[(i32, u32, u32)], name: &'static str, kind: HolidayKind) {
        let year = self.year;
        for &(y, m, d) in rows.iter().filter(|r| r.0 == year) {
            self.add(NaiveDate::from_ymd_opt(y, m, d), name, kind);
        }
    }

    /// Official make-up working days of this year from a table.
    pub fn workdays(&mut self, rows: &[(i32, u32, u32)]) {
        for &(y, m, d) in rows.iter().filter(|r| r.0 == self.year) {
            if let Some(d) = NaiveDate::from_ymd_opt(y, m, d) {
                self.set.workdays.push(d);
            }
        }
    }

    fn this_year(&self) -> impl Iterator<Item = &Holiday> {
        self.set.holidays.iter().skip(self.start)
    }

    /// US federal style: a holiday named in `names` on a Saturday is observed the Friday
    /// before, on a Sunday the Monday after.
    pub fn observe_fri_mon(&mut self, names: &[&str]) {
        let shifted: Vec<Holiday> = self
            .this_year()
            .filter(|h| names.contains(&h.name))
            .filter_map(|h| {
                let date = match h.date.weekday() {
                    Weekday::Sat => h.date.pred_opt()?,
                    Weekday::Sun => h.date.succ_opt()?,
                    _ => return None,
                };
                Some(Holiday {
                    date,
                    name: h.name,
                    kind: HolidayKind::Observed,
                })
            })
            .collect();
        self.set.holidays.extend(shifted);
    }

    /// Substitute-day rule (UK, AU, NZ, CA, IE, ...): each holiday in `names` that falls on
    /// `shift_from` days (Saturday/Sunday or Sunday only) gets the next weekday that is not a
    /// weekend and not already a holiday (Christmas on Saturday and Boxing Day on Sunday give
    /// Monday 27 and Tuesday 28).
    pub fn substitute_next(&mut self, names: &[&str], sunday_only: bool) {
        let mut taken: Vec<NaiveDate> = self.this_year().map(|h| h.date).collect();
        let mut todo: Vec<Holiday> = self
            .this_year()
            .filter(|h| names.contains(&h.name))
            .filter(|h| {
                h.date.weekday() == Weekday::Sun
                    || (!sunday_only && h.date.weekday() == Weekday::Sat)
            })
            .copied()
            .collect();
        todo.sort_by_key(|h| h.date);
        for h in todo {
            let mut d = h.date;
            loop {
                let Some(n) = d.succ_opt() else { return };
                d = n;
                if !is_weekend(d) && !taken.contains(&d) {
                    break;
                }
            }
            taken.push(d);
            self.set.holidays.push(Holiday {
                date: d,
                name: h.name,
                kind: HolidayKind::Observed,
            });
        }
    }
}
