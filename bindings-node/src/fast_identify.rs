//! The native half of the `identify` / `identifyBatch` fast path in `fast.js`.
//!
//! Building the nested result through N-API costs a call per property; writing JSON text and
//! letting V8's `JSON.parse` build it was faster, but the parse still took about a third of a
//! call. Here the answer is one flat string: its fields joined by U+001F (the ASCII unit
//! separator), in a fixed order with counts, which `fast.js` splits once and reads into object
//! literals. Carrier, format and detail keys come from the built-in tables and numbers are
//! letters and digits, so the separator can only appear in the normalized input; when any
//! field holds it, the JSON text is answered instead (it starts with `{` or `[`, a flat answer
//! with `0` or `1`, or is empty for an empty batch).
//!
//! One identification, in order: `ambiguous` (`0`/`1`), `normalized`, the candidate count,
//! then per candidate `carrier`, `format`, `format_name`, flags (bit 0 `check_digit_verified`,
//! bit 1 an `operator` follows, bit 2 a `tracking_url` follows), `confidence`, `number`,
//! `trackable`, [`operator`], the detail count, each detail's key and value, [`tracking_url`].
//! `input` is not sent: `fast.js` has the caller's string (it takes this path only for
//! well-formed strings, which cross N-API unchanged).

use std::fmt::Write;

use napi::Env;
use napi_derive::napi;
use tracking_core::tracking_number::Identification;

use crate::error::guard;
use crate::tracking_number::{IdentifyOptions, identify_hinted};

/// The field separator of the flat answer.
const SEP: char = '\u{1f}';

/// Appends `field` and a separator; false when the field holds the separator itself.
fn field(out: &mut String, field: &str) -> bool {
    out.push_str(field);
    out.push(SEP);
    !field.contains(SEP)
}

/// Appends one identification (see the module docs); false when it cannot be written flat.
fn encode(id: &Identification, out: &mut String) -> bool {
    let mut ok = field(out, if id.ambiguous { "1" } else { "0" });
    ok &= field(out, &id.normalized);
    let _ = write!(out, "{}{SEP}", id.candidates.len());
    for c in &id.candidates {
        ok &= c.confidence.is_finite();
        ok &= field(out, c.carrier);
        ok &= field(out, c.format);
        ok &= field(out, c.format_name);
        let flags = u8::from(c.check_digit_verified)
            | (u8::from(c.operator.is_some()) << 1)
            | (u8::from(c.tracking_url.is_some()) << 2);
        // Display of an f64 is its shortest round-trip text, so JavaScript reads the same
        // double that `JSON.parse` of serde_json's text would give.
        let _ = write!(out, "{flags}{SEP}{}{SEP}", c.confidence);
        ok &= field(out, &c.number);
        ok &= field(out, &c.trackable);
        if let Some(operator) = c.operator {
            ok &= field(out, operator);
        }
        let _ = write!(out, "{}{SEP}", c.details.len());
        for (k, v) in &c.details {
            ok &= field(out, k);
            ok &= field(out, v);
        }
        if let Some(url) = &c.tracking_url {
            ok &= field(out, url);
        }
    }
    ok
}

/// The flat text of `ids` without its last separator, or their JSON text when one of them
/// cannot be written flat (`batch`: a JSON array, else the single object).
fn answer(ids: &[Identification], batch: bool) -> Result<String, serde_json::Error> {
    let mut out = String::with_capacity(ids.len() * 200);
    let mut flat = true;
    for id in ids {
        flat &= encode(id, &mut out);
    }
    if flat {
        out.pop();
        return Ok(out);
    }
    Ok(match (batch, ids) {
        (false, [one]) => serde_json::to_string(one)?,
        _ => serde_json::to_string(ids)?,
    })
}

/// `identify` as flat text (see the module docs).
#[napi(js_name = "__identifyFlat", skip_typescript)]
pub fn identify_flat(
    env: &Env,
    number: String,
    options: Option<IdentifyOptions>,
) -> napi::Result<String> {
    guard(env, || {
        Ok(answer(
            &[identify_hinted(&number, options.as_ref())],
            false,
        )?)
    })
}

/// `identifyBatch` as flat text, the identifications one after the other.
#[napi(js_name = "__identifyBatchFlat", skip_typescript)]
pub fn identify_batch_flat(
    env: &Env,
    numbers: Vec<String>,
    options: Option<IdentifyOptions>,
) -> napi::Result<String> {
    guard(env, || {
        let ids: Vec<Identification> = numbers
            .iter()
            .map(|n| identify_hinted(n, options.as_ref()))
            .collect();
        Ok(answer(&ids, true)?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracking_core::tracking_number::identify;

    #[test]
    fn flat_text_has_the_documented_fields() {
        let text = answer(&[identify("1Z999AA10123456784")], false).unwrap_or_default();
        let parts: Vec<&str> = text.split(SEP).collect();
        assert_eq!(
            parts.get(..6),
            Some(&["0", "1Z999AA10123456784", "1", "ups", "ups", "UPS 1Z"][..])
        );
        // verified check digit, no operator, a tracking URL
        assert_eq!(parts.get(6), Some(&"5"));
        assert!(parts.last().is_some_and(|u| u.starts_with("https://")));
    }

    #[test]
    fn a_separator_in_the_input_falls_back_to_json() {
        let text = answer(&[identify("1Z999AA1\u{1f}0123456784")], false).unwrap_or_default();
        assert!(text.starts_with('{'), "{text}");
        let batch = answer(&[identify("x"), identify("\u{1f}")], true).unwrap_or_default();
        assert!(batch.starts_with('['), "{batch}");
        assert_eq!(answer(&[], true).unwrap_or_default(), "");
    }
}
