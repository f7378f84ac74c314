//! The one kind of cache that outlives a call: a bounded table per thread, from a key's bytes
//! to a value that is a pure function of them. Carrier feeds repeat the same few hundred
//! texts in shipment after shipment, so their readings are kept where the next shipment on
//! the same thread finds them. Three tables: the readings (`normalize/readings.rs`: a whole
//! event's reading for the timeline's memo and the text model's reading of a folded text, in
//! one table with one bound), the text rules' readings of folded texts
//! (`normalize/text/hits.rs`) and the scan places' zones (`timeline/memo.rs`).
//!
//! The rules every such table follows, kept here once:
//! - The key holds everything the value depends on, including who computed it (a
//!   normalizer's or model's id as its first bytes), so readings of two normalizers used in
//!   turn on one thread live side by side instead of wiping each other.
//! - A key longer than the table's `max_key` bytes is computed every time and never kept
//!   (such texts rarely repeat word for word, and they would dominate memory).
//! - A table has a fixed size, allocated whole at its first insert: `max_entries` slots in
//!   sets of two (a key's hash picks its set), and a ring of `max_entries * max_key` bytes
//!   that holds the keys. A new key goes into a free way of its set, else over the way not
//!   used last, so a key read in every shipment survives a stream of new ones; its bytes are
//!   appended to the ring. An entry whose key bytes the ring has since written over is dead
//!   (never compared, reused first). So an insert allocates nothing, never rehashes, and
//!   never walks other entries (the table never empties itself in one go, as it did while it
//!   was a hash map cleared when full: every few hundred shipments of new texts that cleared
//!   4,096 boxed keys at once, and dropped the hot readings with them). The heap stays under
//!   `timeline::cache_bytes_per_thread`.
//! - Nothing is computed while the table is borrowed, so a computation may use other tables
//!   (or, for the readings, the same one: a memo miss reads its text through the model's
//!   entries).

use std::cell::RefCell;
use std::hash::Hasher;
use std::thread::LocalKey;

use crate::fast_hash::FxHasher;

/// Ways per set: two, so a hot key and a stream of new keys share a set without the stream
/// evicting the hot key (the way used last is kept).
const WAYS: usize = 2;

/// A kept value, with where its key lies in the ring.
struct Entry<V> {
    /// The key's hash (compared before the bytes).
    hash: u64,
    /// The key's first byte in the ring, as an absolute position (the ring index is
    /// `at % ring.len()`): the key is still there while `pos <= at + ring.len()`.
    at: u64,
    /// The key's length.
    len: u32,
    value: V,
}

/// One thread's table (declare it with `thread_local!` and use it through
/// [`get_or_insert_with`]).
pub(crate) struct Bounded<V> {
    max_entries: usize,
    max_key: usize,
    /// `WAYS` slots per set, set after set; empty until the first insert.
    slots: Vec<Option<Entry<V>>>,
    /// Per set, the way used last (kept on the next insert into the set).
    recent: Vec<u8>,
    /// The keys' bytes, appended in turn and written over when the ring wraps; a key never
    /// straddles the end (it starts again at index 0).
    ring: Vec<u8>,
    /// Absolute position of the next key byte written.
    pos: u64,
    /// Hits and misses so far, for tests.
    #[cfg(test)]
    counts: std::cell::Cell<(usize, usize)>,
}

/// A per-thread table as `thread_local!` declares it.
pub(crate) type PerThread<V> = LocalKey<RefCell<Bounded<V>>>;

/// Sets for `max_entries` slots (a power of two, at least one set).
fn sets_for(max_entries: usize) -> usize {
    (max_entries / WAYS).max(1).next_power_of_two()
}

impl<V> Bounded<V> {
    /// An empty table that keeps at most `max_entries` keys of at most `max_key` bytes
    /// (nothing is allocated until the first insert).
    pub(crate) fn new(max_entries: usize, max_key: usize) -> Self {
        Bounded {
            max_entries,
            max_key,
            slots: Vec::new(),
            recent: Vec::new(),
            ring: Vec::new(),
            pos: 0,
            #[cfg(test)]
            counts: std::cell::Cell::new((0, 0)),
        }
    }

    /// The first slot of the set of a key with this hash (the hash's high bits pick the
    /// set: the multiplicative hash mixes them best).
    fn first_slot(&self, hash: u64) -> usize {
        let sets = self.recent.len().max(1);
        let bits = sets.trailing_zeros();
        let set = if bits == 0 {
            0
        } else {
            (hash >> (64 - bits)) as usize
        };
        set * WAYS
    }

    /// Whether `e`'s key bytes are still in the ring.
    fn live(&self, e: &Entry<V>) -> bool {
        self.pos - e.at <= self.ring.len() as u64
    }

    /// `e`'s key bytes (empty when written over).
    fn key_of(&self, e: &Entry<V>) -> &[u8] {
        if !self.live(e) {
            return &[];
        }
        let start = (e.at % self.ring.len().max(1) as u64) as usize;
        self.ring.get(start..start + e.len as usize).unwrap_or(&[])
    }

    /// The way of the set starting at `first` that holds `key`, if any.
    fn find(&self, hash: u64, first: usize, key: &[u8]) -> Option<usize> {
        (0..WAYS).find(|&w| {
            self.slots
                .get(first + w)
                .and_then(Option::as_ref)
                .is_some_and(|e| {
                    e.hash == hash
                        && e.len as usize == key.len()
                        && self.live(e)
                        && self.key_of(e) == key
                })
        })
    }

    /// Keeps `value` under `key` (at most `max_key` bytes), over a free or dead way of its
    /// set, else over the way not used last.
    #[cfg(test)]
    fn insert(&mut self, key: &[u8], value: V) {
        self.insert_hashed(hash_of(key), key, value);
    }

    /// [`Bounded::insert`] of a key whose [`hash_of`] is known (a miss computed it).
    fn insert_hashed(&mut self, hash: u64, key: &[u8], value: V) {
        if self.slots.is_empty() {
            let sets = sets_for(self.max_entries);
            self.slots.resize_with(sets * WAYS, || None);
            self.recent = vec![0; sets];
            // Zeroed pages: the ring costs memory only as keys are written into it.
            self.ring = vec![0; (sets * WAYS).saturating_mul(self.max_key).max(1)];
        }
        let first = self.first_slot(hash);
        if self.find(hash, first, key).is_some() {
            return;
        }
        let ring_len = self.ring.len() as u64;
        let len = key.len() as u64;
        if len > ring_len {
            return;
        }
        // A key does not straddle the ring's end: it starts again at index 0.
        if self.pos % ring_len + len > ring_len {
            self.pos += ring_len - self.pos % ring_len;
        }
        let at = self.pos;
        let start = (at % ring_len) as usize;
        if let Some(dst) = self.ring.get_mut(start..start + key.len()) {
            dst.copy_from_slice(key);
        }
        self.pos += len;
        let set = first / WAYS;
        let recent = self.recent.get(set).copied().unwrap_or(0) as usize;
        let way = (0..WAYS)
            .find(|&w| {
                self.slots
                    .get(first + w)
                    .and_then(Option::as_ref)
                    .is_none_or(|e| !self.live(e))
            })
            .unwrap_or((recent + 1) % WAYS);
        if let Some(slot) = self.slots.get_mut(first + way) {
            *slot = Some(Entry {
                hash,
                at,
                len: key.len() as u32,
                value,
            });
        }
        if let Some(r) = self.recent.get_mut(set) {
            *r = way as u8;
        }
    }

    /// Keys held now (live entries).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.slots.iter().flatten().filter(|e| self.live(e)).count()
    }

    /// (hits, misses) so far on this thread.
    #[cfg(test)]
    pub(crate) fn counts(&self) -> (usize, usize) {
        self.counts.get()
    }
}

impl<V: Clone> Bounded<V> {
    /// The value kept under `key`, marking its way as used last.
    #[cfg(test)]
    fn get(&mut self, key: &[u8]) -> Option<V> {
        self.get_hashed(hash_of(key), key)
    }

    /// [`Bounded::get`] of a key whose [`hash_of`] is known.
    fn get_hashed(&mut self, hash: u64, key: &[u8]) -> Option<V> {
        if self.slots.is_empty() {
            return None;
        }
        let first = self.first_slot(hash);
        let way = self.find(hash, first, key)?;
        if let Some(r) = self.recent.get_mut(first / WAYS) {
            *r = way as u8;
        }
        self.slots
            .get(first + way)
            .and_then(Option::as_ref)
            .map(|e| e.value.clone())
    }
}

/// A key's hash (computed once per look-up: a miss's insert reuses it).
fn hash_of(key: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(key);
    h.finish()
}

/// The most heap a full table holds, in bytes, when each key has at most `max_key` bytes
/// and each value owns at most `value_heap` bytes of its own: the slots, the per-set byte,
/// the key ring and every slot's value's own heap.
pub(crate) fn bound_bytes<V>(max_entries: usize, max_key: usize, value_heap: usize) -> usize {
    let slots = sets_for(max_entries) * WAYS;
    slots * (std::mem::size_of::<Option<Entry<V>>>() + max_key + value_heap) + slots / WAYS
}

/// What a look-up found.
enum Found<V> {
    Hit(V),
    /// Not kept yet: the key's hash, for the insert.
    Miss(u64),
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
        let Ok(mut t) = t.try_borrow_mut() else {
            return Found::NotKept;
        };
        if key.len() > t.max_key {
            return Found::NotKept;
        }
        let hash = hash_of(key);
        let hit = t.get_hashed(hash, key);
        #[cfg(test)]
        {
            let (h, m) = t.counts.get();
            t.counts.set(if hit.is_some() {
                (h + 1, m)
            } else {
                (h, m + 1)
            });
        }
        hit.map_or(Found::Miss(hash), Found::Hit)
    });
    match found {
        Found::Hit(v) => v,
        Found::NotKept => compute(),
        Found::Miss(hash) => {
            let v = compute();
            table.with(|t| {
                if let Ok(mut t) = t.try_borrow_mut() {
                    t.insert_hashed(hash, key, v.clone());
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
        // Four slots (two sets of two) and keys of at most 8 bytes: a ring of 32 bytes.
        static TABLE: RefCell<Bounded<u32>> = RefCell::new(Bounded::new(4, 8));
    }

    fn len() -> usize {
        TABLE.with(|t| t.borrow().len())
    }

    #[test]
    fn keeps_short_keys_within_its_slots() {
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
        assert_eq!(len(), 1);
        // A stream of new keys never holds more than the four slots, and every answer is
        // the computed value of its own key (never another key's).
        for i in 0..100u32 {
            let key = format!("k{i}");
            assert_eq!(get(key.as_bytes(), i), i);
            assert!(len() <= 4);
        }
        assert_eq!(calls, 103);
        assert_eq!(TABLE.with(|t| t.borrow().counts()), (1, 101));
    }

    #[test]
    fn a_key_read_between_new_keys_survives_them() {
        thread_local! {
            static HOT: RefCell<Bounded<u32>> = RefCell::new(Bounded::new(64, 16));
        }
        let hot = b"arrived at hub";
        let _ = get_or_insert_with(&HOT, hot, || 7);
        // A thousand new keys, the hot key read after each (as a feed's common wording
        // between new scans): it is computed once, ever.
        let mut recomputed = 0;
        for i in 0..1000u32 {
            let key = format!("new {i}");
            assert_eq!(get_or_insert_with(&HOT, key.as_bytes(), || i), i);
            assert_eq!(
                get_or_insert_with(&HOT, hot, || {
                    recomputed += 1;
                    7
                }),
                7
            );
        }
        // Only the ring's wrap retires it: about 7,000 key bytes go through a ring of
        // 64 * 16 = 1,024 bytes, so about 7 wraps, one recomputation each.
        assert!((1..=10).contains(&recomputed), "{recomputed}");
        HOT.with(|t| assert!(t.borrow().len() <= 64));
    }

    #[test]
    fn a_key_written_over_in_the_ring_is_never_read() {
        // One set of two ways, keys of up to 4 bytes: a ring of 8 bytes.
        let mut t: Bounded<u32> = Bounded::new(2, 4);
        t.insert(b"abcd", 1);
        assert_eq!(t.get(b"abcd"), Some(1));
        // Two more keys of 4 bytes rewrite the whole ring: `abcd`'s bytes are gone, so its
        // entry is dead even though a way still holds it.
        t.insert(b"efgh", 2);
        t.insert(b"ijkl", 3);
        assert_eq!(t.get(b"abcd"), None);
        assert_eq!(t.get(b"ijkl"), Some(3));
        // A key that does not fit before the ring's end starts again at index 0.
        t.insert(b"mn", 4);
        t.insert(b"opqr", 5);
        assert_eq!(t.get(b"opqr"), Some(5));
        assert_eq!(t.get(b"mn"), Some(4));
        assert_eq!(t.len(), 2);
    }
}
