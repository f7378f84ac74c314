//! The facade's JSON writer: compact JSON text written straight into a `String`, the same
//! bytes `serde_json::to_string` writes, at a fraction of the cost for the strings that make
//! up most of a response.
//!
//! `serde_json` looks up every byte of every string (field names included) in its escape
//! table and copies the runs between escapes one at a time; a `track` response is mostly
//! such strings, and that loop was a fifth of the cost of `Engine::call("track")`
//! (docs/benchmarks.md). Here a string is first checked for anything to escape in one pass
//! the compiler vectorizes, and a string with nothing to escape (almost all of them) is
//! copied whole. Escaping follows RFC 8259 section 7 as `serde_json` does: `"` and `\`
//! escaped with a backslash, the control characters U+0000-U+001F as `\b`, `\t`, `\n`,
//! `\f`, `\r` or `\u00xx` (lower-case hex), everything else written as it is.
//!
//! Numbers are written by `serde_json` itself (into a small buffer), so they are its digits.
//! Anything this writer does not handle the way `serde_json` does (a map key that is not a
//! string, bytes, `serde_json`'s private raw-value and number tokens) stops it with
//! [`Unsupported`]; the caller then writes the whole value with `serde_json`.

use std::fmt::Write as _;

use serde::Serialize;
use serde::ser::{self, Impossible};

/// Why this writer gave up on a value (the caller falls back to `serde_json`).
#[derive(Debug)]
pub(crate) struct Unsupported;

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not written by the facade's JSON writer")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

/// Appends `value` as compact JSON to `out`: the text `serde_json::to_string(value)` gives.
///
/// # Errors
/// [`Unsupported`] for a value this writer leaves to `serde_json` (see the module), or one
/// whose `Serialize` fails; `out` then holds a partial text.
pub(crate) fn write<T: ?Sized + Serialize>(out: &mut String, value: &T) -> Result<(), Unsupported> {
    value.serialize(&mut Writer {
        out,
        scratch: String::new(),
    })
}

struct Writer<'a> {
    out: &'a mut String,
    /// Reused for `collect_str` (dates and other `Display` values written as strings).
    scratch: String,
}

/// Whether `s` holds a byte JSON requires escaped: `"`, `\` or a control character.
///
/// Most strings of a response are short (field names, codes), so the check reads 8 bytes
/// at a time as one number (two overlapping reads for 4-7 bytes) instead of a loop per
/// byte. A read that fails counts as "to escape": the slow path is always correct.
fn needs_escape(s: &str) -> bool {
    let s = s.as_bytes();
    let n = s.len();
    let read8 = |i: usize| {
        s.get(i..i + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let read4 = |i: usize| {
        s.get(i..i + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    if n >= 8 {
        let mut hit = false;
        let mut i = 0;
        while i + 8 <= n {
            hit |= word_needs_escape(read8(i));
            i += 8;
        }
        hit | word_needs_escape(read8(n - 8))
    } else if n >= 4 {
        word_needs_escape(read4(0) | read4(n - 4) << 32)
    } else {
        s.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\')
    }
}

/// Whether one of the 8 bytes of `w` is below 0x20, `"` or `\`. The usual bit tricks
/// ("Bit Twiddling Hacks", S. E. Anderson: a zero byte, a byte less than n): each answers
/// whether such a byte exists, exactly.
fn word_needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    (below_space | has_zero(w ^ (ONES * u64::from(b'"'))) | has_zero(w ^ (ONES * u64::from(b'\\'))))
        != 0
}

/// Appends `s` as a JSON string.
fn string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    if needs_escape(s) {
        escaped(out, s);
    } else {
        out.push_str(s);
    }
    out.push('"');
}

/// The contents of a string with something to escape (RFC 8259 section 7, in the forms
/// `serde_json` writes).
fn escaped(out: &mut String, s: &str) {
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x09 => "\\t",
            0x0A => "\\n",
            0x0C => "\\f",
            0x0D => "\\r",
            0x00..=0x1F => "",
            _ => continue,
        };
        // Split only at ASCII bytes, so both slices are whole characters.
        out.push_str(s.get(start..i).unwrap_or_default());
        start = i + 1;
        if short.is_empty() {
            out.push_str("\\u00");
            // Lower-case hex digits, as serde_json writes them.
            out.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
            out.push(char::from_digit(u32::from(b & 0xF), 16).unwrap_or('0'));
        } else {
            out.push_str(short);
        }
    }
    out.push_str(s.get(start..).unwrap_or_default());
}

impl Writer<'_> {
    /// A number, in `serde_json`'s own digits (written into a buffer on the stack).
    fn number<T: Serialize>(&mut self, v: T) -> Result<(), Unsupported> {
        let mut buf = [0u8; 48];
        let mut slot: &mut [u8] = &mut buf;
        serde_json::to_writer(&mut slot, &v).map_err(|_| Unsupported)?;
        let len = 48 - slot.len();
        let text = buf
            .get(..len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .ok_or(Unsupported)?;
        self.out.push_str(text);
        Ok(())
    }
}

/// A sequence, map or struct being written; `first` until its first element.
struct Compound<'w, 'a> {
    w: &'w mut Writer<'a>,
    first: bool,
    /// Closing brackets: `]` or `}`, and `}}` / `]}` for an enum variant's wrapper.
    close: &'static str,
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.out.push(',');
        }
        self.first = false;
    }

    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.comma();
        value.serialize(&mut *self.w)
    }

    fn field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.comma();
        string(self.w.out, key);
        self.w.out.push(':');
        value.serialize(&mut *self.w)
    }

    fn end(self) -> Result<(), Unsupported> {
        self.w.out.push_str(self.close);
        Ok(())
    }
}

impl<'w, 'a> Writer<'a> {
    fn open(&'w mut self, open: &str, close: &'static str) -> Compound<'w, 'a> {
        self.out.push_str(open);
        Compound {
            w: self,
            first: true,
            close,
        }
    }

    /// `{"variant":` before an enum variant's contents.
    fn variant_key(&mut self, variant: &str) {
        self.out.push('{');
        string(self.out, variant);
        self.out.push(':');
    }
}

impl<'w, 'a> ser::Serializer for &'w mut Writer<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'w, 'a>;
    type SerializeTuple = Compound<'w, 'a>;
    type SerializeTupleStruct = Compound<'w, 'a>;
    type SerializeTupleVariant = Compound<'w, 'a>;
    type SerializeMap = Compound<'w, 'a>;
    type SerializeStruct = Compound<'w, 'a>;
    type SerializeStructVariant = Compound<'w, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Unsupported> {
        self.number(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        string(self.out, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        string(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Unsupported> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.variant_key(variant);
        value.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'w, 'a>, Unsupported> {
        Ok(self.open("[", "]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'w, 'a>, Unsupported> {
        Ok(self.open("[", "]"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Compound<'w, 'a>, Unsupported> {
        Ok(self.open("[", "]"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'w, 'a>, Unsupported> {
        self.variant_key(variant);
        Ok(self.open("[", "]}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'w, 'a>, Unsupported> {
        Ok(self.open("{", "}"))
    }
    fn serialize_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Compound<'w, 'a>, Unsupported> {
        // serde_json's raw values and arbitrary-precision numbers are structs of this name.
        if name.starts_with("$serde_json::private") {
            return Err(Unsupported);
        }
        Ok(self.open("{", "}"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'w, 'a>, Unsupported> {
        self.variant_key(variant);
        Ok(self.open("{", "}}"))
    }
    fn collect_str<T: ?Sized + std::fmt::Display>(self, value: &T) -> Result<(), Unsupported> {
        let mut text = std::mem::take(&mut self.scratch);
        text.clear();
        write!(text, "{value}").map_err(|_| Unsupported)?;
        string(self.out, &text);
        self.scratch = text;
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        Compound::end(self)
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unsupported> {
        Compound::end(self)
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Unsupported> {
        self.comma();
        key.serialize(MapKey(self.w.out))
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.w.out.push(':');
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Unsupported> {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Unsupported> {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Unsupported> {
        Compound::end(self)
    }
}

/// A map key: strings (and what serializes as one) only; `serde_json` writes the others.
struct MapKey<'a>(&'a mut String);

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Impossible<(), Unsupported>;
    type SerializeTuple = Impossible<(), Unsupported>;
    type SerializeTupleStruct = Impossible<(), Unsupported>;
    type SerializeTupleVariant = Impossible<(), Unsupported>;
    type SerializeMap = Impossible<(), Unsupported>;
    type SerializeStruct = Impossible<(), Unsupported>;
    type SerializeStructVariant = Impossible<(), Unsupported>;

    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        string(self.0, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        string(self.0, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        string(self.0, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn collect_str<T: ?Sized + std::fmt::Display>(self, value: &T) -> Result<(), Unsupported> {
        string(self.0, &value.to_string());
        Ok(())
    }

    fn serialize_bool(self, _: bool) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_i8(self, _: i8) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_i16(self, _: i16) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_i32(self, _: i32) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_i64(self, _: i64) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_u8(self, _: u8) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_u16(self, _: u16) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_u32(self, _: u32) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_u64(self, _: u64) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_f32(self, _: f32) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    fn same<T: Serialize>(value: &T) -> String {
        let mut out = String::new();
        super::write(&mut out, value).unwrap();
        assert_eq!(out, serde_json::to_string(value).unwrap());
        out
    }

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Shape {
        Unit,
        Newtype(u8),
        Tuple(i32, f64),
        Struct { a: Option<String>, b: Vec<bool> },
    }

    #[derive(Serialize)]
    #[serde(tag = "kind")]
    enum Tagged {
        One { text: String },
    }

    #[test]
    fn every_shape_is_written_as_serde_json_writes_it() {
        same(&Shape::Unit);
        same(&Shape::Newtype(7));
        same(&Shape::Tuple(-3, 0.1));
        same(&Shape::Struct {
            a: Some("x\"y".into()),
            b: vec![true, false],
        });
        same(&Shape::Struct { a: None, b: vec![] });
        same(&Tagged::One { text: "t".into() });
        same(&(
            1u64,
            -1i64,
            1.5f32,
            f64::NAN,
            f32::INFINITY,
            u128::MAX,
            'c',
            (),
        ));
        same(&BTreeMap::from([("b\n", 1), ("a", 2)]));
        same(&BTreeMap::<String, ()>::new());
        same(&serde_json::json!({"k": [1, 2.5, -0.0, 1e300, "s", null, {"n": {}}]}));
        let date = chrono::DateTime::parse_from_rfc3339("2024-04-26T07:50:00.5-04:00").unwrap();
        same(&date);
        same(&date.with_timezone(&chrono::Utc));
    }

    #[test]
    fn a_key_that_is_not_a_string_is_left_to_serde_json() {
        let mut out = String::new();
        assert!(super::write(&mut out, &BTreeMap::from([(1, 2)])).is_err());
    }

    proptest::proptest! {
        /// Every string, whatever it holds (controls, quotes, backslashes, DEL, any
        /// character), is escaped exactly as serde_json escapes it.
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(s in "(?s).{0,40}", t in "[\\x00-\\x7f]{0,40}") {
            let mut out = String::new();
            super::write(&mut out, &(&s, &t)).unwrap();
            proptest::prop_assert_eq!(out, serde_json::to_string(&(&s, &t)).unwrap());
            for x in [&s, &t] {
                let naive = x.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\');
                proptest::prop_assert_eq!(super::needs_escape(x), naive, "{:?}", x);
            }
        }
    }
}
