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
use crate::normalize::digits;
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
    /// Identity prefixes of events read through a collapsed key, computed in this call:
    /// where each one's fields start in `seen`, their length, and the prefix. A batch sends
    /// the same text on several scans (six `Arrived at Facility 17`); this hashes it once.
    prefixes: Vec<(usize, usize, u64)>,
    /// The fields [`content_prefix`] reads of each entry of `prefixes`, one after another.
    seen: Vec<u8>,
}

/// Identity prefixes kept per call (a linear search: a batch's distinct texts are few).
const MAX_PREFIXES: usize = 16;

impl<'n> Memo<'n> {
    pub fn new(normalizer: &'n Normalizer) -> Self {
        Memo {
            normalizer,
            // Room for a typical key (seven short fields): no regrowth.
            buf: Vec::with_capacity(160),
            prefixes: Vec::new(),
            seen: Vec::new(),
        }
    }

    /// `normalizer.normalize_event(raw, shipment_carrier)` and the event's
    /// [`content_prefix`], memoized on the fields they read.
    ///
    /// A description holding digits is keyed with each run of digits written as one `0`
    /// (`normalize/digits.rs`) when the normalizer says every such text reads alike: a feed's
    /// wording with a new number (`Arrived at Facility 18` after `... 17`) is then read from
    /// the memo. The identity prefix hashes the digits, so it is computed for such an event.
    pub fn normalize(&mut self, raw: &RawEvent, shipment_carrier: Option<&str>) -> Reading {
        self.buf.clear();
        self.buf.push(readings::EVENT);
        let (overrides, model) = self.normalizer.cache_key();
        self.buf.extend_from_slice(&overrides.to_le_bytes());
        self.buf.extend_from_slice(&model.to_le_bytes());
        // Every field `Normalizer::normalize_event` reads, and nothing else (the identity
        // prefix reads a subset of them); the description last, as it may be collapsed.
        for field in [
            raw.status.as_deref(),
            raw.substatus.as_deref(),
            raw.code.as_deref(),
            raw.carrier.as_deref(),
            shipment_carrier,
            raw.language.as_deref(),
        ] {
            push_field(&mut self.buf, field);
        }
        let description = raw.description.as_deref();
        let collapsed =
            match description.and_then(|t| Some((t, digits::first_digit(t.as_bytes())?))) {
                Some((text, first)) => self.push_collapsed(raw, shipment_carrier, text, first),
                None => {
                    push_field(&mut self.buf, description);
                    false
                }
            };
        let normalizer = self.normalizer;
        let (reading, prefix) = readings::event(&self.buf, || {
            (
                normalizer.normalize_event(raw, shipment_carrier),
                // A collapsed key stands for texts with other digits: its prefix is never
                // read (computed below for each event).
                if collapsed {
                    0
                } else {
                    content_prefix(raw, shipment_carrier)
                },
            )
        });
        if collapsed {
            (reading, self.prefix(raw, shipment_carrier))
        } else {
            (reading, prefix)
        }
    }

    /// Appends `text` (which holds digits) collapsed, marked `2`, when the event reads as
    /// every text of that form; else as received (`push_field`). Says which.
    fn push_collapsed(
        &mut self,
        raw: &RawEvent,
        shipment_carrier: Option<&str>,
        text: &str,
        first: usize,
    ) -> bool {
        let mark = self.buf.len();
        self.buf.extend_from_slice(&[2, 0, 0]);
        let start = self.buf.len();
        digits::collapse_digits_from(text.as_bytes(), first, &mut self.buf);
        let alike = self.buf.get(start..).is_some_and(|collapsed| {
            self.normalizer
                .reads_digits_alike(raw, shipment_carrier, collapsed)
        });
        if !alike {
            self.buf.truncate(mark);
            push_field(&mut self.buf, Some(text));
            return false;
        }
        // Two bytes of length, as `push_field` writes them.
        let len = u16::try_from(self.buf.len() - start).unwrap_or(u16::MAX);
        if let Some(slot) = self.buf.get_mut(mark + 1..start) {
            slot.copy_from_slice(&len.to_le_bytes());
        }
        true
    }

    /// [`content_prefix`], kept for this call on the exact fields it reads.
    fn prefix(&mut self, raw: &RawEvent, shipment_carrier: Option<&str>) -> u64 {
        let start = self.seen.len();
        push_field(&mut self.seen, raw.carrier.as_deref().or(shipment_carrier));
        push_field(&mut self.seen, raw.code.as_deref());
        push_field(&mut self.seen, raw.description.as_deref());
        let (kept, fields) = self.seen.split_at(start);
        let found = self
            .prefixes
            .iter()
            .find(|&&(at, len, _)| len == fields.len() && kept.get(at..at + len) == Some(fields));
        if let Some(&(_, _, prefix)) = found {
            self.seen.truncate(start);
            return prefix;
        }
        let prefix = content_prefix(raw, shipment_carrier);
        if self.prefixes.len() < MAX_PREFIXES {
            self.prefixes.push((start, self.seen.len() - start, prefix));
        } else {
            self.seen.truncate(start);
        }
        prefix
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
    fn texts_differing_in_digits_read_as_computed_fresh() {
        // Texts with new numbers are read from the memo when their wording was read; every
        // answer equals the normalizer's own, also where a code-table row's description holds
        // digits (UPS `AR`, `YH`) and the text equals it, or differs from it only in digits.
        let normalizer = Normalizer::new();
        let mut memo = Memo::new(&normalizer);
        let ar = "Arrival scan (the package has arrived at a UPS building. I would expect to see 3 to 5 of these messages for each package)";
        let texts = [
            "Arrived at Facility 17",
            "Arrived at Facility 18",
            "Arrived at Facility 2024",
            ar,
            "Arrival scan (the package has arrived at a UPS building. I would expect to see 4 to 6 of these messages for each package)",
            "ARRIVAL SCAN (the package has arrived at a UPS building. I would expect to see 3 to 5 of these messages for each package)  ",
            "Post Office To Deliver In 1 To 2 Days",
            "Post Office To Deliver In 3 To 4 Days",
            "Delivered 14:02, signed 3x",
            "Delivered 15:07, signed 4x",
            "Zustellung am 26.04.2024 nicht möglich",
            "Zustellung am 27.04.2024 nicht möglich",
        ];
        let mut events = Vec::new();
        for text in texts {
            for code in [Some("AR"), Some("YH"), Some("DP"), Some("ZZ/AR"), None] {
                for carrier in [None, Some("dhl_parcel_de")] {
                    events.push(RawEvent {
                        code: code.map(Into::into),
                        carrier: carrier.map(Into::into),
                        description: Some(text.into()),
                        ..RawEvent::default()
                    });
                }
            }
        }
        let (hits_before, _) = counts();
        for _ in 0..2 {
            for e in &events {
                for shipment in [Some("ups"), None] {
                    assert_eq!(
                        memo.normalize(e, shipment),
                        (
                            normalizer.normalize_event(e, shipment),
                            content_prefix(e, shipment)
                        ),
                        "{e:?} {shipment:?}"
                    );
                }
            }
        }
        // The first round already reads the second of each pair of texts from the memo,
        // except where a row's own description could be meant.
        assert!(
            counts().0 - hits_before > events.len() * 2 + events.len() / 2,
            "{:?}",
            counts()
        );
        // A text that could be a row's own description (UPS `AR` holds digits) is kept
        // apart from its variants; other wordings share one reading. (A language no other
        // test sends: keys no earlier call made.)
        let ups_ar = |text: &str| RawEvent {
            code: Some("AR".into()),
            description: Some(text.into()),
            language: Some("x-digits".into()),
            ..RawEvent::default()
        };
        let misses = |e: &RawEvent, memo: &mut Memo<'_>| {
            let before = counts().1;
            assert_eq!(
                memo.normalize(e, Some("ups")).0,
                normalizer.normalize_event(e, Some("ups"))
            );
            counts().1 - before
        };
        assert_eq!(misses(&ups_ar(ar), &mut memo), 1);
        assert_eq!(misses(&ups_ar(texts[4]), &mut memo), 1);
        assert_eq!(misses(&ups_ar(texts[0]), &mut memo), 1);
        assert_eq!(misses(&ups_ar(texts[1]), &mut memo), 0);
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
                description: Some(
                    format!("Arrived at Facility {} (alternating)", spelled(i)).into(),
                ),
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

    /// `i` with letters for digits (`12` -> `bc`).
    fn spelled(i: usize) -> String {
        i.to_string()
            .bytes()
            .map(|b| char::from(b - b'0' + b'a'))
            .collect()
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
                // Letters for the digits: texts differing only in digits share a key.
                description: Some(format!("scan {} delivered", spelled(i)).into()),
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
