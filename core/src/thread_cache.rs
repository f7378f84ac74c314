//! The one kind of cache that outlives a call: a bounded table per thread, from a key's bytes
//! to a value that is a pure function of them. Carrier feeds repeat the same few hundred
//! texts in shipment after shipment, so their readings are kept where the next shipment on
//! the same thread finds them. Two tables: the readings (`normalize/readings.rs`: a whole
//! event's reading for the timeline's memo and the text model's reading of a folded text, in
//! one table with one bound) and the scan places' zones (`timeline/memo.rs`).
//!
//! The rules every such table follows, kept here once:
//! - The key holds everything the value depends on, including who computed it (a
//!   normalizer's or model's id as its first bytes), so readings of two normalizers used in
//!   turn on one thread live side by side instead of wiping each other.
//! - A key longer than the table's `max_key` bytes is computed every time and never kept
//!   (such texts rarely repeat word for word, and they would dominate memory).
//! - A table empties itself when it holds `max_entries` keys: a stream of distinct inputs
//!   costs one clearing per `max_entries` misses, and the heap stays under
//!   `timeline::cache_bytes_per_thread`.
//! - Nothing is computed while the table is borrowed, so a computation may use other tables
//!   (or, for the readings, the same one: a memo miss reads its text through the model's
//!   entries).

use std::cell::RefCell;
use std::thread::LocalKey;

use crate::fast_hash::FastMap;

/// One thread's table (declare it with `thread_local!` and use it through
/// [`get_or_insert_with`]).
pub(crate) struct Bounded<V> {
    max_entries: usize,
    max_key: usize,
    map: FastMap<Box<[u8]>, V>,
    /// Hits and misses so far, for tests.
    #[cfg(test)]
    counts: std::cell::Cell<(usize, usize)>,
}

/// A per-thread table as `thread_local!` declares it.
pub(crate) type PerThread<V> = LocalKey<RefCell<Bounded<V>>>;

impl<V> Bounded<V> {
    /// An empty table that keeps at most `max_entries` keys of at most `max_key` bytes.
    pub(crate) fn new(max_entries: usize, max_key: usize) -> Self {
        Bounded {
            max_entries,
            max_key,
            map: FastMap::default(),
            #[cfg(test)]
            counts: std::cell::Cell::new((0, 0)),
        }
    }

    /// Keys held now.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    /// (hits, misses) so far on this thread.
    #[cfg(test)]
    pub(crate) fn counts(&self) -> (usize, usize) {
        self.counts.get()
    }
}

/// The most heap a full table holds, in bytes, when each key has at most `max_key` bytes
/// and each value owns at most `value_heap` bytes of its own: hashbrown keeps `max_entries`
/// entries in the next power of two of 8/7 as many slots, each an entry and one control
/// byte, and every key is a boxed slice.
pub(crate) fn bound_bytes<V>(max_entries: usize, max_key: usize, value_heap: usize) -> usize {
    let slots = (max_entries * 8 / 7).next_power_of_two();
    let slot = std::mem::size_of::<(Box<[u8]>, V)>() + 1;
    slots * slot + max_entries * (max_key + value_heap)
}

/// What a look-up found.
enum Found<V> {
    Hit(V),
    Miss,
    /// The key is too long to keep, or the table is in use (never, see the module doc).
    NotKept,
}

/// The value for `key` in this thread's `table`, or `compute()`'s, which is then kept.
pub(crate) fn get_or_insert_with<V: Clone + 'static>(
    table: &'static PerThread<V>,
    key: &[u8],
    compute: impl FnOnce() -> V,
) -> V {
    let found = table.with(|t| {
        let Ok(t) = t.try_borrow() else {
            return Found::NotKept;
        };
        if key.len() > t.max_key {
            return Found::NotKept;
        }
        let hit = t.map.get(key).cloned();
        #[cfg(test)]
        {
            let (h, m) = t.counts.get();
            t.counts.set(if hit.is_some() {
                (h + 1, m)
            } else {
                (h, m + 1)
            });
        }
        hit.map_or(Found::Miss, Found::Hit)
    });
    match found {
        Found::Hit(v) => v,
        Found::NotKept => compute(),
        Found::Miss => {
            let v = compute();
            table.with(|t| {
                if let Ok(mut t) = t.try_borrow_mut() {
                    if t.map.len() >= t.max_entries {
                        t.map.clear();
                    }
                    t.map.insert(key.into(), v.clone());
                }
            });
            v
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static TABLE: RefCell<Bounded<u32>> = RefCell::new(Bounded::new(4, 8));
    }

    fn len() -> usize {
        TABLE.with(|t| t.borrow().len())
    }

    #[test]
    fn keeps_short_keys_and_empties_itself_when_full() {
        let mut calls = 0;
        let mut get = |key: &[u8], v: u32| {
            get_or_insert_with(&TABLE, key, || {
                calls += 1;
                v
            })
        };
        assert_eq!(get(b"a", 1), 1);
        // Kept: a second call does not compute, and returns the kept value.
        assert_eq!(get(b"a", 99), 1);
        // Too long to keep: computed every time.
        assert_eq!(get(b"123456789", 2), 2);
        assert_eq!(get(b"123456789", 3), 3);
        for (i, k) in [b"b", b"c", b"d"].iter().enumerate() {
            get(*k, i as u32);
        }
        assert_eq!(len(), 4);
        // Full: the next new key empties the table first.
        get(b"e", 5);
        assert_eq!(len(), 1);
        assert_eq!(calls, 7);
        assert_eq!(TABLE.with(|t| t.borrow().counts()), (1, 5));
    }
}
