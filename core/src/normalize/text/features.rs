//! The text model's features, computed exactly as `features()` in
//! `tools/text-model/train.py` does: the words of the folded text (`w`), adjacent word pairs
//! (`b`), and character n-grams of each word padded with a space on each side (`c`), every
//! ASCII digit read as `0`; each hashed with 32-bit FNV-1a over the kind byte then the UTF-8
//! bytes. At most [`MAX_FEATURES`] features are read, in that order (words, pairs, n-grams by
//! length then position).

/// Most features read from one text (long texts keep their first words).
pub(crate) const MAX_FEATURES: usize = 512;

/// Where a feature's text is in the folded text (names are built only for the deciding ones).
#[derive(Debug, Clone, Copy)]
pub(super) enum Name {
    /// Bytes `start..end` of the folded text (a word, or two words and the space between).
    Span(usize, usize),
    /// Bytes `a..b` of the word at `start..end` padded with a space each side.
    Gram(usize, usize, usize, usize),
}

impl Name {
    /// Whether the feature says something to a person: a word, a pair, or an n-gram of at
    /// least three letters.
    pub(super) fn readable(self) -> bool {
        match self {
            Name::Span(..) => true,
            Name::Gram(s, e, a, b) => {
                let edges = usize::from(a == 0) + usize::from(b == e - s + 2);
                b - a >= 3 + edges
            }
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
                let len = e - s;
                if a == 0 {
                    out.push('_');
                }
                let (from, to) = (s + a.max(1) - 1, s + b.min(len + 1) - 1);
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

/// Calls `f(hash, name)` for each feature of a folded text, in the trainer's order, at
/// most [`MAX_FEATURES`] times.
///
/// One pass per n-gram length over each word, extending hashes in place: FNV-1a reads bytes
/// in order, so the hash of the n-gram of length `n + 1` starting at a character is the hash
/// of the one of length `n` stepped over one more character. Each character is hashed once
/// per length instead of once per n-gram it belongs to (a third of the steps for 2- to
/// 4-grams), digits read as `0` on the fly, and the spaces padding ` word ` are read where
/// they would be rather than copied. `scratch` holds the per-word buffers (reused: no
/// allocation once they have grown to the longest word seen).
fn for_each_feature(
    folded: &str,
    char_min: usize,
    char_max: usize,
    scratch: &mut WordScratch,
    mut f: impl FnMut(u32, Name),
) {
    let mut n = 0usize;
    let mut emit = |h: u32, name: Name| {
        if n < MAX_FEATURES {
            n += 1;
            f(h, name);
            true
        } else {
            false
        }
    };
    let base = folded.as_ptr() as usize;
    let words = || {
        folded.split(' ').filter(|w| !w.is_empty()).map(|w| {
            let start = w.as_ptr() as usize - base;
            (start, start + w.len(), w.as_bytes())
        })
    };
    for (s, e, w) in words() {
        emit(fnv_bytes(WORD, w), Name::Span(s, e));
    }
    let mut prev: Option<(usize, &[u8])> = None;
    for (s, e, w) in words() {
        if let Some((ps, p)) = prev {
            let h = fnv_bytes(fnv_step(fnv_bytes(PAIR, p), b' '), w);
            emit(h, Name::Span(ps, e));
        }
        prev = Some((s, w));
    }
    let WordScratch { bounds, hashes } = scratch;
    for (s, e, w) in words() {
        if w.is_ascii() && w.len() + 2 <= ASCII_WORD {
            // One byte a character: ` word ` in a stack buffer, digits already `0`.
            let mut pad = [b' '; ASCII_WORD];
            for (p, &b) in pad.iter_mut().skip(1).zip(w) {
                *p = digit_folded(b);
            }
            let chars = w.len() + 2;
            let mut hs = [GRAM; ASCII_WORD];
            for len in 1..=char_max {
                let starts = (chars + 1).saturating_sub(len);
                let last = pad.get(len - 1..).unwrap_or_default();
                for (i, (h, &byte)) in hs.iter_mut().zip(last).take(starts).enumerate() {
                    *h = fnv_step(*h, byte);
                    if len >= char_min && !emit(*h, Name::Gram(s, e, i, i + len)) {
                        return;
                    }
                }
            }
            continue;
        }
        // Byte offsets of the characters of ` word ` (padded positions: 0 is the leading
        // space, `w.len() + 1` the trailing one), and one past the end.
        bounds.clear();
        bounds.push(0);
        bounds.extend(
            w.iter()
                .enumerate()
                .filter(|&(_, &b)| (b as i8) >= -0x40) // not a UTF-8 continuation byte
                .map(|(i, _)| i + 1),
        );
        bounds.push(w.len() + 1);
        bounds.push(w.len() + 2);
        let chars = bounds.len() - 1;
        // `hashes[i]`: the hash of the n-gram of the current length starting at character i.
        hashes.clear();
        hashes.resize(chars, GRAM);
        for len in 1..=char_max {
            let starts = (chars + 1).saturating_sub(len);
            for (i, h) in hashes.iter_mut().enumerate().take(starts) {
                // Step over the n-gram's last character: padded bytes a..b.
                let (Some(&a), Some(&b)) = (bounds.get(i + len - 1), bounds.get(i + len)) else {
                    continue;
                };
                *h = if a == 0 || a > w.len() {
                    fnv_step(*h, b' ')
                } else {
                    fnv_bytes(*h, w.get(a - 1..b - 1).unwrap_or_default())
                };
                if len >= char_min {
                    let start = bounds.get(i).copied().unwrap_or_default();
                    if !emit(*h, Name::Gram(s, e, start, b)) {
                        return;
                    }
                }
            }
        }
    }
}

/// Longest ASCII word (with its two padding spaces) read from a stack buffer; longer words
/// and words with other characters take the general path.
const ASCII_WORD: usize = 48;

/// Per-word buffers of [`for_each_feature`], kept between texts.
#[derive(Default)]
struct WordScratch {
    bounds: Vec<usize>,
    hashes: Vec<u32>,
}

/// A text's distinct buckets, in the order first seen, each with the first feature (in the
/// trainer's order) that fell into it.
pub(super) type Buckets = [(u32, Name)];

/// Calls `f` with the distinct buckets of a folded text (see [`Buckets`]) and returns its
/// result. Repeated buckets are found with a per-thread set that is never cleared (a
/// generation number per text), and the buffers are per thread too: no sort, no allocation
/// and no clearing per text once they have grown.
pub(super) fn with_buckets<R>(
    folded: &str,
    bucket_bits: u32,
    char_min: usize,
    char_max: usize,
    f: impl FnOnce(&Buckets) -> R,
) -> R {
    let mask = (1u32 << bucket_bits) - 1;
    let run = |sc: &mut Scratch| {
        sc.seen.next_text();
        sc.buckets.clear();
        let Scratch {
            seen,
            buckets,
            words,
        } = sc;
        for_each_feature(folded, char_min, char_max, words, |h, name| {
            if seen.insert(h & mask) {
                buckets.push((h & mask, name));
            }
        });
        f(&sc.buckets)
    };
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => run(&mut sc),
        // Only if `f` itself read a text on this thread: a scratch of its own.
        Err(_) => run(&mut Scratch::new()),
    })
}

/// The hash of a word feature (the vocabulary set's key).
pub(super) fn word_hash(word: &str) -> u32 {
    fnv_bytes(WORD, word.as_bytes())
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::new());
}

/// Per-thread buffers of [`with_buckets`].
struct Scratch {
    seen: BucketSet,
    buckets: Vec<(u32, Name)>,
    words: WordScratch,
}

impl Scratch {
    fn new() -> Self {
        Scratch {
            seen: BucketSet::new(),
            buckets: Vec::with_capacity(MAX_FEATURES),
            words: WordScratch::default(),
        }
    }
}

/// Slots of a [`BucketSet`]: a power of two, twice [`MAX_FEATURES`].
const SLOT_BITS: u32 = 10;
const SLOTS: usize = 1 << SLOT_BITS;
const _: () = assert!(SLOTS >= 2 * MAX_FEATURES);

/// Which buckets the current text has already used: open addressing over twice
/// [`MAX_FEATURES`] slots (so it never fills), each slot stamped with the text it belongs
/// to, so a new text starts empty without clearing the slots.
struct BucketSet {
    slots: Box<[(u32, u32); SLOTS]>,
    generation: u32,
}

impl BucketSet {
    fn new() -> Self {
        BucketSet {
            slots: Box::new([(0, 0); SLOTS]),
            generation: 0,
        }
    }

    /// Starts a new text: every slot stamped with an older generation counts as empty.
    fn next_text(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            // Wrapped after 2^32 texts: clear the stamps once so none can look current.
            self.slots.fill((0, 0));
            self.generation = 1;
        }
    }

    /// Adds `b` (a bucket) to the current text's set; whether it was new.
    fn insert(&mut self, b: u32) -> bool {
        // Fibonacci hashing spreads neighbouring buckets over the slots.
        let mut i = (b.wrapping_mul(0x9e37_79b9) >> (32 - SLOT_BITS)) as usize;
        for _ in 0..SLOTS {
            match self.slots.get_mut(i) {
                Some(slot) if slot.1 != self.generation => {
                    *slot = (b, self.generation);
                    return true;
                }
                Some(slot) if slot.0 == b => return false,
                _ => i = (i + 1) & (SLOTS - 1),
            }
        }
        false
    }
}

/// Digits are one shape to the model: every ASCII digit reads as `0`.
#[inline]
const fn digit_folded(b: u8) -> u8 {
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

    /// The features as `features()` in train.py writes them, one n-gram at a time.
    fn reference(folded: &str, char_min: usize, char_max: usize) -> Vec<u32> {
        let fnv = |kind: u8, s: &str| fnv_bytes(fnv_step(FNV_INIT, kind), s.as_bytes());
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        let mut out: Vec<u32> = words.iter().map(|w| fnv(b'w', w)).collect();
        out.extend(words.windows(2).map(|p| fnv(b'b', &p.join(" "))));
        for w in &words {
            let chars: Vec<char> = format!(" {w} ").chars().collect();
            for n in char_min..=char_max {
                for g in chars.windows(n) {
                    out.push(fnv(b'c', &g.iter().collect::<String>()));
                }
            }
        }
        out.truncate(MAX_FEATURES);
        out
    }

    fn one_pass(folded: &str, char_min: usize, char_max: usize) -> Vec<(u32, Name)> {
        let mut out = Vec::new();
        let mut scratch = WordScratch::default();
        for_each_feature(folded, char_min, char_max, &mut scratch, |h, n| {
            out.push((h, n))
        });
        out
    }

    #[test]
    fn one_pass_hashes_equal_the_trainers_definition() {
        let long = "sendung ".repeat(40);
        for text in [
            " parcel scanned at hub 42 ",
            " a ",
            " zending in sorteercentrum 0912 ",
            " 快件离开 上海浦东康桥店 ",
            " przesyłka doręczona ",
            " ü 1a2b3c ",
            long.as_str(),
            "",
        ] {
            for (lo, hi) in [(2, 4), (1, 3), (3, 5)] {
                let got: Vec<u32> = one_pass(text, lo, hi).iter().map(|p| p.0).collect();
                assert_eq!(got, reference(text, lo, hi), "{text:?} {lo}..={hi}");
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
        let text = " przesyłka w drodze ";
        for (h, name) in one_pass(text, 2, 4) {
            let shown = name.text(text).replace('_', " ");
            let kind = match name {
                Name::Span(s, e) if text.get(s..e).is_some_and(|t| t.contains(' ')) => b'b',
                Name::Span(..) => b'w',
                Name::Gram(..) => b'c',
            };
            assert_eq!(
                h,
                fnv_bytes(fnv_step(FNV_INIT, kind), shown.as_bytes()),
                "{shown:?}"
            );
        }
    }
}
