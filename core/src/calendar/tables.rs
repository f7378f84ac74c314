//! Holiday tables for holidays that follow lunar or announced calendars.

use std::ops::RangeInclusive;

use super::country::Country;

/// Years in which every holiday of `country` is known (`None`: rules only).
pub(super) fn data_years(country: Country) -> Option<RangeInclusive<i32>> {
    match country {
        Country::CN | Country::IN | Country::SG => Some(2015..=2035),
        _ => None,
    }
}
