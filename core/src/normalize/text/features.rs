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
    pub(super) fn text(self, folded: &str) -> String {
        match self {
            Name::Span(s, e) => folded.get(s..e).unwrap_or_default().to_string(),
            Name::Gram(s, e, a, b) => {
                let padded = format!(" {} ", folded.get(s..e).unwrap_or_default());
                padded.get(a..b).unwrap_or_default().replace(' ', "_")
            }
        }
    }
}

/// The distinct buckets of a text, in the order first seen, each with the index (in `names`) of the first
/// feature that fell into it.
pub(super) struct Scored {
    pub buckets: Vec<(u32, u16)>,
    pub names: Vec<Name>,
}

/// Calls `f(hash, name)` for each feature of a folded text, in the trainer's order, at
/// most [`MAX_FEATURES`] times. Hashes are computed in place (no padded copy of a word,
/// digits read as `0` on the fly): the n-grams of ` word ` read the virtual spaces at
/// either end.
pub(super) fn for_each_feature(
    folded: &str,
    char_min: usize,
    char_max: usize,
    mut f: impl FnMut(u32, Name),
) {
    let mut n = 0usize;
    let mut emit = |h: u32, name: Name| {
        if n < MAX_FEATURES {
            n += 1;
            f(h, name);
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
        emit(fnv_bytes(fnv_step(FNV_INIT, b'w'), w), Name::Span(s, e));
    }
    let mut prev: Option<(usize, &[u8])> = None;
    for (s, e, w) in words() {
        if let Some((ps, p)) = prev {
            let h = fnv_bytes(fnv_step(fnv_bytes(fnv_step(FNV_INIT, b'b'), p), b' '), w);
            emit(h, Name::Span(ps, e));
        }
        prev = Some((s, w));
    }
    // Character boundaries of ` word ` (byte offsets into the padded word).
    let mut bounds: Vec<usize> = Vec::with_capacity(32);
    for (s, e, w) in words() {
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
        let byte = |i: usize| -> u8 {
            if i == 0 || i > w.len() {
                b' '
            } else {
                w.get(i - 1).copied().map_or(b' ', digit_folded)
            }
        };
        for len in char_min..=char_max {
            for start in 0..(chars + 1).saturating_sub(len) {
                let (Some(&a), Some(&b)) = (bounds.get(start), bounds.get(start + len)) else {
                    continue;
                };
                let h = (a..b).fold(fnv_step(FNV_INIT, b'c'), |h, i| fnv_step(h, byte(i)));
                emit(h, Name::Gram(s, e, a, b));
            }
        }
    }
}

/// The distinct buckets of a folded text, each with one feature name (the first feature,
/// in the trainer's order, that fell into the bucket). Repeated buckets are found with a
/// per-thread set that is never cleared (a generation number per text): no sort, no
/// allocation, no 4 KB memset per text.
pub(super) fn scored(folded: &str, bucket_bits: u32, char_min: usize, char_max: usize) -> Scored {
    let mask = (1u32 << bucket_bits) - 1;
    let mut names: Vec<Name> = Vec::with_capacity(64);
    let mut buckets: Vec<(u32, u16)> = Vec::with_capacity(64);
    SEEN.with(|seen| {
        let Ok(mut seen) = seen.try_borrow_mut() else {
            return;
        };
        seen.next_text();
        for_each_feature(folded, char_min, char_max, |h, name| {
            let b = h & mask;
            if seen.insert(b) {
                // At most MAX_FEATURES (512) names: the index fits in a u16.
                buckets.push((b, names.len() as u16));
            }
            names.push(name);
        });
    });
    Scored { buckets, names }
}

/// The hash of a word feature (the vocabulary set's key).
pub(super) fn word_hash(word: &str) -> u32 {
    fnv_bytes(fnv_step(FNV_INIT, b'w'), word.as_bytes())
}

thread_local! {
    static SEEN: std::cell::RefCell<BucketSet> = std::cell::RefCell::new(BucketSet::new());
}

/// Which buckets the current text has already used: open addressing over twice
/// [`MAX_FEATURES`] slots (so it never fills), each slot stamped with the text it belongs
/// to, so a new text starts empty without clearing the slots.
struct BucketSet {
    slots: Vec<(u32, u32)>,
    generation: u32,
}

impl BucketSet {
    fn new() -> Self {
        BucketSet {
            slots: vec![(0, 0); 2 * MAX_FEATURES],
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
        let n = self.slots.len();
        // Fibonacci hashing spreads neighbouring buckets over the slots.
        let mut i = (b.wrapping_mul(0x9e37_79b9) >> 22) as usize % n;
        for _ in 0..n {
            match self.slots.get_mut(i) {
                Some(slot) if slot.1 != self.generation => {
                    *slot = (b, self.generation);
                    return true;
                }
                Some(slot) if slot.0 == b => return false,
                _ => i = (i + 1) % n,
            }
        }
        false
    }
}

/// Digits are one shape to the model: every ASCII digit reads as `0`.
#[inline]
fn digit_folded(b: u8) -> u8 {
    if b.is_ascii_digit() { b'0' } else { b }
}

/// 32-bit FNV-1a (Fowler, Noll, Vo; the parameters of the FNV specification,
/// draft-eastlake-fnv): the offset basis, one step per byte. A feature hashes its kind byte
/// then its UTF-8 bytes.
const FNV_INIT: u32 = 0x811c_9dc5;

#[inline]
fn fnv_step(h: u32, b: u8) -> u32 {
    (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
}

/// Hashes `bytes` on from `h`, each digit read as `0` ([`digit_folded`]).
#[inline]
fn fnv_bytes(h: u32, bytes: &[u8]) -> u32 {
    bytes.iter().fold(h, |h, &b| fnv_step(h, digit_folded(b)))
}
