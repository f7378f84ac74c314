//! Open orders in the promise calibration: misses known before the delivery.
//!
//! A delivery's score reaches the calibration record one transit time (two to three weeks)
//! after its order, so a record fed by deliveries alone answers for the orders of the month
//! before. Worse, in a slowdown the record first hears of the fast deliveries of recent
//! orders and of their slow siblings only weeks later: it looks better than it is exactly
//! when it should widen.
//!
//! So an order noted with [`TransitModel::note_order`] is kept open until it is delivered.
//! At its order time the promise distribution it would have been shown is cut at every
//! calibration level; each time the order's local date passes the end of one of those
//! windows undelivered, its score is known to lie above that level. That is a
//! right-censored score, held per memory in the expert's `censored` record (weight added at
//! the moment it became known, decaying like the live record). When windows are cut, each
//! censored score is spread over the scores above its bound in proportion to the record there
//! (Efron's redistribute-to-the-right, the Kaplan–Meier estimate of the score distribution),
//! so a censored order counts as a miss at a level only as far as the record says orders
//! that late end up missing it. When the order is delivered its censored weight is taken out
//! and the real score goes in (counted once).
//!
//! Orders that are never delivered (cancelled, lost) are not scored the way a late delivery
//! is: windows are judged on the deliveries they promise. So an open order is dropped once it
//! has passed even the 0.999 window, and a censored score counts as a delivery only with the
//! probability that an order this late is delivered at all. By Bayes, with `D` the share of
//! placed orders that are delivered and `S(b)` the share of delivered orders whose score
//! reaches bin `b` (from the record): `D·S(b) / (D·S(b) + 1 - D)`. `D` is read from the order
//! counts: delivered orders of the learned history over every order noted on the same days
//! (see [`super::Volume::delivered_rate`]); unknown, it is taken as 1 (every order arrives).
//!
//! How the open orders feed the calibration record (the censored scores, their
//! redistribution, the steps an order takes) is in `censoring.rs`; this file keeps the open
//! orders themselves.
//!
//! Only orders placed after the newest delivery `learn` saw are opened: older ones may be
//! delivered already inside the learned history, and would never be resolved.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::calib::SCORE_BINS;

/// The most orders kept open at once. Past it the oldest open order is dropped (its censored
/// weight taken out, as for an order past every window), so a shop noting every order keeps a
/// bounded model: about ten steps of some 25 bytes each an order in the saved JSON, a few
/// megabytes at the cap. 50,000 is two to three weeks of a shop with 2,000-3,000 orders a day,
/// the span an order stays open before its 0.999 window passes.
pub const MAX_OPEN_ORDERS: usize = 50_000;

/// An order not yet delivered, with the moments its score bound rises.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenOrder {
    /// The order id's hash (FNV-1a 64, as the noted counts keep it; saved as 16 hex
    /// digits): a delivery carrying that order id closes this order (format 8; orders of a
    /// format-7 model have none and are matched by their placed time).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::order_ids::hex_id"
    )]
    pub id: Option<u64>,
    /// Placed time (Unix seconds): matched with the delivery's order time when the delivery
    /// carries no order id, or this order has none.
    pub placed: i64,
    /// `(moment in Unix seconds, score bin it is known to reach)`, ascending; the last step
    /// (the bin past every window) drops the order.
    pub steps: Vec<(i64, u8)>,
    /// Index of the next step.
    pub next: u8,
    /// The bin its score is known to reach now (0: nothing known yet).
    pub bin: u8,
    /// When that bound became known (Unix seconds).
    pub since: i64,
}

impl OpenOrder {
    /// Whether a saved open order can be used: every time within the plausible days (see
    /// [`super::volume`]), bins within the score bins, steps ascending, and its next step
    /// among them.
    fn plausible(&self) -> bool {
        let time = |t: i64| {
            i32::try_from(t.div_euclid(86_400)).is_ok_and(|d| super::volume::DAY_RANGE.contains(&d))
        };
        let bin = |b: u8| usize::from(b) < SCORE_BINS;
        time(self.placed)
            && time(self.since)
            && bin(self.bin)
            && usize::from(self.next) < self.steps.len()
            && self.steps.iter().all(|&(t, b)| time(t) && bin(b))
            && self.steps.is_sorted_by_key(|&(t, _)| t)
    }
}

/// Key of an open order: (placed time, arrival number).
pub(super) type Key = (i64, u32);

/// The open orders (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct Pending {
    /// By (placed time, arrival).
    pub(super) orders: BTreeMap<Key, OpenOrder>,
    /// The key of every open order with an id, by its id hash.
    by_id: HashMap<u64, Key>,
    /// `(next step's moment, key)` for every open order.
    pub(super) due: BTreeSet<(i64, Key)>,
    /// Next arrival number.
    seq: u32,
    /// The share of placed orders that are delivered, when the order counts tell it.
    pub delivered_rate: Option<f64>,
}

/// The saved shape: the open orders in key order and the two counts.
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct Saved {
    orders: Vec<OpenOrder>,
    delivered_rate: Option<f64>,
}

impl Serialize for Pending {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Saved {
            orders: self.orders.values().cloned().collect(),
            delivered_rate: self.delivered_rate,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Pending {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pending, D::Error> {
        let saved = Saved::deserialize(d)?;
        let mut p = Pending {
            delivered_rate: saved.delivered_rate.map(|r| r.clamp(0.0, 1.0)),
            ..Pending::default()
        };
        // An open order edited into a file with impossible times or bins is dropped (its
        // delivery is then scored as any other).
        for o in saved.orders.into_iter().filter(OpenOrder::plausible) {
            p.insert(o);
        }
        Ok(p)
    }
}

impl PartialEq for Pending {
    /// Equal by the open orders (in order) and the rate, not by arrival numbers.
    fn eq(&self, o: &Pending) -> bool {
        self.delivered_rate == o.delivered_rate && self.orders.values().eq(o.orders.values())
    }
}

impl Pending {
    /// Whether no order is open.
    pub fn is_empty(&self) -> bool {
        self.orders.is_empty()
    }

    /// Number of open orders.
    pub fn len(&self) -> usize {
        self.orders.len()
    }

    pub(super) fn insert(&mut self, o: OpenOrder) {
        let key = (o.placed, self.seq);
        self.seq = self.seq.wrapping_add(1);
        self.put(key, o);
    }

    /// Files `o` under `key`: by its next step's moment and its id (an order without a next
    /// step is not kept).
    pub(super) fn put(&mut self, key: Key, o: OpenOrder) {
        if let Some((t, _)) = o.steps.get(usize::from(o.next)) {
            self.due.insert((*t, key));
            if let Some(h) = o.id {
                self.by_id.insert(h, key);
            }
            self.orders.insert(key, o);
        }
    }

    /// Takes the order under `key` out of every index.
    pub(super) fn take(&mut self, key: Key) -> Option<OpenOrder> {
        let o = self.orders.remove(&key)?;
        if let Some((t, _)) = o.steps.get(usize::from(o.next)) {
            self.due.remove(&(*t, key));
        }
        if let Some(h) = o.id
            && self.by_id.get(&h) == Some(&key)
        {
            self.by_id.remove(&h);
        }
        Some(o)
    }

    /// The open order a delivery closes: the one noted with its order id; without an order
    /// id on the delivery, or when no open order has it, the first one placed in the same
    /// second (`placed`) that carries no id itself (a format-7 model's, or noted without
    /// one), or any, when the delivery has no id. An unknown id never closes an order that
    /// was noted under another id.
    pub(super) fn matching(&self, id: Option<&str>, placed: Option<DateTime<Utc>>) -> Option<Key> {
        let hash = id.map(super::order_ids::id_hash);
        if let Some(key) = hash.and_then(|h| self.by_id.get(&h)) {
            return Some(*key);
        }
        let p = placed?.timestamp();
        self.orders
            .range((p, 0)..=(p, u32::MAX))
            .find(|(_, o)| hash.is_none() || o.id.is_none())
            .map(|(k, _)| *k)
    }

    /// The share of placed orders delivered (1 when unknown).
    pub fn delivered_share(&self) -> f64 {
        self.delivered_rate.map_or(1.0, |r| r.clamp(0.0, 1.0))
    }
}
