//! Numbers as each built-in language writes them, and the plural category a number takes.
//!
//! Plural categories follow the CLDR plural rules (Unicode CLDR, `plurals.xml`, cardinal):
//! English, German, Dutch and Italian: `one` for an integer 1; Spanish: `one` for 1;
//! French and Portuguese: `one` when the integer part is 0 or 1 (`1,5 jour`); Polish:
//! `one` for 1, `few` for integers ending in 2-4 except 12-14, `many` for other integers,
//! `other` for fractions ("2,5 dnia"). Decimal and grouping separators and the percent sign
//! follow the CLDR number symbols and patterns of each locale (French: narrow no-break space
//! for groups and before `%`; German and Spanish: no-break space before `%`; Spanish and
//! Polish group only from five digits).

use super::locale::Lang;

/// A plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Plural {
    One,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The suffix of the catalogue keys of a unit (`health.unit.days.few`).
    pub(crate) const fn code(self) -> &'static str {
        match self {
            Plural::One => "one",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// A non-negative number with at most one decimal: `int` and `tenth` (`None`: an integer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Num {
    pub(crate) int: u64,
    pub(crate) tenth: Option<u8>,
}

/// The plural category of `n` in `lang`.
pub(crate) fn category(lang: Lang, n: Num) -> Plural {
    let i = n.int;
    let integer = n.tenth.is_none();
    match lang {
        // i = 0,1
        Lang::Fr | Lang::PtBr => {
            if i <= 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        Lang::Pl => {
            if !integer {
                Plural::Other
            } else if i == 1 {
                Plural::One
            } else if (2..=4).contains(&(i % 10)) && !(12..=14).contains(&(i % 100)) {
                Plural::Few
            } else {
                Plural::Many
            }
        }
        // one for an integer 1 (CLDR `pt_PT`: i = 1 and v = 0, unlike `pt`'s i = 0,1)
        Lang::En | Lang::De | Lang::Es | Lang::Nl | Lang::It | Lang::PtPt => {
            if integer && i == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
    }
}

const NNBSP: char = '\u{202f}';
const NBSP: char = '\u{a0}';

/// `n` with the decimal and grouping separators of `lang`.
pub(crate) fn format_num(lang: Lang, n: Num) -> String {
    let (group, min_digits, decimal) = match lang {
        Lang::En => (Some(','), 4, '.'),
        Lang::Fr => (Some(NNBSP), 4, ','),
        Lang::Es => (Some('.'), 5, ','),
        // CLDR `pt_PT`: a no-break space, groups from 10 000 (minimum grouping digits 2).
        Lang::Pl | Lang::PtPt => (Some(NBSP), 5, ','),
        Lang::De | Lang::Nl | Lang::It | Lang::PtBr => (Some('.'), 4, ','),
    };
    let digits = n.int.to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    match group {
        Some(g) if digits.len() >= min_digits => {
            for (k, c) in digits.chars().enumerate() {
                if k > 0 && (digits.len() - k).is_multiple_of(3) {
                    out.push(g);
                }
                out.push(c);
            }
        }
        _ => out.push_str(&digits),
    }
    if let Some(t) = n.tenth {
        out.push(decimal);
        out.push(char::from(b'0' + t.min(9)));
    }
    out
}

/// A whole percentage as `lang` writes it ("95%", "95 %").
pub(crate) fn format_percent(lang: Lang, p: i64) -> String {
    let n = format_num(
        lang,
        Num {
            int: p.unsigned_abs(),
            tenth: None,
        },
    );
    let sign = if p < 0 { "-" } else { "" };
    match lang {
        Lang::De | Lang::Es => format!("{sign}{n}{NBSP}%"),
        Lang::Fr => format!("{sign}{n}{NNBSP}%"),
        Lang::En | Lang::Nl | Lang::It | Lang::PtBr | Lang::Pl | Lang::PtPt => {
            format!("{sign}{n}%")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: u64) -> Num {
        Num {
            int: i,
            tenth: None,
        }
    }

    #[test]
    fn polish_has_four_categories_and_french_counts_zero_and_one_as_one() {
        let pl: Vec<Plural> = [1, 2, 4, 5, 12, 14, 21, 22, 25, 112, 122]
            .iter()
            .map(|&i| category(Lang::Pl, int(i)))
            .collect();
        use Plural::*;
        assert_eq!(
            pl,
            [One, Few, Few, Many, Many, Many, Many, Few, Many, Many, Few]
        );
        let half = Num {
            int: 2,
            tenth: Some(5),
        };
        assert_eq!(category(Lang::Pl, half), Other);
        assert_eq!(category(Lang::Fr, int(0)), One);
        assert_eq!(
            category(
                Lang::Fr,
                Num {
                    int: 1,
                    tenth: Some(5)
                }
            ),
            One
        );
        assert_eq!(category(Lang::En, int(0)), Other);
        assert_eq!(
            category(
                Lang::En,
                Num {
                    int: 1,
                    tenth: Some(5)
                }
            ),
            Other
        );
        assert_eq!(category(Lang::De, int(1)), One);
    }

    #[test]
    fn numbers_use_each_languages_separators() {
        assert_eq!(format_num(Lang::En, int(1234)), "1,234");
        assert_eq!(format_num(Lang::De, int(1234)), "1.234");
        assert_eq!(format_num(Lang::Fr, int(1234)), "1\u{202f}234");
        assert_eq!(format_num(Lang::Es, int(1234)), "1234");
        assert_eq!(format_num(Lang::Es, int(12345)), "12.345");
        assert_eq!(format_num(Lang::Pl, int(1234)), "1234");
        assert_eq!(format_num(Lang::Pl, int(1234567)), "1\u{a0}234\u{a0}567");
        let half = Num {
            int: 2,
            tenth: Some(5),
        };
        assert_eq!(format_num(Lang::En, half), "2.5");
        assert_eq!(format_num(Lang::De, half), "2,5");
        assert_eq!(format_percent(Lang::En, 95), "95%");
        assert_eq!(format_percent(Lang::De, 95), "95\u{a0}%");
        assert_eq!(format_percent(Lang::Fr, 95), "95\u{202f}%");
        assert_eq!(format_percent(Lang::Pl, 95), "95%");
    }
}
