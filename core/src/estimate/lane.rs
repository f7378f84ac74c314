//! Pre-parsed history records (what learning reads, with no strings to parse) and level keys
//! in words. The lane itself is [`crate::lane::Lane`], shared with health and analytics.

use crate::error::Error;
use crate::lane::Lane;
use crate::normalize::Normalizer;
use crate::timeline::{Shipment, ShipmentInput};
use chrono::{DateTime, NaiveDate, Utc};

/// A level key in words: `all lanes`, `carrier ups`, `ups ground all lanes to US-NY`,
/// `BR-SP -> BR-RJ`.
pub(crate) fn describe_key(key: &str) -> String {
    let (mut c, mut sv, mut d, mut o) = (None, None, None, None);
    for part in key.split('|') {
        match part.split_once('=') {
            Some(("c", v)) => c = Some(v),
            Some(("s", v)) => sv = Some(v),
            Some(("d", v)) => d = Some(v),
            Some(("o", v)) => o = Some(v),
            _ => {}
        }
    }
    fn known(v: Option<&str>) -> Option<&str> {
        v.filter(|x| *x != "?")
    }
    let who = match (known(c), known(sv)) {
        (Some(c), Some(s)) => format!("{c} {s} "),
        (Some(c), None) => format!("{c} "),
        _ => String::new(),
    };
    match (c, sv, d, o) {
        (Some(_), Some(_), Some(d), Some(o)) => format!("{who}{o} -> {d}"),
        (Some(_), Some(_), Some(d), None) => format!("{who}all lanes to {d}"),
        (Some(_), Some(_), None, _) if who.is_empty() => "unknown carrier, all lanes".to_string(),
        (Some(_), Some(_), None, _) => format!("{who}all lanes"),
        (Some(c), None, _, _) => format!("carrier {}", known(Some(c)).unwrap_or("unknown")),
        _ => "all lanes".to_string(),
    }
}

/// One delivered shipment, pre-parsed: instants and a lane key. What [`super::TransitModel`]
/// learns from.
#[derive(Debug, Clone, PartialEq)]
pub struct CompletedShipment {
    /// The lane.
    pub lane: Lane,
    /// When the customer ordered.
    pub ordered_at: Option<DateTime<Utc>>,
    /// Hand-off to the carrier.
    pub shipped_at: Option<DateTime<Utc>>,
    /// Delivery.
    pub delivered_at: DateTime<Utc>,
    /// The carrier's own estimate that was shown, if any (earliest, latest).
    pub carrier_estimate: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// The shop's promised date, if any: learning measures how far it predicts delivery.
    pub promised_by: Option<NaiveDate>,
    /// The order's id, as noted with [`super::TransitModel::note_order`] (the same id a
    /// [`PlacedOrder`] carries): the delivery closes the open order of that id. `None`: the
    /// open order placed in the same second is closed instead (see [`super::Pending`]).
    pub order_id: Option<String>,
}

impl CompletedShipment {
    /// The completed record of a delivered shipment; `None` when it was not delivered.
    pub fn from_shipment(s: &Shipment) -> Option<CompletedShipment> {
        Some(CompletedShipment {
            lane: s.lane(),
            ordered_at: s.ordered_at,
            shipped_at: s.shipped_at(),
            delivered_at: s.delivered_at()?,
            carrier_estimate: s.carrier_estimate,
            promised_by: s.promised_by,
            order_id: Some(PlacedOrder::id_of(s)),
        })
    }

    /// Parses one history record (the shipment JSON shape); `Ok(None)` when it was not
    /// delivered (open, cancelled), which transit learning skips.
    ///
    /// # Errors
    /// [`Error::InvalidTime`] when a shipment-level time cannot be parsed.
    pub fn from_input(
        input: ShipmentInput,
        normalizer: &Normalizer,
        now: DateTime<Utc>,
    ) -> Result<Option<CompletedShipment>, Error> {
        let (s, _) = Shipment::from_history(input, normalizer, now)?;
        Ok(CompletedShipment::from_shipment(&s))
    }
}

/// One placed order, delivered or not: what the order-volume counts note (see
/// [`super::Volume`]).
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedOrder {
    /// The order's id (counted once).
    pub id: String,
    /// The lane (its carrier keys the per-carrier counts).
    pub lane: Lane,
    /// When it was placed (the hand-off when no order time is known).
    pub placed_at: DateTime<Utc>,
    /// The date the shop promised at checkout, when it shows one (the promise window of an
    /// open order is then the one the customer saw).
    pub promised_by: Option<NaiveDate>,
}

impl PlacedOrder {
    /// The order of a shipment, delivered or not: its order id (its own id when it has
    /// none), lane and order time (else hand-off); `None` with neither time.
    pub fn from_shipment(s: &Shipment) -> Option<PlacedOrder> {
        Some(PlacedOrder {
            placed_at: s.ordered_at.or_else(|| s.shipped_at())?,
            id: PlacedOrder::id_of(s),
            lane: s.lane(),
            promised_by: s.promised_by,
        })
    }

    /// A shipment's order id: its `order_id`, else its own id (the same for the placed
    /// order and its delivery, so one closes the other).
    fn id_of(s: &Shipment) -> String {
        s.order_id.clone().unwrap_or_else(|| s.id.clone())
    }
}
