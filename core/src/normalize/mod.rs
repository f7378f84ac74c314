//! Raw carrier code/text -> canonical status, sub-status, confidence and the rule that fired.
//!
//! Order of evidence: a status the sender already gave (`given`), then per-carrier code tables,
//! then the multilingual text classifier, then `unknown.unmapped`. Never a guess dressed as
//! certainty: the confidence says how much the answer rests on.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::event::{RawEvent, RejectReason};
use crate::status::{Status, SubStatus, parse_substatus_for};

/// The rule that decided a normalization, e.g. `table:ups:1N`, `text:de:zugestellt`,
/// `given`, `fallback:unmapped`. Shown to support agents; stable enough to group by.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rule(Cow<'static, str>);

impl Rule {
    /// A rule named by a static string.
    pub const fn new_static(name: &'static str) -> Self {
        Rule(Cow::Borrowed(name))
    }

    /// A rule with a computed name.
    pub fn new(name: impl Into<String>) -> Self {
        Rule(Cow::Owned(name.into()))
    }

    /// The rule's name.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The kind of rule: the part before the first `:` (`table`, `text`, `given`, `fallback`).
    pub fn kind(&self) -> &str {
        self.0.split(':').next().unwrap_or("")
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The canonical reading of one raw event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// Normalizes raw carrier events. Cheap to share (`&self` methods, `Send + Sync`).
#[derive(Debug, Clone, Default)]
pub struct Normalizer {
    _private: (),
}

impl Normalizer {
    /// A normalizer with the built-in tables.
    pub fn new() -> Self {
        Normalizer { _private: () }
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
        let _ = (carrier, code, language);
        match description {
            Some(text) => basic_text_rules(text).unwrap_or_else(Normalized::unmapped),
            None => Normalized::unmapped(),
        }
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
        let code = event.code.as_deref().filter(|c| !c.trim().is_empty());
        let text = event
            .description
            .as_deref()
            .filter(|t| !t.trim().is_empty());
        if code.is_none() && text.is_none() {
            return Err(Error::InvalidEvent {
                reason: RejectReason::NoCodeOrText,
            });
        }
        let carrier = event
            .carrier
            .as_deref()
            .or(default_carrier)
            .unwrap_or_default();
        Ok(self.normalize(carrier, code, text, event.language.as_deref()))
    }
}

/// Accepts a status (and sub-status) that arrived already in canonical codes.
fn given_status(status: &str, substatus: Option<&str>) -> Result<Normalized, Error> {
    let invalid = |code: &str| Error::InvalidEvent {
        reason: RejectReason::InvalidStatus {
            code: code.to_string(),
        },
    };
    let parsed: Status = status.parse().map_err(|_| invalid(status))?;
    let sub = match substatus.filter(|s| !s.is_empty()) {
        Some(s) => Some(parse_substatus_for(parsed, s).map_err(|_| invalid(s))?),
        None => None,
    };
    Ok(Normalized::new(parsed, sub, 1.0, Rule::new_static("given")))
}

/// Placeholder English rules so the foundation works end to end; the full table-driven,
/// multilingual normalizer replaces this.
fn basic_text_rules(text: &str) -> Option<Normalized> {
    let t = text.to_lowercase();
    let hit = |status, sub, name: &'static str| {
        Some(Normalized::new(status, sub, 0.6, Rule::new_static(name)))
    };
    if t.contains("not delivered") || t.contains("attempt") {
        return hit(Status::AttemptFail, None, "text:en:attempt");
    }
    if t.contains("return") {
        return hit(Status::ReturnToSender, None, "text:en:return");
    }
    if t.contains("ready for pickup") || t.contains("available for pickup") {
        return hit(Status::AvailableForPickup, None, "text:en:pickup");
    }
    if t.contains("out for delivery") {
        return hit(Status::OutForDelivery, None, "text:en:out-for-delivery");
    }
    if t.contains("delivered") {
        return hit(Status::Delivered, None, "text:en:delivered");
    }
    if t.contains("label") {
        return hit(
            Status::InfoReceived,
            Some(SubStatus::InfoReceivedLabelCreated),
            "text:en:label",
        );
    }
    if t.contains("exception") || t.contains("delay") {
        return hit(Status::Exception, None, "text:en:exception");
    }
    if t.contains("transit") || t.contains("arrived") || t.contains("departed") {
        return hit(Status::InTransit, None, "text:en:transit");
    }
    None
}
