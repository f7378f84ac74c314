//! Turns a number as people paste it into the compact, upper-case form the patterns match:
//! separators (all Unicode white space, no-break and zero-width spaces, dashes, dots,
//! underscores) go away; letters are upper-cased; anything else is kept so that it makes the
//! match fail (a pasted "1Z…/junk" is not a tracking number). A leading label ("Tracking #:",
//! "Sendungsnummer:") or a trailing carrier name is removed only as a second attempt, when the
//! whole input does not match.

/// Longest input looked at; tracking numbers are at most 41 characters, labels add a little.
pub(crate) const MAX_INPUT: usize = 160;

/// Whether `c` separates groups of characters in a pasted number.
pub(crate) fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '.'
                | '_'
                | '\u{00A0}' // no-break space
                | '\u{00AD}' // soft hyphen
                | '\u{2010}'..='\u{2015}' // hyphens and dashes
                | '\u{2212}' // minus sign
                | '\u{200B}'..='\u{200D}' // zero-width space / joiners
                | '\u{2060}' // word joiner
                | '\u{FEFF}' // zero-width no-break space (BOM)
                | '\u{202F}' // narrow no-break space
        )
}

/// What `compact` makes of each ASCII byte: 0 for a separator (white space, `-`, `.`, `_`),
/// the upper-case letter for a lower-case one, the byte itself otherwise. (Indexing runs at
/// compile time here: an index out of range would fail the build, not panic.)
#[allow(clippy::indexing_slicing)]
const ASCII_COMPACT: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let v = if c.is_ascii_whitespace() || matches!(c, b'-' | b'.' | b'_' | 0x0B) {
            0
        } else {
            c.to_ascii_uppercase()
        };
        t[b] = v;
        b += 1;
    }
    t
};

/// Removes separators and upper-cases ASCII letters.
pub(crate) fn compact(input: &str) -> String {
    if input.is_ascii() {
        // The common case, byte by byte through a table (0: a separator, dropped): only ASCII
        // bytes are kept, so the result is UTF-8.
        let mut out = Vec::with_capacity(input.len().min(MAX_INPUT + 1));
        for &b in input.as_bytes() {
            let m = ASCII_COMPACT.get(usize::from(b)).copied().unwrap_or(0);
            if m != 0 {
                out.push(m);
                if out.len() > MAX_INPUT {
                    break;
                }
            }
        }
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(input.len().min(MAX_INPUT));
    for c in input.chars() {
        // Full-width forms (U+FF01..U+FF5E, pasted from CJK text) are their ASCII twins.
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_uppercase());
        } else if !is_separator(c) {
            out.push(c);
        }
        if out.len() > MAX_INPUT {
            break;
        }
    }
    out
}

/// Words that make up tracking-number labels in the languages our carriers speak.
const LABEL_WORDS: &[&str] = &[
    "tracking",
    "track",
    "trace",
    "number",
    "num",
    "no",
    "nr",
    "nummer",
    "id",
    "code",
    "awb",
    "waybill",
    "shipment",
    "parcel",
    "package",
    "your",
    "is",
    "pro",
    "sendungsnummer",
    "sendungs",
    "sendung",
    "paketnummer",
    "trackingnummer",
    "trackingnumber",
    "suivi",
    "numéro",
    "numero",
    "de",
    "du",
    "colis",
    "envío",
    "envio",
    "seguimiento",
    "spedizione",
    "codice",
    "n°",
    "nº",
    "ref",
    "reference",
];

/// Whether `name` is a carrier's slug, name or alias (the registry's own index).
fn is_carrier_name(name: &str) -> bool {
    crate::carrier::lookup(name).is_some()
}

/// Quotes and brackets that may enclose a pasted number.
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '(' | ')' | '[' | ']' | '<' | '>' | '«' | '»' | '“' | '”' | '‘' | '’'
    )
}

fn is_label_word(token: &str) -> bool {
    let t: String = token
        .trim_matches(|c: char| matches!(c, '#' | ':' | '.' | '(' | ')' | '&' | ','))
        .to_lowercase();
    t.is_empty() || LABEL_WORDS.contains(&t.as_str())
}

/// The input without a leading label or a trailing carrier name / parenthesised note, or
/// `None` when there is nothing to remove.
pub(crate) fn strip_labels(input: &str) -> Option<&str> {
    let mut s = input.trim_matches(is_separator);
    // "Label: number" / "Label # number": drop up to the last ':' or '#' when what precedes
    // it has no digit (so "1Z…#2" is not cut).
    if let Some(i) = s.rfind([':', '#', '：']) {
        let (head, tail) = s.split_at(i);
        if !head.chars().any(|c| c.is_ascii_digit()) {
            s = tail.trim_start_matches([':', '#', '：']);
        }
    }
    // Leading label words without punctuation ("Tracking number 1Z…").
    loop {
        let t = s.trim_start_matches(is_separator);
        let end = t.find(char::is_whitespace).unwrap_or(t.len());
        let (word, rest) = t.split_at(end);
        if rest.trim().is_empty() || !is_label_word(word) {
            s = t;
            break;
        }
        s = rest;
    }
    // A trailing "(UPS)" note or carrier name ("… DHL Express" is two words at most).
    let t = s.trim_end_matches(is_separator);
    if let Some(open) = t.rfind('(')
        && t.ends_with(')')
        && let Some(head) = t.get(..open)
        && !head.trim().is_empty()
    {
        s = head;
    }
    for words in [2, 1] {
        let t = s.trim_end_matches(is_separator);
        // Split off the last `words` whitespace-separated words.
        let mut head = t;
        for _ in 0..words {
            head = match head.trim_end().rfind(char::is_whitespace) {
                Some(i) => head.get(..i).unwrap_or_default(),
                None => "",
            };
        }
        let tail = t.get(head.len()..).unwrap_or_default().trim();
        if !head.trim().is_empty()
            && tail.chars().all(|c| c.is_alphabetic() || c == ' ')
            && is_carrier_name(tail)
        {
            s = head;
            break;
        }
    }
    let s = s.trim_matches(|c: char| is_separator(c) || is_quote(c));
    (s.len() != input.len() && !s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_removes_all_kinds_of_separators() {
        assert_eq!(
            compact("1z 879-e93.03\t4683\u{00A0}444\u{200B}0\n"),
            "1Z879E930346834440"
        );
        assert_eq!(
            compact("9400\u{2013}1112\u{2060}0108\u{FEFF}"),
            "940011120108"
        );
        // Other punctuation is kept so that the match fails.
        assert_eq!(compact("1Z/123"), "1Z/123");
        assert_eq!(compact("ÄB12"), "ÄB12");
        // The ASCII fast path agrees with the general one.
        for sample in ["1z 879-e93.03\t4683_4\x0b4\r\n", "a/b#c:d", "  ", "\x0c9-1"] {
            let general: String = format!("{sample}\u{00A0}");
            assert_eq!(compact(sample), compact(&general), "{sample:?}");
        }
        assert_eq!(
            compact("ｒｂ１２３\u{3000}４５６－７８５ＧＢ"),
            "RB123456785GB"
        );
    }

    #[test]
    fn labels_are_stripped() {
        assert_eq!(
            strip_labels("Tracking #: 1Z879E930346834440"),
            Some("1Z879E930346834440")
        );
        assert_eq!(
            strip_labels("Sendungsnummer: 00340434161094042557"),
            Some("00340434161094042557")
        );
        assert_eq!(strip_labels("tracking number 9400 1112"), Some("9400 1112"));
        assert_eq!(
            strip_labels("N° de suivi : RB123456785GB"),
            Some("RB123456785GB")
        );
        assert_eq!(
            strip_labels("1Z879E930346834440 (UPS)"),
            Some("1Z879E930346834440")
        );
        assert_eq!(strip_labels("3318810025 DHL Express"), Some("3318810025"));
        assert_eq!(strip_labels("1Z879E930346834440"), None);
        assert_eq!(
            strip_labels("\"1Z879E930346834440\""),
            Some("1Z879E930346834440")
        );
        assert_eq!(strip_labels("(RB123456785GB)"), Some("RB123456785GB"));
        assert_eq!(
            strip_labels("Tracking: «1Z879E930346834440»."),
            Some("1Z879E930346834440")
        );
        // A leading letter group of the number itself is not a label.
        assert_eq!(strip_labels("LX 176 35036"), None);
        // Digits before ':' mean it is not a label.
        assert_eq!(strip_labels("12:34 1Z879E930346834440"), None);
    }
}
