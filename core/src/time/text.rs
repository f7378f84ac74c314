//! [`TimeText`]: an instant's RFC 3339 text, held inline.
//!
//! Every snapshot shows every event's time as RFC 3339 with the scan's own offset. As a
//! `String` each of those texts was one allocation at the snapshot and one free when the
//! snapshot was dropped: 18 of each per 20-scan shipment. The longest text the writer makes,
//! `YYYY-MM-DDTHH:MM:SS.fffffffff+HH:MM:SS`, is 38 bytes, so it fits in the value itself;
//! only the rare text chrono writes for a year outside 0-9999 (which parsing never lets in,
//! but a Rust caller may build such an `EventTime`) is kept on the heap.

use std::fmt;
use std::ops::Deref;

/// The most bytes kept inline: `YYYY-MM-DDTHH:MM:SS` (19), a nine-digit fraction with its
/// dot (10) and an offset with seconds (`+HH:MM:SS`, 9).
const INLINE: usize = 38;

/// An RFC 3339 timestamp as text (`2024-04-26T07:50:00-04:00`), the way
/// [`crate::snapshot::EventView::time`] shows an event's time. Reads as a `&str` (it
/// dereferences to one), serializes as a JSON string, and converts into a `String`
/// (`String::from(t)` or `t.to_string()`).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct TimeText(Repr);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    /// ASCII only (digits and punctuation), so always valid UTF-8.
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Heap(Box<str>),
}

impl TimeText {
    /// The most bytes kept inline.
    pub(crate) const INLINE: usize = INLINE;

    /// The text of the first `len` bytes of `bytes`, which the RFC 3339 writer filled with
    /// ASCII and left zero after `len` (equal texts then compare and hash alike).
    pub(crate) fn inline_ascii(bytes: [u8; INLINE], len: usize) -> TimeText {
        // `len` is at most `INLINE` (38) by the writer's construction.
        let len = u8::try_from(len.min(INLINE)).unwrap_or(0);
        TimeText(Repr::Inline { len, bytes })
    }

    /// The text of ASCII `bytes` the RFC 3339 writer produced, inline when it fits.
    pub(crate) fn from_ascii(bytes: &[u8]) -> TimeText {
        let mut inline = [0u8; INLINE];
        match (inline.get_mut(..bytes.len()), u8::try_from(bytes.len())) {
            (Some(slot), Ok(len)) if bytes.is_ascii() => {
                slot.copy_from_slice(bytes);
                TimeText(Repr::Inline { len, bytes: inline })
            }
            _ => TimeText(Repr::Heap(String::from_utf8_lossy(bytes).into())),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(bytes.get(..usize::from(*len)).unwrap_or_default())
                    .unwrap_or_default()
            }
            Repr::Heap(s) => s,
        }
    }
}

impl From<&str> for TimeText {
    fn from(s: &str) -> Self {
        TimeText::from_ascii(s.as_bytes())
    }
}

impl From<String> for TimeText {
    fn from(s: String) -> Self {
        if s.len() <= INLINE && s.is_ascii() {
            TimeText::from_ascii(s.as_bytes())
        } else {
            TimeText(Repr::Heap(s.into_boxed_str()))
        }
    }
}

impl From<TimeText> for String {
    fn from(t: TimeText) -> Self {
        match t.0 {
            Repr::Heap(s) => s.into(),
            Repr::Inline { .. } => t.as_str().to_owned(),
        }
    }
}

impl Deref for TimeText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for TimeText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for TimeText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for TimeText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for TimeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for TimeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl serde::Serialize for TimeText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TimeText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        Ok(match s {
            std::borrow::Cow::Borrowed(s) => TimeText::from(s),
            std::borrow::Cow::Owned(s) => TimeText::from(s),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_serializes_and_converts_as_the_string_it_holds() {
        for text in [
            "2024-04-26T07:50:00-04:00",
            // The longest inline shape: nine fraction digits, an offset with seconds.
            "1971-06-30T23:59:59.999999999-00:44:30",
            // chrono's shape for a year past 9999: kept on the heap, unchanged.
            "+10000-01-01T00:00:00+00:00",
            "",
        ] {
            let t = TimeText::from(text);
            assert_eq!(t.as_str(), text);
            assert_eq!(t, text);
            assert_eq!(t.to_string(), text);
            assert_eq!(String::from(t.clone()), text);
            assert_eq!(TimeText::from(text.to_owned()), t);
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, serde_json::to_string(text).unwrap());
            assert_eq!(serde_json::from_str::<TimeText>(&json).unwrap(), t);
            assert_eq!(format!("{t:?}"), format!("{text:?}"));
        }
        // Non-ASCII text (never written by the core, but deserializable) is kept exactly.
        let odd = TimeText::from("2024-04-26T07:50:00\u{2212}04:00");
        assert_eq!(odd.as_str(), "2024-04-26T07:50:00\u{2212}04:00");
        // A text longer than the inline room is kept whole.
        let long = "2024-04-26T07:50:00.123456789-04:00 and more";
        assert_eq!(TimeText::from(long).as_str(), long);
        assert_eq!(TimeText::from(long.to_owned()).as_str(), long);
    }
}
