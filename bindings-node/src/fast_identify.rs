//! The native half of the `identify` / `identifyBatch` fast path in `fast.js`.
//!
//! Building the nested result through N-API costs a call per property, and `JSON.parse` of
//! serde's text took about a third of a call. Here the answer is one flat ASCII string that
//! `fast.js` reads with a cursor (`indexOf` and `charCodeAt`, no `split`): fields end with
//! U+001F (the ASCII unit separator), small integers are decimal text, and
//!
//! - the strings that come from the built-in tables (carrier slug, format id and name, S10
//!   operator, detail keys: all `&'static str` in the core) are sent as *atoms*, ids into a
//!   process-wide list that only grows and is bounded by the tables (`__identifyAtoms(from)`
//!   hands `fast.js` the entries it has not seen yet), so they cost no string per call;
//! - the common repeats are flags instead of text: `normalized` equal to the input, a
//!   candidate's `number` equal to `normalized`, `trackable` equal to `number`.
//!
//! One identification, in order: flags (bit 0 `ambiguous`, bit 1 `normalized` is the input
//! and is left out), [`normalized`], the candidate count, then per candidate: the `carrier`,
//! `format` and `format_name` atoms, flags (bit 0 `check_digit_verified`, bit 1 an `operator`
//! atom follows, bit 2 a `tracking_url` follows, bit 3 `number` equals `normalized` and is
//! left out, bit 4 `trackable` equals `number` and is left out), `confidence` (Rust's shortest
//! round-trip text of the f64, so JavaScript reads the same double `JSON.parse` gives),
//! [`number`], [`trackable`], [`operator`], the detail count, per detail its key atom and its
//! value, [`tracking_url`]. `input` is not sent: `fast.js` has the caller's string (it takes
//! this path only for well-formed strings, which cross N-API unchanged).
//!
//! The key list of that shape is the core's: `fast.test.mjs` checks every key the reader
//! builds against `docs/schema/identify.response.json` (generated from the core types) and
//! every answer against the facade's `call("identify")`.
//!
//! Text fields (normalized, number, trackable, detail values, URL) come from the input, so
//! one may hold the separator; then, or when an atom cannot be kept, the answer is the JSON
//! text instead (it starts with `{` or `[`; a flat answer starts with a digit; an empty
//! batch gives the empty string).

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::Mutex;

use napi::Either;
use napi::Env;
use napi::bindgen_prelude::Latin1String;
use napi_derive::napi;
use tracking_core::tracking_number::Identification;

use crate::error::{guard, invalid};
use crate::tracking_number::{IdentifyOptions, identify_hinted};

/// The field separator of the flat answer.
const SEP: char = '\u{1f}';

/// Atoms are table strings, so a few thousand at most; past this bound answers go as JSON.
const MAX_ATOMS: usize = 1 << 16;

/// The strings of the built-in tables seen so far, position = atom id.
#[derive(Default)]
struct Atoms {
    ids: HashMap<&'static str, u32>,
    list: Vec<&'static str>,
}

impl Atoms {
    fn id(&mut self, s: &'static str) -> Option<u32> {
        if let Some(&id) = self.ids.get(s) {
            return Some(id);
        }
        if self.list.len() >= MAX_ATOMS {
            return None;
        }
        let id = u32::try_from(self.list.len()).ok()?;
        self.list.push(s);
        self.ids.insert(s, id);
        Some(id)
    }
}

static ATOMS: Mutex<Option<Atoms>> = Mutex::new(None);

/// Writes one flat answer; false when it cannot be flat (then the caller answers JSON).
struct Writer<'a> {
    out: String,
    atoms: &'a mut Atoms,
    ok: bool,
}

impl Writer<'_> {
    fn text(&mut self, field: &str) {
        self.ok &= !field.contains(SEP);
        self.out.push_str(field);
        self.out.push(SEP);
    }

    fn int(&mut self, n: impl std::fmt::Display) {
        let _ = write!(self.out, "{n}{SEP}");
    }

    fn atom(&mut self, s: &'static str) {
        match self.atoms.id(s) {
            Some(id) => self.int(id),
            None => self.ok = false,
        }
    }

    /// Appends one identification of `input` (see the module docs).
    fn identification(&mut self, input: &str, id: &Identification) {
        let same_input = id.normalized == input;
        self.int(u8::from(id.ambiguous) | (u8::from(same_input) << 1));
        if !same_input {
            self.text(&id.normalized);
        }
        self.int(id.candidates.len());
        for c in &id.candidates {
            self.atom(c.carrier);
            self.atom(c.format);
            self.atom(c.format_name);
            let same_number = c.number == id.normalized;
            let same_trackable = c.trackable == c.number;
            let flags = u8::from(c.check_digit_verified)
                | (u8::from(c.operator.is_some()) << 1)
                | (u8::from(c.tracking_url.is_some()) << 2)
                | (u8::from(same_number) << 3)
                | (u8::from(same_trackable) << 4);
            self.int(flags);
            self.ok &= c.confidence.is_finite();
            self.int(c.confidence);
            if !same_number {
                self.text(&c.number);
            }
            if !same_trackable {
                self.text(&c.trackable);
            }
            if let Some(operator) = c.operator {
                self.atom(operator);
            }
            self.int(c.details.len());
            for (k, v) in &c.details {
                self.atom(k);
                self.text(v);
            }
            if let Some(url) = &c.tracking_url {
                self.text(url);
            }
        }
    }
}

/// A JavaScript string of `text`: Latin-1 (a copy, no UTF-8 decoding) when it is ASCII.
fn js_text(text: String) -> Either<Latin1String, String> {
    if text.is_ascii() {
        Either::A(Latin1String::from(text))
    } else {
        Either::B(text)
    }
}

/// The flat text of `ids` (one per input) without its last separator; `None` when one of
/// them cannot be written flat.
fn flat<S: AsRef<str>>(inputs: &[S], ids: &[Identification]) -> Option<String> {
    let mut guard = ATOMS.lock().ok()?;
    let mut w = Writer {
        out: String::with_capacity(ids.len() * 96),
        atoms: guard.get_or_insert_with(Atoms::default),
        ok: true,
    };
    for (input, id) in inputs.iter().zip(ids) {
        w.identification(input.as_ref(), id);
    }
    w.out.pop();
    w.ok.then_some(w.out)
}

/// The flat text of `ids`, or their JSON text when it cannot be flat (`batch`: a JSON
/// array, else the single object).
fn answer<S: AsRef<str>>(
    inputs: &[S],
    ids: &[Identification],
    batch: bool,
) -> Result<String, serde_json::Error> {
    if let Some(text) = flat(inputs, ids) {
        return Ok(text);
    }
    match (batch, ids) {
        (false, [one]) => serde_json::to_string(one),
        _ => serde_json::to_string(ids),
    }
}

/// `identify` as flat text (see the module docs).
#[napi(js_name = "__identifyFlat", skip_typescript)]
pub fn identify_flat(
    env: &Env,
    number: String,
    options: Option<IdentifyOptions>,
) -> napi::Result<Either<Latin1String, String>> {
    guard(env, || {
        let id = identify_hinted(&number, options.as_ref());
        Ok(js_text(answer(&[&number], &[id], false)?))
    })
}

/// `identifyBatch` as flat text, the identifications one after the other.
#[napi(js_name = "__identifyBatchFlat", skip_typescript)]
pub fn identify_batch_flat(
    env: &Env,
    numbers: Vec<String>,
    options: Option<IdentifyOptions>,
) -> napi::Result<Either<Latin1String, String>> {
    guard(env, || {
        let ids: Vec<Identification> = numbers
            .iter()
            .map(|n| identify_hinted(n, options.as_ref()))
            .collect();
        Ok(js_text(answer(&numbers, &ids, true)?))
    })
}

/// The atoms from id `from` on (see the module docs).
#[napi(js_name = "__identifyAtoms", skip_typescript)]
pub fn identify_atoms(env: &Env, from: u32) -> napi::Result<Vec<&'static str>> {
    guard(env, || {
        let guard = ATOMS
            .lock()
            .map_err(|_| invalid("atoms", "the atom table is poisoned"))?;
        Ok(guard
            .as_ref()
            .and_then(|a| a.list.get(from as usize..))
            .unwrap_or_default()
            .to_vec())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracking_core::tracking_number::identify;

    fn text(answer: Result<String, serde_json::Error>) -> String {
        answer.unwrap_or_else(|e| e.to_string())
    }

    fn atom(id: &str) -> String {
        let list = ATOMS.lock().map(|a| a.as_ref().map(|a| a.list.clone()));
        let id: usize = id.parse().unwrap_or(usize::MAX);
        list.ok()
            .flatten()
            .and_then(|l| l.get(id).map(|s| s.to_string()))
            .unwrap_or_default()
    }

    #[test]
    fn flat_text_has_the_documented_fields() {
        let n = "1Z999AA10123456784";
        let flat = text(answer(&[n], &[identify(n)], false));
        let parts: Vec<&str> = flat.split(SEP).collect();
        // not ambiguous, normalized = input (left out), one candidate
        assert_eq!(parts.get(..2), Some(&["2", "1"][..]), "{flat}");
        let names: Vec<String> = parts
            .get(2..5)
            .unwrap_or_default()
            .iter()
            .map(|a| atom(a))
            .collect();
        assert_eq!(names, ["ups", "ups", "UPS 1Z"]);
        // verified, a tracking URL, number = normalized, trackable = number
        assert_eq!(parts.get(5), Some(&"29"));
        assert!(parts.last().is_some_and(|u| u.starts_with("https://")));
    }

    #[test]
    fn a_separator_in_a_sent_field_falls_back_to_json() {
        // Upper-cased, so `normalized` (holding the separator) is sent: JSON.
        let n = "1z999aa1\u{1f}0123456784";
        assert!(text(answer(&[n], &[identify(n)], false)).starts_with('{'));
        // An input equal to its normalized form is not sent, so it may hold the separator.
        let same = "1Z999AA1\u{1f}0123456784";
        assert_eq!(text(answer(&[same], &[identify(same)], false)), "2\u{1f}0");
        let mixed = ["x", "a\u{1f}b"];
        let batch = text(answer(&mixed, &mixed.map(identify), true));
        assert!(batch.starts_with('['), "{batch}");
        assert_eq!(text(answer::<&str>(&[], &[], true)), "");
    }
}
