//! Letters as matching sees them, shared by event texts (`normalize::fold`) and names
//! (carrier names and aliases): one Unicode clean-up and one accent table, so "España",
//! "Espana" and "ESPAÑA" match wherever text is compared.

/// One spelling for text that looks the same: zero-width characters (ZWSP, ZWNJ, ZWJ, word
/// joiner, BOM, soft hyphen) removed, then Unicode NFKC (full-width `Ｄｅｌｉｖｅｒｅｄ` and
/// half-width katakana become their usual forms, `e` + combining acute becomes `é`), then
/// combining accents that did not compose dropped, so they never split a word.
/// Source: Unicode Standard Annex #15 (normalization forms), via the `unicode-normalization`
/// crate; the zero-width list is from the Unicode `Default_Ignorable_Code_Point` property.
pub(crate) fn unicode_clean(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.chars()
        .filter(|&c| !is_zero_width(c))
        .nfkc()
        .filter(|&c| !is_combining_mark(c) || c.is_alphabetic())
        .collect()
}

/// Whether [`unicode_clean`] leaves `c` as it is whatever surrounds it, so that a text made
/// only of such characters is its own clean form: not zero-width, not a combining mark the
/// clean-up drops, canonical combining class 0 and NFKC quick check "yes" (no neighbour
/// composes with it or reorders around it: the quick check of Unicode Standard Annex #15,
/// section 9, answers "yes" for a text of such characters, and then its NFKC is itself).
/// `normalize::fold` remembers the answer per character and skips the clean-up for such texts.
pub(crate) fn is_clean_char(c: char) -> bool {
    use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
    use unicode_normalization::{IsNormalized, is_nfkc_quick};
    !is_zero_width(c)
        && canonical_combining_class(c) == 0
        && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes
        && (!is_combining_mark(c) || c.is_alphabetic())
}

/// Folds a name (a carrier's name or alias, as given or in the registry) for matching:
/// lower case, accents removed with the same table event texts use (`España` -> `espana`,
/// `Česká pošta` -> `ceskaposta`), letters and digits only (digits are kept: `4-72`,
/// `17track`). Non-ASCII text is cleaned first as event texts are (see [`unicode_clean`]).
pub(crate) fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut push = |c: char| {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(ascii) = fold_latin(c) {
            out.push_str(ascii);
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    };
    if name.is_ascii() {
        name.chars().for_each(&mut push);
    } else {
        unicode_clean(name).chars().for_each(&mut push);
    }
    out
}

/// Invisible characters that only join or split words for display.
fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}

/// ASCII spelling of accented Latin letters (upper and lower case).
pub(crate) fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ą' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ę' | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ł' | 'Ł' | 'ľ' | 'Ľ' => "l",
        'ı' | 'İ' => "i",
        'ğ' | 'Ğ' => "g",
        'ď' | 'Ď' => "d",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ś' | 'š' | 'Ś' | 'Š' => "s",
        'ß' => "ss",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ů' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'ř' | 'Ř' => "r",
        'ţ' | 'ț' | 'ť' | 'Ţ' | 'Ț' | 'Ť' => "t",
        'ş' | 'ș' | 'Ş' | 'Ș' => "s",
        'đ' | 'Đ' => "d",
        // Greek carriers write the same word with accents ("Παραδόθηκε") and in capitals
        // without them ("ΠΑΡΑΔΟΘΗΚΕ"): tonos and dialytika fold away, final sigma is sigma.
        'ά' | 'Ά' => "α",
        'έ' | 'Έ' => "ε",
        'ή' | 'Ή' => "η",
        'ί' | 'Ί' | 'ϊ' | 'ΐ' | 'Ϊ' => "ι",
        'ό' | 'Ό' => "ο",
        'ύ' | 'Ύ' | 'ϋ' | 'ΰ' | 'Ϋ' => "υ",
        'ώ' | 'Ώ' => "ω",
        'ς' => "σ",
        // Russian texts write "ё" as "е" as often as not.
        'ё' | 'Ё' => "е",
        // Full-width ASCII letters in CJK texts fold to plain letters where it matters little;
        // typographic apostrophes and dashes end a token.
        _ => return latin_base(c),
    })
}

/// Any other accented Latin letter (Romanian `ă`, Hungarian `ő`, Baltic `ė` `ū` `ķ`,
/// Vietnamese `ạ` `ơ` `ư` `ế` ...) folds to its base letter: the first character of its
/// canonical decomposition (Unicode Standard Annex #15), when that is an ASCII letter.
fn latin_base(c: char) -> Option<&'static str> {
    use unicode_normalization::UnicodeNormalization;
    const LETTERS: [&str; 26] = [
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
        "s", "t", "u", "v", "w", "x", "y", "z",
    ];
    if !matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') {
        return None;
    }
    let base = std::iter::once(c).nfd().next()?.to_ascii_lowercase();
    let i = "abcdefghijklmnopqrstuvwxyz".find(base)?;
    LETTERS.get(i).copied()
}

/// `str::trim`, skipping the Unicode scan when both ends are visible ASCII (almost always:
/// carrier names, codes, scan times).
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}
