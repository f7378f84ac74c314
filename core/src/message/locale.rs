//! Locales: fall-back chains (`pt-PT` -> `pt` -> `en`, `de-AT` -> `de`) and dates written
//! the way each language writes them ("Tuesday, 26 March", "Dienstag, 26. März",
//! "terça-feira, 26 de março", "wtorek, 26 marca").
//!
//! Month and weekday names are the standard forms of each language (as in CLDR's "wide"
//! format names); Polish uses the genitive month after a day number, as CLDR's format
//! context does.

use chrono::{Datelike, NaiveDate};

/// The built-in languages, in the column order of the template table.
pub const BUILTIN: [&str; 8] = ["en", "de", "fr", "es", "nl", "it", "pt-BR", "pl"];

/// Index of a built-in language by its tag (`pt` and `pt-br` both give Brazilian Portuguese).
pub(crate) fn builtin_index(tag: &str) -> Option<usize> {
    let t = tag.to_ascii_lowercase();
    let t = if t == "pt" { "pt-br".to_string() } else { t };
    BUILTIN.iter().position(|b| b.eq_ignore_ascii_case(&t))
}

/// Normalizes a locale tag: `_` to `-`, language lower case, region upper case
/// (`pt_br` -> `pt-BR`). Empty input gives `en`.
pub fn normalize_tag(tag: &str) -> String {
    let mut parts = tag.trim().split(['-', '_']).filter(|p| !p.is_empty());
    let Some(lang) = parts.next() else {
        return "en".into();
    };
    let mut out = lang.to_ascii_lowercase();
    for p in parts {
        out.push('-');
        if p.len() == 2 {
            out.push_str(&p.to_ascii_uppercase());
        } else {
            out.push_str(p);
        }
    }
    out
}

/// The fall-back chain of a tag, most specific first, always ending in `en`:
/// `de-AT` -> [`de-AT`, `de`, `en`]; `pt-PT` -> [`pt-PT`, `pt`, `en`].
pub fn fallback_chain(tag: &str) -> Vec<String> {
    let tag = normalize_tag(tag);
    let mut chain = vec![tag.clone()];
    let mut cut = tag.as_str();
    while let Some(i) = cut.rfind('-') {
        cut = cut.get(..i).unwrap_or("");
        if !cut.is_empty() {
            chain.push(cut.to_string());
        }
    }
    if !chain.iter().any(|c| c == "en") {
        chain.push("en".into());
    }
    chain
}

const WEEKDAYS: [[&str; 7]; 8] = [
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ],
    [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
    [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
    [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    [
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ],
    [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    [
        "poniedziałek",
        "wtorek",
        "środa",
        "czwartek",
        "piątek",
        "sobota",
        "niedziela",
    ],
];

const MONTHS: [[&str; 12]; 8] = [
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    // Genitive: "26 marca".
    [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
];

/// A date with weekday, day and month in built-in language `lang` (index into [`BUILTIN`]).
pub fn format_date(lang: usize, date: NaiveDate) -> String {
    let wd = date.weekday().num_days_from_monday() as usize;
    let m = date.month0() as usize;
    let day = date.day();
    let w = WEEKDAYS
        .get(lang)
        .and_then(|l| l.get(wd))
        .copied()
        .unwrap_or("");
    let mo = MONTHS
        .get(lang)
        .and_then(|l| l.get(m))
        .copied()
        .unwrap_or("");
    match lang {
        1 => format!("{w}, {day}. {mo}"),
        // French writes the first of the month as an ordinal: "lundi 1er avril".
        2 if day == 1 => format!("{w} 1er {mo}"),
        // Brazilian Portuguese likewise: "segunda-feira, 1º de abril".
        6 if day == 1 => format!("{w}, 1º de {mo}"),
        2 | 4 | 5 => format!("{w} {day} {mo}"),
        3 | 6 => format!("{w}, {day} de {mo}"),
        7 => format!("{w}, {day} {mo}"),
        _ => format!("{w}, {day} {mo}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 26).unwrap();
        let got: Vec<String> = (0..8).map(|i| format_date(i, d)).collect();
        assert_eq!(
            got,
            [
                "Tuesday, 26 March",
                "Dienstag, 26. März",
                "mardi 26 mars",
                "martes, 26 de marzo",
                "dinsdag 26 maart",
                "martedì 26 marzo",
                "terça-feira, 26 de março",
                "wtorek, 26 marca",
            ]
        );
    }

    #[test]
    fn chains_fall_back_to_language_then_english() {
        let first = NaiveDate::from_ymd_opt(2024, 4, 1).unwrap();
        assert_eq!(format_date(2, first), "lundi 1er avril");
        assert_eq!(format_date(0, first), "Monday, 1 April");
        assert_eq!(format_date(6, first), "segunda-feira, 1º de abril");
        assert_eq!(fallback_chain("pt-PT"), ["pt-PT", "pt", "en"]);
        assert_eq!(fallback_chain("de_at"), ["de-AT", "de", "en"]);
        assert_eq!(fallback_chain("en-GB"), ["en-GB", "en"]);
        assert_eq!(fallback_chain(""), ["en"]);
        assert_eq!(builtin_index("pt"), Some(6));
        assert_eq!(builtin_index("pt-BR"), Some(6));
        assert_eq!(builtin_index("sv"), None);
    }
}
