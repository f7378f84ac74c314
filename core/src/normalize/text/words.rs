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
//! Layout: a set's four ways keep their word hash, length, feature count, age and stamp side
//! by side in one 64-byte line ([`Set`]), so a look-up reads one line before it compares a
//! key; a slot's lanes are one run of `i16`, its names another. A word is looked up once per
//! text: the caller adds its status lanes and remembers its slot and stamp ([`Kept`]); the
//! lanes of the one label head the chosen status needs, and that status's names, are then
//! read straight from the slot ([`Table::lanes`], [`Table::tops`]), unless a later word of
//! the same text took the slot (its stamp changed), when the word is looked up again.
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
///
/// Chinese and Japanese scan texts run many characters without a space (a 14-character
/// word is 42 bytes), and a word too long to keep is computed afresh on every reading.
pub(super) const MAX_WORD: usize = 64;
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

/// Where a kept word lives: its slot and the stamp the slot had when the word was read (a
/// later word that takes the slot changes the stamp).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Kept {
    pub slot: u32,
    pub stamp: u32,
}

/// What a word adds to a text's score.
pub(super) struct Entry<'a> {
    /// Summed weights over the model's lanes (every head's classes, see `model.rs`).
    pub lanes: Lanes<'a>,
    /// Distinct buckets of the word.
    pub count: u32,
    /// At least the largest magnitude of its lanes (a bound that tells when a text's sums
    /// fit in `i16`: `scores::Wide`).
    pub peak: u32,
    /// For each status of the model's status head: the word's two best readable features,
    /// best first (ties: the earlier in the trainer's order).
    pub tops: &'a [[Top; 2]],
    /// Where the word is kept (`None`: not kept, computed for this text only).
    pub kept: Option<Kept>,
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

/// One way of a set: what a look-up compares before the key, and what a hit reads besides
/// the lanes.
#[derive(Debug, Clone, Copy, Default)]
struct Way {
    /// Word hash (compared first).
    hash: u32,
    /// When the way was last read (the set's oldest is replaced on a miss).
    used: u32,
    /// Changes each time the way takes a word.
    stamp: u32,
    /// Distinct buckets of the word.
    count: u16,
    /// Bytes of the word; 0: empty.
    len: u8,
    /// The largest magnitude of its lanes in units of [`PEAK_UNIT`], rounded up.
    peak: u8,
}

/// The unit of [`Way::peak`] (an `i16` lane is at most 128 of them).
const PEAK_UNIT: u32 = 256;

/// A set's ways in one cache line.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct Set {
    ways: [Way; WAYS],
}

const _: () = assert!(std::mem::size_of::<Set>() == 64);

/// One thread's word table.
pub(super) struct Table {
    shape: Option<Shape>,
    sets: Vec<Set>,
    /// Digit-folded word bytes of each slot, zero-padded.
    keys: Vec<[u8; MAX_WORD]>,
    /// `stride` summed lanes per slot.
    lanes: Vec<i16>,
    /// `statuses` pairs of names per slot.
    tops: Vec<[Top; 2]>,
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
            sets: Vec::new(),
            keys: Vec::new(),
            lanes: Vec::new(),
            tops: Vec::new(),
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
        self.sets = vec![Set::default(); SETS];
        self.keys = vec![[0; MAX_WORD]; SLOTS];
        self.lanes = vec![0; SLOTS * shape.stride];
        self.tops = vec![[Top::default(); 2]; SLOTS * shape.statuses];
        self.clock = 0;
    }

    fn way(&self, slot: usize) -> Option<&Way> {
        self.sets.get(slot / WAYS)?.ways.get(slot % WAYS)
    }

    fn way_mut(&mut self, slot: usize) -> Option<&mut Way> {
        self.sets.get_mut(slot / WAYS)?.ways.get_mut(slot % WAYS)
    }

    /// The entry of `word` (raw bytes of the folded text, `hash` its word hash), computed
    /// with `compute` when not kept (then kept when it fits).
    pub(super) fn entry(
        &mut self,
        word: &[u8],
        hash: u32,
        compute: impl FnOnce(&[u8], &mut Fresh, &mut WordScratch),
    ) -> Entry<'_> {
        let Some(shape) = self.shape else {
            return Entry {
                lanes: Lanes::Fresh(&[]),
                count: 0,
                peak: 0,
                tops: &[],
                kept: None,
            };
        };
        if word.len() > MAX_WORD {
            compute(word, &mut self.fresh, &mut self.scratch);
            return fresh_entry(&self.fresh);
        }
        // Fibonacci hashing spreads the word hashes' low bits over the sets.
        let set = (hash.wrapping_mul(0x9e37_79b9) >> (32 - SET_BITS)) as usize;
        self.clock = self.clock.wrapping_add(1);
        let now = self.clock;
        let found = self.sets.get(set).and_then(|s| {
            s.ways
                .iter()
                .position(|w| w.hash == hash && usize::from(w.len) == word.len() && w.len > 0)
        });
        // The key is compared only when hash and length agree; it is kept digit-folded.
        // Folding digits twice changes nothing, so a word equal to the key byte for byte
        // is that word (one `memcmp`: the words of a folded text hold no digit); only a
        // word that differs is compared again with its digits folded.
        let found = found.map(|way| WAYS * set + way).filter(|&slot| {
            self.keys.get(slot).is_some_and(|k| {
                k.get(..word.len()) == Some(word)
                    || k.iter()
                        .zip(word)
                        .all(|(&k, &w)| k == super::features::digit_folded(w))
            })
        });
        let slot = match found {
            Some(slot) => {
                #[cfg(test)]
                {
                    self.counts_hm.0 += 1;
                }
                slot
            }
            None => {
                #[cfg(test)]
                {
                    self.counts_hm.1 += 1;
                }
                compute(word, &mut self.fresh, &mut self.scratch);
                if self.fresh.count as usize > MAX_KEPT_FEATURES {
                    return fresh_entry(&self.fresh);
                }
                // The word as kept: digit-folded, zero-padded.
                let mut key = [0u8; MAX_WORD];
                for (k, &w) in key.iter_mut().zip(word) {
                    *k = super::features::digit_folded(w);
                }
                let slot = self.oldest(set);
                self.keep(shape, slot, (&key, word.len()), hash, now);
                slot
            }
        };
        let (count, stamp, peak) = match self.way_mut(slot) {
            Some(w) => {
                w.used = now;
                (u32::from(w.count), w.stamp, u32::from(w.peak) * PEAK_UNIT)
            }
            None => (0, 0, 0),
        };
        let (stride, statuses) = (shape.stride, shape.statuses);
        Entry {
            lanes: Lanes::Kept(
                self.lanes
                    .get(slot * stride..(slot + 1) * stride)
                    .unwrap_or_default(),
            ),
            count,
            peak,
            tops: self
                .tops
                .get(slot * statuses..(slot + 1) * statuses)
                .unwrap_or_default(),
            kept: Some(Kept {
                slot: slot as u32,
                stamp,
            }),
        }
    }

    /// The slot of `kept` (a word of hash `hash`) if it still holds that word.
    fn holds(&self, kept: Kept, hash: u32) -> Option<(usize, Shape)> {
        let slot = kept.slot as usize;
        let w = self.way(slot)?;
        (w.stamp == kept.stamp && w.hash == hash && w.len > 0)
            .then_some(slot)
            .zip(self.shape)
    }

    /// The summed lanes of the word kept at `kept` (word hash `hash`), if the slot still
    /// holds it.
    pub(super) fn lanes(&self, kept: Kept, hash: u32) -> Option<&[i16]> {
        let (slot, shape) = self.holds(kept, hash)?;
        let stride = shape.stride;
        self.lanes.get(slot * stride..(slot + 1) * stride)
    }

    /// The names of status `status` of the word kept at `kept` (word hash `hash`), if the
    /// slot still holds it.
    pub(super) fn tops(&self, kept: Kept, hash: u32, status: usize) -> Option<[Top; 2]> {
        let (slot, shape) = self.holds(kept, hash)?;
        let statuses = shape.statuses;
        (status < statuses)
            .then(|| self.tops.get(slot * statuses + status).copied())
            .flatten()
    }

    /// The way of set `set` read longest ago (or never).
    fn oldest(&self, set: usize) -> usize {
        let now = self.clock;
        let ways = self.sets.get(set).map(|s| s.ways).unwrap_or_default();
        let way = (0..WAYS)
            .max_by_key(|&i| now.wrapping_sub(ways.get(i).map_or(0, |w| w.used)))
            .unwrap_or(0);
        WAYS * set + way
    }

    /// Stores `self.fresh` (which fits: at most [`MAX_KEPT_FEATURES`] features) as `word`'s
    /// entry in `slot`, stamped `stamp`.
    fn keep(
        &mut self,
        shape: Shape,
        slot: usize,
        (key, len): (&[u8; MAX_WORD], usize),
        hash: u32,
        stamp: u32,
    ) {
        let (stride, statuses) = (shape.stride, shape.statuses);
        let count = self.fresh.count as u16;
        let peak = fresh_peak(&self.fresh).div_ceil(PEAK_UNIT).min(255) as u8;
        if let Some(w) = self.way_mut(slot) {
            *w = Way {
                hash,
                used: stamp,
                stamp,
                count,
                len: len as u8,
                peak,
            };
        }
        if let Some(k) = self.keys.get_mut(slot) {
            *k = *key;
        }
        if let Some(lanes) = self.lanes.get_mut(slot * stride..(slot + 1) * stride) {
            for (k, &v) in lanes.iter_mut().zip(&self.fresh.lanes) {
                // Within i16: at most MAX_KEPT_FEATURES rows of int8.
                *k = v as i16;
            }
        }
        if let Some(tops) = self.tops.get_mut(slot * statuses..(slot + 1) * statuses) {
            for (k, &v) in tops.iter_mut().zip(&self.fresh.tops) {
                *k = v;
            }
        }
    }
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::new());
}

/// Bytes a full table holds for a model of `shape` (its vectors; the table itself is a few
/// words).
pub(super) fn bytes(stride: usize, statuses: usize) -> usize {
    SETS * std::mem::size_of::<Set>()
        + SLOTS
            * (MAX_WORD
                + stride * std::mem::size_of::<i16>()
                + statuses * std::mem::size_of::<[Top; 2]>())
}

/// Calls `f` with this thread's word table, holding entries of `shape`.
pub(super) fn with_table<R>(shape: Shape, f: impl FnOnce(&mut Table) -> R) -> R {
    TABLE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut t) => {
            t.prepare(shape);
            f(&mut t)
        }
        // Only if `f` itself read a text on this thread: a table of its own.
        Err(_) => {
            let mut t = Table::new();
            t.prepare(shape);
            f(&mut t)
        }
    })
}

/// The largest magnitude of a computed word's lanes.
fn fresh_peak(fresh: &Fresh) -> u32 {
    fresh
        .lanes
        .iter()
        .map(|v| v.unsigned_abs())
        .max()
        .unwrap_or(0)
}

fn fresh_entry(fresh: &Fresh) -> Entry<'_> {
    Entry {
        lanes: Lanes::Fresh(&fresh.lanes),
        count: fresh.count,
        peak: fresh_peak(fresh),
        tops: &fresh.tops,
        kept: None,
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
