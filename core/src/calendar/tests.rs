//! Known dates from official calendars (sources in each country's rule comments).

use chrono::{Duration, TimeZone};
use proptest::prelude::*;

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn cal(country: &str, region: Option<&str>) -> Calendar {
    Calendar::new(country, region).unwrap()
}

fn kind(c: &Calendar, date: NaiveDate) -> Option<HolidayKind> {
    c.is_holiday(date).map(|h| h.kind)
}

#[test]
fn weekends_are_closed() {
    let c = cal("us", None);
    assert!(c.is_business_day(d(2024, 3, 1)));
    assert!(!c.is_business_day(d(2024, 3, 2)));
    assert!(!c.is_business_day(d(2024, 3, 3)));
    assert_eq!(c.next_business_day(d(2024, 3, 1)), d(2024, 3, 4));
    assert_eq!(c.previous_business_day(d(2024, 3, 4)), d(2024, 3, 1));
    assert_eq!(c.roll_forward(d(2024, 3, 2)), d(2024, 3, 4));
    assert_eq!(c.roll_forward(d(2024, 3, 1)), d(2024, 3, 1));
}

#[test]
fn western_easter() {
    for (y, m, day) in [
        (2000, 4, 23),
        (2019, 4, 21),
        (2024, 3, 31),
        (2025, 4, 20),
        (2038, 4, 25),
    ] {
        assert_eq!(rules::easter(y), Some(d(y, m, day)));
    }
}

#[test]
fn united_states() {
    let c = cal("US", None);
    assert_eq!(
        c.is_holiday(d(2024, 11, 28)).unwrap().name,
        "Thanksgiving Day"
    );
    // Juneteenth 2022 fell on a Sunday: observed Monday 20 June.
    assert_eq!(kind(&c, d(2022, 6, 20)), Some(HolidayKind::Observed));
    assert!(!c.is_business_day(d(2022, 6, 20)));
    // New Year's Day 2022 on a Saturday is observed on Friday 31 December 2021.
    assert!(c.holidays(2021).iter().any(|h| h.date == d(2021, 12, 31)));
    assert_eq!(c.holidays(2024).len(), 11);
    assert!(c.is_complete(1990) && c.data_years().is_none());
}

#[test]
fn carrier_operating_days_and_holidays() {
    let usps = crate::carrier::get("usps").unwrap();
    let ups = crate::carrier::get("ups").unwrap();
    let usps = Calendar::for_carrier("US", None, usps).unwrap();
    let ups = Calendar::for_carrier("US", None, ups).unwrap();
    assert!(
        usps.is_business_day(d(2024, 3, 2)),
        "USPS delivers Saturdays"
    );
    assert!(!usps.is_business_day(d(2024, 3, 3)));
    // Columbus Day: USPS closed, UPS works.
    assert!(!usps.is_business_day(d(2024, 10, 14)));
    assert!(ups.is_business_day(d(2024, 10, 14)));
    assert!(!ups.is_business_day(d(2024, 11, 28)));
    let none = Calendar::new("US", None)
        .unwrap()
        .with_working_days(crate::carrier::OperatingDays(0));
    assert!(matches!(none, Err(Error::InvalidInput { .. })));
}

#[test]
fn errors_and_regions() {
    let e = Calendar::new("XX", None).unwrap_err();
    assert_eq!(
        e,
        Error::UnknownCountry {
            country: "XX".into()
        }
    );
    assert_eq!(e.kind(), crate::error::ErrorKind::UnknownCountry);
    assert!(matches!(
        Calendar::new("DE", Some("XX")),
        Err(Error::UnknownRegion { .. })
    ));
    assert_eq!(cal("de", Some("de-by")).region(), Some("BY"));
    assert_eq!(cal("UK", Some("sct")).country(), Country::GB);
    // Countries without regional rules accept any region.
    assert_eq!(cal("FR", Some("IDF")).region(), None);
    assert_eq!(
        cal("US", Some("CA")).timezone(),
        chrono_tz::America::Los_Angeles
    );
    assert_eq!(
        cal("US", Some("Narnia")).timezone(),
        chrono_tz::America::New_York
    );
    assert_eq!(
        cal("AU", Some("WA")).timezone(),
        chrono_tz::Australia::Perth
    );
    assert_eq!(cal("JP", None).timezone(), chrono_tz::Asia::Tokyo);
}

#[test]
fn great_britain_nations() {
    let eng = cal("GB", None);
    let sct = cal("GB", Some("SCT"));
    let nir = cal("GB", Some("NIR"));
    assert_eq!(eng.is_holiday(d(2024, 4, 1)).unwrap().name, "Easter Monday");
    assert!(
        sct.is_business_day(d(2024, 4, 1)),
        "no Easter Monday in Scotland"
    );
    assert!(!sct.is_business_day(d(2024, 1, 2)));
    assert!(eng.is_business_day(d(2024, 1, 2)));
    assert!(
        !nir.is_business_day(d(2024, 3, 18)),
        "St Patrick's Day substitute"
    );
    // Christmas 2022 on a Sunday, Boxing Day Monday: substitute Tuesday 27.
    assert_eq!(kind(&eng, d(2022, 12, 27)), Some(HolidayKind::Observed));
    assert!(
        !eng.is_business_day(d(2023, 5, 8)),
        "Coronation bank holiday"
    );
    assert!(!eng.is_business_day(d(2020, 5, 8)) && eng.is_business_day(d(2020, 5, 4)));
}

#[test]
fn germany_by_land() {
    let by = cal("DE", Some("BY"));
    let be = cal("DE", Some("BE"));
    let de = cal("DE", None);
    // Fronleichnam 2024-05-30: Bavaria yes, Berlin and the national calendar no.
    assert_eq!(kind(&by, d(2024, 5, 30)), Some(HolidayKind::Regional));
    assert!(be.is_business_day(d(2024, 5, 30)) && de.is_business_day(d(2024, 5, 30)));
    assert!(!be.is_business_day(d(2024, 3, 8)), "Frauentag in Berlin");
    assert!(
        !cal("DE", Some("SN")).is_business_day(d(2024, 11, 20)),
        "Buß- und Bettag"
    );
    assert!(!de.is_business_day(d(2017, 10, 31)) && de.is_business_day(d(2018, 10, 31)));
    assert!(!de.is_business_day(d(2024, 10, 3)));
}

#[test]
fn japan() {
    let jp = cal("JP", None);
    // National Foundation Day 2024 on a Sunday: substitute holiday Monday 12 February.
    assert_eq!(kind(&jp, d(2024, 2, 12)), Some(HolidayKind::Observed));
    assert!(jp.is_holiday(d(2024, 3, 20)).is_some(), "vernal equinox");
    assert!(jp.is_holiday(d(2024, 9, 22)).is_some(), "autumnal equinox");
    assert!(jp.is_holiday(d(2024, 9, 23)).is_some(), "its substitute");
    // Citizens' holiday between Respect for the Aged Day and the equinox.
    assert_eq!(kind(&jp, d(2026, 9, 22)), Some(HolidayKind::DayOff));
    // 2019 enthronement: 27 April to 6 May off.
    for day in [30, 1, 2] {
        let m = if day == 30 { 4 } else { 5 };
        assert!(!jp.is_business_day(d(2019, m, day)));
    }
    assert!(jp.is_holiday(d(2019, 12, 23)).is_none());
    assert!(
        jp.is_holiday(d(2021, 7, 23)).is_some(),
        "Olympic Sports Day"
    );
}

#[test]
fn china_spring_festival_and_makeup_days() {
    let cn = cal("CN", None);
    for day in 10..=17 {
        assert!(!cn.is_business_day(d(2024, 2, day)), "2024-02-{day}");
    }
    assert_eq!(kind(&cn, d(2024, 2, 10)), Some(HolidayKind::Public));
    assert_eq!(kind(&cn, d(2024, 2, 16)), Some(HolidayKind::DayOff));
    // Make-up working Sundays.
    assert!(cn.is_business_day(d(2024, 2, 4)) && cn.is_business_day(d(2024, 2, 18)));
    assert!(cn.is_business_day(d(2024, 2, 19)));
    // Golden Week 2024.
    assert!((1..=7).all(|day| !cn.is_business_day(d(2024, 10, day))));
    assert!(cn.is_business_day(d(2024, 10, 12)));
    // Beyond the announced years: statutory days only, and the calendar says so.
    assert!(cn.is_complete(2026) && !cn.is_complete(2027));
    assert_eq!(cn.data_years(), Some(2015..=2026));
    assert_eq!(
        cn.is_holiday(d(2027, 2, 6)).unwrap().name,
        "Spring Festival"
    );
    assert!(cn.is_holiday(d(2040, 10, 1)).is_some());
    assert!(cn.holidays(2040).iter().all(|h| !h.name.contains("Spring")));
}

#[test]
fn brazil_carnival_is_a_day_off_not_a_holiday() {
    let br = cal("BR", None);
    assert_eq!(kind(&br, d(2024, 2, 13)), Some(HolidayKind::DayOff));
    assert!(!br.is_business_day(d(2024, 2, 12)));
    assert_eq!(kind(&br, d(2024, 11, 20)), Some(HolidayKind::Public));
    assert!(br.is_business_day(d(2023, 11, 20)));
    assert!(!cal("BR", Some("SP")).is_business_day(d(2024, 7, 9)));
    assert!(br.is_business_day(d(2024, 7, 9)));
}

#[test]
fn singapore_india() {
    let sg = cal("SG", None);
    assert_eq!(
        sg.is_holiday(d(2024, 4, 10)).unwrap().name,
        "Hari Raya Puasa"
    );
    // Vesak 2026 on a Sunday: Monday off.
    assert_eq!(kind(&sg, d(2026, 6, 1)), Some(HolidayKind::Observed));
    assert!(
        !sg.is_business_day(d(2024, 2, 12)),
        "CNY 2024 day 2 on Sunday: Monday off"
    );
    let india = cal("IN", None);
    assert!(india.is_holiday(d(2024, 10, 31)).is_some(), "Diwali");
    assert!(india.is_holiday(d(2024, 3, 25)).is_some(), "Holi");
    assert!(india.is_holiday(d(2024, 4, 11)).is_some(), "Id-ul-Fitr");
    assert!(!india.is_complete(2036) && india.is_holiday(d(2036, 1, 26)).is_some());
}

#[test]
fn oceania_and_americas() {
    let nsw = cal("AU", None);
    assert_eq!(kind(&nsw, d(2021, 12, 28)), Some(HolidayKind::Observed));
    assert!(nsw.is_business_day(d(2024, 11, 5)));
    assert!(
        !cal("AU", Some("VIC")).is_business_day(d(2024, 11, 5)),
        "Melbourne Cup"
    );
    let nz = cal("NZ", None);
    assert!(!nz.is_business_day(d(2024, 6, 28)), "Matariki");
    assert_eq!(
        kind(&nz, d(2021, 2, 8)),
        Some(HolidayKind::Observed),
        "Waitangi"
    );
    let ca = cal("CA", None);
    assert_eq!(ca.is_holiday(d(2024, 5, 20)).unwrap().name, "Victoria Day");
    assert!(!cal("CA", Some("QC")).is_business_day(d(2024, 6, 24)));
    assert!(ca.is_business_day(d(2024, 6, 24)));
    let mx = cal("MX", None);
    assert!(!mx.is_business_day(d(2024, 11, 18)) && !mx.is_business_day(d(2024, 10, 1)));
}

#[test]
fn every_country_has_holidays_every_year() {
    for c in Country::ALL {
        let k = cal(c.code(), None);
        for y in [1990, 2015, 2024, 2035, 2060] {
            let n = k.holidays(y).len();
            assert!(n >= 3, "{c} {y}: {n} holidays");
            assert!(k.holidays(y).windows(2).all(|w| w[0].date < w[1].date));
        }
    }
}

#[test]
fn years_outside_the_cache_still_work() {
    let c = cal("US", None);
    assert!(!c.is_business_day(d(2500, 12, 25)));
    assert!(c.is_business_day(d(1850, 1, 2)));
    // 44 weekdays minus Christmas, New Year and MLK Day.
    assert_eq!(c.business_days_between(d(2499, 12, 1), d(2500, 2, 1)), 41);
}

#[test]
fn closed_dates() {
    let c = cal("FR", None).with_closed_dates([d(2024, 8, 16)]);
    assert!(!c.is_business_day(d(2024, 8, 16)));
    assert!(c.is_holiday(d(2024, 8, 16)).is_none());
    assert_eq!(c.add_business_days(d(2024, 8, 14), 1), d(2024, 8, 19));
}

#[test]
fn between_is_half_open() {
    let c = cal("US", None);
    // July 2024: 23 weekdays, Independence Day closed.
    assert_eq!(c.business_days_between(d(2024, 7, 1), d(2024, 8, 1)), 22);
    assert_eq!(c.business_days_between(d(2024, 8, 1), d(2024, 7, 1)), -22);
    assert_eq!(c.business_days_between(d(2024, 7, 1), d(2024, 7, 1)), 0);
    assert_eq!(c.business_days_between(d(2023, 12, 29), d(2024, 1, 3)), 2);
    assert_eq!(c.add_business_days(d(2024, 7, 3), 1), d(2024, 7, 5));
    assert_eq!(c.add_business_days(d(2024, 7, 5), -1), d(2024, 7, 3));
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

#[test]
fn ship_date_cutoff_in_local_time() {
    let c = cal("US", None); // America/New_York
    let two_pm = NaiveTime::from_hms_opt(14, 0, 0).unwrap();
    // 13:59 EDT on Wednesday 3 July: ships that day.
    assert_eq!(
        c.ship_date(utc("2024-07-03T17:59:00Z"), two_pm),
        d(2024, 7, 3)
    );
    // 14:00 EDT: after the cut-off; 4 July is a holiday, so Friday.
    assert_eq!(
        c.ship_date(utc("2024-07-03T18:00:00Z"), two_pm),
        d(2024, 7, 5)
    );
    // 01:00 UTC Saturday is still Friday 21:00 in New York: after cut-off, ships Monday.
    assert_eq!(
        c.ship_date(utc("2024-03-02T01:00:00Z"), two_pm),
        d(2024, 3, 4)
    );
    // The same instant in Tokyo is Saturday morning: ships Monday too, but via the weekend.
    let jp = cal("JP", None);
    assert_eq!(
        jp.ship_date(utc("2024-03-01T04:00:00Z"), two_pm),
        d(2024, 3, 1)
    );
    assert_eq!(jp.local_date(utc("2024-03-01T15:30:00Z")), d(2024, 3, 2));
}

#[test]
fn business_hours_are_dst_safe() {
    let every_day = cal("US", None)
        .with_working_days(crate::carrier::OperatingDays::ALL)
        .unwrap();
    let ny = chrono_tz::America::New_York;
    let day = |y, m, dd| {
        ny.with_ymd_and_hms(y, m, dd, 0, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    };
    // Spring forward: 10 March 2024 has 23 hours; fall back: 3 November has 25.
    assert_eq!(
        every_day.business_hours_between(day(2024, 3, 10), day(2024, 3, 11)),
        23.0
    );
    assert_eq!(
        every_day.business_hours_between(day(2024, 11, 3), day(2024, 11, 4)),
        25.0
    );
    // Friday noon to Monday noon on a Mon-Fri calendar: 12 + 12 hours.
    let c = cal("US", None);
    let noon = |dd| {
        ny.with_ymd_and_hms(2024, 3, dd, 12, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    };
    assert_eq!(c.business_hours_between(noon(1), noon(4)), 24.0);
    assert_eq!(c.business_hours_between(noon(4), noon(1)), 0.0);
    // Over a DST weekend in Berlin: the 23-hour Sunday does not count.
    let de = cal("DE", None);
    let fri = utc("2024-03-29T11:00:00Z"); // Good Friday, 12:00 CET
    let tue = utc("2024-04-02T10:00:00Z"); // 12:00 CEST, after Easter Monday
    assert_eq!(de.business_hours_between(fri, tue), 12.0);
}

fn any_calendar() -> impl Strategy<Value = Calendar> {
    (0..Country::ALL.len(), any::<bool>()).prop_map(|(i, sat)| {
        let c = cal(Country::ALL[i].code(), None);
        if sat {
            c.with_working_days(crate::carrier::OperatingDays::MON_SAT)
                .unwrap()
        } else {
            c
        }
    })
}

proptest! {
    #[test]
    fn add_then_count_round_trips(c in any_calendar(), off in 0i64..15_000, n in -400i32..400) {
        let start = d(1995, 1, 1) + Duration::days(off);
        let start = c.roll_forward(start);
        let end = c.add_business_days(start, n);
        prop_assert_eq!(c.business_days_between(start, end), i64::from(n));
        prop_assert!(c.is_business_day(end));
    }

    #[test]
    fn count_matches_day_by_day(c in any_calendar(), off in 0i64..15_000, len in 0i64..800) {
        let a = d(1995, 1, 1) + Duration::days(off);
        let b = a + Duration::days(len);
        let slow = a.iter_days().take_while(|x| *x < b).filter(|x| c.is_business_day(*x)).count();
        prop_assert_eq!(c.business_days_between(a, b), slow as i64);
    }
}

#[test]
fn readme_example() {
    let cal = cal("DE", Some("BY"));
    assert_eq!(cal.timezone(), chrono_tz::Europe::Berlin);
    assert_eq!(cal.add_business_days(d(2024, 5, 29), 1), d(2024, 5, 31));
    let usps = Calendar::for_carrier("US", None, crate::carrier::get("usps").unwrap()).unwrap();
    let t = Utc.with_ymd_and_hms(2024, 7, 3, 19, 0, 0).unwrap();
    let cutoff = NaiveTime::from_hms_opt(14, 0, 0).unwrap();
    assert_eq!(usps.ship_date(t, cutoff), d(2024, 7, 5));
}

#[test]
fn years_outside_the_array_are_computed_once_and_bounded() {
    let c = cal("US", None);
    let christmas = d(2500, 12, 25);
    assert!(!c.is_business_day(christmas));
    let first = match c.year_data(2500) {
        YearRef::Shared(y) => y,
        YearRef::Cached(_) => panic!("2500 is outside the array"),
    };
    // The same year again: the same data, not a new computation.
    match c.year_data(2500) {
        YearRef::Shared(y) => assert!(Arc::ptr_eq(&first, &y)),
        YearRef::Cached(_) => panic!("2500 is outside the array"),
    }
    // Many other years: the map stays bounded and answers stay right.
    for y in 3000..3000 + 3 * EXTRA_YEARS as i32 {
        assert!(!c.is_business_day(d(y, 12, 25)), "{y}");
    }
    assert!(c.inner.extra.lock().map_or(0, |m| m.len()) <= EXTRA_YEARS);
    assert!(c.is_business_day(d(1850, 1, 2)));
}
