//! Memo of the costly steps of [`super::prepare`] whose inputs repeat: the normalization of
//! an event (a feed sends "Arrived at Facility" and "Departed from Facility" in shipment
//! after shipment), with the part of its identity hash that depends on the same fields, and
//! the choice of a time zone (most scans of a leg share a place). Both are pure functions of
//! a few fields (and, for the reading, of the normalizer's overrides and text model), so a
//! hit returns exactly what the call would, and the result never depends on batching.
//!
//! The memo lives per thread, across calls: carrier feeds repeat the same few hundred texts
//! in every shipment, so the second shipment of a feed reads its texts from here. Keys are
//! the fields' bytes, each length-prefixed, in one reused buffer (no ambiguity, one
//! allocation per distinct key); a reading is kept only for the normalizer it was computed
//! by ([`Normalizer::cache_key`]: another normalizer empties it first). Bounded: a key
//! longer than [`MAX_KEY`] bytes is not kept, and each table empties itself when it holds
//! [`MAX_ENTRIES`] keys, so a stream of a million distinct scans costs what it cost without
//! the memo plus one clearing per [`MAX_ENTRIES`], and memory stays within
//! [`bound_bytes`].

use std::cell::RefCell;

use chrono_tz::Tz;

use crate::error::Error;
use crate::event::{Location, RawEvent};
use crate::fast_hash::FastMap;
use crate::normalize::{Normalized, Normalizer};
use crate::time::{TzSource, ZoneHints, choose_zone};

use super::identity::content_prefix;

/// Distinct keys kept per kind and thread; the table empties itself when full.
pub(super) const MAX_ENTRIES: usize = 2048;

/// Longer keys (a scan with a very long text) are computed every time: such texts rarely
/// repeat word for word, and they would dominate the memory bound.
pub(super) const MAX_KEY: usize = 256;

/// A reading with the identity hash's [`content_prefix`] of the same fields.
type Reading = (Result<Normalized, Error>, u64);

/// This thread's memo.
#[derive(Default)]
struct Tables {
    /// The normalizer the readings belong to ([`Normalizer::cache_key`]).
    normalizer: (u64, u64),
    readings: FastMap<Box<[u8]>, Reading>,
    zones: FastMap<Box<[u8]>, (Option<Tz>, TzSource)>,
}

thread_local! {
    static TABLES: RefCell<Tables> = RefCell::new(Tables::default());
}

/// The most heap the memo holds per thread, in bytes: both tables full (hashbrown keeps
/// [`MAX_ENTRIES`] entries in twice as many power-of-two slots of one entry and one control
/// byte), every key [`MAX_KEY`] bytes long, and every reading carrying a rule name and a
/// note of the longest size they take (a model reading's rule names at most two n-grams of
/// the text; an invalid given status repeats the text, itself shorter than the key).
#[cfg(test)]
pub(super) fn bound_bytes() -> usize {
    let slots = (MAX_ENTRIES * 8 / 7).next_power_of_two();
    let reading_slot = std::mem::size_of::<(Box<[u8]>, Reading)>() + 1;
    let zone_slot = std::mem::size_of::<(Box<[u8]>, (Option<Tz>, TzSource))>() + 1;
    let heap_per_reading = MAX_KEY + 6 + 2 * (MAX_KEY + 2) + 1 + MAX_KEY;
    slots * (reading_slot + zone_slot) + MAX_ENTRIES * (heap_per_reading + MAX_KEY)
}

/// The memo's handle for one call to `Shipment::ingest`: the key buffer, reused.
pub(super) struct Memo<'n> {
    normalizer: &'n Normalizer,
    buf: Vec<u8>,
}

impl<'n> Memo<'n> {
    pub fn new(normalizer: &'n Normalizer) -> Self {
        Memo {
            normalizer,
            // Room for a typical key (seven short fields): no regrowth.
            buf: Vec::with_capacity(160),
        }
    }

    /// `normalizer.normalize_event(raw, shipment_carrier)` and the event's
    /// [`content_prefix`], memoized on the fields they read.
    pub fn normalize(&mut self, raw: &RawEvent, shipment_carrier: Option<&str>) -> Reading {
        self.buf.clear();
        // Every field `Normalizer::normalize_event` reads, and nothing else (the identity
        // prefix reads a subset of them).
        for field in [
            raw.status.as_deref(),
            raw.substatus.as_deref(),
            raw.code.as_deref(),
            raw.description.as_deref(),
            raw.carrier.as_deref(),
            shipment_carrier,
            raw.language.as_deref(),
        ] {
            push_field(&mut self.buf, field);
        }
        let compute = || {
            (
                self.normalizer.normalize_event(raw, shipment_carrier),
                content_prefix(raw, shipment_carrier),
            )
        };
        if self.buf.len() > MAX_KEY {
            return compute();
        }
        let owner = self.normalizer.cache_key();
        let key = self.buf.as_slice();
        let hit = TABLES.with(|t| {
            let t = t.try_borrow().ok()?;
            (t.normalizer == owner)
                .then(|| t.readings.get(key).cloned())
                .flatten()
        });
        if let Some(hit) = hit {
            count(true);
            return hit;
        }
        count(false);
        let result = compute();
        TABLES.with(|t| {
            // Never borrowed across a call out of this module: this always succeeds.
            if let Ok(mut t) = t.try_borrow_mut() {
                if t.normalizer != owner || t.readings.len() >= MAX_ENTRIES {
                    t.readings.clear();
                    t.normalizer = owner;
                }
                t.readings.insert(key.into(), result.clone());
            }
        });
        result
    }

    /// [`choose_zone`], memoized on the fields it reads.
    pub fn zone(&mut self, hints: &ZoneHints<'_>) -> (Option<Tz>, TzSource) {
        self.buf.clear();
        for loc in [hints.location, hints.destination] {
            push_location(&mut self.buf, loc);
        }
        push_field(&mut self.buf, hints.carrier);
        if self.buf.len() > MAX_KEY {
            return choose_zone(hints);
        }
        let key = self.buf.as_slice();
        let hit = TABLES.with(|t| t.try_borrow().ok()?.zones.get(key).copied());
        if let Some(hit) = hit {
            return hit;
        }
        let zone = choose_zone(hints);
        TABLES.with(|t| {
            if let Ok(mut t) = t.try_borrow_mut() {
                if t.zones.len() >= MAX_ENTRIES {
                    t.zones.clear();
                }
                t.zones.insert(key.into(), zone);
            }
        });
        zone
    }
}

#[cfg(test)]
thread_local! {
    /// Reading hits and misses on this thread, for tests.
    static COUNTS: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
}

#[cfg(test)]
fn count(hit: bool) {
    COUNTS.with(|c| {
        let (h, m) = c.get();
        c.set(if hit { (h + 1, m) } else { (h, m + 1) });
    });
}

#[cfg(not(test))]
fn count(_hit: bool) {}

/// The fields of a location that decide its zone (country and region).
fn push_location(buf: &mut Vec<u8>, loc: Option<&Location>) {
    push_field(buf, loc.and_then(|l| l.country.as_deref()));
    push_field(buf, loc.and_then(|l| l.region.as_deref()));
}

/// Appends a field so that no two different field lists give the same key: a 0 byte for
/// none, else a 1 byte, its length (8 bytes) and its bytes.
#[inline]
fn push_field(buf: &mut Vec<u8>, field: Option<&str>) {
    match field {
        None => buf.push(0),
        Some(s) => {
            buf.push(1);
            buf.extend_from_slice(&(s.len() as u64).to_le_bytes());
            buf.extend_from_slice(s.as_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(fields: &[Option<&str>]) -> Vec<u8> {
        let mut buf = Vec::new();
        for f in fields {
            push_field(&mut buf, *f);
        }
        buf
    }

    fn counts() -> (usize, usize) {
        COUNTS.with(std::cell::Cell::get)
    }

    fn readings() -> usize {
        TABLES.with(|t| t.borrow().readings.len())
    }

    #[test]
    fn keys_never_collide_across_field_boundaries() {
        assert_ne!(key(&[Some("ab"), Some("c")]), key(&[Some("a"), Some("bc")]));
        assert_ne!(key(&[Some(""), None]), key(&[None, Some("")]));
        assert_ne!(key(&[Some("1:a")]), key(&[Some("1"), Some("a")]));
        assert_eq!(key(&[Some("x"), None]), key(&[Some("x"), None]));
    }

    #[test]
    fn a_hit_returns_what_the_normalizer_returns() {
        let normalizer = Normalizer::new();
        let mut memo = Memo::new(&normalizer);
        let raw = |code: &str, text: &str| RawEvent {
            code: Some(code.into()),
            description: Some(text.into()),
            ..RawEvent::default()
        };
        let events = [
            raw("AR", "Arrived at Facility"),
            raw("DP", "Departed from Facility"),
            raw("AR", "Arrived at Facility"),
            raw("AR", "Delivered"),
            RawEvent::default(),
            RawEvent::default(),
        ];
        let (hits_before, _) = counts();
        // Twice: the second round reads every event from the memo.
        for _ in 0..2 {
            for carrier in [Some("ups"), Some("dhl"), None] {
                for e in &events {
                    assert_eq!(
                        memo.normalize(e, carrier),
                        (
                            normalizer.normalize_event(e, carrier),
                            content_prefix(e, carrier)
                        ),
                        "{e:?} {carrier:?}"
                    );
                }
            }
        }
        assert!(counts().0 >= hits_before + 18, "{:?}", counts());
        // The shipment carrier is part of the key: the same code means different things.
        assert!(readings() >= 2 * 4);
    }

    #[test]
    fn another_normalizer_never_reads_a_kept_reading() {
        let plain = Normalizer::new();
        let e = RawEvent {
            code: Some("ZZ".into()),
            description: Some("Arrived at Facility".into()),
            ..RawEvent::default()
        };
        let before = Memo::new(&plain).normalize(&e, Some("ups")).0.unwrap();
        // Overrides that read the same event differently: the memo must not answer with
        // the plain normalizer's reading, nor the plain one with theirs afterwards.
        let custom = Normalizer::with_overrides_json(
            r#"{"tables": {"ups": [{"code": "ZZ", "status": "delivered.front_door"}]}}"#,
        )
        .unwrap();
        let overridden = Memo::new(&custom).normalize(&e, Some("ups")).0.unwrap();
        assert_eq!(overridden, custom.normalize_event(&e, Some("ups")).unwrap());
        assert_ne!(overridden.status, before.status);
        let again = Memo::new(&plain).normalize(&e, Some("ups")).0.unwrap();
        assert_eq!(again, before);
        // A clone reads as its original; adding overrides makes a new normalizer.
        let mut copy = custom.clone();
        assert_eq!(copy.cache_key(), custom.cache_key());
        copy.add_overrides_json(r#"{"tables": {"ups": [{"code": "ZZ", "status": "exception"}]}}"#)
            .unwrap();
        assert_ne!(copy.cache_key(), custom.cache_key());
        assert_eq!(
            Memo::new(&copy)
                .normalize(&e, Some("ups"))
                .0
                .unwrap()
                .status,
            crate::Status::Exception
        );
    }

    #[test]
    fn the_memo_stays_bounded() {
        let normalizer = Normalizer::new();
        let mut memo = Memo::new(&normalizer);
        for i in 0..(MAX_ENTRIES + 50) {
            let e = RawEvent {
                description: Some(format!("scan {i} delivered").into()),
                ..RawEvent::default()
            };
            assert_eq!(
                memo.normalize(&e, None).0,
                normalizer.normalize_event(&e, None)
            );
            assert!(readings() <= MAX_ENTRIES);
        }
        // Emptied once when full, then refilled.
        assert!(readings() <= 50, "{}", readings());
        // A key over the limit is computed, not kept.
        let long = RawEvent {
            description: Some(format!("{} delivered", "x".repeat(MAX_KEY)).into()),
            ..RawEvent::default()
        };
        let before = readings();
        assert_eq!(
            memo.normalize(&long, None).0,
            normalizer.normalize_event(&long, None)
        );
        assert_eq!(readings(), before);
        // The documented worst case, from the types: a few megabytes per thread.
        assert!(bound_bytes() < 4 << 20, "{}", bound_bytes());
    }
}
