//! Tracking numbers: identify the carrier and verify the check digit, offline.
//!
//! [`identify`] lists every carrier format whose rules accept a pasted number (whole-string
//! match after normalization), ranked: check-digit-verified formats first, then the documented
//! collision priorities of `core/tables/tracking_numbers/priority.txt`, then confidence.
//! [`validate`] answers "is this a valid number for that carrier, and if not, why".
//! [`find_in_text`] extracts numbers from an e-mail or a note.
//!
//! Formats are data (`core/tables/tracking_numbers/formats.txt`, compiled in and parsed at
//! first use): a pattern, a check-digit algorithm and its parameters, lookups. Adding a format
//! is a table edit. See docs/tracking-numbers.md for the formats and their sources.
//!
//! ```
//! use tracking_core::tracking_number::{Reason, check, find_in_text, identify};
//!
//! let id = identify("Tracking #: 1z 879 e93 03 4683 444 0");
//! let ups = &id.candidates[0];
//! assert_eq!((ups.carrier, ups.format, ups.check_digit_verified), ("ups", "ups", true));
//! assert_eq!(id.normalized, "1Z879E930346834440");
//!
//! let s10 = identify("RB 123 456 785 GB");
//! assert_eq!(s10.candidates[0].operator, Some("royal_mail")); // UPU S10, issued in GB
//!
//! let both = identify("287809468872"); // valid FedEx 12 *and* Purolator 12
//! assert!(both.ambiguous && both.candidates.len() == 2);
//!
//! let why = check("1Z879E930346834443", "ups")?.unwrap_err();
//! assert_eq!(why, Reason::BadCheckDigit { expected: '0', found: '3' });
//!
//! let found = find_in_text("Shipped! UPS 1Z879E930346834440, call 555-123-4567.");
//! assert_eq!(found.len(), 1);
//! # Ok::<(), tracking_core::Error>(())
//! ```

pub mod checksum;
mod linear;
mod lookalike;
mod normalize;
pub mod pattern;
mod rank;
mod table;
mod text;
mod validate;

use std::collections::BTreeMap;

use serde::Serialize;

use pattern::{Caps, MAX_GROUPS};
use table::{Format, Tables, Trackable};

pub use lookalike::LookAlike;
pub use rank::{Hint, identify_with};
pub use text::{Found, find_in_text};
pub use validate::{Reason, check, validate};

use rank::rank;

/// One carrier format that accepts the number.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Candidate {
    /// Carrier slug of the registry (`ups`, `fedex`, `s10` ...).
    pub carrier: &'static str,
    /// Format id (`ups`, `usps_impb_c`, `fedex_12`, `s10` ...).
    pub format: &'static str,
    /// Format name for people.
    pub format_name: &'static str,
    /// Whether the format has a check digit and it is right (false: pattern-only format).
    pub check_digit_verified: bool,
    /// How plausible this reading is, 0..1 (shared out between carriers when ambiguous).
    pub confidence: f64,
    /// The normalized number as the carrier prints it.
    pub number: String,
    /// The part people type into the carrier's website (USPS without the `420`+ZIP routing
    /// prefix, the FedEx 12 inside a 34-digit barcode ...); equals `number` otherwise.
    pub trackable: String,
    /// For S10 items: the issuing country's postal operator, when the registry knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<&'static str>,
    /// What the format encodes: service code and name, S10 country, USPS routing ZIP ...
    pub details: BTreeMap<&'static str, String>,
    /// Public tracking page, when the carrier (or S10 operator) has one.
    pub tracking_url: Option<String>,
    /// Position of the format in priority.txt (ties between accepting formats).
    #[serde(skip)]
    rank: usize,
    /// The format's confidence before any adjustment (plausibility ignores the all-zero cut).
    #[serde(skip)]
    prior: f64,
    /// The reading's confidence before it was shared out with other carriers (what a hint
    /// that settles the ambiguity gives back).
    #[serde(skip)]
    own: f64,
    /// Specificity of the format's shape at this length (log10 of the strings it admits;
    /// smaller is more specific): ranks formats the priority list does not order.
    #[serde(skip)]
    space: f64,
    /// The format's family code (`dhl` for every DHL division), for carrier hints.
    #[serde(skip)]
    family: &'static str,
}

/// The result of [`identify`].
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Identification {
    /// The input as given.
    pub input: String,
    /// The input without separators, upper case (and without a label, if one was removed).
    pub normalized: String,
    /// More than one carrier remains plausible.
    pub ambiguous: bool,
    /// Every accepting format, best first; empty when nothing accepts the number.
    pub candidates: Vec<Candidate>,
}

impl Identification {
    /// The best candidate, if any.
    pub fn best(&self) -> Option<&Candidate> {
        self.candidates.first()
    }
}

/// Whether any built-in tracking-number format belongs to the carrier with this registry slug
/// (S10 operators count: their items are recognized by the UPU S10 format).
pub fn has_formats(slug: &str) -> bool {
    table::tables().is_ok_and(|t| {
        t.formats.iter().any(|f| f.carrier == slug)
            || t.countries.values().any(|c| c.operator_slug == Some(slug))
    })
}

/// Every format that accepts `input`, ranked. Never fails: a number nothing accepts (or a
/// broken built-in table) gives an empty candidate list.
pub fn identify(input: &str) -> Identification {
    let Ok(t) = table::tables() else {
        return unidentified(input, normalize::compact(input));
    };
    let normalized = normalize::compact(input);
    // Every format has digits, and removing a label cannot add any.
    if !normalized.bytes().any(|b| b.is_ascii_digit()) {
        return unidentified(input, normalized);
    }
    let (mut candidates, _) = accepted(t, input, &normalized, false, |f| f.in_identify);
    let mut normalized_used = normalized;
    if candidates.is_empty()
        && let Some(stripped) = normalize::strip_labels(input)
    {
        let n2 = normalize::compact(stripped);
        let (c2, _) = accepted(t, stripped, &n2, false, |f| f.in_identify);
        if !c2.is_empty() {
            candidates = c2;
            normalized_used = n2;
        }
    }
    let ambiguous = rank(&mut candidates);
    Identification {
        input: input.to_string(),
        normalized: normalized_used,
        ambiguous,
        candidates,
    }
}

/// The candidates of the formats `keep` selects that accept `s` (the normalized form of
/// `raw`, what the caller pasted or the stretch of text it came from), with the readings the
/// look-alike classes rule out removed, and the class that removed some, if any
/// (`carrier_named`: the caller named the carrier, see `lookalike::filter`). The one place `identify`, `validate` and `find_in_text` apply the look-alike filter.
fn accepted(
    t: &'static Tables,
    raw: &str,
    s: &str,
    carrier_named: bool,
    keep: impl Fn(&Format) -> bool,
) -> (Vec<Candidate>, Option<lookalike::LookAlike>) {
    let mut cands = candidates_for(t, s, keep);
    let class = lookalike::filter(
        raw,
        s,
        &mut cands,
        carrier_named,
        &|id| t.formats.iter().find(|f| f.id == id),
        &|f, alt| evaluate(f, t, alt.as_bytes()).is_ok(),
    );
    (cands, class)
}

fn unidentified(input: &str, normalized: String) -> Identification {
    Identification {
        input: input.to_string(),
        normalized,
        ambiguous: false,
        candidates: Vec::new(),
    }
}

/// Checks one format against a normalized number: the captures of the accepted parse, or how
/// far it got (a bad check digit with the digit expected).
fn evaluate(f: &Format, t: &Tables, s: &[u8]) -> std::result::Result<Caps, Reason> {
    evaluate_in(f, t, s, &mut Ctx::explaining())
}

/// Per-number state shared by the formats `identify` tries: whether failures must say which
/// check digit was expected (`check` does; `identify` only needs how far a format got), and
/// the check-digit results computed so far.
struct Ctx {
    explain: bool,
    sums: SumCache,
}

impl Ctx {
    fn explaining() -> Self {
        Ctx {
            explain: true,
            sums: SumCache::default(),
        }
    }

    fn quick() -> Self {
        Ctx {
            explain: false,
            sums: SumCache::default(),
        }
    }
}

/// Check-digit verdicts already computed for the number at hand, by algorithm, serial span and
/// check position: formats that share a rule (Yamato, Sagawa and Japan Post's mod 7; the GS1
/// mod 10 of several SSCC-based formats) compute it once. A handful of entries is plenty.
/// The algorithm is named by its format's `sum_id` (equal rules share one, found when the
/// tables load), so a lookup compares integers, not parameter lists.
#[derive(Default)]
struct SumCache {
    entries: [Option<SumEntry>; 8],
    len: usize,
}

/// Algorithm (`sum_id`), serial span, check position, verdict.
type SumEntry = (usize, (u8, u8), u8, bool);

impl SumCache {
    fn get(&self, sum: usize, serial: (u8, u8), check: u8) -> Option<bool> {
        self.entries
            .iter()
            .take(self.len)
            .flatten()
            .find_map(|e| (e.0 == sum && e.1 == serial && e.2 == check).then_some(e.3))
    }

    fn put(&mut self, sum: usize, serial: (u8, u8), check: u8, ok: bool) {
        if let Some(slot) = self.entries.get_mut(self.len) {
            *slot = Some((sum, serial, check, ok));
            self.len += 1;
        }
    }
}

fn evaluate_in(
    f: &Format,
    t: &Tables,
    s: &[u8],
    ctx: &mut Ctx,
) -> std::result::Result<Caps, Reason> {
    let (lo, hi) = f.pattern.len_bounds();
    if s.len() < lo || s.len() > hi || !f.length_ok(s.len()) {
        // `expected` is filled in by `check` for the whole carrier (no allocation here: this
        // is the common, hot rejection).
        return Err(Reason::WrongLength {
            length: s.len(),
            expected: String::new(),
        });
    }
    let mut caps = [None; MAX_GROUPS];
    let mut failure = Reason::WrongFormat;
    let mut accept = |c: &Caps| match verify(f, t, s, c, ctx) {
        Ok(()) => true,
        Err(r) => {
            if r.stage() > failure.stage() {
                failure = r;
            }
            false
        }
    };
    if f.pattern.matches(s, &mut caps, &mut accept) {
        Ok(caps)
    } else {
        Err(failure)
    }
}

fn span(caps: &Caps, g: Option<usize>) -> Option<(u8, u8)> {
    caps.get(g?).copied().flatten()
}

fn slice<'a>(s: &'a [u8], caps: &Caps, g: Option<usize>) -> Option<&'a [u8]> {
    let (a, b) = span(caps, g)?;
    s.get(usize::from(a)..usize::from(b))
}

/// The checksum and requirement checks of one parse.
fn verify(
    f: &Format,
    t: &Tables,
    s: &[u8],
    caps: &Caps,
    ctx: &mut Ctx,
) -> std::result::Result<(), Reason> {
    if let Some(sum) = &f.checksum {
        let (serial_span, check_span) = span(caps, f.serial)
            .zip(span(caps, f.check))
            .ok_or(Reason::WrongFormat)?;
        let serial = slice(s, caps, f.serial).ok_or(Reason::WrongFormat)?;
        let check = slice(s, caps, f.check)
            .and_then(|c| c.first().copied())
            .ok_or(Reason::WrongFormat)?;
        let mut buf = [0u8; 80];
        let (serial, cacheable) = match &f.prepend {
            Some((content, unless)) if !serial.starts_with(unless.as_bytes()) => {
                let (c, n) = (content.as_bytes(), serial.len());
                let out = buf.get_mut(..c.len() + n).ok_or(Reason::WrongFormat)?;
                out.iter_mut()
                    .zip(c.iter().chain(serial))
                    .for_each(|(o, &b)| *o = b);
                (&*out, false)
            }
            _ => (serial, true),
        };
        let cached = if cacheable {
            ctx.sums.get(f.sum_id, serial_span, check_span.0)
        } else {
            None
        };
        let ok = cached.unwrap_or_else(|| {
            let ok = sum.verify(serial, check);
            if cacheable {
                ctx.sums.put(f.sum_id, serial_span, check_span.0, ok);
            }
            ok
        });
        if !ok {
            // Working out the expected digit costs a second pass: only `check` wants it.
            let expected = if ctx.explain {
                expected_check(sum, serial).unwrap_or('?')
            } else {
                '?'
            };
            return Err(Reason::BadCheckDigit {
                expected,
                found: char::from(check),
            });
        }
    }
    if let Some(g) = f.require_country {
        let code = slice(s, caps, Some(g)).unwrap_or_default();
        let known = std::str::from_utf8(code).is_ok_and(|c| t.countries.contains_key(c));
        if !known {
            return Err(Reason::UnknownCountry {
                code: String::from_utf8_lossy(code).into_owned(),
            });
        }
    }
    Ok(())
}

fn expected_check(sum: &checksum::Checksum, serial: &[u8]) -> Option<char> {
    use checksum::Checksum as C;
    let c = match sum {
        C::Mod10 {
            evens,
            odds,
            reverse,
            add,
        } => checksum::mod10_add(serial, *evens, *odds, *reverse, *add),
        C::Luhn => checksum::luhn(serial),
        C::Mod7 => checksum::mod7(serial),
        C::S10 => checksum::s10(serial),
        C::Weighted { weights, m1, m2 } => checksum::weighted(serial, weights, *m1, *m2),
        C::Mod37_36 => checksum::mod37_36(serial),
    }?;
    Some(char::from(c))
}

/// How much narrower (log10 of the strings admitted) a pattern-only shape must be than a
/// check-digit shape that fits the number and rejects it, for the pattern-only reading to
/// stand: ten times.
pub(super) const NARROWER: f64 = 1.0;

/// Candidates of the formats `keep` selects that accept the normalized `s` (unranked).
fn candidates_for(t: &'static Tables, s: &str, keep: impl Fn(&Format) -> bool) -> Vec<Candidate> {
    if s.is_empty() || !s.is_ascii() {
        return Vec::new();
    }
    let Some(idx) = t.by_len.get(s.len()) else {
        return Vec::new();
    };
    // The most specific shape among check-digit formats whose shape fits but whose check
    // (or S10 country) rejects the number: no pattern-only format at least as general may
    // accept it, or "any 14 digits" would accept every mistyped 14-digit number of a carrier
    // that has a check digit.
    let mut rejected_space = f64::INFINITY;
    let mut ctx = Ctx::quick();
    let first = s.as_bytes().first().map_or(0, |&b| 1u128 << (b & 127));
    // The accepting formats, kept on the stack (a handful at most; more spill to the heap):
    // no allocation before a match.
    let mut inline = [(0usize, [None; MAX_GROUPS]); ACCEPTED_INLINE];
    let mut n_inline = 0;
    let mut spill: Vec<(usize, Caps)> = Vec::new();
    for &(i, starts) in idx {
        if starts & first == 0 {
            continue;
        }
        let Some(f) = t.formats.get(i) else { continue };
        if !keep(f) {
            continue;
        }
        match evaluate_in(f, t, s.as_bytes(), &mut ctx) {
            Ok(caps) => match inline.get_mut(n_inline) {
                Some(slot) => {
                    *slot = (i, caps);
                    n_inline += 1;
                }
                None => spill.push((i, caps)),
            },
            Err(r) => {
                if f.checksum.is_some() && r.stage() >= Reason::CHECKED {
                    rejected_space = rejected_space.min(f.space_at(s.len()));
                }
            }
        }
    }
    // A pattern-only shape survives such a rejection only when it is at least ten times
    // narrower (it then claims at most a tenth of the strings the check-digit shape covers,
    // about as many as a mistyped check digit produces). The tolerance makes equal shapes
    // compare equal despite float rounding.
    inline
        .iter()
        .take(n_inline)
        .chain(&spill)
        .filter_map(|(i, caps)| Some((t.formats.get(*i)?, caps)))
        .filter(|(f, _)| {
            f.checksum.is_some() || f.space_at(s.len()) + NARROWER <= rejected_space + 1e-9
        })
        .map(|(f, caps)| candidate(f, t, s, caps))
        .collect()
}

/// Accepting formats `candidates_for` keeps on the stack before it spills to the heap.
const ACCEPTED_INLINE: usize = 8;

fn candidate(f: &'static Format, t: &'static Tables, s: &str, caps: &Caps) -> Candidate {
    let text = |g: usize| {
        let (a, b) = caps.get(g).copied().flatten()?;
        s.get(usize::from(a)..usize::from(b))
    };
    let mut details = BTreeMap::new();
    for (g, key) in f.detail_keys.iter().enumerate() {
        if matches!(key.as_str(), "serial" | "check" | "trackable") {
            continue;
        }
        if let Some(v) = text(g).filter(|v| !v.is_empty()) {
            details.insert(key.as_str(), v.to_string());
        }
    }
    for l in &f.lookups {
        if let Some(v) = text(l.group).and_then(|v| l.find(v)) {
            details.insert(l.field.as_str(), v.to_string());
        }
    }
    let mut operator = None;
    let mut url = f.url.as_ref();
    if let Some(code) = f.require_country.and_then(text)
        && let Some(c) = t.countries.get(code)
    {
        details.insert("country", c.name.clone());
        operator = c.operator_slug;
        url = c.operator_url.as_ref();
    }
    let trackable = match f.trackable {
        Trackable::Whole => s,
        Trackable::Group(g) => text(g).unwrap_or(s),
        Trackable::Last(n) => s.get(s.len().saturating_sub(n)..).unwrap_or(s),
    };
    let number = match (f.dash_before_last, s.len().checked_sub(1)) {
        (true, Some(i)) => format!("{}-{}", s.get(..i).unwrap_or(s), s.get(i..).unwrap_or("")),
        _ => s.to_string(),
    };
    let trackable = if trackable == s {
        number.clone()
    } else {
        trackable.to_string()
    };
    let all_zero = s.bytes().filter(u8::is_ascii_digit).all(|b| b == b'0');
    // A bare digit string passing a check digit by chance: the format's confidence is capped
    // by the posterior of the look-alike calibration (precomputed per length at table load).
    let format_confidence = if s.bytes().all(|b| b.is_ascii_digit()) {
        f.digit_confidence_at(s.len())
    } else {
        f.confidence
    };
    let confidence = if all_zero {
        format_confidence * 0.5
    } else {
        format_confidence
    };
    Candidate {
        carrier: f.carrier.as_str(),
        format: f.id.as_str(),
        format_name: f.name.as_str(),
        check_digit_verified: f.checksum.is_some(),
        confidence,
        own: confidence,
        tracking_url: url.map(|u| u.fill(&trackable)),
        number,
        trackable,
        operator,
        details,
        rank: f.rank,
        prior: f.confidence,
        space: f.space_at(s.len()),
        family: f.courier.as_str(),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_general;
#[cfg(test)]
mod tests_hints;
#[cfg(test)]
mod tests_honest;
#[cfg(test)]
mod tests_lookalike;
#[cfg(test)]
mod tests_props;
#[cfg(test)]
mod tests_round11;
#[cfg(test)]
mod tests_round3;
#[cfg(test)]
mod tests_round4;
#[cfg(test)]
mod tests_world;
