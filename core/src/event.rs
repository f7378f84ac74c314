//! Raw carrier events as callers send them, and the reasons an event can be rejected.
//!
//! Shapes are documented in docs/shapes.md ("Raw event"). Unknown fields are ignored and
//! missing optional fields are `None`, so feeds with extra data deserialize as they are.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// Where a scan happened, or where a shipment comes from or goes to.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Location {
    /// City or town, free text.
    pub city: Option<String>,
    /// State, province or region code (`CA`, `SP`, `BY`), when known.
    pub region: Option<String>,
    /// Postal code, free text.
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2 country code (`US`, `DE`).
    pub country: Option<String>,
}

impl Location {
    /// Whether no field is set.
    pub fn is_empty(&self) -> bool {
        self.city.is_none()
            && self.region.is_none()
            && self.postal_code.is_none()
            && self.country.is_none()
    }
}

/// One carrier scan exactly as received (from an API, a webhook or an aggregator).
///
/// `code` and `description` are optional, but an event with neither is rejected by the
/// timeline. `status`/`substatus` may carry canonical codes when the sender already
/// normalized the event; the normalizer then keeps them (`rule: "given"`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct RawEvent {
    /// The carrier's own event id, when it has one (used for de-duplication).
    pub id: Option<String>,
    // `carrier`, `code`, `description` and `location` are shared (`Arc`): the timeline's
    // event and every snapshot's event view point at one copy (the JSON shape is the same).
    /// Carrier slug or name (`ups`, `DHL Paket`); falls back to the shipment's carrier.
    #[serde(deserialize_with = "shared::opt_str")]
    pub carrier: Option<Arc<str>>,
    /// The carrier's status or event code (`1N`, `DLVRD/SERPT/ZU`).
    #[serde(deserialize_with = "shared::opt_str")]
    pub code: Option<Arc<str>>,
    /// The carrier's event text.
    #[serde(deserialize_with = "shared::opt_str")]
    pub description: Option<Arc<str>>,
    /// Scan time: RFC 3339, or local wall-clock without offset (see `time`).
    pub time: Option<String>,
    /// Scan date when the carrier sends date and time separately (`YYYYMMDD`), `time` then
    /// holding `HHMMSS` (UPS style).
    pub date: Option<String>,
    /// Scan location.
    #[serde(deserialize_with = "shared::opt_location")]
    pub location: Option<Arc<Location>>,
    /// Language of `description` (BCP 47 tag or ISO 639-1), a hint for the text classifier.
    pub language: Option<String>,
    /// Canonical status code, when the sender already normalized the event.
    pub status: Option<String>,
    /// Canonical sub-status code, when the sender already normalized the event.
    pub substatus: Option<String>,
}

/// Reading the shared fields of a [`RawEvent`] straight into their `Arc`: serde's own
/// `Arc<str>` / `Arc<T>` read a `String` / `Box` first and copy it into the `Arc`, an
/// allocation, a copy and a free per field of every event a binding sends as JSON.
mod shared {
    use std::fmt;
    use std::sync::Arc;

    use serde::Deserializer;
    use serde::de::{Deserialize, Visitor};

    use super::Location;

    struct OptStr;

    impl<'de> Visitor<'de> for OptStr {
        type Value = Option<Arc<str>>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(self)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(Arc::from(v)))
        }
    }

    pub(super) fn opt_str<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Arc<str>>, D::Error> {
        d.deserialize_option(OptStr)
    }

    pub(super) fn opt_location<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Arc<Location>>, D::Error> {
        Ok(Option::<Location>::deserialize(d)?.map(Arc::new))
    }
}

/// Why an event was rejected instead of entering a timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum RejectReason {
    /// Neither a code nor a description: nothing to interpret.
    NoCodeOrText,
    /// No timestamp.
    MissingTime,
    /// The timestamp could not be parsed.
    UnparseableTime {
        /// The input text.
        input: String,
        /// What was wrong with it.
        detail: String,
    },
    /// The timestamp lies too far after `now` to be a real scan.
    FutureTime {
        /// The parsed instant, RFC 3339.
        time: String,
        /// The clock it was compared with, RFC 3339.
        now: String,
    },
    /// A given canonical status/sub-status that is not in the taxonomy.
    InvalidStatus {
        /// The code as given.
        code: String,
    },
    /// A given status that only tracking-core derives (`expired`: the verdict that tracking
    /// information stopped or never came), never read from input.
    DerivedOnlyStatus {
        /// The code as given.
        code: String,
    },
}

impl std::fmt::Display for RejectReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RejectReason::NoCodeOrText => f.write_str("event has neither a code nor a description"),
            RejectReason::MissingTime => f.write_str("event has no time"),
            RejectReason::UnparseableTime { input, detail } => {
                write!(f, "cannot parse time `{input}`: {detail}")
            }
            RejectReason::FutureTime { time, now } => {
                write!(f, "time {time} is too far after now ({now})")
            }
            RejectReason::InvalidStatus { code } => {
                write!(f, "given status `{code}` is not a canonical code")
            }
            RejectReason::DerivedOnlyStatus { code } => write!(
                f,
                "status `{code}` is derived by tracking-core from the timeline and cannot be given as input"
            ),
        }
    }
}
