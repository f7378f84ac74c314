//! Text folding for matching: one canonical spelling of an event text.
//!
//! Lower case, accents removed (`ü` -> `u`, `ß` -> `ss`, `ł` -> `l`), punctuation turned into
//! single spaces, and the parts that never decide a status dropped: tokens holding digits
//! (dates, times, ids, postcodes), template placeholders (`#ORT#`), and facility names in
//! `【】` brackets. CamelCase is split (`OutForDelivery` -> `out for delivery`). The result is padded with one space on each side, so a pattern written as
//! ` word ` matches whole words and `word` matches inside compounds (German, Dutch) and in
//! scripts without spaces (Chinese, Japanese).

use std::sync::atomic::{AtomicU8, Ordering};

use crate::letters::{fold_latin, is_clean_char, unicode_clean};

/// An event text and its folded form, folded at most once however many steps read it.
pub(crate) struct EventText<'a> {
    raw: &'a str,
    folded: std::cell::OnceCell<String>,
}

impl<'a> EventText<'a> {
    /// Wraps a text; nothing is folded yet.
    pub fn new(raw: &'a str) -> Self {
        EventText {
            raw,
            folded: std::cell::OnceCell::new(),
        }
    }

    /// The text as received.
    pub fn raw(&self) -> &'a str {
        self.raw
    }

    /// The text folded (see [`fold`]), computed on first use.
    pub fn folded(&self) -> &str {
        self.folded.get_or_init(|| fold(self.raw))
    }
}

/// Folds `text` as described in the module docs. Allocates once for ASCII text (almost every
/// event): tokens are written straight into the output and taken back when they turn out to
/// hold digits. Other text is first brought to Unicode NFKC with zero-width characters and
/// loose combining accents removed (see [`unicode_clean`]), unless every character is one the
/// clean-up leaves as it is ([`is_clean_char`], remembered per character: most non-ASCII
/// texts, where the clean-up cost more than the folding).
pub(crate) fn fold(text: &str) -> String {
    if text.is_ascii() {
        fold_ascii(text)
    } else if text
        .chars()
        .all(|c| c.is_ascii() || char_class(c) & CLEAN != 0)
    {
        fold_clean(text)
    } else {
        fold_clean(&unicode_clean(text))
    }
}

/// What folding does with a non-ASCII character (the low bits of its [`char_class`]):
/// ends the token (punctuation, symbols, spaces) ...
const FLUSH: u8 = 0;
/// ... keeps it as it is (a letter that is its own lower case, not accented Latin) ...
const KEEP: u8 = 1;
/// ... keeps it and marks the token as holding a digit (a non-ASCII digit or numeral) ...
const KEEP_NUMERIC: u8 = 2;
/// ... keeps it and marks the token as Chinese/Japanese ([`is_cjk`]) ...
const CJK: u8 = 3;
/// ... or needs [`fold_char`] (accented Latin, upper case, a lower case of other length).
const OTHER: u8 = 4;
/// The action's bits of a class.
const ACTION: u8 = 7;
/// Set in a class when the character is [`is_clean_char`].
const CLEAN: u8 = 1 << 6;
/// Set in every class computed (0 in [`CLASSES`] is "not yet").
const KNOWN: u8 = 1 << 7;

/// The classes of the Basic Multilingual Plane's characters, each computed the first time a
/// text holds it (64 KiB of zeroed memory, touched only where texts have characters): the
/// Unicode property look-ups behind a class cost more than the rest of folding a character.
/// Every thread computes the same value, so a race only computes it twice.
static CLASSES: [AtomicU8; 0x1_0000] = [const { AtomicU8::new(0) }; 0x1_0000];

/// The class of a non-ASCII character: its action bits, [`CLEAN`] and [`KNOWN`].
#[inline]
fn char_class(c: char) -> u8 {
    let Some(slot) = CLASSES.get(c as usize) else {
        return compute_class(c);
    };
    let known = slot.load(Ordering::Relaxed);
    if known != 0 {
        return known;
    }
    let class = compute_class(c);
    slot.store(class, Ordering::Relaxed);
    class
}

/// [`char_class`] computed: the branches of [`fold_char`], in its order.
fn compute_class(c: char) -> u8 {
    let action = if c.is_whitespace() {
        FLUSH
    } else if fold_latin(c).is_some() {
        OTHER
    } else if is_cjk(c) {
        CJK
    } else if c.is_alphanumeric() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l == c && c.is_numeric() => KEEP_NUMERIC,
            (Some(l), None) if l == c => KEEP,
            _ => OTHER,
        }
    } else {
        FLUSH
    };
    let clean = if is_clean_char(c) { CLEAN } else { 0 };
    KNOWN | clean | action
}

/// Folds one non-ASCII character of a cleaned text into `out`: spaces end the token,
/// accented Latin letters lose their accents, Chinese/Japanese characters mark the token,
/// other letters and digits are written in lower case, anything else ends the token.
fn fold_char(c: char, out: &mut String, token: &mut Token) {
    if c.is_whitespace() {
        token.flush(out);
    } else if let Some(ascii) = fold_latin(c) {
        out.push_str(ascii);
    } else if is_cjk(c) {
        token.has_cjk = true;
        out.push(c);
    } else if c.is_alphanumeric() {
        if c.is_numeric() {
            token.has_digit = true;
        }
        out.extend(c.to_lowercase());
    } else {
        token.flush(out);
    }
}

/// [`fold`] on text already cleaned (or plain ASCII).
fn fold_clean(text: &str) -> String {
    let (mut out, mut token) = Token::open(text.len());
    let mut chars = text.chars();
    let mut prev_lower = false;
    while let Some(c) = chars.next() {
        // Fast path: a run of lower-case ASCII letters and digits is copied as it is.
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            let rest = chars.as_str();
            let run = rest
                .bytes()
                .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                .count();
            let head = rest.get(..run).unwrap_or_default();
            out.push(c);
            out.push_str(head);
            if c.is_ascii_digit() || head.bytes().any(|b| b.is_ascii_digit()) {
                token.has_digit = true;
            }
            prev_lower = head
                .bytes()
                .last()
                .map_or(c.is_ascii_lowercase(), |b| b.is_ascii_lowercase());
            chars = rest.get(run..).unwrap_or_default().chars();
            continue;
        }
        // CamelCase codes used as text ("OutForDelivery") split into words.
        if prev_lower && c.is_ascii_uppercase() {
            token.flush(&mut out);
        }
        prev_lower = c.is_ascii_lowercase();
        if c == '#' && skip_placeholder(&mut chars) {
            token.flush(&mut out);
            continue;
        }
        if c == '【' {
            for d in chars.by_ref() {
                if d == '】' {
                    break;
                }
            }
            token.flush(&mut out);
            continue;
        }
        if c.is_ascii_alphabetic() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_digit() {
            token.has_digit = true;
            out.push(c);
        } else if c.is_ascii() {
            // Apostrophes join nothing: "we'll" -> "we ll", "d'acheminement" -> "d acheminement".
            token.flush(&mut out);
        } else {
            match char_class(c) & ACTION {
                KEEP => out.push(c),
                KEEP_NUMERIC => {
                    token.has_digit = true;
                    out.push(c);
                }
                CJK => {
                    token.has_cjk = true;
                    out.push(c);
                }
                FLUSH => token.flush(&mut out),
                _ => fold_char(c, &mut out, &mut token),
            }
        }
    }
    token.close(out)
}

/// Longest ASCII text [`fold_ascii`] folds in a buffer on the stack.
const ASCII_STACK: usize = 120;
/// That buffer's length: a power of two of at least `2 * ASCII_STACK + 1` bytes (see
/// [`fold_ascii`]), so that an index taken modulo it needs no bounds check.
const ASCII_BUF: usize = 256;
const _: () = assert!(ASCII_BUF.is_power_of_two() && ASCII_BUF > 2 * ASCII_STACK);

/// [`fold_clean`] for ASCII text, a byte at a time: the same result (tested against it),
/// without decoding characters. Every event text is folded once per batch, and almost all
/// are ASCII.
///
/// Texts of at most [`ASCII_STACK`] bytes are folded into a byte buffer on the stack, a run
/// of lower-case letters in a loop of its own, then copied into the `String` once: a
/// `String::push` per byte reloads and stores the length and checks the capacity each time.
/// Longer texts take [`fold_ascii_string`].
fn fold_ascii(text: &str) -> String {
    let bytes = text.as_bytes();
    if bytes.len() > ASCII_STACK {
        return fold_ascii_string(text);
    }
    // At most one byte out per byte in, a space after each token kept (a token holds at
    // least one byte in), and the leading space: `2n + 1` bytes, within the buffer, so the
    // index modulo its length is the index itself.
    let mut buf = [0u8; ASCII_BUF];
    let put = |buf: &mut [u8; ASCII_BUF], out: &mut usize, b: u8| {
        if let Some(slot) = buf.get_mut(*out % ASCII_BUF) {
            *slot = b;
        }
        *out += 1;
    };
    let mut out = 0usize;
    put(&mut buf, &mut out, b' ');
    // The token being written: where it starts, whether it holds a digit (then dropped).
    let mut start = out;
    let mut digit = false;
    let flush =
        |buf: &mut [u8; ASCII_BUF], out: &mut usize, start: &mut usize, digit: &mut bool| {
            if *out > *start {
                if *digit {
                    *out = *start;
                } else {
                    put(buf, out, b' ');
                }
            }
            *start = *out;
            *digit = false;
        };
    let mut prev_lower = false;
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        if c.is_ascii_lowercase() {
            // A run of lower-case letters is copied as it is.
            while let Some(&c) = bytes.get(i) {
                if !c.is_ascii_lowercase() {
                    break;
                }
                put(&mut buf, &mut out, c);
                i += 1;
            }
            prev_lower = true;
            continue;
        }
        i += 1;
        if c.is_ascii_digit() {
            put(&mut buf, &mut out, c);
            digit = true;
            prev_lower = false;
            continue;
        }
        // CamelCase codes used as text ("OutForDelivery") split into words.
        if prev_lower && c.is_ascii_uppercase() {
            flush(&mut buf, &mut out, &mut start, &mut digit);
        }
        prev_lower = false;
        if c == b'#' {
            let n = placeholder_len(bytes.get(i..).unwrap_or_default());
            if n > 0 {
                i += n;
                flush(&mut buf, &mut out, &mut start, &mut digit);
                continue;
            }
        }
        if c.is_ascii_uppercase() {
            put(&mut buf, &mut out, c.to_ascii_lowercase());
        } else {
            // Apostrophes join nothing: "we'll" -> "we ll", "d'acheminement" -> "d acheminement".
            flush(&mut buf, &mut out, &mut start, &mut digit);
        }
    }
    flush(&mut buf, &mut out, &mut start, &mut digit);
    // Every byte written is ASCII, and within the buffer (see its length).
    match buf.get(..out).map(std::str::from_utf8) {
        Some(Ok(folded)) if folded.ends_with(' ') => folded.to_owned(),
        _ => fold_ascii_string(text),
    }
}

/// [`fold_ascii`] into a `String` as it goes (texts longer than [`ASCII_STACK`]).
fn fold_ascii_string(text: &str) -> String {
    let bytes = text.as_bytes();
    let (mut out, mut token) = Token::open(text.len());
    let mut prev_lower = false;
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        i += 1;
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(char::from(c));
            token.has_digit |= c.is_ascii_digit();
            prev_lower = c.is_ascii_lowercase();
            continue;
        }
        // CamelCase codes used as text ("OutForDelivery") split into words.
        if prev_lower && c.is_ascii_uppercase() {
            token.flush(&mut out);
        }
        prev_lower = false;
        if c == b'#' {
            let n = placeholder_len(bytes.get(i..).unwrap_or_default());
            if n > 0 {
                i += n;
                token.flush(&mut out);
                continue;
            }
        }
        if c.is_ascii_uppercase() {
            out.push(char::from(c.to_ascii_lowercase()));
        } else {
            token.flush(&mut out);
        }
    }
    token.close(out)
}

/// The token being written at the end of the output.
struct Token {
    /// Where it starts in the output.
    start: usize,
    has_digit: bool,
    has_cjk: bool,
}

impl Token {
    /// The output of folding `len` bytes, opened with its leading space, and its first token.
    fn open(len: usize) -> (String, Token) {
        let mut out = String::with_capacity(len + 2);
        out.push(' ');
        let token = Token {
            start: out.len(),
            has_digit: false,
            has_cjk: false,
        };
        (out, token)
    }

    /// Ends the last token and the output, which always ends with a space.
    fn close(mut self, mut out: String) -> String {
        self.flush(&mut out);
        if !out.ends_with(' ') {
            out.push(' ');
        }
        out
    }

    /// Ends the token: tokens with digits are dropped, except in CJK text where only the
    /// digits go (a facility or phone number glued to Chinese words).
    fn flush(&mut self, out: &mut String) {
        if out.len() > self.start {
            if self.has_digit && self.has_cjk {
                let kept: String = out
                    .get(self.start..)
                    .unwrap_or_default()
                    .chars()
                    .filter(|c| !c.is_numeric())
                    .collect();
                out.truncate(self.start);
                out.push_str(&kept);
                out.push(' ');
            } else if self.has_digit {
                out.truncate(self.start);
            } else {
                out.push(' ');
            }
        }
        self.start = out.len();
        self.has_digit = false;
        self.has_cjk = false;
    }
}

/// Skips a `#NAME#` placeholder after its opening `#` (1 to 25 upper-case letters or `_`,
/// then `#`); returns whether one was skipped.
fn skip_placeholder(chars: &mut std::str::Chars<'_>) -> bool {
    let rest = chars.as_str();
    let n = placeholder_len(rest.as_bytes());
    if n == 0 {
        return false;
    }
    *chars = rest.get(n..).unwrap_or_default().chars();
    true
}

/// The length of a placeholder's `NAME#` at the start of `rest` (after its opening `#`),
/// or 0 when there is none.
fn placeholder_len(rest: &[u8]) -> usize {
    let n = rest
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || **b == b'_')
        .count();
    if n == 0 || n > 25 || rest.get(n) != Some(&b'#') {
        return 0;
    }
    n + 1
}

/// Whether `c` is a Chinese/Japanese character (matched as substrings, no word boundaries).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F)
}

#[cfg(test)]
mod tests {
    use super::{ASCII_STACK, fold, fold_ascii, fold_ascii_string, fold_clean};
    use crate::letters::unicode_clean;

    #[test]
    fn remembered_character_classes_fold_as_the_full_clean_up() {
        // Every character of the Basic Multilingual Plane (the remembered ones) and a sample
        // beyond, alone, doubled, among letters, after a digit in Chinese and next to a
        // combining accent: the fast path (classes, clean-up skipped) must give what the
        // clean-up followed by the general folding gives.
        let chars = (0x80..0x1_0000u32)
            .chain((0x1_0000..0x3_0000).step_by(61))
            .filter_map(char::from_u32);
        for c in chars {
            for text in [
                format!("{c}"),
                format!("a{c}{c}b"),
                format!("Дост{c}авка x{c}"),
                format!("配2{c} {c}3"),
                format!("e{c}\u{301}"),
            ] {
                assert_eq!(
                    fold(&text),
                    fold_clean(&unicode_clean(&text)),
                    "U+{:04X} in {text:?}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn the_ascii_path_folds_as_the_general_one() {
        let texts = [
            "",
            "Arrived at Facility",
            "OutForDelivery",
            "Delivered - Left at FRONT DOOR (signed: J.SMITH) 14:02",
            "Zustellung an #ORT# erfolgt; #X# #lower# #TOO_LONG_PLACEHOLDER_NAME_XYZ# ##",
            "we'll try again 2024-04-26, ref 1Z999AA10123456784",
            "aB9c_Def#GH#ij  \t\n~",
        ];
        for t in texts {
            assert_eq!(fold_ascii(t), fold_clean(t), "{t:?}");
        }
        // Random ASCII drawn mostly from the characters the folding treats specially
        // (case changes, digits, `#` placeholders, `_`, spaces, punctuation).
        let alphabet = b"aZbY09 #_#AB.'-:Cd\te";
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..24_000 {
            // Mostly short texts; every sixth one around and past the stack buffer's length.
            let len = if round % 6 == 0 {
                ASCII_STACK as u64 - 8 + next() % 40
            } else {
                next() % 24
            };
            let text: String = (0..len)
                .map(|_| {
                    let r = next() as usize % alphabet.len();
                    char::from(alphabet.get(r).copied().unwrap_or(b' '))
                })
                .collect();
            assert_eq!(fold_ascii(&text), fold_clean(&text), "{text:?}");
            assert_eq!(fold_ascii_string(&text), fold_clean(&text), "{text:?}");
        }
        // Texts that write the most bytes per byte read (CamelCase splits, one-letter
        // tokens), at the longest length the stack buffer takes and one past it.
        for unit in ["aB", "a.", "aBc", "Ab"] {
            for len in [ASCII_STACK, ASCII_STACK + 1] {
                let text: String = unit.repeat(len).chars().take(len).collect();
                assert_eq!(fold_ascii(&text), fold_clean(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn strips_case_accents_punctuation_dates_and_ids() {
        assert_eq!(
            fold("Zugestellt an Nachbarn, 17.03.2016 11:44 (Lübeck)!"),
            " zugestellt an nachbarn lubeck "
        );
        assert_eq!(fold("Livré à l'adresse"), " livre a l adresse ");
        assert_eq!(fold("Doręczona — Łódź 90-001"), " doreczona lodz ");
        assert_eq!(fold("Straße"), " strasse ");
        assert_eq!(fold("OutForDelivery"), " out for delivery ");
        assert_eq!(fold("DELIVERED_AT_SAFEPLACE"), " delivered at safeplace ");
    }

    #[test]
    fn drops_placeholders_and_facility_brackets() {
        assert_eq!(
            fold("Die Sendung wurde #IM# #ORT# #CITY# sortiert."),
            " die sendung wurde sortiert "
        );
        assert_eq!(fold("#PAKETSHOPNAME# ParcelShop"), " parcel shop ");
        assert_eq!(
            fold("快件离开 【上海浦东康桥店】，已在发往"),
            " 快件离开 已在发往 "
        );
        assert_eq!(fold("联系电话:13800138000 已签收"), " 联系电话 已签收 ");
        // A lone '#' is punctuation, not a placeholder.
        assert_eq!(fold("# 1 delivered"), " delivered ");
        // Placeholder names are upper case, at most 25 long, and closed.
        assert_eq!(fold("#AB_C# x #ab# #ABC"), " x ab abc ");
        let long = format!("#{}# y", "A".repeat(26));
        assert_eq!(fold(&long), format!(" {} y ", "a".repeat(26)));
        assert_eq!(fold("Paket4you 12ab cafe2go"), " ");
    }

    #[test]
    fn unicode_variants_fold_alike() {
        // `e` + COMBINING ACUTE ACCENT composes to `é` and folds to `e`, like the precomposed one.
        assert_eq!(
            fold("Livre\u{301} a\u{300} l'adresse"),
            fold("Livré à l'adresse")
        );
        assert_eq!(fold("Zuge\u{308}stellt"), " zugestellt ");
        // A combining mark with no precomposed form is dropped, not a word break.
        assert_eq!(fold("deliv\u{332}ered"), " delivered ");
        // Zero-width space, joiner, word joiner, BOM and soft hyphen vanish inside words.
        assert_eq!(fold("Deli\u{200B}vered"), " delivered ");
        assert_eq!(
            fold("\u{FEFF}Zu\u{00AD}ge\u{2060}stellt\u{200D}"),
            " zugestellt "
        );
        // NFKC: full-width Latin letters and half-width katakana take their usual forms.
        assert_eq!(fold("Ｄｅｌｉｖｅｒｅｄ"), " delivered ");
        assert_eq!(fold("ﾛｯｶｰ"), fold("ロッカー"));
        // Full-width digits are digits: the token is dropped like an ASCII date.
        assert_eq!(fold("配達完了 ２０２４"), " 配達完了 ");
    }
}
