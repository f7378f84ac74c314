//! Holiday rules of Oceania: AU, NZ.

use chrono::Weekday::{Mon, Tue};

use super::HolidayKind::{Public, Regional};
use super::rules::{Year, nth_weekday, weekday_on_or_after};

/// Friday before the AFL Grand Final (Victoria), proclaimed each year under the Public
/// Holidays Act 1993 (Vic) s. 7; source: business.vic.gov.au "Victorian public holiday dates".
const VIC_GRAND_FINAL_FRIDAY: &[(i32, u32, u32)] = &[
    (2015, 10, 2),
    (2016, 9, 30),
    (2017, 9, 29),
    (2018, 9, 28),
    (2019, 9, 27),
    (2020, 10, 23),
    (2021, 9, 24),
    (2022, 9, 23),
    (2023, 9, 29),
    (2024, 9, 27),
    (2025, 9, 26),
];

/// ACT Family & Community Day, set yearly by the ACT Holidays Act 1958 s. 3 notices.
const ACT_FAMILY_DAY: &[(i32, u32, u32)] = &[(2015, 9, 28), (2016, 9, 26), (2017, 9, 25)];

/// Australia. Source: Fair Work Act 2009 (Cth) s. 115 (national days), and each State's act:
/// Public Holidays Act 2010 (NSW), Public Holidays Act 1993 (Vic), Holidays Act 1983 (Qld),
/// Holidays Act 1910 (SA), Public and Bank Holidays Act 1972 (WA), Statutory Holidays Act
/// 2000 (Tas), Holidays Act 1958 (ACT), Public Holidays Act 1981 (NT). Without a region, New
/// South Wales. Weekend New Year's, Australia Day, Christmas and Boxing Day get the next free
/// weekday; Anzac Day moves only in WA and ACT.
pub(super) fn au(y: &mut Year<'_>) {
    let yr = y.year;
    let r = y.region.unwrap_or("NSW");
    let is = |codes: &[&str]| codes.contains(&r);
    y.fixed(1, 1, "New Year's Day");
    y.fixed(1, 26, "Australia Day");
    y.easter(-2, "Good Friday");
    y.easter(1, "Easter Monday");
    y.fixed(4, 25, "Anzac Day");
    if yr == 2022 {
        y.fixed(9, 22, "National Day of Mourning for Queen Elizabeth II");
    }
    let monarch = if yr >= 2023 {
        "King's Birthday"
    } else {
        "Queen's Birthday"
    };
    y.fixed(12, 25, "Christmas Day");
    if is(&["SA"]) {
        y.add(y.ymd(12, 26), "Proclamation Day", Regional);
    } else {
        y.fixed(12, 26, "Boxing Day");
    }
    // Sovereign's birthday: 2nd Monday of June except WA (last Monday of September, set by
    // proclamation) and Queensland (1st Monday of October since 2016).
    let sovereign = if is(&["WA"]) && yr == 2024 {
        y.ymd(9, 23)
    } else if is(&["WA"]) {
        nth_weekday(yr, 9, Mon, -1)
    } else if is(&["QLD"]) && yr >= 2016 {
        nth_weekday(yr, 10, Mon, 1)
    } else {
        nth_weekday(yr, 6, Mon, 2)
    };
    y.add(sovereign, monarch, Public);
    // Labour Day.
    let labour = if is(&["VIC", "TAS"]) {
        nth_weekday(yr, 3, Mon, 2)
    } else if is(&["WA"]) {
        nth_weekday(yr, 3, Mon, 1)
    } else if is(&["QLD"]) && !(2013..=2015).contains(&yr) || is(&["NT"]) {
        nth_weekday(yr, 5, Mon, 1)
    } else {
        nth_weekday(yr, 10, Mon, 1)
    };
    let labour_name = match r {
        "TAS" => "Eight Hours Day",
        "NT" => "May Day",
        _ => "Labour Day",
    };
    y.add(labour, labour_name, Regional);
    if is(&["SA"]) {
        y.add(nth_weekday(yr, 3, Mon, 2), "Adelaide Cup Day", Regional);
    }
    if is(&["ACT"]) {
        y.add(nth_weekday(yr, 3, Mon, 2), "Canberra Day", Regional);
        if yr >= 2018 {
            let d = y.ymd(5, 27).map(|d| weekday_on_or_after(d, Mon));
            y.add(d, "Reconciliation Day", Regional);
        }
        // Replaced by Reconciliation Day from 2018.
        y.table(ACT_FAMILY_DAY, "Family & Community Day", Regional);
    }
    if is(&["WA"]) {
        y.add(
            nth_weekday(yr, 6, Mon, 1),
            "Western Australia Day",
            Regional,
        );
    }
    if is(&["NT"]) {
        y.add(nth_weekday(yr, 8, Mon, 1), "Picnic Day", Regional);
    }
    if is(&["VIC"]) {
        y.add(nth_weekday(yr, 11, Tue, 1), "Melbourne Cup Day", Regional);
        y.table(
            VIC_GRAND_FINAL_FRIDAY,
            "Friday before the AFL Grand Final",
            Regional,
        );
    }
    let mut names = vec![
        "New Year's Day",
        "Australia Day",
        "Christmas Day",
        "Boxing Day",
        "Proclamation Day",
    ];
    if is(&["WA"]) {
        names.push("Anzac Day");
    }
    y.substitute_next(&names, false);
    // Anzac Day on a Sunday gives the Monday in ACT, NT, QLD and SA.
    if is(&["ACT", "NT", "QLD", "SA"]) {
        y.substitute_next(&["Anzac Day"], true);
    }
}

/// Matariki public holiday dates, Te Kāhui o Matariki Public Holiday Act 2022, Schedule 1A
/// (2022–2052; the later years are not needed for the tables' coverage).
const NZ_MATARIKI: &[(i32, u32, u32)] = &[
    (2022, 6, 24),
    (2023, 7, 14),
    (2024, 6, 28),
    (2025, 6, 20),
    (2026, 7, 10),
    (2027, 6, 25),
    (2028, 7, 14),
    (2029, 7, 6),
    (2030, 6, 21),
    (2031, 7, 11),
    (2032, 7, 2),
    (2033, 6, 24),
    (2034, 7, 7),
    (2035, 6, 29),
];

/// New Zealand. Source: Holidays Act 2003 ss. 44-45A (Mondayisation of Waitangi and ANZAC Day
/// since 2014, of the Christmas / New Year days always), Te Kāhui o Matariki Public Holiday
/// Act 2022; employment.govt.nz "Public holidays and anniversary dates". Provincial
/// anniversary days are not modelled.
pub(super) fn nz(y: &mut Year<'_>) {
    y.fixed(1, 1, "New Year's Day");
    y.fixed(1, 2, "Day after New Year's Day");
    y.fixed(2, 6, "Waitangi Day");
    y.easter(-2, "Good Friday");
    y.easter(1, "Easter Monday");
    y.fixed(4, 25, "ANZAC Day");
    let monarch = if y.year >= 2023 {
        "King's Birthday"
    } else {
        "Queen's Birthday"
    };
    y.nth(6, Mon, 1, monarch);
    if y.year == 2022 {
        y.fixed(9, 26, "Queen Elizabeth II Memorial Day");
    }
    y.table(NZ_MATARIKI, "Matariki", Public);
    y.nth(10, Mon, 4, "Labour Day");
    y.fixed(12, 25, "Christmas Day");
    y.fixed(12, 26, "Boxing Day");
    let mut names = vec![
        "New Year's Day",
        "Day after New Year's Day",
        "Christmas Day",
        "Boxing Day",
    ];
    if y.year >= 2014 {
        names.extend(["Waitangi Day", "ANZAC Day"]);
    }
    y.substitute_next(&names, false);
}
