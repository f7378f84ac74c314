//! The text model's features (format 3), computed exactly as `buckets_of()` in
//! `tools/text-model/train.py` does: the first [`MAX_WORDS`] words of the folded text, every
//! ASCII digit read as `0`; for each word its *distinct* buckets (the word itself, `w`, and the
//! character n-grams of the word padded with a space on each side, `c`); then each adjacent
//! word pair (`b`). Each is hashed with 32-bit FNV-1a over the kind byte then the UTF-8 bytes,
//! and kept modulo the bucket count.
//!
//! A bucket counts once per word and once per pair, so a text's score is the sum of its
//! words' scores and its pairs': `words.rs` keeps the summed weights of the words it has
//! read, and a known word costs a table look-up instead of hashing its n-grams.

/// Most words read from one text (long texts keep their first words; the vocabulary check
/// reads them all).
pub(crate) const MAX_WORDS: usize = 64;

/// What the features depend on: the model's hashing.
#[derive(Debug, Clone, Copy)]
pub(super) struct Spec {
    pub bucket_bits: u32,
    pub char_min: usize,
    pub char_max: usize,
}

/// One of a word's features: its bucket and where its text lies in ` word ` (the word padded
/// with a space each side): `a..b` for an n-gram, `0..0` for the word itself. Offsets past
/// `u16::MAX` (words of 64 KB) saturate, which only shortens a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct WordFeature {
    pub bucket: u32,
    pub a: u16,
    pub b: u16,
}

impl WordFeature {
    /// Whether the feature says something to a person: the word, or an n-gram of at least
    /// three letters besides its edge spaces (bytes of ` word `, `padded` long).
    pub(super) fn readable(self, padded: usize) -> bool {
        if self.a == self.b {
            return true;
        }
        let (a, b) = (usize::from(self.a), usize::from(self.b));
        let edges = usize::from(a == 0) + usize::from(b == padded);
        b.saturating_sub(a) >= 3 + edges
    }
}

/// Where a feature's text is in the folded text (names are built only for the deciding ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Name {
    /// Bytes `start..end` of the folded text (a word, or two words and the space between).
    Span(usize, usize),
    /// Bytes `a..b` of the word at `start..end` padded with a space each side.
    Gram(usize, usize, usize, usize),
}

impl Name {
    /// The name of word feature `f` of the word at `span`.
    pub(super) fn of_word((s, e): (usize, usize), f: WordFeature) -> Name {
        if f.a == f.b {
            Name::Span(s, e)
        } else {
            Name::Gram(s, e, usize::from(f.a), usize::from(f.b))
        }
    }

    /// The feature as a person reads it; `_` marks a word edge of a character n-gram.
    #[cfg(test)]
    pub(super) fn text(self, folded: &str) -> String {
        let mut out = String::new();
        self.write(folded, &mut out);
        out
    }

    /// Appends [`Name::text`] to `out` (no allocation of its own).
    pub(super) fn write(self, folded: &str, out: &mut String) {
        match self {
            Name::Span(s, e) => out.push_str(folded.get(s..e).unwrap_or_default()),
            Name::Gram(s, e, a, b) => {
                // Bytes a..b of ` word `: its leading space, word bytes, its trailing space.
                let len = e.saturating_sub(s);
                if a == 0 {
                    out.push('_');
                }
                let (from, to) = (s + a.max(1) - 1, s + b.min(len + 1).saturating_sub(1));
                if from < to {
                    out.push_str(folded.get(from..to).unwrap_or_default());
                }
                if b == len + 2 {
                    out.push('_');
                }
            }
        }
    }
}

/// The words of a folded text: byte ranges between single spaces (empty ones skipped), as
/// `str::split(' ')` gives them (the definition [`hashed_words`] is tested against).
#[cfg(test)]
pub(super) fn words_of(folded: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let base = folded.as_ptr() as usize;
    folded
        .as_bytes()
        .split(|&b| b == b' ')
        .filter(|w| !w.is_empty())
        .map(move |w| {
            let start = w.as_ptr() as usize - base;
            (start, start + w.len())
        })
}

/// The bytes of word `(s, e)` of `folded`.
#[inline]
pub(super) fn word_bytes(folded: &str, (s, e): (usize, usize)) -> &[u8] {
    folded.as_bytes().get(s..e).unwrap_or_default()
}

/// The hash of a word's own feature (also the vocabulary set's key and the word table's).
#[inline]
pub(super) fn word_hash(word: &[u8]) -> u32 {
    fnv_bytes(WORD, word)
}

/// A word's hashes as [`word_hashes`] gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct WordHashes {
    /// Its own feature's ([`word_hash`]).
    pub word: u32,
    /// The pair it ends, continued from the previous word's `pair_start`.
    pub pair: u32,
    /// The pair it begins, up to and including the space ([`pair_hash`] over it so far).
    pub pair_start: u32,
}

/// The hashes of `word` in one pass over its bytes: its own, the pair whose first word's
/// `pair_start` is `pair_start` (meaningless for a text's first word), and the start of the
/// pair it begins.
#[cfg(test)]
pub(super) fn word_hashes(word: &[u8], pair_start: u32) -> WordHashes {
    let (mut w, mut p, mut q) = (WORD, pair_start, PAIR);
    for &b in word {
        let b = digit_folded(b);
        w = fnv_step(w, b);
        p = fnv_step(p, b);
        q = fnv_step(q, b);
    }
    WordHashes {
        word: w,
        pair: p,
        pair_start: fnv_step(q, b' '),
    }
}

/// The words of `folded` (as `words_of` gives them) and their hashes (as `word_hashes`
/// gives them, each pair continued from the previous word's `pair_start`), in one pass over
/// the bytes: a word's bytes are hashed as its end is looked for. `f` gets each word's span
/// and hashes and returns whether to go on.
///
/// A text [`fold`](crate::normalize::fold::fold) wrote holds no ASCII digit (tokens with
/// digits are dropped), so one vectorized pass over its bytes looks for one first, and the
/// hashing loop folds digits only when there is one (a third of its instructions per byte).
#[inline]
pub(super) fn hashed_words(folded: &str, f: impl FnMut((usize, usize), WordHashes) -> bool) {
    let digits = folded
        .as_bytes()
        .iter()
        .fold(false, |any, &b| any | b.is_ascii_digit());
    if digits {
        hashed_words_with::<true>(folded, f);
    } else {
        hashed_words_with::<false>(folded, f);
    }
}

/// [`hashed_words`], digits folded when `DIGITS` (without, the text must hold none).
#[inline]
fn hashed_words_with<const DIGITS: bool>(
    folded: &str,
    mut f: impl FnMut((usize, usize), WordHashes) -> bool,
) {
    let bytes = folded.as_bytes();
    let mut start = 0;
    // The first word's `pair` is meaningless (it ends no pair), as in `word_hashes`.
    let mut pair_start = PAIR;
    let (mut w, mut p, mut q) = (WORD, pair_start, PAIR);
    for (pos, &b) in bytes.iter().enumerate() {
        if b != b' ' {
            let b = if DIGITS { digit_folded(b) } else { b };
            w = fnv_step(w, b);
            p = fnv_step(p, b);
            q = fnv_step(q, b);
            continue;
        }
        if pos > start {
            let h = WordHashes {
                word: w,
                pair: p,
                pair_start: fnv_step(q, b' '),
            };
            if !f((start, pos), h) {
                return;
            }
            pair_start = h.pair_start;
        }
        start = pos + 1;
        (w, p, q) = (WORD, pair_start, PAIR);
    }
    if bytes.len() > start {
        let h = WordHashes {
            word: w,
            pair: p,
            pair_start: fnv_step(q, b' '),
        };
        f((start, bytes.len()), h);
    }
}

/// The hash of the pair feature of two adjacent words.
#[cfg(test)]
pub(super) fn pair_hash(a: &[u8], b: &[u8]) -> u32 {
    fnv_bytes(fnv_step(fnv_bytes(PAIR, a), b' '), b)
}

/// Buffers of [`word_features`], reused from word to word (no allocation once grown).
#[derive(Default)]
pub(super) struct WordScratch {
    padded: Vec<u8>,
    bounds: Vec<usize>,
    /// (bucket, order, a, b) while deduplicating.
    feats: Vec<(u32, u32, u16, u16)>,
    /// The word's distinct features, in the trainer's order.
    pub out: Vec<WordFeature>,
}

/// The distinct features of one word (its raw bytes from the folded text) into
/// `scratch.out`, each bucket once, in the trainer's order (the word, then n-grams by length
/// then position); the first feature of a bucket names it. Returns the length of ` word `
/// (for [`WordFeature::readable`]).
pub(super) fn word_features(word: &[u8], spec: Spec, scratch: &mut WordScratch) -> usize {
    let mask = if spec.bucket_bits >= 32 {
        u32::MAX
    } else {
        (1u32 << spec.bucket_bits) - 1
    };
    let WordScratch {
        padded,
        bounds,
        feats,
        out,
    } = scratch;
    padded.clear();
    padded.push(b' ');
    padded.extend(word.iter().map(|&b| digit_folded(b)));
    padded.push(b' ');
    // Byte offsets in ` word ` where each character starts, and its end.
    bounds.clear();
    bounds.extend(
        padded
            .iter()
            .enumerate()
            .filter(|&(_, &b)| (b as i8) >= -0x40) // not a UTF-8 continuation byte
            .map(|(i, _)| i),
    );
    bounds.push(padded.len());
    let chars = bounds.len() - 1;
    let short = |x: usize| u16::try_from(x).unwrap_or(u16::MAX);
    feats.clear();
    feats.push((word_hash(word) & mask, 0, 0, 0));
    for len in spec.char_min..=spec.char_max {
        for i in 0..(chars + 1).saturating_sub(len) {
            let (Some(&a), Some(&b)) = (bounds.get(i), bounds.get(i + len)) else {
                continue;
            };
            let h = padded
                .get(a..b)
                .unwrap_or_default()
                .iter()
                .fold(GRAM, |h, &x| fnv_step(h, x));
            let order = feats.len() as u32;
            feats.push((h & mask, order, short(a), short(b)));
        }
    }
    // Each bucket's first feature, back in the trainer's order.
    feats.sort_unstable();
    feats.dedup_by_key(|f| f.0);
    feats.sort_unstable_by_key(|f| f.1);
    out.clear();
    out.extend(
        feats
            .iter()
            .map(|&(bucket, _, a, b)| WordFeature { bucket, a, b }),
    );
    padded.len()
}

/// Digits are one shape to the model: every ASCII digit reads as `0`.
#[inline]
pub(super) const fn digit_folded(b: u8) -> u8 {
    if b.is_ascii_digit() { b'0' } else { b }
}

/// 32-bit FNV-1a (Fowler, Noll, Vo; the parameters of the FNV specification,
/// draft-eastlake-fnv): the offset basis, one step per byte. A feature hashes its kind byte
/// then its UTF-8 bytes.
const FNV_INIT: u32 = 0x811c_9dc5;
/// The hash after each feature kind's byte: words, word pairs, character n-grams.
const WORD: u32 = fnv_step(FNV_INIT, b'w');
const PAIR: u32 = fnv_step(FNV_INIT, b'b');
const GRAM: u32 = fnv_step(FNV_INIT, b'c');

#[inline]
const fn fnv_step(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(0x0100_0193)
}

/// Hashes `bytes` on from `h`, each digit read as `0` ([`digit_folded`]).
#[inline]
fn fnv_bytes(h: u32, bytes: &[u8]) -> u32 {
    bytes.iter().fold(h, |h, &b| fnv_step(h, digit_folded(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word's buckets as `word_buckets()` in train.py writes them: a set, one n-gram at a
    /// time from the padded string.
    fn reference(word: &str, spec: Spec) -> Vec<u32> {
        let mask = (1u32 << spec.bucket_bits) - 1;
        let fnv = |kind: u8, s: &str| fnv_bytes(fnv_step(FNV_INIT, kind), s.as_bytes());
        let w: String = word
            .chars()
            .map(|c| if c.is_ascii_digit() { '0' } else { c })
            .collect();
        let mut out = vec![fnv(b'w', &w) & mask];
        let chars: Vec<char> = format!(" {w} ").chars().collect();
        for n in spec.char_min..=spec.char_max {
            for g in chars.windows(n) {
                out.push(fnv(b'c', &g.iter().collect::<String>()) & mask);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn spec(bucket_bits: u32, char_min: usize, char_max: usize) -> Spec {
        Spec {
            bucket_bits,
            char_min,
            char_max,
        }
    }

    #[test]
    fn word_features_equal_the_trainers_definition() {
        let long = "sendung".repeat(40);
        let mut scratch = WordScratch::default();
        for word in [
            "parcel",
            "a",
            "0912",
            "快件离开",
            "przesyłka",
            "ü",
            "1a2b3c",
            &long,
            "hub42",
        ] {
            for s in [
                spec(14, 2, 4),
                spec(14, 1, 3),
                spec(20, 3, 5),
                spec(4, 2, 4),
            ] {
                word_features(word.as_bytes(), s, &mut scratch);
                let mut got: Vec<u32> = scratch.out.iter().map(|f| f.bucket).collect();
                got.sort_unstable();
                assert_eq!(got, reference(word, s), "{word:?} {s:?}");
                // Each bucket once.
                let n = got.len();
                got.dedup();
                assert_eq!(got.len(), n);
            }
        }
    }

    #[test]
    fn fnv1a_matches_published_vectors() {
        // FNV-1a 32-bit test vectors (draft-eastlake-fnv, section 8): "" and "a", "foobar".
        assert_eq!(fnv_bytes(FNV_INIT, b""), 0x811c_9dc5);
        assert_eq!(fnv_bytes(FNV_INIT, b"a"), 0xe40c_292c);
        assert_eq!(fnv_bytes(FNV_INIT, b"foobar"), 0xbf9c_f968);
    }

    #[test]
    fn names_point_at_the_hashed_text() {
        let mut scratch = WordScratch::default();
        for text in [
            " przesyłka w drodze ",
            " parcel 42 at hub ",
            " 快件离开 上海 ",
            " a bc ",
        ] {
            for span in words_of(text) {
                let word = word_bytes(text, span);
                let padded = word_features(word, spec(32, 2, 4), &mut scratch);
                assert_eq!(padded, word.len() + 2);
                for &f in &scratch.out {
                    let name = Name::of_word(span, f);
                    let shown = name.text(text).replace('_', " ");
                    let kind = if f.a == f.b { b'w' } else { b'c' };
                    assert_eq!(
                        f.bucket,
                        fnv_bytes(fnv_step(FNV_INIT, kind), shown.as_bytes()),
                        "{shown:?}"
                    );
                    let letters = shown.trim().chars().count();
                    if kind == b'c' {
                        assert_eq!(f.readable(padded), shown.trim().len() >= 3, "{shown:?}");
                        assert!(letters >= 1);
                    }
                }
            }
        }
        let text = " parcel hub ";
        let mut spans = words_of(text);
        let (a, b) = (spans.next().unwrap(), spans.next().unwrap());
        assert_eq!(Name::Span(a.0, b.1).text(text), "parcel hub");
        assert_eq!(
            pair_hash(word_bytes(text, a), word_bytes(text, b)),
            fnv_bytes(fnv_step(FNV_INIT, b'b'), b"parcel hub")
        );
    }

    #[test]
    fn one_pass_hashes_equal_the_word_and_pair_hashes() {
        let words = ["parcel", "12", "przesyłka", "快件离开", "a", ""];
        let mut start = 0;
        for (i, w) in words.iter().enumerate() {
            let h = word_hashes(w.as_bytes(), start);
            assert_eq!(h.word, word_hash(w.as_bytes()), "{w:?}");
            if i > 0 {
                let prev = words[i - 1].as_bytes();
                assert_eq!(h.pair, pair_hash(prev, w.as_bytes()), "{w:?}");
            }
            start = h.pair_start;
        }
    }

    #[test]
    fn one_pass_words_equal_words_and_their_hashes() {
        for text in [
            "",
            " ",
            " parcel 42 at hub ",
            "  a  bc ",
            "x",
            " przesyłka w drodze",
            "快件离开 上海 ",
            "ü  1a2b3c ",
        ] {
            let mut want = Vec::new();
            let mut start = 0;
            for span in words_of(text) {
                let h = word_hashes(word_bytes(text, span), start);
                start = h.pair_start;
                want.push((span, h));
            }
            let mut got = Vec::new();
            hashed_words(text, |span, h| {
                got.push((span, h));
                true
            });
            // The first word's pair ends no pair: only the others' are compared.
            assert_eq!(got.len(), want.len(), "{text:?}");
            for (i, (g, w)) in got.iter().zip(&want).enumerate() {
                assert_eq!(g.0, w.0, "{text:?}");
                assert_eq!((g.1.word, g.1.pair_start), (w.1.word, w.1.pair_start));
                if i > 0 {
                    assert_eq!(g.1.pair, w.1.pair, "{text:?}");
                }
            }
            // Stopping early stops.
            let mut calls = 0;
            hashed_words(text, |_, _| {
                calls += 1;
                false
            });
            assert_eq!(calls, usize::from(!want.is_empty()), "{text:?}");
        }
    }

    #[test]
    fn words_split_like_str_split() {
        for text in ["", " ", "  a  bc ", "a", " x y", "ü  1a2b3c "] {
            let got: Vec<&str> = words_of(text).map(|(s, e)| &text[s..e]).collect();
            let want: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
