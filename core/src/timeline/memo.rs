//! Per-batch memo of the costly steps of [`super::prepare`] whose inputs repeat within
//! a shipment: the normalization of an event (a feed sends "Arrived at Facility" and
//! "Departed from Facility" many times), with the part of its identity hash that depends
//! on the same fields, and the choice of a time zone (most scans of a leg share a place). Both are pure functions of a few fields, so a hit returns exactly what
//! the call would, and the result never depends on batching.
//!
//! Keys are the fields' bytes, each length-prefixed, in one reused buffer (no
//! ambiguity, one allocation per distinct key). The memo holds at most [`MAX_ENTRIES`]
//! keys: a batch of a million distinct scans costs the same as without it, and its memory
//! stays bounded.

use chrono_tz::Tz;

use crate::error::Error;
use crate::event::{Location, RawEvent};
use crate::fast_hash::FastMap;
use crate::normalize::{Normalized, Normalizer};
use crate::time::{TzSource, ZoneHints, choose_zone};

use super::identity::content_prefix;

/// Distinct keys kept per kind; later distinct inputs are computed without being stored.
pub(super) const MAX_ENTRIES: usize = 256;

/// The memo for one call to `Shipment::ingest`.
pub(super) struct Memo<'n> {
    normalizer: &'n Normalizer,
    buf: Vec<u8>,
    /// Each reading, with the identity hash's [`content_prefix`] of the same fields.
    normalized: FastMap<Vec<u8>, (Result<Normalized, Error>, u64)>,
    zones: FastMap<Vec<u8>, (Option<Tz>, TzSource)>,
}

impl<'n> Memo<'n> {
    pub fn new(normalizer: &'n Normalizer) -> Self {
        Memo {
            normalizer,
            // Room for a typical key (seven short fields): no regrowth.
            buf: Vec::with_capacity(160),
            // Room for the distinct texts and places of a typical shipment: no regrowth.
            normalized: FastMap::with_capacity_and_hasher(16, Default::default()),
            zones: FastMap::with_capacity_and_hasher(8, Default::default()),
        }
    }

    /// `normalizer.normalize_event(raw, shipment_carrier)` and the event's
    /// [`content_prefix`], memoized on the fields they read.
    pub fn normalize(
        &mut self,
        raw: &RawEvent,
        shipment_carrier: Option<&str>,
    ) -> (Result<Normalized, Error>, u64) {
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
        if let Some(hit) = self.normalized.get(self.buf.as_slice()) {
            return hit.clone();
        }
        let result = (
            self.normalizer.normalize_event(raw, shipment_carrier),
            content_prefix(raw, shipment_carrier),
        );
        if self.normalized.len() < MAX_ENTRIES {
            self.normalized.insert(self.buf.clone(), result.clone());
        }
        result
    }

    /// [`choose_zone`], memoized on the fields it reads.
    pub fn zone(&mut self, hints: &ZoneHints<'_>) -> (Option<Tz>, TzSource) {
        self.buf.clear();
        for loc in [hints.location, hints.destination] {
            push_location(&mut self.buf, loc);
        }
        push_field(&mut self.buf, hints.carrier);
        if let Some(&hit) = self.zones.get(self.buf.as_slice()) {
            return hit;
        }
        let zone = choose_zone(hints);
        if self.zones.len() < MAX_ENTRIES {
            self.zones.insert(self.buf.clone(), zone);
        }
        zone
    }
}

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
        // The shipment carrier is part of the key: the same code means different things.
        assert!(memo.normalized.len() >= 2 * 4);
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
        }
        assert_eq!(memo.normalized.len(), MAX_ENTRIES);
    }
}
