//! The word table: per thread, the summed weights of the words the text model has read.
//!
//! Under format 3 a text's score is the sum of its words' scores and its pairs'
//! (`features.rs`), and carrier texts are made of a few thousand words that repeat far more
//! than whole texts do. So a word's entry keeps, for every head of the model, the sum of the
//! weight rows of its distinct buckets (its word feature and its n-grams), how many buckets
//! that is, and for each status the two readable features that push most towards it (for the
//! rule name). A known word then costs a look-up and one addition of its row of sums instead
//! of hashing each of its n-grams and adding their rows.
//!
//! Bounds: [`SLOTS`] entries of words of at most [`MAX_WORD`] bytes (longer words are read
//! every time, never kept), four-way set associative, the least recently used way replaced
//! (two-way lost 6% of look-ups to conflicts on a vocabulary of 1,000 words).
//! The table is allocated on the first model reading on a thread and never grows:
//! [`bytes`] per thread for a model of the embedded one's shape (counted in
//! `timeline::cache_bytes_per_thread`). A thread that reads with another model empties it
//! first (one model per thread is the expected use: a normalizer reads with one model).

use std::cell::RefCell;

use super::features::WordScratch;

/// Entries kept per thread (a power of two; [`WAYS`] per set).
pub(super) const SLOTS: usize = 4096;
const WAYS: usize = 4;
const SETS: usize = SLOTS / WAYS;
const SET_BITS: u32 = SETS.trailing_zeros();
/// Longest word kept, in bytes.
pub(super) const MAX_WORD: usize = 32;
/// Most features a kept word may have: its sums stay within `i16` (127 per row).
pub(super) const MAX_KEPT_FEATURES: usize = (i16::MAX as usize) / 127;

/// A word's best feature for one status: its weight (0: none), bucket and place in
/// ` word ` (`a == b`: the word itself; n-grams past byte 255 of a word are not named).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Top {
    pub bucket: u32,
    pub a: u8,
    pub b: u8,
    pub weight: i8,
}

/// What a word adds to a text's score.
pub(super) struct Entry<'a> {
    /// Summed weights over the model's lanes (every head's classes, see `model.rs`).
    pub lanes: Lanes<'a>,
    /// Distinct buckets of the word.
    pub count: u32,
    /// For each status of the model's status head: the word's two best readable features,
    /// best first (ties: the earlier in the trainer's order).
    pub tops: &'a [[Top; 2]],
}

/// A word's sums: kept (`i16`) or computed for this text only (`i32`).
pub(super) enum Lanes<'a> {
    Kept(&'a [i16]),
    Fresh(&'a [i32]),
}

/// The shape of the model the table holds entries for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shape {
    pub model: u64,
    /// Lanes per entry.
    pub stride: usize,
    /// Statuses of the status head.
    pub statuses: usize,
}

/// A word computed by the model: sums (`i32`, `stride` lanes), count, tops.
#[derive(Default)]
pub(super) struct Fresh {
    pub lanes: Vec<i32>,
    pub count: u32,
    pub tops: Vec<[Top; 2]>,
}

struct Table {
    shape: Option<Shape>,
    /// Digit-folded word bytes of each slot; length 0: empty.
    keys: Vec<[u8; MAX_WORD]>,
    lens: Vec<u8>,
    /// Word hash of each slot: compared first.
    hashes: Vec<u32>,
    counts: Vec<u16>,
    lanes: Vec<i16>,
    tops: Vec<[Top; 2]>,
    /// Per slot: when it was last read (the set's oldest is replaced on a miss).
    used: Vec<u32>,
    clock: u32,
    /// A word not kept (too long, too many features), and a kept word's computation.
    fresh: Fresh,
    /// Buffers for computing a word's features.
    scratch: WordScratch,
    /// Hits and misses so far, for tests.
    #[cfg(test)]
    counts_hm: (usize, usize),
}

impl Table {
    fn new() -> Table {
        Table {
            shape: None,
            keys: Vec::new(),
            lens: Vec::new(),
            hashes: Vec::new(),
            counts: Vec::new(),
            lanes: Vec::new(),
            tops: Vec::new(),
            used: Vec::new(),
            clock: 0,
            fresh: Fresh::default(),
            scratch: WordScratch::default(),
            #[cfg(test)]
            counts_hm: (0, 0),
        }
    }

    /// Makes the table hold entries of `shape`, emptied if it held another model's.
    fn prepare(&mut self, shape: Shape) {
        if self.shape == Some(shape) {
            return;
        }
        self.shape = Some(shape);
        self.keys = vec![[0; MAX_WORD]; SLOTS];
        self.lens = vec![0; SLOTS];
        self.hashes = vec![0; SLOTS];
        self.counts = vec![0; SLOTS];
        self.lanes = vec![0; SLOTS * shape.stride];
        self.tops = vec![[Top::default(); 2]; SLOTS * shape.statuses];
        self.used = vec![0; SLOTS];
        self.clock = 0;
    }

    /// The slot holding `key` (a digit-folded word of `len` bytes, zero-padded) in set
    /// `set`, if any.
    fn find(&self, set: usize, hash: u32, key: &[u8; MAX_WORD], len: usize) -> Option<usize> {
        (WAYS * set..WAYS * set + WAYS).find(|&slot| {
            self.hashes.get(slot) == Some(&hash)
                && self.lens.get(slot).is_some_and(|&l| usize::from(l) == len)
                && self.keys.get(slot) == Some(key)
        })
    }

    /// The slot of set `set` read longest ago (or never).
    fn oldest(&self, set: usize) -> usize {
        let ways = WAYS * set..WAYS * set + WAYS;
        let now = self.clock;
        ways.max_by_key(|&slot| now.wrapping_sub(self.used.get(slot).copied().unwrap_or(0)))
            .unwrap_or(WAYS * set)
    }
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::new());
}

/// Bytes a full table holds for a model of `shape` (its vectors; the table itself is a few
/// words).
pub(super) fn bytes(stride: usize, statuses: usize) -> usize {
    SLOTS
        * (MAX_WORD
            + 1
            + std::mem::size_of::<u16>()
            + std::mem::size_of::<u32>()
            + stride * std::mem::size_of::<i16>()
            + statuses * std::mem::size_of::<[Top; 2]>())
        + SLOTS * std::mem::size_of::<u32>()
}

/// Calls `f` with the entry of `word` (raw bytes of the folded text, `hash` its word hash),
/// computing it with `compute` when not kept (then kept when it fits).
pub(super) fn with_entry<R>(
    shape: Shape,
    word: &[u8],
    hash: u32,
    compute: impl FnOnce(&[u8], &mut Fresh, &mut WordScratch),
    f: impl FnOnce(Entry<'_>) -> R,
) -> R {
    TABLE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut t) => entry_in(&mut t, shape, word, hash, compute, f),
        // Only if `f` itself read a text on this thread: a table of its own.
        Err(_) => entry_in(&mut Table::new(), shape, word, hash, compute, f),
    })
}

fn fresh_entry(fresh: &Fresh) -> Entry<'_> {
    Entry {
        lanes: Lanes::Fresh(&fresh.lanes),
        count: fresh.count,
        tops: &fresh.tops,
    }
}

fn entry_in<R>(
    t: &mut Table,
    shape: Shape,
    word: &[u8],
    hash: u32,
    compute: impl FnOnce(&[u8], &mut Fresh, &mut WordScratch),
    f: impl FnOnce(Entry<'_>) -> R,
) -> R {
    if word.len() > MAX_WORD {
        compute(word, &mut t.fresh, &mut t.scratch);
        return f(fresh_entry(&t.fresh));
    }
    t.prepare(shape);
    // The word as kept: digit-folded, zero-padded.
    let mut key = [0u8; MAX_WORD];
    for (k, &w) in key.iter_mut().zip(word) {
        *k = super::features::digit_folded(w);
    }
    // Fibonacci hashing spreads the word hashes' low bits over the sets.
    let set = (hash.wrapping_mul(0x9e37_79b9) >> (32 - SET_BITS)) as usize;
    let slot = match t.find(set, hash, &key, word.len()) {
        Some(slot) => {
            #[cfg(test)]
            {
                t.counts_hm.0 += 1;
            }
            slot
        }
        None => {
            #[cfg(test)]
            {
                t.counts_hm.1 += 1;
            }
            compute(word, &mut t.fresh, &mut t.scratch);
            if t.fresh.count as usize > MAX_KEPT_FEATURES {
                return f(fresh_entry(&t.fresh));
            }
            let slot = t.oldest(set);
            keep(t, shape, slot, (&key, word.len()), hash);
            slot
        }
    };
    t.clock = t.clock.wrapping_add(1);
    if let Some(u) = t.used.get_mut(slot) {
        *u = t.clock;
    }
    let (stride, statuses) = (shape.stride, shape.statuses);
    f(Entry {
        lanes: Lanes::Kept(
            t.lanes
                .get(slot * stride..(slot + 1) * stride)
                .unwrap_or_default(),
        ),
        count: u32::from(t.counts.get(slot).copied().unwrap_or(0)),
        tops: t
            .tops
            .get(slot * statuses..(slot + 1) * statuses)
            .unwrap_or_default(),
    })
}

/// Stores `t.fresh` (which fits: at most [`MAX_KEPT_FEATURES`] features) as `word`'s entry in
/// `slot`.
fn keep(t: &mut Table, shape: Shape, slot: usize, (key, len): (&[u8; MAX_WORD], usize), hash: u32) {
    let (stride, statuses) = (shape.stride, shape.statuses);
    if let Some(k) = t.keys.get_mut(slot) {
        *k = *key;
    }
    if let Some(l) = t.lens.get_mut(slot) {
        *l = len as u8;
    }
    if let Some(h) = t.hashes.get_mut(slot) {
        *h = hash;
    }
    if let Some(c) = t.counts.get_mut(slot) {
        *c = t.fresh.count as u16;
    }
    if let Some(lanes) = t.lanes.get_mut(slot * stride..(slot + 1) * stride) {
        for (k, &v) in lanes.iter_mut().zip(&t.fresh.lanes) {
            // Within i16: at most MAX_KEPT_FEATURES rows of int8.
            *k = v as i16;
        }
    }
    if let Some(tops) = t.tops.get_mut(slot * statuses..(slot + 1) * statuses) {
        for (k, &v) in tops.iter_mut().zip(&t.fresh.tops) {
            *k = v;
        }
    }
}

/// Calls `f` with this thread's feature buffers (for reading a text's features one word at
/// a time without keeping them).
pub(super) fn with_scratch<R>(f: impl FnOnce(&mut WordScratch) -> R) -> R {
    TABLE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut t) => f(&mut t.scratch),
        Err(_) => f(&mut WordScratch::default()),
    })
}

/// This thread's (hits, misses) so far.
#[cfg(test)]
pub(super) fn counts() -> (usize, usize) {
    TABLE.with(|t| t.borrow().counts_hm)
}
