//! Event identity: a stable hash of what makes two scans the same scan (see the module docs
//! of `timeline`), written as 16 hex digits.
//!
//! The hash is FNV-1a 64 (the same value on every platform and run, unlike `DefaultHasher`),
//! fed field by field without building strings. Its first part (carrier, code, folded text)
//! depends only on fields the per-batch memo keys on, so the memo computes it once per
//! distinct text ([`content_prefix`]) and each event only adds its instant and place.

use std::borrow::Cow;
use std::fmt;

use crate::event::RawEvent;
use crate::time::EventTime;

/// FNV-1a 64 offset basis.
const BASIS: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64 prime.
const PRIME: u64 = 0x0100_0000_01b3;
/// Ends each field, so that field boundaries count.
const SEP: u8 = 0x1f;

/// Each ASCII byte as identity folding keeps it: letters lower-cased, digits as they are,
/// anything else 0 (dropped).
// Evaluated at compile time: an index out of range would fail the build, not a run.
#[allow(clippy::indexing_slicing)]
const ASCII_FOLD: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0u8;
    while b < 128 {
        if b.is_ascii_alphanumeric() {
            table[b as usize] = b.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// The lower-case hex digits.
const HEX: &[u8; 16] = b"0123456789abcdef";

/// An event's identity: 16 lower-case hex digits (see the module docs of `timeline`), the same
/// for re-sent copies of one scan. Held inline, without an allocation: the timeline makes one
/// per scan and every snapshot copies it. It reads as a `&str` (`Deref`, `as_str`), prints
/// and serializes as its digits, and orders as its text does.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventId([u8; 16]);

impl EventId {
    /// The 16 hex digits.
    pub fn as_str(&self) -> &str {
        // Built from `HEX` or checked by `parse`: always ASCII.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Reads an id from its 16 lower-case hex digits (as [`EventId::as_str`] writes it);
    /// `None` for any other text.
    pub fn parse(s: &str) -> Option<EventId> {
        let bytes: [u8; 16] = s.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(|b| HEX.contains(b))
            .then_some(EventId(bytes))
    }
}

impl std::ops::Deref for EventId {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for EventId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for EventId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for EventId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl serde::Serialize for EventId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EventId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        EventId::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "an event id is 16 lower-case hex digits, got {s:?}"
            ))
        })
    }
}

impl schemars::JsonSchema for EventId {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "EventId".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // What `deserialize` accepts: exactly 16 lower-case hex digits.
        let _ = generator;
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9a-f]{16}$",
            "minLength": 16,
            "maxLength": 16
        })
    }
}

/// FNV-1a 64, streamed.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(PRIME);
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.byte(b);
        }
        self.byte(SEP);
    }

    /// The hash as 16 lower-case hex digits, held inline.
    fn id(&self) -> EventId {
        let mut out = [0u8; 16];
        for (slot, shift) in out.iter_mut().zip((0..16).rev()) {
            let nibble = ((self.0 >> (shift * 4)) & 0xf) as u8;
            *slot = HEX.get(usize::from(nibble)).copied().unwrap_or(b'0');
        }
        EventId(out)
    }

    /// Text folded for identity: letters and digits only, lower-cased, so re-sent copies
    /// that differ in case, spacing or punctuation hash the same. ASCII bytes (nearly all
    /// of a carrier's text) are read as bytes; only other characters are decoded.
    fn folded(&mut self, s: Option<&str>) {
        let s = s.unwrap_or_default();
        let bytes = s.as_bytes();
        if s.is_ascii() {
            // Nearly every carrier text: one table load per byte, no decoding.
            for &b in bytes {
                let folded = ASCII_FOLD.get(usize::from(b & 0x7f)).copied().unwrap_or(0);
                if folded != 0 {
                    self.byte(folded);
                }
            }
            self.byte(SEP);
            return;
        }
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                // One table load instead of range tests: 0 skips the byte.
                let folded = ASCII_FOLD.get(usize::from(b)).copied().unwrap_or(0);
                if folded != 0 {
                    self.byte(folded);
                }
                i += 1;
                continue;
            }
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            if c.is_alphanumeric() {
                let mut buf = [0u8; 4];
                for lc in c.to_lowercase() {
                    for &b in lc.encode_utf8(&mut buf).as_bytes() {
                        self.byte(b);
                    }
                }
            }
        }
        self.byte(SEP);
    }
}

/// The hash state after the fields that do not change between the scans of one text:
/// carrier (the event's, else the shipment's), code and folded description. A function of
/// fields the normalization memo keys on, so it can be kept with the memo's entry.
pub(super) fn content_prefix(raw: &RawEvent, shipment_carrier: Option<&str>) -> u64 {
    let mut h = Fnv(BASIS);
    h.folded(raw.carrier.as_deref().or(shipment_carrier));
    h.folded(raw.code.as_deref());
    h.folded(raw.description.as_deref());
    h.0
}

/// The identity of an event: from its carrier event id when it has one, else from
/// `prefix` (its [`content_prefix`]), its instant and its place.
pub(super) fn identity(
    raw: &RawEvent,
    time: &EventTime,
    shipment_carrier: Option<&str>,
    prefix: u64,
) -> EventId {
    if let Some(id) = raw.id.as_deref().filter(|s| !s.trim().is_empty()) {
        let mut h = Fnv(BASIS);
        h.bytes(b"id");
        h.folded(raw.carrier.as_deref().or(shipment_carrier));
        h.bytes(id.trim().as_bytes());
        return h.id();
    }
    let loc = raw.location.as_ref();
    let mut h = Fnv(prefix);
    h.bytes(&time.utc.timestamp().to_le_bytes());
    h.folded(loc.and_then(|l| l.country.as_deref()));
    h.folded(loc.and_then(|l| l.city.as_deref()));
    h.id()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// The folding as first written: every character decoded. The byte fast path must
    /// give the same hash, or stored event ids would change.
    fn folded_by_chars(h: &mut Fnv, s: &str) {
        for c in s.chars() {
            if c.is_alphanumeric() {
                let mut buf = [0u8; 4];
                for lc in c.to_lowercase() {
                    for &b in lc.encode_utf8(&mut buf).as_bytes() {
                        h.byte(b);
                    }
                }
            }
        }
        h.byte(SEP);
    }

    #[test]
    fn byte_folding_hashes_as_char_folding() {
        let texts = [
            "",
            "Arrived at Facility",
            "ARRIVED  at facility!!",
            "Die Sendung wurde im Ziel-Paketzentrum bearbeitet.",
            "Zustellung ÜBER Nachbarn, Straße 5",
            "İstanbul aktarma merkezine ulaştı",
            "已签收，签收人：本人",
            "Доставлено получателю",
            "colis livré à 12h30 — signé",
            "ǅ ß ﬁ Ⅻ ½ ٣ x\u{301}\u{200b}y",
            "emoji 📦 and tab\tand NUL\0",
        ];
        for t in texts {
            let (mut fast, mut slow) = (Fnv(BASIS), Fnv(BASIS));
            fast.folded(Some(t));
            folded_by_chars(&mut slow, t);
            assert_eq!(fast.0, slow.0, "{t:?}");
        }
        // Case, spacing and punctuation do not count; letters and their order do.
        let h = |t: &str| {
            let mut f = Fnv(BASIS);
            f.folded(Some(t));
            f.0
        };
        assert_eq!(h("Arrived at Facility"), h("arrived-at-FACILITY."));
        assert_ne!(h("Arrived at Facility"), h("Arrived at Facilty"));
        assert_eq!(h("ÜBER"), h("über"));
    }

    #[test]
    fn the_prefix_gives_the_identity_computed_in_one_go() {
        let raw = RawEvent {
            code: Some("AR".into()),
            description: Some("Arrived at Facility".into()),
            location: Some(Arc::new(crate::event::Location {
                city: Some("Newark".into()),
                country: Some("US".into()),
                ..Default::default()
            })),
            ..RawEvent::default()
        };
        let time = EventTime::from_utc(chrono::DateTime::UNIX_EPOCH);
        let id = identity(&raw, &time, Some("ups"), content_prefix(&raw, Some("ups")));
        // Every field, hashed in order from the basis.
        let mut h = Fnv(BASIS);
        for field in [Some("ups"), Some("AR"), Some("Arrived at Facility")] {
            h.folded(field);
        }
        h.bytes(&0i64.to_le_bytes());
        h.folded(Some("US"));
        h.folded(Some("Newark"));
        assert_eq!(id, h.id());
        // Pinned: ids are stored by users, so the hash must not drift between versions
        // (FNV-1a 64 of `ups␟ar␟arrivedatfacility␟` + 8 zero bytes + `␟us␟newark␟`).
        assert_eq!(id, "09904aa13f8dfc65");
        assert_eq!(EventId::parse(&id), Some(id));
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"09904aa13f8dfc65\"");
        let back: EventId = serde_json::from_str("\"09904aa13f8dfc65\"").unwrap();
        assert_eq!(back, id);
        // Anything else is not an id: a clear error, never a panic.
        for bad in [
            "",
            "09904aa13f8dfc6",
            "09904AA13F8DFC65",
            "09904aa13f8dfc65x",
            "ü9904aa13f8dfc6",
        ] {
            assert_eq!(EventId::parse(bad), None, "{bad:?}");
            assert!(serde_json::from_str::<EventId>(&format!("{bad:?}")).is_err());
        }
        // The shipment's carrier stands in for a missing event carrier, and counts.
        let other = identity(&raw, &time, Some("dhl"), content_prefix(&raw, Some("dhl")));
        assert_ne!(id, other);
    }
}
