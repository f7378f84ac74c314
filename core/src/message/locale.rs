//! Locales: fall-back chains (`pt-AO` -> `pt` -> `en`, `de-AT` -> `de`) and dates written
//! the way each language writes them ("Tuesday, 26 March", "Dienstag, 26. März",
//! "terça-feira, 26 de março", "wtorek, 26 marca").
//!
//! Portuguese has two built-in catalogues: `pt-BR` (what a bare `pt` and any other
//! Portuguese region falls back to: `pt-AO` -> `pt` -> `pt-BR`) and `pt-PT`, European
//! Portuguese, with its own texts ("a sua encomenda", "está a ser"), its own plural rule and
//! dates without the ordinal ("1 de abril").
//!
//! Month and weekday names are the standard forms of each language (as in CLDR's "wide"
//! format names); Polish uses the genitive month after a day number, as CLDR's format
//! context does.

use chrono::{Datelike, NaiveDate};

/// The locale a request without one is answered in, and the end of every fall-back chain.
pub const DEFAULT_LOCALE: &str = "en";

/// A built-in language: the column of the text tables, and the rules its numbers, plurals
/// and dates follow. Code that differs by language matches on this, never on a column index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    En,
    De,
    Fr,
    Es,
    Nl,
    It,
    PtBr,
    Pl,
    PtPt,
}

impl Lang {
    /// Every built-in language, in the column order of the text tables.
    pub(crate) const ALL: [Lang; 9] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::Nl,
        Lang::It,
        Lang::PtBr,
        Lang::Pl,
        Lang::PtPt,
    ];

    /// The BCP 47 tag.
    pub(crate) const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Nl => "nl",
            Lang::It => "it",
            Lang::PtBr => "pt-BR",
            Lang::Pl => "pl",
            Lang::PtPt => "pt-PT",
        }
    }

    /// The column of this language in the text tables (its place in [`Lang::ALL`]).
    pub(crate) const fn column(self) -> usize {
        self as usize
    }

    /// The language whose weekday and month names this one writes: itself, except European
    /// Portuguese, which takes them from Portuguese as CLDR does (`pt_PT` inherits the wide
    /// day and month names of `pt` unchanged: "segunda-feira", "março"). One table row per
    /// set of names; pt-PT dates differ only in how they write the first of the month.
    pub(crate) const fn names(self) -> Lang {
        match self {
            Lang::PtPt => Lang::PtBr,
            other => other,
        }
    }

    /// The built-in language of a tag, ignoring case (`pt` and `pt-br` both give Brazilian
    /// Portuguese, `pt-pt` European Portuguese).
    pub(crate) fn from_tag(tag: &str) -> Option<Lang> {
        if tag.eq_ignore_ascii_case("pt") {
            return Some(Lang::PtBr);
        }
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }
}

/// The built-in languages, in the column order of the template table.
pub const BUILTIN: [&str; 9] = [
    Lang::En.tag(),
    Lang::De.tag(),
    Lang::Fr.tag(),
    Lang::Es.tag(),
    Lang::Nl.tag(),
    Lang::It.tag(),
    Lang::PtBr.tag(),
    Lang::Pl.tag(),
    Lang::PtPt.tag(),
];

/// Normalizes a locale tag: `_` to `-`, language lower case, region upper case
/// (`pt_br` -> `pt-BR`). Empty input gives `en`.
pub fn normalize_tag(tag: &str) -> String {
    let mut parts = tag.trim().split(['-', '_']).filter(|p| !p.is_empty());
    let Some(lang) = parts.next() else {
        return DEFAULT_LOCALE.into();
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
    if !chain.iter().any(|c| c == DEFAULT_LOCALE) {
        chain.push(DEFAULT_LOCALE.into());
    }
    chain
}

/// Weekday names by [`Lang::names`] column (every language but `pt-PT`, which shares pt-BR's).
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

/// Month names by [`Lang::names`] column, as [`WEEKDAYS`].
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

/// A date with weekday, day and month in built-in language `lang` (index into [`BUILTIN`];
/// an index past the end writes English).
pub fn format_date(lang: usize, date: NaiveDate) -> String {
    date_in(Lang::ALL.get(lang).copied().unwrap_or(Lang::En), date)
}

/// A date with weekday, day and month as `lang` writes it.
pub(crate) fn date_in(lang: Lang, date: NaiveDate) -> String {
    let wd = date.weekday().num_days_from_monday() as usize;
    let m = date.month0() as usize;
    let day = date.day();
    let names = lang.names().column();
    let w = WEEKDAYS
        .get(names)
        .and_then(|l| l.get(wd))
        .copied()
        .unwrap_or("");
    let mo = MONTHS
        .get(names)
        .and_then(|l| l.get(m))
        .copied()
        .unwrap_or("");
    match lang {
        Lang::De => format!("{w}, {day}. {mo}"),
        // French writes the first of the month as an ordinal: "lundi 1er avril".
        Lang::Fr if day == 1 => format!("{w} 1er {mo}"),
        // Brazilian Portuguese likewise: "segunda-feira, 1º de abril".
        Lang::PtBr if day == 1 => format!("{w}, 1º de {mo}"),
        Lang::Fr | Lang::Nl | Lang::It => format!("{w} {day} {mo}"),
        // European Portuguese writes the first as a plain number: "segunda-feira, 1 de abril".
        Lang::Es | Lang::PtBr | Lang::PtPt => format!("{w}, {day} de {mo}"),
        Lang::En | Lang::Pl => format!("{w}, {day} {mo}"),
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
        // European Portuguese shares pt-BR's names but writes the first without the ordinal.
        assert_eq!(format_date(8, first), "segunda-feira, 1 de abril");
        let dec = NaiveDate::from_ymd_opt(2024, 12, 29).unwrap();
        assert_eq!(format_date(8, dec), "domingo, 29 de dezembro");
        assert_eq!(fallback_chain("pt-PT"), ["pt-PT", "pt", "en"]);
        assert_eq!(fallback_chain("de_at"), ["de-AT", "de", "en"]);
        assert_eq!(fallback_chain("en-GB"), ["en-GB", "en"]);
        assert_eq!(fallback_chain(""), ["en"]);
        assert_eq!(Lang::from_tag("pt"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("pt-br"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("sv"), None);
        for (i, l) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(l.column(), i);
            assert_eq!(BUILTIN[i], l.tag());
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
    }
}
