//! The readings table: what the normalizer read, kept per thread in one table for both kinds
//! of key, each starting with its own tag byte so the two never meet.
//!
//! - An **event** reading (`timeline/memo.rs`): every field `Normalizer::normalize_event`
//!   reads, exactly as received, with the normalizer's id; the value is the whole reading
//!   (tables, rules, model) and the identity hash's prefix. A repeated scan is answered
//!   without folding its text.
//! - A **text** reading (`normalize/text/combine.rs`): the text model's id and the folded
//!   text; the value is the rules-and-model reading of a text no table decided. Texts that
//!   differ only in numbers (`Arrived at Facility 17`, `... 18`) fold alike, so a scan the
//!   event memo has not seen still skips the model when its wording has been read: the model
//!   costs more than the rest of an event's path.

use std::cell::RefCell;

use crate::error::Error;
use crate::normalize::Normalized;
use crate::thread_cache::{Bounded, bound_bytes as table_bound, get_or_insert_with};

/// A whole event's reading and its identity prefix.
pub(crate) type EventReading = (Result<Normalized, Error>, u64);

/// First byte of an event reading's key.
pub(crate) const EVENT: u8 = 1;
/// First byte of a text reading's key.
pub(crate) const TEXT: u8 = 2;

/// Slots of the table (fixed size, `thread_cache.rs`): room for 2,048 distinct scans whose
/// event reading and text reading are both kept.
pub(crate) const MAX_ENTRIES: usize = 4096;
/// Longest key kept: the tag, a normalizer's id (16 bytes) and 256 bytes of fields.
pub(crate) const MAX_KEY: usize = 1 + 16 + 256;

#[derive(Clone)]
enum Kept {
    Event(EventReading),
    Text(Option<Normalized>),
}

thread_local! {
    static TABLE: RefCell<Bounded<Kept>> = RefCell::new(Bounded::new(MAX_ENTRIES, MAX_KEY));
}

/// The most heap the table holds, in bytes, when every value owns at most `value_heap`
/// bytes (the larger of what an event reading and a text reading carry).
pub(crate) fn bound_bytes(value_heap: usize) -> usize {
    table_bound::<Kept>(MAX_ENTRIES, MAX_KEY, value_heap)
}

/// The event reading kept under `key` (which starts with [`EVENT`]), or `compute()`'s.
pub(crate) fn event(key: &[u8], compute: impl Fn() -> EventReading) -> EventReading {
    match get_or_insert_with(&TABLE, key, || Kept::Event(compute())) {
        Kept::Event(r) => r,
        // A key starting with `EVENT` only ever holds an event reading.
        Kept::Text(_) => compute(),
    }
}

/// The text reading kept under `key` (which starts with [`TEXT`]), or `compute()`'s.
pub(crate) fn text(key: &[u8], compute: impl Fn() -> Option<Normalized>) -> Option<Normalized> {
    match get_or_insert_with(&TABLE, key, || Kept::Text(compute())) {
        Kept::Text(r) => r,
        Kept::Event(_) => compute(),
    }
}

/// Keys held now on this thread.
#[cfg(test)]
pub(crate) fn len() -> usize {
    TABLE.with(|t| t.borrow().len())
}

/// (hits, misses) so far on this thread, both kinds.
#[cfg(test)]
pub(crate) fn counts() -> (usize, usize) {
    TABLE.with(|t| t.borrow().counts())
}
