//! Texts that differ only in their numbers: `Arrived at Facility 17` and `... 18`.
//!
//! [`collapse_digits`] writes a text with each run of ASCII digits replaced by one `0`. Two
//! texts with the same collapsed form fold alike (`fold.rs`): a digit never ends a token, it
//! only marks its token as holding a digit, and such a token is dropped whole (or, in
//! Chinese/Japanese text, loses every digit), so neither the digits' values nor how many
//! there are reach the folded text. The letters, spaces and punctuation around them are kept
//! as they are, and the Unicode clean-up of non-ASCII text never composes a digit with what
//! follows it.
//!
//! A reading of an event reads its text folded, with one exception: a code-table row is not
//! checked against a text equal to its own description (`resolve::check_text`, compared
//! as received, ASCII case aside). [`Digits`] keeps, per table, the collapsed descriptions
//! that hold digits, so the per-thread memo (`timeline/memo.rs`) can tell when two texts of
//! one collapsed form might still read differently, and keep them apart.

/// Appends `text` to `out` with every run of ASCII digits written as one `0`.
pub(crate) fn collapse_digits(text: &str, out: &mut Vec<u8>) {
    let bytes = text.as_bytes();
    collapse_digits_from(bytes, first_digit(bytes).unwrap_or(bytes.len()), out);
}

/// [`collapse_digits`] of `bytes` whose first digit is at `first` (as [`first_digit`] finds
/// it): the bytes before it are copied in one go.
pub(crate) fn collapse_digits_from(bytes: &[u8], first: usize, out: &mut Vec<u8>) {
    out.extend_from_slice(bytes.get(..first).unwrap_or(bytes));
    let mut in_run = false;
    for &b in bytes.get(first..).unwrap_or_default() {
        if b.is_ascii_digit() {
            if !in_run {
                out.push(b'0');
            }
            in_run = true;
        } else {
            out.push(b);
            in_run = false;
        }
    }
}

/// Where the first ASCII digit of `bytes` is, eight bytes at a time: every event's text is
/// looked through once per batch, and most hold no digit.
pub(crate) fn first_digit(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let low = x & (ONES * 0x7f);
        // The high bit of each byte whose low seven bits lie in 0x30..=0x39 and whose own
        // high bit is clear ("has between", Sean Eron Anderson's Bit Twiddling Hacks): the
        // sums stay below 256 in every byte, so no byte carries into the next.
        let found = (ONES * (127 + 0x3a) - low) & !x & (low + ONES * (127 - 0x2f)) & (ONES * 0x80);
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(u8::is_ascii_digit)
        .map(|i| at + i)
}

/// Whether `text` holds an ASCII digit.
#[inline]
pub(crate) fn has_digit(text: &str) -> bool {
    first_digit(text.as_bytes()).is_some()
}

/// The collapsed descriptions of a table's rows that hold digits.
#[derive(Debug, Clone, Default)]
pub(crate) struct Digits {
    texts: Vec<Vec<u8>>,
    /// Bit `n % 64` set for each kept text of `n` bytes: most texts are told apart by length.
    lengths: u64,
}

impl Digits {
    /// Keeps `description`'s collapsed form when it holds a digit.
    pub fn add(&mut self, description: &str) {
        if has_digit(description) {
            let mut collapsed = Vec::with_capacity(description.len());
            collapse_digits(description, &mut collapsed);
            self.lengths |= 1 << (collapsed.len() % 64);
            self.texts.push(collapsed);
        }
    }

    /// Whether some row's description collapses to `collapsed` (ASCII case aside), that is,
    /// whether a text of this collapsed form could equal a row's own description.
    pub fn may_equal(&self, collapsed: &[u8]) -> bool {
        if self.lengths & (1 << (collapsed.len() % 64)) == 0 {
            return false;
        }
        self.texts
            .iter()
            .any(|d| d.len() == collapsed.len() && d.eq_ignore_ascii_case(collapsed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold::fold;

    fn collapsed(t: &str) -> Vec<u8> {
        let mut out = Vec::new();
        collapse_digits(t, &mut out);
        out
    }

    #[test]
    fn runs_of_digits_become_one_zero() {
        assert_eq!(
            collapsed("Arrived at Facility 17"),
            b"Arrived at Facility 0"
        );
        assert_eq!(collapsed("26.04.2024 05:12"), b"0.0.0 0:0");
        assert_eq!(collapsed("no digits"), b"no digits");
        assert_eq!(collapsed("1Z999AA1012"), b"0Z0AA0");
        assert_eq!(collapsed(""), b"");
        // Non-ASCII digits are kept as they are.
        assert_eq!(collapsed("٣ 3"), "٣ 0".as_bytes());
        assert!(has_digit("a1") && !has_digit("a") && !has_digit("٣"));
    }

    #[test]
    fn the_first_digit_is_found_eight_bytes_at_a_time() {
        // Every byte value at every place of texts up to 20 bytes long, among ASCII letters
        // and bytes with the high bit set: the same answer as a byte-by-byte search.
        for len in 0..20 {
            for at in 0..len {
                for b in 0..=255u8 {
                    for fill in [b'a', 0xc3, b'/', b':'] {
                        let mut bytes = vec![fill; len];
                        if let Some(slot) = bytes.get_mut(at) {
                            *slot = b;
                        }
                        assert_eq!(
                            first_digit(&bytes),
                            bytes.iter().position(u8::is_ascii_digit),
                            "{bytes:?}"
                        );
                    }
                }
            }
        }
        assert_eq!(first_digit(b"Arrived at Facility 17"), Some(20));
        assert_eq!(first_digit(b"12345678 9"), Some(0));
    }

    #[test]
    fn texts_of_one_collapsed_form_fold_alike() {
        // Each text beside variants of its numbers: the folding must not tell them apart.
        let texts = [
            "Arrived at Facility 17",
            "Shipment delivered to the neighbour, Mr. 12",
            "Zustellung am 26.04.2024 um 05:12 Uhr, Paketshop 4711",
            "OutForDelivery9 abc12Def 3rd 1st",
            "已签收，签收人：本人 电话13800138000",
            "配送中 2号 快递员12",
            "Colis livré à 12h30 — signé 3x",
            "Доставлено 12 получателю 3-й",
            "#ORT1# #ORT# 12#AB#3",
            "x\u{301}1\u{301}2 e\u{200b}3",
            "Arrival scan (the package has arrived at a UPS building. I would expect to see 3 to 5 of these messages for each package)",
        ];
        let variants = |t: &str| -> Vec<String> {
            let mut out = Vec::new();
            for (from, to) in [("1", "9"), ("2", "20"), ("3", "345"), ("0", "7")] {
                out.push(t.replace(from, to));
            }
            out.push(
                t.chars()
                    .map(|c| if c.is_ascii_digit() { '8' } else { c })
                    .collect(),
            );
            out
        };
        for t in texts {
            for v in variants(t) {
                assert_eq!(collapsed(t), collapsed(&v), "{t:?} / {v:?}");
                assert_eq!(fold(t), fold(&v), "{t:?} / {v:?}");
            }
        }
        // Random texts drawn from characters the folding treats specially, with their digits
        // redrawn: same collapsed form, same folding.
        let alphabet: Vec<char> = "aZbY0912 #_#AB.'-:Cd\teü配号ß\u{301}\u{200b}٣Ⅻ"
            .chars()
            .collect();
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = next() % 20;
            let text: String = (0..len)
                .map(|_| {
                    let r = next() as usize % alphabet.len();
                    alphabet.get(r).copied().unwrap_or(' ')
                })
                .collect();
            let mut other = String::new();
            for c in text.chars() {
                if c.is_ascii_digit() {
                    for _ in 0..=(next() % 3) {
                        other.push(char::from(b'0' + (next() % 10) as u8));
                    }
                } else {
                    other.push(c);
                }
            }
            assert_eq!(collapsed(&text), collapsed(&other));
            assert_eq!(fold(&text), fold(&other), "{text:?} / {other:?}");
        }
    }

    #[test]
    fn a_row_description_is_found_by_its_collapsed_form() {
        let mut d = Digits::default();
        d.add("Post Office To Deliver In 1 To 2 Days");
        d.add("Arrival scan");
        assert_eq!(d.texts.len(), 1);
        assert!(d.may_equal(&collapsed("post office to deliver in 3 to 45 days")));
        assert!(!d.may_equal(&collapsed("Post Office To Deliver In 1 To 2 Days!")));
        assert!(!d.may_equal(&collapsed("Arrival scan")));
    }
}
