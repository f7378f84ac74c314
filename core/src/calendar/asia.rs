//! Holiday rules of Asia: JP, CN, IN, SG.

use chrono::{Datelike, NaiveDate, Weekday};

use super::HolidayKind::{DayOff, Observed, Public};
use super::rules::{Year, nth_weekday};
use super::tables::*;

/// Japan. Source: 国民の祝日に関する法律 (Act on National Holidays, Act No. 178 of 1948) as
/// amended (Happy Monday 2000/2003, Shōwa Day 2007, Mountain Day 2016, Emperor's Birthday
/// 23 Feb from 2020), the 2019 enthronement act (Act No. 99 of 2018) and the Olympic
/// special-measures act (moves in 2020 and 2021); Cabinet Office list (www8.cao.go.jp/chosei/
/// shukujitsu). Equinox days by the standard formula fitted to the National Astronomical
/// Observatory's ephemeris (valid 1980–2099). Substitute holiday (Art. 3(2)): a holiday on a
/// Sunday moves to the next non-holiday; citizens' holiday (Art. 3(3)): a day between two
/// holidays. Bank closing days 2–3 January and 31 December (Banking Act Enforcement Order art.
/// 5) are listed as day-offs: most businesses close then.
pub(super) fn jp(y: &mut Year<'_>) {
    let yr = y.year;
    use Weekday::Mon;
    let mut days: Vec<(Option<NaiveDate>, &'static str)> = vec![
        (y.ymd(1, 1), "元日 New Year's Day"),
        (nth_weekday(yr, 1, Mon, 2), "成人の日 Coming of Age Day"),
        (y.ymd(2, 11), "建国記念の日 National Foundation Day"),
        (equinox(yr, 3, 20.8431), "春分の日 Vernal Equinox Day"),
        (y.ymd(4, 29), "昭和の日 Shōwa Day"),
        (y.ymd(5, 3), "憲法記念日 Constitution Memorial Day"),
        (y.ymd(5, 4), "みどりの日 Greenery Day"),
        (y.ymd(5, 5), "こどもの日 Children's Day"),
        (
            nth_weekday(yr, 9, Mon, 3),
            "敬老の日 Respect for the Aged Day",
        ),
        (equinox(yr, 9, 23.2488), "秋分の日 Autumnal Equinox Day"),
        (y.ymd(11, 3), "文化の日 Culture Day"),
        (y.ymd(11, 23), "勤労感謝の日 Labour Thanksgiving Day"),
    ];
    if yr >= 2020 {
        days.push((y.ymd(2, 23), "天皇誕生日 Emperor's Birthday"));
    } else if yr <= 2018 {
        days.push((y.ymd(12, 23), "天皇誕生日 Emperor's Birthday"));
    }
    let (marine, mountain, sports) = match yr {
        2020 => (y.ymd(7, 23), y.ymd(8, 10), y.ymd(7, 24)),
        2021 => (y.ymd(7, 22), y.ymd(8, 8), y.ymd(7, 23)),
        _ => (
            nth_weekday(yr, 7, Mon, 3),
            if yr >= 2016 { y.ymd(8, 11) } else { None },
            nth_weekday(yr, 10, Mon, 2),
        ),
    };
    days.push((marine, "海の日 Marine Day"));
    days.push((mountain, "山の日 Mountain Day"));
    let sports_name = if yr >= 2020 {
        "スポーツの日 Sports Day"
    } else {
        "体育の日 Health and Sports Day"
    };
    days.push((sports, sports_name));
    if yr == 2019 {
        days.push((y.ymd(5, 1), "即位の日 Enthronement Day"));
        days.push((y.ymd(10, 22), "即位礼正殿の儀 Enthronement Ceremony"));
    }
    let mut real: Vec<NaiveDate> = days.iter().filter_map(|(d, _)| *d).collect();
    real.sort_unstable();
    for (d, name) in days {
        y.add(d, name, Public);
    }
    // Citizens' holiday: a non-holiday between two holidays.
    for w in real.windows(2) {
        if let [a, b] = *w
            && b.signed_duration_since(a).num_days() == 2
            && let Some(mid) = a.succ_opt()
            && mid.weekday() != Weekday::Sun
        {
            y.add(Some(mid), "国民の休日 Citizens' Holiday", DayOff);
        }
    }
    // Substitute holiday: next day that is not a holiday.
    for d in real.iter().filter(|d| d.weekday() == Weekday::Sun) {
        let mut s = d.succ_opt();
        while let Some(day) = s.filter(|day| real.contains(day)) {
            s = day.succ_opt();
        }
        y.add(s, "振替休日 Substitute Holiday", Observed);
    }
    y.add(y.ymd(1, 2), "銀行休業日 Bank Holiday", DayOff);
    y.add(y.ymd(1, 3), "銀行休業日 Bank Holiday", DayOff);
    y.add(y.ymd(12, 31), "銀行休業日 Bank Holiday", DayOff);
}

/// Equinox day of `month` in `year` (JST): floor(base + 0.242194 (y - 1980)) - floor((y - 1980) / 4).
fn equinox(year: i32, month: u32, base: f64) -> Option<NaiveDate> {
    let t = year - 1980;
    let day = (base + 0.242194 * f64::from(t)).floor() as i32 - t.div_euclid(4);
    NaiveDate::from_ymd_opt(year, month, u32::try_from(day).ok()?)
}

fn table_date(rows: &[Ymd], year: i32) -> Option<NaiveDate> {
    rows.iter()
        .find(|r| r.0 == year)
        .and_then(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

/// The statutory holidays of one Chinese year: (date, name).
fn cn_statutory(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let mut v = Vec::new();
    let mut push = |d: Option<NaiveDate>, name: &'static str| {
        if let Some(d) = d {
            v.push((d, name));
        }
    };
    push(NaiveDate::from_ymd_opt(year, 1, 1), "New Year's Day");
    if let Some(ny) = table_date(LUNAR_NEW_YEAR, year) {
        // Three days; four (with New Year's Eve) since the 2024 revision, effective 2025.
        let first = if year >= 2025 { -1 } else { 0 };
        for i in first..3 {
            push(crate::time::add_days(ny, i), "Spring Festival");
        }
    }
    push(table_date(QINGMING, year), "Qingming Festival");
    push(NaiveDate::from_ymd_opt(year, 5, 1), "Labour Day");
    if year >= 2025 {
        push(NaiveDate::from_ymd_opt(year, 5, 2), "Labour Day");
    }
    push(table_date(DRAGON_BOAT, year), "Dragon Boat Festival");
    push(table_date(MID_AUTUMN, year), "Mid-Autumn Festival");
    for d in 1..=3 {
        push(NaiveDate::from_ymd_opt(year, 10, d), "National Day");
    }
    v
}

/// China (mainland). Source: 全国年节及纪念日放假办法 (State Council Decree No. 270, revised
/// 2013 and by Decree No. 795 of 2024, effective 2025: Spring Festival 4 days incl. New Year's
/// Eve, Labour Day 2 days); yearly arrangements (bridge days, make-up working days) from the
/// State Council General Office notices, see [`CN_BREAKS`]. After the last announced year,
/// only the statutory days are known ([`super::Calendar::is_complete`] is false).
pub(super) fn cn(y: &mut Year<'_>) {
    let yr = y.year;
    let statutory = cn_statutory(yr);
    if yr <= CN_LAST_ANNOUNCED {
        for &((y1, m1, d1), (y2, m2, d2), name) in CN_BREAKS.iter().filter(|b| b.0.0 == yr) {
            let (Some(a), Some(b)) = (
                NaiveDate::from_ymd_opt(y1, m1, d1),
                NaiveDate::from_ymd_opt(y2, m2, d2),
            ) else {
                continue;
            };
            for d in a.iter_days().take_while(|d| *d <= b) {
                let kind = if statutory.iter().any(|(s, _)| *s == d) || is_cn_statutory(d) {
                    Public
                } else {
                    DayOff
                };
                y.add(Some(d), name, kind);
            }
        }
        y.workdays(CN_WORKDAYS);
    }
    // Statutory days not inside an announced break (and all of them in later years).
    for (d, name) in statutory {
        y.add(Some(d), name, Public);
    }
}

/// Whether `d` is a statutory day of its own year (breaks can start in the previous year).
fn is_cn_statutory(d: NaiveDate) -> bool {
    cn_statutory(d.year()).iter().any(|(s, _)| *s == d)
}

/// India: the three national holidays (Republic Day, Independence Day, Gandhi Jayanti) and the
/// compulsory Central Government holidays that close most businesses nationwide (Holi,
/// Good Friday, Id-ul-Fitr, Id-ul-Zuha, Diwali, Christmas). Source: Ministry of Personnel,
/// DoPT Office Memoranda "Holidays to be observed in Central Government offices" (yearly).
/// State holidays (Negotiable Instruments Act, state lists) are not modelled.
pub(super) fn in_(y: &mut Year<'_>) {
    y.fixed(1, 26, "Republic Day");
    y.table(IN_HOLI, "Holi", Public);
    y.easter(-2, "Good Friday");
    y.table(IN_EID_FITR, "Id-ul-Fitr", Public);
    y.table(IN_EID_ADHA, "Id-ul-Zuha (Bakrid)", Public);
    y.fixed(8, 15, "Independence Day");
    y.fixed(10, 2, "Mahatma Gandhi Jayanti");
    y.table(IN_DIWALI, "Diwali (Deepavali)", Public);
    y.fixed(12, 25, "Christmas Day");
}

/// Singapore. Source: Holidays Act 1998 (Cap. 126), Schedule, and s. 4(3): a holiday on a
/// Sunday gives the next day that is not a holiday; Ministry of Manpower yearly list
/// (mom.gov.sg/employment-practices/public-holidays). Chinese New Year is two days.
pub(super) fn sg(y: &mut Year<'_>) {
    y.fixed(1, 1, "New Year's Day");
    if let Some(ny) = table_date(LUNAR_NEW_YEAR, y.year) {
        y.add(Some(ny), "Chinese New Year", Public);
        y.add(ny.succ_opt(), "Chinese New Year", Public);
    }
    y.easter(-2, "Good Friday");
    y.table(SG_HARI_RAYA_PUASA, "Hari Raya Puasa", Public);
    y.fixed(5, 1, "Labour Day");
    y.table(SG_VESAK, "Vesak Day", Public);
    y.table(SG_HARI_RAYA_HAJI, "Hari Raya Haji", Public);
    y.fixed(8, 9, "National Day");
    y.table(SG_DEEPAVALI, "Deepavali", Public);
    y.fixed(12, 25, "Christmas Day");
    let year = y.year;
    for &((yr, m, d), name) in SG_ONE_OFF.iter().filter(|o| o.0.0 == year) {
        y.add(NaiveDate::from_ymd_opt(yr, m, d), name, Public);
    }
    y.substitute_next(
        &[
            "New Year's Day",
            "Chinese New Year",
            "Good Friday",
            "Hari Raya Puasa",
            "Labour Day",
            "Vesak Day",
            "Hari Raya Haji",
            "National Day",
            "Deepavali",
            "Christmas Day",
        ],
        true,
    );
}
