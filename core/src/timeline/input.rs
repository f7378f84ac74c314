//! The shipment JSON shape (docs/shapes.md, "Shipment"): input of `track`, `estimate`, `health`,
//! and one record of history for `learn`.

use serde::{Deserialize, Deserializer, Serialize};

use crate::event::{Location, RawEvent};

/// Which way a shipment goes: to the customer, or back from them (a return label).
///
/// In JSON: `"outbound"` (default when absent or null) or `"return"`; `forward`, `inbound`,
/// `reverse` and `returns` are accepted as synonyms, case-insensitively.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// From the shop to the customer.
    #[default]
    Outbound,
    /// A return leg: from the customer back to the shop. Its delivery is the shop receiving
    /// the return; it never counts as an outbound parcel of an order.
    Return,
}

impl<'de> Deserialize<'de> for Direction {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Option::<std::borrow::Cow<'de, str>>::deserialize(d)?;
        match s
            .as_deref()
            .map(|s| s.trim().to_ascii_lowercase())
            .as_deref()
        {
            None | Some("" | "outbound" | "forward") => Ok(Direction::Outbound),
            Some("return" | "returns" | "inbound" | "reverse") => Ok(Direction::Return),
            Some(other) => Err(serde::de::Error::custom(format!(
                "unknown direction `{other}` (expected `outbound` or `return`)"
            ))),
        }
    }
}

/// A carrier's own delivery estimate, as times or dates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct CarrierEstimate {
    /// Earliest expected delivery.
    pub earliest: Option<String>,
    /// Latest expected delivery.
    pub latest: Option<String>,
}

/// One shipment as callers send it: a JSON object with a non-empty `id` (an array, or an
/// object without `id`, is refused). Unknown fields are ignored; every field but `id` may be
/// missing. Times are RFC 3339 or local wall-clock; `promised_by` is a date `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, remote = "Self")]
pub struct ShipmentInput {
    /// The caller's identifier (order line, parcel id).
    pub id: String,
    /// The order this shipment belongs to, when several shipments make one order.
    pub order_id: Option<String>,
    /// Outbound (default) or a return leg.
    pub direction: Direction,
    /// Carrier slug or name, when known.
    pub carrier: Option<String>,
    /// The carrier's tracking number.
    pub tracking_number: Option<String>,
    /// Carrier service (`ground`, `express`), when known.
    pub service: Option<String>,
    /// Where it ships from.
    pub origin: Option<Location>,
    /// Where it goes.
    pub destination: Option<Location>,
    /// When the customer ordered.
    pub ordered_at: Option<String>,
    /// When the carrier took it over (derived from the events when absent).
    pub shipped_at: Option<String>,
    /// When it was delivered (derived from the events when absent).
    pub delivered_at: Option<String>,
    /// The shop's promised delivery date.
    pub promised_by: Option<String>,
    /// The carrier's own estimate.
    pub carrier_estimate: Option<CarrierEstimate>,
    /// The shop's own order status (`delivered`, `shipped`, `canceled`), informational.
    pub order_status: Option<String>,
    /// The moment to evaluate at, overriding the caller's `--now` for this line.
    pub as_of: Option<String>,
    /// Raw carrier events, in any order; each must be a JSON object.
    #[serde(deserialize_with = "events_as_objects")]
    pub events: Vec<RawEvent>,
}

impl ShipmentInput {
    /// The clock for this shipment: its own `as_of` when set (read by
    /// [`crate::time::parse_clock`]: without an offset, in the destination's zone), else
    /// `default`.
    ///
    /// # Errors
    /// [`crate::Error::InvalidTime`] when `as_of` cannot be read.
    pub fn clock(
        &self,
        default: chrono::DateTime<chrono::Utc>,
    ) -> Result<chrono::DateTime<chrono::Utc>, crate::Error> {
        match self.as_of.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(s) => crate::time::parse_clock(s, self.destination.as_ref()),
            None => Ok(default),
        }
    }

    /// Refuses a shipment without an id. The JSON readers refuse it while reading; this is
    /// the same check for a `ShipmentInput` built in code (the Kotlin/Swift records, a Rust
    /// caller), run by [`crate::timeline::Shipment::from_input`].
    ///
    /// # Errors
    /// [`crate::Error::InvalidInput`] for the field `id`.
    pub fn check_id(&self) -> Result<(), crate::Error> {
        if self.id.trim().is_empty() {
            return Err(crate::Error::InvalidInput {
                field: "id".into(),
                reason: NO_ID.into(),
            });
        }
        Ok(())
    }
}

/// Why a shipment without an id (blank counts as none) is refused, in every way in.
const NO_ID: &str = "a shipment needs a non-empty `id`";

impl Serialize for ShipmentInput {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // The derived (remote = "Self") implementation.
        ShipmentInput::serialize(self, s)
    }
}

impl<'de> Deserialize<'de> for ShipmentInput {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(ObjectOnly::<ShipmentInput>(std::marker::PhantomData))
    }
}

impl<'de> Deserialize<'de> for RawEventObject {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(ObjectOnly::<RawEventObject>(std::marker::PhantomData))
    }
}

/// A record that must be a JSON object (serde's derived structs also accept arrays, so
/// `[]` would pass as an empty record).
trait FromObject: Sized {
    const EXPECTING: &'static str;
    fn from_map<'de, A: serde::de::MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

struct ObjectOnly<T>(std::marker::PhantomData<T>);

impl<'de, T: FromObject> serde::de::Visitor<'de> for ObjectOnly<T> {
    type Value = T;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(T::EXPECTING)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map)
    }
}

impl FromObject for ShipmentInput {
    const EXPECTING: &'static str = "a shipment object with an `id`";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
        let s = ShipmentInput::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        if s.id.trim().is_empty() {
            return Err(serde::de::Error::custom(NO_ID));
        }
        Ok(s)
    }
}

/// An event of a shipment's `events` list, which must be a JSON object.
pub(crate) struct RawEventObject(pub(crate) RawEvent);

impl FromObject for RawEventObject {
    const EXPECTING: &'static str = "an event object";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
        RawEvent::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(RawEventObject)
    }
}

fn events_as_objects<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<RawEvent>, D::Error> {
    let v = Option::<Vec<RawEventObject>>::deserialize(d)?;
    Ok(v.unwrap_or_default().into_iter().map(|e| e.0).collect())
}
