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

/// A feature as the model reads it: its bucket, and its place among the text's features
/// (bits 0..16, see [`name_at`]) with bit 31 set when it is [`Name::readable`]. Eight bytes,
/// so a text's buckets stay in a few cache lines; names are built only for the deciding ones.
pub(super) type Feature = (u32, u32);

/// Bit of a [`Feature`]'s tag: the feature says something to a person.
pub(super) const READABLE: u32 = 1 << 31;
/// Bits of a [`Feature`]'s tag that hold its place among the text's features.
const PLACE: u32 = 0xffff;
const _: () = assert!(MAX_FEATURES <= PLACE as usize);

/// A text's features in the trainer's order, (hash, tag), written with [`put`] (so the
/// length is a power of two).
type Feats = [(u32, u32); MAX_FEATURES];
const _: () = assert!(MAX_FEATURES.is_power_of_two() && ASCII_WORD.is_power_of_two());

/// Writes `v` at `i` of an array whose length is a power of two, `i` taken modulo the
/// length: never out of bounds, so the compiler drops the check (callers keep `i` below the
/// length anyway).
#[inline(always)]
fn put<T, const N: usize>(a: &mut [T; N], i: usize, v: T) {
    if let Some(x) = a.get_mut(i & (N - 1)) {
        *x = v;
    }
}

/// Reads `i` of an array whose length is a power of two, `i` taken modulo the length (see
/// [`put`]).
#[inline(always)]
fn at<T: Copy + Default, const N: usize>(a: &[T; N], i: usize) -> T {
    a.get(i & (N - 1)).copied().unwrap_or_default()
}

/// The words of a folded text: byte ranges between single spaces (empty ones skipped), as
/// `str::split(' ')` gives them.
fn words_of(folded: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
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

/// [`READABLE`] when an n-gram of `len` characters, starting (`first`) or ending (`last`)
/// at a padding space, holds at least three letters (the bytes rule of [`Name::readable`]
/// for a word of one byte a character).
#[inline]
fn gram_readable(len: usize, first: bool, last: bool) -> u32 {
    if len >= 3 + usize::from(first) + usize::from(last) {
        READABLE
    } else {
        0
    }
}

/// The bytes of word `(s, e)` of `folded`.
#[inline]
fn word_bytes(folded: &str, (s, e): (usize, usize)) -> &[u8] {
    folded.as_bytes().get(s..e).unwrap_or_default()
}

/// Writes the pair and n-gram features of a folded text whose words `words` holds into
/// `feats` from place `n` on (the words' own features are the first `n`), in the trainer's
/// order, up to [`MAX_FEATURES`]; returns how many features the text has in all.
///
/// One pass per n-gram length over each word, extending hashes in place: FNV-1a reads bytes
/// in order, so the hash of the n-gram of length `n + 1` starting at a character is the hash
/// of the one of length `n` stepped over one more character. Each character is hashed once
/// per length instead of once per n-gram it belongs to, digits read as `0` on the fly, and
/// the spaces padding ` word ` are read where they would be rather than copied. ASCII words
/// (nearly all) are read from stack buffers in straight loops that only write hashes; the
/// deduplication is a separate pass ([`with_buckets`]). `bounds` and `hashes` are the other
/// words' buffers (reused: no allocation once they have grown to the longest word seen).
fn pairs_and_grams(
    folded: &str,
    words: &[(usize, usize)],
    spec: Spec,
    (bounds, hashes): (&mut Vec<usize>, &mut Vec<u32>),
    feats: &mut Feats,
    mut n: usize,
) -> usize {
    for pair in words.windows(2) {
        if n >= MAX_FEATURES {
            return n;
        }
        if let [a, b] = *pair {
            let h = fnv_bytes(PAIR, word_bytes(folded, a));
            let h = fnv_bytes(fnv_step(h, b' '), word_bytes(folded, b));
            put(feats, n, (h, n as u32 | READABLE));
            n += 1;
        }
    }
    for &span in words {
        let w = word_bytes(folded, span);
        if w.is_ascii() && w.len() + 2 <= ASCII_WORD {
            // One byte a character: ` word ` in a stack buffer, digits already `0`.
            let mut pad = [b' '; ASCII_WORD];
            for (p, &b) in pad.iter_mut().skip(1).zip(w) {
                *p = digit_folded(b);
            }
            let chars = w.len() + 2;
            let mut hs = [GRAM; ASCII_WORD];
            for len in 1..=spec.char_max {
                let starts = (chars + 1).saturating_sub(len);
                if len < spec.char_min {
                    for i in 0..starts {
                        let h = fnv_step(at(&hs, i), at(&pad, i + len - 1));
                        put(&mut hs, i, h);
                    }
                    continue;
                }
                // Only the last n-grams read can reach the limit (texts of a hundred words).
                let take = starts.min(MAX_FEATURES.saturating_sub(n));
                for i in 0..take {
                    let h = fnv_step(at(&hs, i), at(&pad, i + len - 1));
                    put(&mut hs, i, h);
                    let tag = (n + i) as u32 | gram_readable(len, i == 0, i + len == chars);
                    put(feats, n + i, (h, tag));
                }
                n += take;
                if take < starts {
                    return n;
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
        for len in 1..=spec.char_max {
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
                if len >= spec.char_min {
                    if n >= MAX_FEATURES {
                        return n;
                    }
                    let start = bounds.get(i).copied().unwrap_or_default();
                    let readable = Name::Gram(0, w.len(), start, b).readable();
                    put(
                        feats,
                        n,
                        (*h, n as u32 | if readable { READABLE } else { 0 }),
                    );
                    n += 1;
                }
            }
        }
    }
    n
}

/// Longest ASCII word (with its two padding spaces) read from a stack buffer; longer words
/// and words with other characters take the general path. A power of two (indices masked).
const ASCII_WORD: usize = 64;

/// A text's distinct buckets, in the order first seen, each tagged with the first feature (in
/// the trainer's order) that fell into it (see [`Feature`]).
pub(super) type Buckets = [Feature];

/// What [`with_buckets`] reads: the model's hashing.
#[derive(Debug, Clone, Copy)]
pub(super) struct Spec {
    pub bucket_bits: u32,
    pub char_min: usize,
    pub char_max: usize,
}

/// Calls `f` with the distinct buckets of a folded text (see [`Buckets`]) and returns its
/// result, or `None` without computing the pairs and n-grams when `known` holds for none of
/// the text's word feature hashes (the vocabulary set's keys; every word, not only the first
/// [`MAX_FEATURES`]).
///
/// The text is split into words once; the word hashes come first (they are the vocabulary
/// check's keys too). Then every feature's hash is written in order, and one pass keeps the
/// first feature of each bucket: a per-thread bit set over the buckets (set without a
/// branch, cleared after the text word by word for the buckets it set) for models of up to
/// 2^16 buckets, a stamped hash set for larger ones. The buffers are per thread (about 20 KB):
/// no sort and no allocation per text once they have grown.
pub(super) fn with_buckets<R>(
    folded: &str,
    spec: Spec,
    known: impl Fn(u32) -> bool,
    f: impl FnOnce(&Buckets) -> R,
) -> Option<R> {
    let run = |sc: &mut Scratch| {
        let Scratch {
            feats,
            buckets,
            bits,
            slots,
            words,
            bounds,
            hashes,
        } = sc;
        words.clear();
        words.extend(words_of(folded));
        let mut any_known = false;
        for (i, &span) in words.iter().enumerate() {
            let h = fnv_bytes(WORD, word_bytes(folded, span));
            any_known = any_known || known(h);
            if i < MAX_FEATURES {
                put(feats, i, (h, i as u32 | READABLE));
            }
        }
        if !any_known {
            return None;
        }
        let n = words.len().min(MAX_FEATURES);
        let n = pairs_and_grams(folded, words, spec, (bounds, hashes), feats, n);
        let feats = feats.get(..n).unwrap_or_default();
        let mask = (1u32 << spec.bucket_bits) - 1;
        let kept = if spec.bucket_bits <= BITSET_BITS {
            // Branch-free: every feature is written at `kept`, which moves on when its
            // bucket is new.
            let mut kept = 0;
            for &(h, tag) in feats {
                let b = h & mask;
                let word = at(bits, (b >> 6) as usize);
                let bit = 1u64 << (b & 63);
                put(bits, (b >> 6) as usize, word | bit);
                put(buckets, kept, (b, tag));
                let new = word & bit == 0;
                kept += usize::from(new);
            }
            for &(b, _) in buckets.get(..kept).unwrap_or_default() {
                put(bits, (b >> 6) as usize, 0);
            }
            kept
        } else {
            slots.next_text();
            let mut kept = 0;
            for &(h, tag) in feats {
                if slots.insert(h & mask) {
                    put(buckets, kept, (h & mask, tag));
                    kept += 1;
                }
            }
            kept
        };
        Some(f(buckets.get(..kept).unwrap_or_default()))
    };
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => run(&mut sc),
        // Only if `f` itself read a text on this thread: a scratch of its own.
        Err(_) => run(&mut Scratch::new()),
    })
}

/// The name of the feature whose tag is `tag` (see [`Feature`]) in a folded text: the order
/// of [`pairs_and_grams`] replayed without hashing, for the two features a rule name shows.
pub(super) fn name_at(folded: &str, tag: u32, char_min: usize, char_max: usize) -> Option<Name> {
    let mut place = (tag & PLACE) as usize;
    // The number of words, or `place + 1` when the feature is a word (counted no further).
    let n_words = words_of(folded).take(place + 1).count();
    if place < n_words {
        let (s, e) = words_of(folded).nth(place)?;
        return Some(Name::Span(s, e));
    }
    place -= n_words;
    if place < n_words.saturating_sub(1) {
        let mut pair = words_of(folded).skip(place);
        let (s, _) = pair.next()?;
        let (_, e) = pair.next()?;
        return Some(Name::Span(s, e));
    }
    place -= n_words.saturating_sub(1);
    for (s, e) in words_of(folded) {
        let w = folded.get(s..e)?;
        let ascii = w.is_ascii();
        let chars = if ascii { w.len() } else { w.chars().count() } + 2;
        // Byte offset in ` word ` where its `j`th character starts (as in `pairs_and_grams`).
        let bound = |j: usize| match j {
            j if ascii => Some(j),
            0 => Some(0),
            j if j <= chars - 2 => w.char_indices().nth(j - 1).map(|(i, _)| i + 1),
            j => Some(w.len() + j - (chars - 2)),
        };
        for len in char_min..=char_max {
            let starts = (chars + 1).saturating_sub(len);
            if place < starts {
                return Some(Name::Gram(s, e, bound(place)?, bound(place + len)?));
            }
            place -= starts;
        }
    }
    None
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::new());
}

/// Most bucket bits read with a bit set; a model with more buckets uses a [`StampedSet`].
const BITSET_BITS: u32 = 16;
const BITSET_WORDS: usize = (1 << BITSET_BITS) / 64;

/// Per-thread buffers of [`with_buckets`].
struct Scratch {
    feats: Box<Feats>,
    buckets: Box<Feats>,
    /// One bit a bucket (8 KB); all clear between texts.
    bits: Box<[u64; BITSET_WORDS]>,
    slots: StampedSet,
    words: Vec<(usize, usize)>,
    bounds: Vec<usize>,
    hashes: Vec<u32>,
}

impl Scratch {
    fn new() -> Self {
        Scratch {
            feats: Box::new([(0, 0); MAX_FEATURES]),
            buckets: Box::new([(0, 0); MAX_FEATURES]),
            bits: Box::new([0; BITSET_WORDS]),
            slots: StampedSet::default(),
            words: Vec::new(),
            bounds: Vec::new(),
            hashes: Vec::new(),
        }
    }
}

/// Slots of a [`StampedSet`]: a power of two, twice [`MAX_FEATURES`].
const SLOT_BITS: u32 = 10;
const SLOTS: usize = 1 << SLOT_BITS;
const _: () = assert!(SLOTS >= 2 * MAX_FEATURES);

/// The buckets the current text has used, for models with more than 2^[`BITSET_BITS`]
/// buckets: open addressing over twice [`MAX_FEATURES`] slots (so it never fills), each slot
/// stamped with the text it belongs to, so a new text starts empty without clearing them.
/// Allocated on the first text of such a model.
#[derive(Default)]
struct StampedSet {
    slots: Vec<(u32, u32)>,
    generation: u32,
}

impl StampedSet {
    /// Starts a new text: every slot stamped with an older generation counts as empty.
    fn next_text(&mut self) {
        if self.slots.len() != SLOTS {
            self.slots = vec![(0, 0); SLOTS];
        }
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

    /// Every feature of a text in order (hash, tag), before bucketing.
    fn one_pass(folded: &str, char_min: usize, char_max: usize) -> Vec<(u32, u32)> {
        let spec = Spec {
            bucket_bits: 14,
            char_min,
            char_max,
        };
        let words: Vec<(usize, usize)> = words_of(folded).collect();
        let mut feats = Box::new([(0, 0); MAX_FEATURES]);
        for (i, &w) in words.iter().take(MAX_FEATURES).enumerate() {
            feats[i] = (fnv_bytes(WORD, word_bytes(folded, w)), i as u32 | READABLE);
        }
        let n = words.len().min(MAX_FEATURES);
        let (mut bounds, mut hashes) = (Vec::new(), Vec::new());
        let n = pairs_and_grams(
            folded,
            &words,
            spec,
            (&mut bounds, &mut hashes),
            &mut feats,
            n,
        );
        feats[..n].to_vec()
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
        let long = "sendung ".repeat(40);
        for text in [
            " przesyłka w drodze ",
            " parcel 42 at hub ",
            " 快件离开 上海 ",
            " a bc ",
            long.as_str(),
        ] {
            let feats = one_pass(text, 2, 4);
            for (place, &(h, tag)) in feats.iter().enumerate() {
                assert_eq!((tag & PLACE) as usize, place);
                let name = name_at(text, tag, 2, 4).unwrap();
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
                assert_eq!(tag & READABLE != 0, name.readable(), "{shown:?}");
            }
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

    #[test]
    fn buckets_are_distinct_and_the_set_starts_empty_for_each_text() {
        let spec = Spec {
            bucket_bits: 6,
            char_min: 2,
            char_max: 4,
        };
        for _ in 0..2 {
            for text in [" parcel parcel scanned ", " 快件离开 快件 "] {
                let got = with_buckets(text, spec, |_| true, |b| b.to_vec()).unwrap();
                let mut want: Vec<u32> = Vec::new();
                for (h, _) in one_pass(text, 2, 4) {
                    if !want.contains(&(h & 63)) {
                        want.push(h & 63);
                    }
                }
                assert_eq!(
                    got.iter().map(|p| p.0).collect::<Vec<_>>(),
                    want,
                    "{text:?}"
                );
            }
        }
        // More bucket bits than the bit set holds: the stamped set, same answer.
        let wide = Spec {
            bucket_bits: 20,
            ..spec
        };
        let text = " parcel parcel scanned ";
        let got = with_buckets(text, wide, |_| true, |b| b.len()).unwrap();
        let mut distinct: Vec<u32> = one_pass(text, 2, 4).iter().map(|p| p.0 & 0xfffff).collect();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(got, distinct.len());
        // No known word: nothing read.
        assert!(with_buckets(text, spec, |_| false, |b| b.len()).is_none());
    }
}
