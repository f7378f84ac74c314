//! Raw carrier code/text -> canonical status, sub-status, confidence and the rule that fired.
//!
//! Order of evidence: a status the sender already gave (`given`), then run-time overrides, then
//! the built-in code tables (per carrier, and per aggregator vocabulary addressed as a carrier:
//! `aftership`, `easypost`, ...), then user text rules, then the carrier's own event texts
//! (table rows found by description, `table:<carrier>:text`), then the multilingual text
//! classifier, then `unknown.unmapped`. Never a guess dressed as certainty: the confidence says how much the
//! answer rests on, and `rule` names what decided.
//!
//! Confidence scale: `given` 1.0; table hit 0.95 (0.9 when the text chose between colliding
//! rows, 0.7 when only a part of a composite code matched); the carrier's own text 0.9 (exact
//! folded description) or 0.8 (a code-less row's description inside the text); text rules 0.67-0.95 by the
//! status they give (measured, see `text::rules::CONFIDENCE`), 0.15 less when classified from a
//! code alone; unmapped 0.1.

pub mod corpus;
pub(crate) mod digits;
mod fold;
mod overrides;
pub(crate) mod readings;
mod resolve;
mod shopify;
mod table;
mod text;

use crate::letters::trim;
use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::event::{RawEvent, RejectReason};
use crate::status::{Status, SubStatus, parse_substatus_for};

pub use shopify::to_shopify;
pub use table::AGGREGATORS;
pub(crate) use text::MODEL_READING_HEAP;
pub use text::TextModel;
pub(crate) use text::hits_bound_bytes as text_hits_bytes;

use overrides::Overrides;

/// The rule that decided a normalization, e.g. `table:ups:1N`, `text:de:zugestellt`,
/// `given`, `fallback:unmapped`. Shown to support agents; stable enough to group by.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct Rule(#[schemars(with = "String")] RuleName);

/// A rule's name: static for the built-in rules, shared for computed ones (override rows,
/// the model's n-grams), so a reading kept in a cache is copied without allocating.
#[derive(Clone)]
enum RuleName {
    Static(&'static str),
    Shared(Arc<str>),
}

impl RuleName {
    fn as_str(&self) -> &str {
        match self {
            RuleName::Static(s) => s,
            RuleName::Shared(s) => s,
        }
    }
}

impl fmt::Debug for RuleName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for RuleName {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for RuleName {}

impl std::hash::Hash for RuleName {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl Serialize for RuleName {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Ok(RuleName::Shared(Arc::from(String::deserialize(d)?)))
    }
}

impl Rule {
    /// A rule named by a static string.
    pub const fn new_static(name: &'static str) -> Self {
        Rule(RuleName::Static(name))
    }

    /// A rule with a computed name.
    pub fn new(name: impl Into<String>) -> Self {
        Rule(RuleName::Shared(Arc::from(name.into())))
    }

    /// A rule with a computed name already shared (no copy).
    pub(crate) fn shared(name: Arc<str>) -> Self {
        Rule(RuleName::Shared(name))
    }

    /// The rule's name.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The kind of rule: the part before the first `:` (`table`, `text`, `given`, `fallback`).
    pub fn kind(&self) -> &str {
        self.as_str().split(':').next().unwrap_or("")
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The canonical reading of one raw event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Normalized {
    /// Canonical status.
    pub status: Status,
    /// Canonical sub-status, when the event says enough to pick one.
    pub substatus: Option<SubStatus>,
    /// Cause code in karrio style (`consignee_not_home`, `customs_duties_unpaid`), when known.
    pub reason: Option<Cow<'static, str>>,
    /// How sure the mapping is, 0.0 to 1.0 (table hits high, text rules lower, fallback low).
    pub confidence: f32,
    /// What decided.
    pub rule: Rule,
    /// Whether the event may move a shipment's state (false for `unknown.*`).
    pub affects_state: bool,
    /// Why a hard case came out as it did (e.g. code and text contradicted).
    pub note: Option<Cow<'static, str>>,
}

impl Normalized {
    /// A result for a status/sub-status decided by `rule`.
    pub fn new(status: Status, substatus: Option<SubStatus>, confidence: f32, rule: Rule) -> Self {
        Normalized {
            status,
            substatus,
            reason: None,
            confidence,
            rule,
            affects_state: status.affects_state(),
            note: None,
        }
    }

    /// The honest answer when nothing matched.
    pub fn unmapped() -> Self {
        Normalized::new(
            Status::Unknown,
            Some(SubStatus::UnknownUnmapped),
            0.1,
            Rule::new_static("fallback:unmapped"),
        )
    }
}

/// Normalizes raw carrier events. Cheap to clone and share (`&self` methods, `Send + Sync`):
/// the built-in tables are parsed once per process, overrides are shared behind an `Arc`.
#[derive(Debug, Clone, Default)]
pub struct Normalizer {
    overrides: Arc<Overrides>,
    /// Names this normalizer's overrides: 0 for none, else a number no other set of
    /// overrides in the process has had. With the model's id it keys the per-thread cache of
    /// readings (`timeline/memo.rs`), so two normalizers never share a reading.
    overrides_id: u64,
    /// The text model; `None` reads with the embedded one.
    model: Option<Arc<TextModel>>,
}

impl Normalizer {
    /// A normalizer with the built-in tables. The first call in a process parses the tables
    /// and builds the text automaton (tens of milliseconds), so the first event does not pay.
    pub fn new() -> Self {
        let _ = table::builtin();
        text::warm_up();
        Normalizer::default()
    }

    /// A normalizer with the built-in tables plus run-time overrides given as JSON.
    ///
    /// Shape (every field optional):
    /// ```json
    /// {
    ///   "tables": {
    ///     "my_carrier": [
    ///       {"code": "A1", "status": "in_transit.customs", "reason": "customs_inspection",
    ///        "description": "Held for inspection", "note": "our broker's code"}
    ///     ],
    ///     "ups": [{"code": "ZZ", "status": "delivered.front_door"}]
    ///   },
    ///   "text": [
    ///     {"contains": ["paquete", "listo"], "status": "available_for_pickup", "name": "es:listo"}
    ///   ]
    /// }
    /// ```
    /// `tables` keys are carrier slugs, aliases, aggregator names or any name of your own;
    /// `status` is a canonical status or sub-status code. Override rows win over built-in rows
    /// with the same code (rule `override:<carrier>:<code>`). `text` rules match when every
    /// `contains` phrase occurs in the folded text (case, accents and punctuation ignored) and
    /// run before the built-in text rules (rule `override:text:<name>`).
    ///
    /// # Errors
    /// [`Error::InvalidJson`] for malformed JSON, [`Error::InvalidInput`] for a row with an
    /// unknown status code or an empty code.
    pub fn with_overrides_json(json: &str) -> Result<Self, Error> {
        let mut n = Normalizer::new();
        n.add_overrides_json(json)?;
        Ok(n)
    }

    /// Adds overrides (same JSON shape as [`Normalizer::with_overrides_json`]); later
    /// additions win over earlier ones for the same carrier and code.
    ///
    /// # Errors
    /// As [`Normalizer::with_overrides_json`]; on error nothing is added.
    pub fn add_overrides_json(&mut self, json: &str) -> Result<(), Error> {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut next = (*self.overrides).clone();
        next.add_json(json)?;
        self.overrides = Arc::new(next);
        self.overrides_id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }

    /// What decides this normalizer's readings besides the built-in tables: its overrides
    /// and its text model (0 for none / the embedded one). Equal keys, equal readings.
    pub(crate) fn cache_key(&self) -> (u64, u64) {
        (self.overrides_id, self.model.as_ref().map_or(0, |m| m.id()))
    }

    /// The same normalizer reading free text with `model` instead of the embedded text model
    /// (one trained on your own carriers' texts, or one trained without a carrier to score
    /// that carrier held out). The rules and their guards still run first.
    pub fn with_text_model(mut self, model: TextModel) -> Self {
        self.model = Some(Arc::new(model));
        self
    }

    /// Normalizes one event from its parts. `carrier` may be a slug, an alias, an aggregator
    /// name (`aftership`) or unknown; `language` is a hint (`de`, `pt-BR`).
    pub fn normalize(
        &self,
        carrier: &str,
        code: Option<&str>,
        description: Option<&str>,
        language: Option<&str>,
    ) -> Normalized {
        let _ = language; // patterns carry their own language; the rule name reports it
        let code = code.map(trim).filter(|c| !c.is_empty());
        let text = description
            .map(trim)
            .filter(|t| !t.is_empty())
            .map(fold::EventText::new);
        if let Some(code) = code
            && let Some(hit) = resolve::by_table(&self.overrides, carrier, code, text.as_ref())
        {
            return hit;
        }
        if let Some(text) = &text {
            let folded = text.folded();
            if let Some(n) = self.overrides.match_text(folded) {
                return n;
            }
            if let Some(n) = resolve::by_description(carrier, folded) {
                return n;
            }
            return text::read(folded, self.model.as_deref()).unwrap_or_else(Normalized::unmapped);
        }
        // A code alone that no table knows: read it as words when it looks like words
        // (`OutForDelivery`, `RETURN_TO_SENDER`), with less confidence.
        match code.filter(|c| c.chars().filter(|ch| ch.is_alphabetic()).count() > 3) {
            Some(code) => match self.by_text(code) {
                Some(mut n) => {
                    n.confidence = (n.confidence - 0.15).max(0.1);
                    n.note = Some(Cow::Borrowed(
                        "no table knows this code; classified from its words",
                    ));
                    n
                }
                None => Normalized::unmapped(),
            },
            None => Normalized::unmapped(),
        }
    }

    /// [`Normalizer::normalize`] for an event given by its parts, refused as the timeline
    /// refuses it when it has neither a code nor a text: the entry for bindings and callers
    /// that must not read an empty event as `unknown.unmapped`.
    ///
    /// # Errors
    /// [`Error::InvalidEvent`] (`no_code_or_text`) when both are missing or blank.
    pub fn normalize_parts(
        &self,
        carrier: &str,
        code: Option<&str>,
        description: Option<&str>,
        language: Option<&str>,
    ) -> Result<Normalized, Error> {
        let code = code.filter(|c| !trim(c).is_empty());
        let text = description.filter(|t| !trim(t).is_empty());
        if code.is_none() && text.is_none() {
            return Err(Error::InvalidEvent {
                reason: RejectReason::NoCodeOrText,
            });
        }
        Ok(self.normalize(carrier, code, text, language))
    }

    /// The text path: user text rules, then the built-in classifier.
    fn by_text(&self, text: &str) -> Option<Normalized> {
        let folded = fold::fold(text);
        if let Some(n) = self.overrides.match_text(&folded) {
            return Some(n);
        }
        text::read(&folded, self.model.as_deref())
    }

    /// Whether `event` reads as every event that differs from it only in the digits of its
    /// description (`digits.rs`), `collapsed` being that description with each run of digits
    /// written as one `0`: the per-thread memo then keeps one reading for all of them.
    pub(crate) fn reads_digits_alike(
        &self,
        event: &RawEvent,
        default_carrier: Option<&str>,
        collapsed: &[u8],
    ) -> bool {
        if event.status.is_some() {
            // A given status is read without the text.
            return true;
        }
        let carrier = event
            .carrier
            .as_deref()
            .or(default_carrier)
            .unwrap_or_default();
        resolve::digits_read_alike(carrier, collapsed)
    }

    /// Normalizes a raw event, honouring a status the sender already gave.
    /// `default_carrier` is used when the event names none (the shipment's carrier).
    ///
    /// # Errors
    /// [`Error::InvalidEvent`] when the event has neither code nor text, or carries a given
    /// status that is not a canonical code.
    pub fn normalize_event(
        &self,
        event: &RawEvent,
        default_carrier: Option<&str>,
    ) -> Result<Normalized, Error> {
        if let Some(given) = event.status.as_deref() {
            return given_status(given, event.substatus.as_deref());
        }
        let carrier = event
            .carrier
            .as_deref()
            .or(default_carrier)
            .unwrap_or_default();
        self.normalize_parts(
            carrier,
            event.code.as_deref(),
            event.description.as_deref(),
            event.language.as_deref(),
        )
    }
}

/// Whether a built-in code table maps the event codes of the carrier with this registry slug.
pub fn has_code_table(slug: &str) -> bool {
    table::builtin().contains_key(slug)
}

/// Accepts a status (and sub-status) that arrived already in canonical codes.
fn given_status(status: &str, substatus: Option<&str>) -> Result<Normalized, Error> {
    let invalid = |code: &str| Error::InvalidEvent {
        reason: RejectReason::InvalidStatus {
            code: code.to_string(),
        },
    };
    let parsed: Status = status.parse().map_err(|_| invalid(status))?;
    if parsed == Status::Expired {
        // docs/statuses.md: `expired` is tracking-core's own verdict, never read from input.
        return Err(Error::InvalidEvent {
            reason: RejectReason::DerivedOnlyStatus {
                code: status.to_string(),
            },
        });
    }
    let sub = match substatus.filter(|s| !s.is_empty()) {
        Some(s) => Some(parse_substatus_for(parsed, s).map_err(|_| invalid(s))?),
        None => None,
    };
    Ok(Normalized::new(parsed, sub, 1.0, Rule::new_static("given")))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_carrier_text;
