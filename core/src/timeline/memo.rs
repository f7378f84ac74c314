//! Memo of the costly steps of [`super::prepare`] whose inputs repeat: the normalization of
//! an event (a feed sends "Arrived at Facility" and "Departed from Facility" in shipment
//! after shipment), with the part of its identity hash that depends on the same fields, and
//! the choice of a time zone (most scans of a leg share a place). Both are pure functions of
//! a few fields (and, for the reading, of the normalizer's overrides and text model), so a
//! hit returns exactly what the call would, and the result never depends on batching.
//!
//! The memo lives per thread, across calls, in [`crate::thread_cache`] (which states the
//! rules its tables follow: fixed size, a new key over the way not used last, keys over a length computed every
//! time): readings in its readings table, beside the text model's readings of folded texts,
//! and zones in a table of their own. Carrier feeds repeat the same few hundred texts in
//! every shipment, so the second shipment of a feed reads its texts from here. Keys are the
//! fields' bytes, each length-prefixed, in one reused buffer (no ambiguity, one allocation
//! per distinct key); a reading's key starts with the readings table's event tag and its
//! normalizer's [`Normalizer::cache_key`], so two normalizers used in turn on one thread (one
//! per merchant, say) keep their readings side by side.

use std::cell::RefCell;

use chrono_tz::Tz;

use crate::event::{Location, RawEvent};
use crate::normalize::Normalizer;
use crate::normalize::readings;
use crate::thread_cache::{self, Bounded, get_or_insert_with};
use crate::time::{TzSource, ZoneHints, choose_zone};

use super::identity::content_prefix;

/// Zone keys kept per thread (slots of a fixed-size table, `thread_cache.rs`).
pub(super) const MAX_ENTRIES: usize = 2048;

/// Longest field bytes kept (a scan with a very long text is computed every time: such texts
/// rarely repeat word for word, and they would dominate the memory bound).
pub(super) const MAX_FIELDS: usize = 256;

/// A reading with the identity hash's [`content_prefix`] of the same fields.
pub(super) type Reading = readings::EventReading;

thread_local! {
    static ZONES: RefCell<Bounded<(Option<Tz>, TzSource)>> =
        RefCell::new(Bounded::new(MAX_ENTRIES, MAX_FIELDS));
}

/// The most heap the memo's zones, the readings table, the text model's word table
/// (`normalize/text/words.rs`) and the rules' readings (`normalize/text/hits.rs`) hold per
/// thread, in bytes: the first two
/// tables full of the longest keys, every reading carrying a rule name and a note of the
/// longest size they take (a model reading's rule, shared, names at most two n-grams of the
/// text; a note or an invalid given status repeats at most the text). Text readings of the
/// model carry less (`normalize/text/combine.rs`), so event readings set the bound.
pub(crate) fn bound_bytes() -> usize {
    let rule = 16 + 6 + 2 * (MAX_FIELDS + 2) + 1;
    readings::bound_bytes((rule + MAX_FIELDS).max(crate::normalize::MODEL_READING_HEAP))
        + thread_cache::bound_bytes::<(Option<Tz>, TzSource)>(MAX_ENTRIES, MAX_FIELDS, 0)
        + crate::normalize::TextModel::word_table_bytes()
        + crate::normalize::text_hits_bytes()
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
        self.buf.push(readings::EVENT);
        let (overrides, model) = self.normalizer.cache_key();
        self.buf.extend_from_slice(&overrides.to_le_bytes());
        self.buf.extend_from_slice(&model.to_le_bytes());
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
        let normalizer = self.normalizer;
        readings::event(&self.buf, || {
            (
                normalizer.normalize_event(raw, shipment_carrier),
                content_prefix(raw, shipment_carrier),
            )
        })
    }

    /// [`choose_zone`], memoized on the fields it reads.
    pub fn zone(&mut self, hints: &ZoneHints<'_>) -> (Option<Tz>, TzSource) {
        self.buf.clear();
        for loc in [hints.location, hints.destination] {
            push_location(&mut self.buf, loc);
        }
        push_field(&mut self.buf, hints.carrier);
        get_or_insert_with(&ZONES, &self.buf, || choose_zone(hints))
    }
}

/// The fields of a location that decide its zone (country and region).
fn push_location(buf: &mut Vec<u8>, loc: Option<&Location>) {
    push_field(buf, loc.and_then(|l| l.country.as_deref()));
    push_field(buf, loc.and_then(|l| l.region.as_deref()));
}

/// Appends a field so that no two different field lists give the same key: a 0 byte for
/// none, else a 1 byte, its length (2 bytes) and its bytes.
#[inline]
fn push_field(buf: &mut Vec<u8>, field: Option<&str>) {
    match field {
        None => buf.push(0),
        Some(s) => {
            buf.push(1);
            // Two bytes of length: a kept key is at most a few hundred bytes, so any field
            // long enough to saturate them makes a key too long to keep (never compared).
            let len = u16::try_from(s.len()).unwrap_or(u16::MAX);
            buf.extend_from_slice(&len.to_le_bytes());
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
        readings::counts()
    }

    fn readings() -> usize {
        readings::len()
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
    fn two_normalizers_in_turn_keep_their_readings() {
        // One normalizer per merchant on a shared worker thread: switching between them
        // must not drop the other's readings.
        let plain = Normalizer::new();
        let custom = Normalizer::with_overrides_json(
            r#"{"tables": {"ups": [{"code": "ZZ", "status": "delivered.front_door"}]}}"#,
        )
        .unwrap();
        let events: Vec<RawEvent> = (0..20)
            .map(|i| RawEvent {
                code: Some("ZZ".into()),
                description: Some(format!("Arrived at Facility {i} (alternating)").into()),
                ..RawEvent::default()
            })
            .collect();
        // First round: every reading computed once per normalizer.
        for e in &events {
            let _ = Memo::new(&plain).normalize(e, Some("ups"));
            let _ = Memo::new(&custom).normalize(e, Some("ups"));
        }
        let (hits, misses) = counts();
        // Second round, still alternating: every reading is a hit, and each is its own
        // normalizer's.
        for e in &events {
            let a = Memo::new(&plain).normalize(e, Some("ups")).0.unwrap();
            let b = Memo::new(&custom).normalize(e, Some("ups")).0.unwrap();
            assert_eq!(a, plain.normalize_event(e, Some("ups")).unwrap());
            assert_eq!(b, custom.normalize_event(e, Some("ups")).unwrap());
            assert_ne!(a.status, b.status);
        }
        assert_eq!(counts(), (hits + 2 * events.len(), misses));
    }

    #[test]
    fn the_memo_stays_bounded() {
        let normalizer = Normalizer::new();
        let mut memo = Memo::new(&normalizer);
        let max = readings::MAX_ENTRIES;
        let hot = RawEvent {
            description: Some("Arrived at Facility".into()),
            ..RawEvent::default()
        };
        let _ = memo.normalize(&hot, None);
        let (hits_before, _) = counts();
        for i in 0..(2 * max) {
            let e = RawEvent {
                description: Some(format!("scan {i} delivered").into()),
                ..RawEvent::default()
            };
            assert_eq!(
                memo.normalize(&e, None).0,
                normalizer.normalize_event(&e, None)
            );
            assert!(readings() <= max);
            // A feed's common wording read between the new scans stays kept.
            assert_eq!(
                memo.normalize(&hot, None).0,
                normalizer.normalize_event(&hot, None)
            );
        }
        // Twice the table's size in new scans: the hot reading was a hit nearly every time
        // (only the key ring's wrap retires it, a few times), where a table emptied when
        // full would have lost it with everything else.
        let (hits, _) = counts();
        assert!(hits - hits_before >= 2 * max - 20, "{}", hits - hits_before);
        // A key over the limit is computed, not kept.
        let long = RawEvent {
            description: Some(format!("{} delivered", "x".repeat(MAX_FIELDS)).into()),
            ..RawEvent::default()
        };
        let before = readings();
        assert_eq!(
            memo.normalize(&long, None).0,
            normalizer.normalize_event(&long, None)
        );
        assert_eq!(readings(), before);
    }
}
