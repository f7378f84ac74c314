//! Holiday rules of Europe: GB, IE, DE, FR, NL, BE, ES, IT, PL, AT, CH, SE, DK.

use chrono::Weekday::{Mon, Wed};

use super::HolidayKind::{DayOff, Public, Regional};
use super::rules::{Year, weekday_on_or_before};

/// United Kingdom bank holidays. Source: Banking and Financial Dealings Act 1971, Schedule 1
/// (per nation), St Andrew's Day Bank Holiday (Scotland) Act 2007, royal proclamations for
/// moved and extra days, as listed on gov.uk/bank-holidays. Without a region: England & Wales.
/// Weekend holidays get the next free weekday ("substitute day").
pub(super) fn gb(y: &mut Year<'_>) {
    let yr = y.year;
    let scot = y.in_region(&["SCT"]);
    let ni = y.in_region(&["NIR"]);
    y.fixed(1, 1, "New Year's Day");
    if scot {
        y.regional_fixed(&["SCT"], 1, 2, "2nd January");
    }
    if ni {
        y.regional_fixed(&["NIR"], 3, 17, "St Patrick's Day");
    }
    y.easter(-2, "Good Friday");
    if !scot {
        y.easter(1, "Easter Monday");
    }
    // Early May: moved to 8 May for VE Day anniversaries (1995, 2020).
    match yr {
        1995 | 2020 => y.fixed(5, 8, "Early May bank holiday"),
        _ => y.nth(5, Mon, 1, "Early May bank holiday"),
    }
    match yr {
        2002 => y.fixed(6, 4, "Spring bank holiday"),
        2012 => y.fixed(6, 4, "Spring bank holiday"),
        2022 => y.fixed(6, 2, "Spring bank holiday"),
        _ => y.nth(5, Mon, -1, "Spring bank holiday"),
    }
    match yr {
        2002 => y.fixed(6, 3, "Golden Jubilee bank holiday"),
        2011 => y.fixed(4, 29, "Royal wedding bank holiday"),
        2012 => y.fixed(6, 5, "Diamond Jubilee bank holiday"),
        2022 => {
            y.fixed(6, 3, "Platinum Jubilee bank holiday");
            y.fixed(9, 19, "State Funeral of Queen Elizabeth II");
        }
        2023 => y.fixed(5, 8, "Coronation of King Charles III"),
        _ => {}
    }
    if ni {
        y.regional_fixed(&["NIR"], 7, 12, "Battle of the Boyne");
    }
    if scot {
        y.add(
            super::rules::nth_weekday(yr, 8, Mon, 1),
            "Summer bank holiday",
            Regional,
        );
        if yr >= 2007 {
            y.regional_fixed(&["SCT"], 11, 30, "St Andrew's Day");
        }
        if yr == 2026 {
            // Proclaimed by the Scottish Government for the men's World Cup (Nov 2025).
            y.regional_fixed(&["SCT"], 6, 15, "FIFA World Cup bank holiday");
        }
    } else {
        y.nth(8, Mon, -1, "Summer bank holiday");
    }
    y.fixed(12, 25, "Christmas Day");
    y.fixed(12, 26, "Boxing Day");
    y.substitute_next(
        &[
            "New Year's Day",
            "2nd January",
            "St Patrick's Day",
            "Battle of the Boyne",
            "St Andrew's Day",
            "Christmas Day",
            "Boxing Day",
        ],
        false,
    );
}

/// Ireland public holidays. Source: Organisation of Working Time Act 1997, Schedule 2, as
/// amended (St Brigid's Day from 2023: first Monday of February, or 1 February when that is a
/// Friday; S.I. 2022 one-off 18 March 2022), citizensinformation.ie "Public holidays". The Act
/// gives no fixed substitute date; in practice (banks, government) New Year's, St Patrick's,
/// Christmas and St Stephen's Day on a weekend move to the next weekday, which is used here.
pub(super) fn ie(y: &mut Year<'_>) {
    let yr = y.year;
    y.fixed(1, 1, "New Year's Day");
    if yr >= 2023 {
        let feb1 = y.ymd(2, 1);
        let d = match feb1 {
            Some(d) if d.weekday() == chrono::Weekday::Fri => Some(d),
            _ => super::rules::nth_weekday(yr, 2, Mon, 1),
        };
        y.add(d, "St Brigid's Day", Public);
    }
    y.fixed(3, 17, "St Patrick's Day");
    if yr == 2022 {
        y.fixed(3, 18, "Public holiday (COVID-19 recognition)");
    }
    y.easter(1, "Easter Monday");
    y.nth(5, Mon, 1, "May bank holiday");
    y.nth(6, Mon, 1, "June bank holiday");
    y.nth(8, Mon, 1, "August bank holiday");
    y.nth(10, Mon, -1, "October bank holiday");
    y.fixed(12, 25, "Christmas Day");
    y.fixed(12, 26, "St Stephen's Day");
    y.substitute_next(
        &[
            "New Year's Day",
            "St Patrick's Day",
            "Christmas Day",
            "St Stephen's Day",
        ],
        false,
    );
}

use chrono::Datelike;

/// Germany. Source: Einigungsvertrag art. 2(2) (3 October, federal); the other days are set by
/// each Land's Feiertagsgesetz (e.g. BY FTG art. 1, NW FeiertagsG §2, SN SächsSFG §1, BE
/// FTG §1 (Frauentag since 2019), MV FTG §2 (Frauentag since 2023), TH ThürFtG §2
/// (Weltkindertag since 2019), HB/HH/NI/SH Reformationstag since 2018; Reformationstag 2017
/// nationwide by Land decrees). Fronleichnam only Land-wide in BW, BY, HE, NW, RP, SL;
/// Mariä Himmelfahrt Land-wide only in SL. No substitute days in Germany.
pub(super) fn de(y: &mut Year<'_>) {
    let yr = y.year;
    y.fixed(1, 1, "Neujahr");
    y.regional_fixed(&["BW", "BY", "ST"], 1, 6, "Heilige Drei Könige");
    if yr >= 2019 {
        y.regional_fixed(&["BE"], 3, 8, "Internationaler Frauentag");
    }
    if yr >= 2023 {
        y.regional_fixed(&["MV"], 3, 8, "Internationaler Frauentag");
    }
    y.easter(-2, "Karfreitag");
    y.easter(1, "Ostermontag");
    y.fixed(5, 1, "Tag der Arbeit");
    if yr == 2020 || yr == 2025 {
        y.regional_fixed(&["BE"], 5, 8, "Tag der Befreiung");
    }
    if yr == 2028 {
        y.regional_fixed(&["BE"], 6, 17, "75. Jahrestag des Volksaufstands 1953");
    }
    y.easter(39, "Christi Himmelfahrt");
    y.easter(50, "Pfingstmontag");
    y.regional_easter(&["BW", "BY", "HE", "NW", "RP", "SL"], 60, "Fronleichnam");
    y.regional_fixed(&["SL"], 8, 15, "Mariä Himmelfahrt");
    if yr >= 2019 {
        y.regional_fixed(&["TH"], 9, 20, "Weltkindertag");
    }
    y.fixed(10, 3, "Tag der Deutschen Einheit");
    if yr == 2017 {
        y.fixed(10, 31, "Reformationstag");
    } else if yr >= 2018 {
        let lands = ["BB", "MV", "SN", "ST", "TH", "HB", "HH", "NI", "SH"];
        y.regional_fixed(&lands, 10, 31, "Reformationstag");
    } else {
        y.regional_fixed(&["BB", "MV", "SN", "ST", "TH"], 10, 31, "Reformationstag");
    }
    y.regional_fixed(&["BW", "BY", "NW", "RP", "SL"], 11, 1, "Allerheiligen");
    if y.in_region(&["SN"]) {
        // Wednesday before 23 November.
        let d = y.ymd(11, 22).map(|d| weekday_on_or_before(d, Wed));
        y.add(d, "Buß- und Bettag", Regional);
    }
    y.fixed(12, 25, "1. Weihnachtstag");
    y.fixed(12, 26, "2. Weihnachtstag");
}

/// France. Source: Code du travail, art. L3133-1 (jours fériés légaux). Alsace-Moselle's Good
/// Friday and 26 December (art. L3134-13) are not modelled.
pub(super) fn fr(y: &mut Year<'_>) {
    y.fixed(1, 1, "Jour de l'an");
    y.easter(1, "Lundi de Pâques");
    y.fixed(5, 1, "Fête du Travail");
    y.fixed(5, 8, "Victoire 1945");
    y.easter(39, "Ascension");
    y.easter(50, "Lundi de Pentecôte");
    y.fixed(7, 14, "Fête nationale");
    y.fixed(8, 15, "Assomption");
    y.fixed(11, 1, "Toussaint");
    y.fixed(11, 11, "Armistice 1918");
    y.fixed(12, 25, "Noël");
}

/// Netherlands. Source: Algemene termijnenwet art. 3 (recognized holidays), Koningsdag per
/// Besluit van 2013 (27 April, 26 April when 27 is a Sunday; before 2014 Koninginnedag 30
/// April / 29 April). Good Friday and Liberation Day (5 May) are not general days off (only
/// per collective agreement) and are not listed.
pub(super) fn nl(y: &mut Year<'_>) {
    y.fixed(1, 1, "Nieuwjaarsdag");
    y.easter(1, "Tweede Paasdag");
    let (m, d) = if y.year >= 2014 { (4, 27) } else { (4, 30) };
    let king = y.ymd(m, d).and_then(|d| {
        if d.weekday() == chrono::Weekday::Sun {
            d.pred_opt()
        } else {
            Some(d)
        }
    });
    y.add(king, "Koningsdag", Public);
    y.easter(39, "Hemelvaartsdag");
    y.easter(50, "Tweede Pinksterdag");
    y.fixed(12, 25, "Eerste Kerstdag");
    y.fixed(12, 26, "Tweede Kerstdag");
}

/// Belgium. Source: Arrêté royal du 18 avril 1974 (10 jours fériés légaux). The replacement
/// day for a holiday on a Sunday is chosen per company (art. 6) and is not modelled.
pub(super) fn be(y: &mut Year<'_>) {
    y.fixed(1, 1, "Nouvel An");
    y.easter(1, "Lundi de Pâques");
    y.fixed(5, 1, "Fête du Travail");
    y.easter(39, "Ascension");
    y.easter(50, "Lundi de Pentecôte");
    y.fixed(7, 21, "Fête nationale");
    y.fixed(8, 15, "Assomption");
    y.fixed(11, 1, "Toussaint");
    y.fixed(11, 11, "Armistice");
    y.fixed(12, 25, "Noël");
}

/// Spain, holidays common to the whole country. Source: Estatuto de los Trabajadores art.
/// 37.2 and RD 2001/1983 art. 45, as listed each year in the BOE resolution of the Dirección
/// General de Trabajo. Regional days and Sunday transfers vary by autonomous community and
/// are not modelled.
pub(super) fn es(y: &mut Year<'_>) {
    y.fixed(1, 1, "Año Nuevo");
    y.fixed(1, 6, "Epifanía del Señor");
    y.easter(-2, "Viernes Santo");
    y.fixed(5, 1, "Fiesta del Trabajo");
    y.fixed(8, 15, "Asunción de la Virgen");
    y.fixed(10, 12, "Fiesta Nacional de España");
    y.fixed(11, 1, "Todos los Santos");
    y.fixed(12, 6, "Día de la Constitución Española");
    y.fixed(12, 8, "Inmaculada Concepción");
    y.fixed(12, 25, "Natividad del Señor");
}

/// Italy. Source: Legge 260/1949 as amended by Legge 54/1977 and DPR 792/1985; San Francesco
/// (4 October) restored from 2026 by Legge 151/2025.
pub(super) fn it(y: &mut Year<'_>) {
    y.fixed(1, 1, "Capodanno");
    y.fixed(1, 6, "Epifania");
    y.easter(1, "Lunedì dell'Angelo");
    y.fixed(4, 25, "Festa della Liberazione");
    y.fixed(5, 1, "Festa del Lavoro");
    y.fixed(6, 2, "Festa della Repubblica");
    y.fixed(8, 15, "Ferragosto");
    if y.year >= 2026 {
        y.fixed(10, 4, "San Francesco d'Assisi");
    }
    y.fixed(11, 1, "Ognissanti");
    y.fixed(12, 8, "Immacolata Concezione");
    y.fixed(12, 25, "Natale");
    y.fixed(12, 26, "Santo Stefano");
}

/// Poland. Source: Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy, art. 1 (6
/// January since 2011; 24 December since 2025 by the amendment of 2024); one-off 12 November
/// 2018 (Ustawa z 2018 r.).
pub(super) fn pl(y: &mut Year<'_>) {
    let yr = y.year;
    y.fixed(1, 1, "Nowy Rok");
    if yr >= 2011 {
        y.fixed(1, 6, "Święto Trzech Króli");
    }
    y.easter(1, "Poniedziałek Wielkanocny");
    y.fixed(5, 1, "Święto Pracy");
    y.fixed(5, 3, "Święto Konstytucji 3 Maja");
    y.easter(60, "Boże Ciało");
    y.fixed(8, 15, "Wniebowzięcie Najświętszej Maryi Panny");
    y.fixed(11, 1, "Wszystkich Świętych");
    y.fixed(11, 11, "Narodowe Święto Niepodległości");
    if yr == 2018 {
        y.fixed(11, 12, "Narodowe Święto Niepodległości (100-lecie)");
    }
    if yr >= 2025 {
        y.fixed(12, 24, "Wigilia Bożego Narodzenia");
    }
    y.fixed(12, 25, "Boże Narodzenie");
    y.fixed(12, 26, "Drugi dzień Bożego Narodzenia");
}

/// Austria. Source: Feiertagsruhegesetz 1957 §1 and Arbeitsruhegesetz §7(2).
pub(super) fn at(y: &mut Year<'_>) {
    y.fixed(1, 1, "Neujahr");
    y.fixed(1, 6, "Heilige Drei Könige");
    y.easter(1, "Ostermontag");
    y.fixed(5, 1, "Staatsfeiertag");
    y.easter(39, "Christi Himmelfahrt");
    y.easter(50, "Pfingstmontag");
    y.easter(60, "Fronleichnam");
    y.fixed(8, 15, "Mariä Himmelfahrt");
    y.fixed(10, 26, "Nationalfeiertag");
    y.fixed(11, 1, "Allerheiligen");
    y.fixed(12, 8, "Mariä Empfängnis");
    y.fixed(12, 25, "Christtag");
    y.fixed(12, 26, "Stefanitag");
}

/// Switzerland. Source: Federal Constitution art. 110(3) (1 August is the only federal
/// holiday); the others are cantonal (Arbeitsgesetz art. 20a): listed here are the days
/// kept as public holidays by nearly all cantons (e.g. Kanton Zürich, Ruhetagsgesetz §1).
pub(super) fn ch(y: &mut Year<'_>) {
    y.fixed(1, 1, "Neujahr");
    y.easter(-2, "Karfreitag");
    y.easter(1, "Ostermontag");
    y.easter(39, "Auffahrt");
    y.easter(50, "Pfingstmontag");
    y.fixed(8, 1, "Bundesfeier");
    y.fixed(12, 25, "Weihnachtstag");
    y.fixed(12, 26, "Stephanstag");
}

/// Sweden. Source: Lag (1989:253) om allmänna helgdagar; Midsummer Eve, Christmas Eve and New
/// Year's Eve are not legal holidays but general days off (Semesterlag practice, Riksbank
/// closing days) and are listed as [`super::HolidayKind::DayOff`].
pub(super) fn se(y: &mut Year<'_>) {
    y.fixed(1, 1, "Nyårsdagen");
    y.fixed(1, 6, "Trettondedag jul");
    y.easter(-2, "Långfredagen");
    y.easter(1, "Annandag påsk");
    y.fixed(5, 1, "Första maj");
    y.easter(39, "Kristi himmelsfärdsdag");
    y.fixed(6, 6, "Sveriges nationaldag");
    // Midsummer Eve: the Friday between 19 and 25 June.
    let eve = y
        .ymd(6, 25)
        .map(|d| weekday_on_or_before(d, chrono::Weekday::Fri));
    y.add(eve, "Midsommarafton", DayOff);
    y.fixed(12, 25, "Juldagen");
    y.fixed(12, 26, "Annandag jul");
    y.add(y.ymd(12, 24), "Julafton", DayOff);
    y.add(y.ymd(12, 31), "Nyårsafton", DayOff);
}

/// Denmark. Source: Bekendtgørelse af lov om helligdage (søgnehelligdage); Store Bededag
/// abolished from 2024 by Lov nr. 1 af 28. februar 2023. Constitution Day (5 June) and
/// Christmas Eve are not legal holidays but general closing days (Danmarks Nationalbank
/// closing days), listed as [`super::HolidayKind::DayOff`].
pub(super) fn dk(y: &mut Year<'_>) {
    y.fixed(1, 1, "Nytårsdag");
    y.easter(-3, "Skærtorsdag");
    y.easter(-2, "Langfredag");
    y.easter(1, "Anden påskedag");
    if y.year <= 2023 {
        y.easter(26, "Store bededag");
    }
    y.easter(39, "Kristi himmelfartsdag");
    y.easter(50, "Anden pinsedag");
    y.add(y.ymd(6, 5), "Grundlovsdag", DayOff);
    y.add(y.ymd(12, 24), "Juleaftensdag", DayOff);
    y.fixed(12, 25, "Juledag");
    y.fixed(12, 26, "Anden juledag");
}
