//! One year of a calendar, precomputed: the holidays and a bit set of business days.

use chrono::{Datelike, NaiveDate};

use super::country::Country;
use super::rules::{HolidaySet, generate};
use super::{Holiday, HolidayKind};
use crate::carrier::OperatingDays;

/// Days in `year` (365 or 366).
pub(super) fn days_in_year(year: i32) -> u32 {
    if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366
    } else {
        365
    }
}

/// The precomputed data of one (calendar, year).
pub(super) struct YearData {
    /// Sorted by date, one per date.
    pub holidays: Vec<Holiday>,
    /// Bit `i` set when the day with 0-based ordinal `i` is a business day.
    open: [u64; 6],
}

/// Years beyond this (either sign) have neither holidays nor business days; chrono itself ends
/// at about ±262,000.
const YEAR_LIMIT: i32 = 200_000;

impl YearData {
    pub fn build(
        year: i32,
        country: Country,
        region: Option<&'static str>,
        working: OperatingDays,
        closed: &[NaiveDate],
        only: Option<&[&str]>,
    ) -> YearData {
        // Years far outside any real use (the API takes any `i32`) have no data: the rules'
        // arithmetic (`year + 1`, dates a week apart) then never nears chrono's range ends.
        if !(-YEAR_LIMIT..=YEAR_LIMIT).contains(&year) {
            return YearData {
                holidays: Vec::new(),
                open: [0; 6],
            };
        }
        // Substitute days can cross a year boundary (US New Year's Day on a Saturday is
        // observed on Friday 31 December), so the neighbouring years are generated as well.
        let mut set = HolidaySet::default();
        for y in [year - 1, year, year + 1] {
            generate(country, region, y, &mut set);
        }
        let mut holidays: Vec<Holiday> = set
            .holidays
            .into_iter()
            .filter(|h| h.date.year() == year)
            .filter(|h| only.is_none_or(|names| names.contains(&h.name)))
            .collect();
        // One entry per date; the real holiday wins over a substitute or extra day off.
        holidays.sort_by_key(|h| (h.date, kind_rank(h.kind)));
        holidays.dedup_by_key(|h| h.date);
        let mut open = [0u64; 6];
        let Some(jan1) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            return YearData { holidays, open };
        };
        let first_wd = jan1.weekday().num_days_from_monday();
        for i in 0..days_in_year(year) {
            if working.contains((first_wd + i) % 7) {
                set_bit(&mut open, i, true);
            }
        }
        for d in set.workdays.iter().filter(|d| d.year() == year) {
            set_bit(&mut open, d.ordinal0(), true);
        }
        for h in &holidays {
            set_bit(&mut open, h.date.ordinal0(), false);
        }
        for d in closed.iter().filter(|d| d.year() == year) {
            set_bit(&mut open, d.ordinal0(), false);
        }
        YearData { holidays, open }
    }

    /// Whether the day with 0-based ordinal `i` is a business day.
    #[inline]
    pub fn is_open(&self, i: u32) -> bool {
        self.open
            .get((i / 64) as usize)
            .is_some_and(|w| w & (1u64 << (i % 64)) != 0)
    }

    /// Business days among ordinals `[from, to)`.
    pub fn count_open(&self, from: u32, to: u32) -> u32 {
        let mut n = 0;
        let mut i = from;
        while i < to {
            let word = i / 64;
            let lo = i % 64;
            let hi = (to - word * 64).min(64);
            let w = self.open.get(word as usize).copied().unwrap_or(0);
            let mask = if hi - lo == 64 {
                u64::MAX
            } else {
                ((1u64 << (hi - lo)) - 1) << lo
            };
            n += (w & mask).count_ones();
            i = word * 64 + hi;
        }
        n
    }
}

fn kind_rank(k: HolidayKind) -> u8 {
    match k {
        HolidayKind::Public => 0,
        HolidayKind::Regional => 1,
        HolidayKind::Observed => 2,
        HolidayKind::DayOff => 3,
    }
}

fn set_bit(bits: &mut [u64; 6], i: u32, on: bool) {
    if let Some(w) = bits.get_mut((i / 64) as usize) {
        if on {
            *w |= 1u64 << (i % 64);
        } else {
            *w &= !(1u64 << (i % 64));
        }
    }
}
