//! Test support: fixtures built from the core's own types, for tests of the core and of
//! hosts that embed it (the bindings' tests use them, so every surface is checked against
//! the same data). Built only for the core's tests and with the `testing` cargo feature,
//! which the bindings' dev-dependencies turn on: not part of an application's build or API.

use chrono::{DateTime, Utc};

use crate::estimate::{CompletedShipment, TransitModel};
use crate::lane::{Lane, Place};

/// A steady lane with a learned model, and the orders of a surge week on it: the data that
/// checks noted orders (counted once per id, a surge widens windows) on every surface.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct NotedOrders {
    /// The lane: Correios, São Paulo (SP) to Rio de Janeiro (RJ), Brazil.
    pub lane: Lane,
    /// The carrier as a shop writes it on its orders.
    pub carrier: &'static str,
    /// Ten weeks of deliveries from 2017-08-07: five orders a day (placed an hour apart from
    /// 12:00 UTC), shipped 20 hours after the order, delivered 4 to 7 days after it.
    pub past: Vec<CompletedShipment>,
    /// The transit model learned from `past`.
    pub model: TransitModel,
    /// Placed orders `(id, placed_at)`: the 350 of `past` (ids `p0`..`p349`), then a week
    /// of twelve a day right after them (ids `s{day}-{k}`, a minute apart): 84 orders
    /// against a usual week of 35.
    pub orders: Vec<(String, DateTime<Utc>)>,
    /// The clock: two hours after the surge week ends.
    pub now: DateTime<Utc>,
}

/// 2017-08-07T12:00:00Z, the first order of [`NotedOrders`].
const FROM_SECS: i64 = 1_502_107_200;

/// `FROM_SECS` plus `minutes` as an instant (`None` only outside chrono's range).
fn at(minutes: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(FROM_SECS.checked_add(minutes.checked_mul(60)?)?, 0)
}

/// The noted-orders fixture ([`NotedOrders`]); `None` never happens (every instant is a
/// fixed date in 2017).
pub fn noted_orders() -> Option<NotedOrders> {
    const DAY: i64 = 24 * 60;
    let lane = Lane::new(
        Some("correios"),
        None,
        Place::new(Some("BR"), Some("SP")),
        Place::new(Some("BR"), Some("RJ")),
    );
    // Order i: day i / 5, hour i % 5 of that day.
    let placed = |i: i64| (i / 5) * DAY + (i % 5) * 60;
    let mut past = Vec::with_capacity(350);
    let mut orders = Vec::with_capacity(350 + 84);
    for i in 0..350 {
        let p = placed(i);
        past.push(CompletedShipment {
            lane: lane.clone(),
            ordered_at: Some(at(p)?),
            shipped_at: Some(at(p + 20 * 60)?),
            delivered_at: at(p + (4 + i % 4) * DAY)?,
            carrier_estimate: None,
            promised_by: None,
            order_id: None,
        });
        orders.push((format!("p{i}"), at(p)?));
    }
    let week = 70 * DAY;
    for d in 0..7 {
        for k in 0..12 {
            orders.push((format!("s{d}-{k}"), at(week + d * DAY + k)?));
        }
    }
    Some(NotedOrders {
        model: TransitModel::learn(&past),
        lane,
        carrier: "Correios",
        past,
        orders,
        now: at(week + 7 * DAY + 120)?,
    })
}
