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
//! Only orders placed after the newest delivery `learn` saw are opened: older ones may be
//! delivered already inside the learned history, and would never be resolved.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, NaiveTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::calib::{Calibration, N_LEVELS, SCORE_BINS, level_at};
use super::hist::central_interval;
use super::model::TransitModel;
use super::window::WindowQuery;

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
type Key = (i64, u32);

/// The open orders (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct Pending {
    /// By (placed time, arrival).
    orders: BTreeMap<Key, OpenOrder>,
    /// The key of every open order with an id, by its id hash.
    by_id: HashMap<u64, Key>,
    /// `(next step's moment, key)` for every open order.
    due: BTreeSet<(i64, Key)>,
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

    fn insert(&mut self, o: OpenOrder) {
        let key = (o.placed, self.seq);
        self.seq = self.seq.wrapping_add(1);
        self.put(key, o);
    }

    /// Files `o` under `key`: by its next step's moment and its id (an order without a next
    /// step is not kept).
    fn put(&mut self, key: Key, o: OpenOrder) {
        if let Some((t, _)) = o.steps.get(usize::from(o.next)) {
            self.due.insert((*t, key));
            if let Some(h) = o.id {
                self.by_id.insert(h, key);
            }
            self.orders.insert(key, o);
        }
    }

    /// Takes the order under `key` out of every index.
    fn take(&mut self, key: Key) -> Option<OpenOrder> {
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
    fn matching(&self, id: Option<&str>, placed: Option<DateTime<Utc>>) -> Option<Key> {
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

/// Spreads censored weight (`censored[b]`: scores known to be at least bin `b`) over the bins
/// at or above its bound in proportion to `r` plus the uniform prior there
/// (redistribute-to-the-right), each scaled by the chance that an order with a score that
/// high is delivered at all, given the share `rate` of orders delivered (module docs). `r`
/// keeps the record's convention (the prior is added again when the quantile is read).
pub(crate) fn redistribute(r: &mut [f32; SCORE_BINS], censored: &[f32], rate: f64, prior: f64) {
    if censored.len() != SCORE_BINS || censored.iter().all(|c| *c <= 0.0) {
        return;
    }
    let mut m = [0.0f64; SCORE_BINS];
    let mut lo = 0.0;
    for (k, (mk, rk)) in m.iter_mut().zip(r.iter()).enumerate() {
        let hi = level_at(k);
        *mk = f64::from(*rk) + prior * (hi - lo);
        lo = hi;
    }
    // suffix[k]: the record's weight at bin k and above.
    let mut suffix = [0.0f64; SCORE_BINS];
    let mut above = 0.0;
    for (sk, mk) in suffix.iter_mut().zip(m.iter()).rev() {
        above += mk;
        *sk = above;
    }
    let all = above.max(f64::MIN_POSITIVE);
    let mut f = 1.0;
    let mut lo = 0.0;
    for (k, (((rk, mk), sk), ck)) in r
        .iter_mut()
        .zip(m.iter())
        .zip(suffix.iter())
        .zip(censored.iter())
        .enumerate()
    {
        let reach = rate * sk / all;
        let share = if reach > 0.0 {
            reach / (reach + 1.0 - rate)
        } else {
            0.0
        };
        let c = f64::from(*ck) * share;
        if c > 0.0 && *sk > 0.0 {
            f *= 1.0 + c / (f * sk);
        }
        let hi = level_at(k);
        *rk = (mk * f - prior * (hi - lo)).max(0.0) as f32;
        lo = hi;
    }
}

impl Calibration {
    /// Adds (`sign` 1) or takes out (-1) an open order's censored weight at `bin`, known
    /// since `since`, in every expert.
    fn censor(&mut self, bin: u8, since: i64, sign: f64) {
        if bin == 0 {
            return;
        }
        let at = self.at.map_or(since, |a| a.timestamp());
        // `since` comes from a saved model: saturating, so no value of it can overflow.
        let behind = at.saturating_sub(since).max(0) as f64;
        for e in &mut self.experts {
            let w = sign * e.decay(behind);
            let r = &mut e.censored;
            if r.len() != SCORE_BINS {
                r.clear();
                r.resize(SCORE_BINS, 0.0);
            }
            if let Some(x) = r.get_mut(usize::from(bin).min(SCORE_BINS - 1)) {
                *x = (f64::from(*x) + w).max(0.0) as f32;
            }
        }
    }

    /// Moves every open order whose next step is due by `now` (in step order), then
    /// refreshes the mix when anything moved.
    pub(crate) fn advance(&mut self, now: DateTime<Utc>) {
        let now = now.timestamp();
        let mut moved = false;
        while let Some(&(t, key)) = self.pending.due.first() {
            if t > now {
                break;
            }
            let Some(mut o) = self.pending.take(key) else {
                self.pending.due.remove(&(t, key));
                continue;
            };
            moved = true;
            if let Some(at) = DateTime::from_timestamp(t, 0) {
                self.shift(at);
            }
            self.censor(o.bin, o.since, -1.0);
            let Some(&(_, bin)) = o.steps.get(usize::from(o.next)) else {
                continue;
            };
            o.next = o.next.saturating_add(1);
            if usize::from(bin) >= SCORE_BINS - 1 || usize::from(o.next) >= o.steps.len() {
                // Past every window, undelivered: dropped (see the module docs).
                continue;
            }
            o.bin = bin;
            o.since = t;
            self.censor(bin, t, 1.0);
            self.pending.put(key, o);
        }
        if moved {
            self.refresh();
        }
    }

    /// Drops the oldest open orders (by placed time) until at most `max` are open, taking
    /// their censored weight out.
    pub(crate) fn keep_open_at_most(&mut self, max: usize) {
        let mut moved = false;
        while self.pending.orders.len() > max {
            let Some(o) = self
                .pending
                .orders
                .first_key_value()
                .map(|(k, _)| *k)
                .and_then(|k| self.pending.take(k))
            else {
                break;
            };
            moved |= o.bin != 0;
            self.censor(o.bin, o.since, -1.0);
        }
        if moved {
            self.refresh();
        }
    }

    /// Closes the open order of order id `id` (else the one placed at `placed`, see
    /// [`Pending`]'s matching), its delivery about to be scored: its censored weight is
    /// taken out.
    pub(crate) fn resolve(&mut self, id: Option<&str>, placed: Option<DateTime<Utc>>) {
        let Some(o) = self
            .pending
            .matching(id, placed)
            .and_then(|k| self.pending.take(k))
        else {
            return;
        };
        self.censor(o.bin, o.since, -1.0);
    }
}

impl TransitModel {
    /// Opens order `query` placed at `at` (see the module docs): the moments its local date
    /// passes the end of each calibration level's promise window. Orders placed before the
    /// newest delivery `learn` saw are not opened.
    pub(crate) fn open_order(&mut self, id: &str, query: &WindowQuery, at: DateTime<Utc>) {
        if self.calibration.tail_at.is_none_or(|t| at < t) {
            return;
        }
        let recent = self.recent.as_of(at);
        let Some(prep) = self.prepare(query, at, 0.9, &recent) else {
            return;
        };
        // A date's step is taken at its noon UTC: on or after local midnight anywhere from
        // UTC-12 to UTC+12, so a step is never taken before the local date has come.
        let moment = |count: usize| {
            let d = prep
                .days
                .date_of(prep.start, u32::try_from(count).unwrap_or(u32::MAX));
            d.and_time(NaiveTime::MIN).and_utc().timestamp() + 43_200
        };
        let mut steps: Vec<(i64, u8)> = Vec::new();
        let mut hi_prev: Option<usize> = None;
        for k in 0..N_LEVELS {
            let Some((_, hi)) = central_interval(&prep.d.p, level_at(k)) else {
                return;
            };
            let hi = hi.max(hi_prev.unwrap_or(0));
            if let Some(h) = hi_prev
                && hi > h
            {
                // Undelivered on the day after bin `h`: every level up to `k - 1` missed.
                steps.push((moment(h + 1), u8::try_from(k).unwrap_or(u8::MAX)));
            }
            hi_prev = Some(hi);
        }
        if let Some(h) = hi_prev {
            steps.push((
                moment(h + 1),
                u8::try_from(SCORE_BINS - 1).unwrap_or(u8::MAX),
            ));
        }
        let placed = at.timestamp();
        self.calibration.pending.insert(OpenOrder {
            id: Some(super::order_ids::id_hash(id)),
            placed,
            steps,
            next: 0,
            bin: 0,
            since: placed,
        });
        self.calibration.keep_open_at_most(MAX_OPEN_ORDERS);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{CompletedShipment, Lane, Place, TransitModel};
    use super::*;
    use chrono::{Duration, TimeZone};

    fn lane() -> Lane {
        Lane::new(
            None,
            None,
            Place::new(Some("BR"), Some("SP")),
            Place::new(Some("BR"), Some("RJ")),
        )
    }

    fn delivered(ordered: DateTime<Utc>, days: i64) -> CompletedShipment {
        CompletedShipment {
            lane: lane(),
            ordered_at: Some(ordered),
            shipped_at: Some(ordered + Duration::hours(20)),
            delivered_at: ordered + Duration::days(days),
            carrier_estimate: None,
            promised_by: None,
            order_id: None,
        }
    }

    /// A model learned on 150 days of orders delivered in 3 to 5 days, and the first
    /// moment after its history.
    fn learned() -> (TransitModel, DateTime<Utc>) {
        let from = Utc.with_ymd_and_hms(2017, 1, 2, 12, 0, 0).unwrap();
        let history: Vec<CompletedShipment> = (0..150)
            .map(|i| delivered(from + Duration::days(i), 3 + i % 3))
            .collect();
        let newest = history.iter().map(|s| s.delivered_at).max().unwrap();
        (TransitModel::learn(&history), newest + Duration::hours(1))
    }

    fn censored_total(m: &TransitModel) -> f64 {
        m.calibration
            .experts
            .iter()
            .flat_map(|e| e.censored.iter())
            .map(|x| f64::from(*x))
            .sum()
    }

    #[test]
    fn orders_past_their_window_widen_before_delivery_and_count_once() {
        let (mut noted, start) = learned();
        let mut plain = noted.clone();
        let l = lane();
        // Twenty orders in one morning, all running late (delivered after 15 days).
        let orders: Vec<DateTime<Utc>> = (0..20).map(|i| start + Duration::minutes(i)).collect();
        for (i, at) in orders.iter().enumerate() {
            noted.note_order(&format!("late{i}"), &l, *at).unwrap();
        }
        assert_eq!(noted.calibration.pending.len(), 20);
        let base = plain.calibrated_level(false, 0.9);
        let mut widened = false;
        for day in 1..15 {
            let now = start + Duration::days(day);
            noted.calibration.advance(now);
            plain.calibration.advance(now);
            let (a, b) = (
                noted.calibrated_level(false, 0.9),
                plain.calibrated_level(false, 0.9),
            );
            // Open orders never narrow windows; past their windows they widen them, and no
            // delivery has come in yet.
            assert!(a >= b - 1e-9, "day {day}: {a} < {b}");
            widened |= a > b + 0.01;
        }
        assert!(widened, "never widened above {base}");
        // The deliveries arrive (before the orders pass every window): each order's censored
        // weight goes, its real score comes in, so both models end up with the same record.
        for at in &orders {
            let s = delivered(*at, 15);
            noted.observe(&s);
            plain.observe(&s);
        }
        assert!(noted.calibration.pending.is_empty());
        assert!(censored_total(&noted) < 1e-3, "{}", censored_total(&noted));
        let (a, b) = (
            noted.calibrated_level(false, 0.9),
            plain.calibrated_level(false, 0.9),
        );
        assert!((a - b).abs() < 1e-3, "{a} vs {b}");
        // In-flight windows are not kept open (equal up to the rounding of the records).
        let (a, b) = (
            noted.calibrated_level(true, 0.9),
            plain.calibrated_level(true, 0.9),
        );
        assert!((a - b).abs() < 1e-4, "{a} vs {b}");
    }

    #[test]
    fn orders_never_delivered_are_dropped_past_every_window() {
        let (mut m, start) = learned();
        m.note_order("lost", &lane(), start).unwrap();
        // Noted again, it is not opened twice; noted before the learned history, not at all.
        m.note_order("lost", &lane(), start).unwrap();
        m.note_order("old", &lane(), start - Duration::days(30))
            .unwrap();
        assert_eq!(m.calibration.pending.len(), 1);
        m.calibration.advance(start + Duration::days(120));
        assert!(m.calibration.pending.is_empty());
        assert!(censored_total(&m) < 1e-6);
    }

    #[test]
    fn open_orders_survive_a_save_and_format_6_loads_without_them() {
        let (mut m, start) = learned();
        for i in 0..5 {
            m.note_order(&format!("o{i}"), &lane(), start + Duration::hours(i))
                .unwrap();
        }
        m.calibration.advance(start + Duration::days(4));
        assert!(!m.calibration.pending.is_empty());
        assert!(censored_total(&m) > 0.0);
        let json = m.to_json().unwrap();
        let back = TransitModel::from_json(&json).unwrap();
        assert_eq!(back.calibration.pending, m.calibration.pending);
        assert_eq!(
            back.calibrated_level(false, 0.9),
            m.calibrated_level(false, 0.9)
        );
        // Format 6 had neither the open orders nor the censored records.
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v["version"] = 6.into();
        let c = v["calibration"].as_object_mut().unwrap();
        c.remove("pending");
        for e in c["experts"].as_array_mut().unwrap() {
            e.as_object_mut().unwrap().remove("censored");
        }
        let old = TransitModel::from_json(&v.to_string()).unwrap();
        assert!(old.calibration.pending.is_empty());
        assert_eq!(old.version, crate::estimate::MODEL_VERSION);
        // It reads as the same model with nothing open.
        let mut plain = m.clone();
        plain.calibration.pending = Pending::default();
        for e in &mut plain.calibration.experts {
            e.censored.clear();
        }
        plain.calibration.refresh();
        assert_eq!(
            old.calibrated_level(false, 0.9),
            plain.calibrated_level(false, 0.9)
        );
    }

    fn open_ids(m: &TransitModel) -> Vec<Option<u64>> {
        m.calibration
            .pending
            .orders
            .values()
            .map(|o| o.id)
            .collect()
    }

    #[test]
    fn a_delivery_closes_the_open_order_of_its_order_id() {
        let (mut m, start) = learned();
        // Two orders in the same second, both past some window.
        for id in ["a", "b"] {
            m.note_order(id, &lane(), start).unwrap();
        }
        m.calibration.advance(start + Duration::days(6));
        assert!(censored_total(&m) > 0.0);
        let hash = super::super::order_ids::id_hash;
        // "b" is delivered: "b" is closed, not the first one of that second.
        let b = CompletedShipment {
            order_id: Some("b".into()),
            ..delivered(start, 7)
        };
        m.observe(&b);
        assert_eq!(open_ids(&m), [Some(hash("a"))]);
        // A delivery of an order id never noted closes nothing, even in the same second.
        m.observe(&CompletedShipment {
            order_id: Some("unknown".into()),
            ..delivered(start, 7)
        });
        assert_eq!(open_ids(&m), [Some(hash("a"))]);
        // A delivery without an order time is still matched by its id; nothing stays open
        // and no censored weight is left behind.
        m.observe(&CompletedShipment {
            order_id: Some("a".into()),
            ordered_at: None,
            ..delivered(start, 7)
        });
        assert!(m.calibration.pending.is_empty());
        assert!(censored_total(&m) < 1e-3, "{}", censored_total(&m));
        // Without an order id the order placed in that second is closed (the fallback).
        let later = start + Duration::days(8);
        m.note_order("c", &lane(), later).unwrap();
        m.observe(&delivered(later, 4));
        assert!(m.calibration.pending.is_empty());
    }

    #[test]
    fn format_7_open_orders_without_ids_are_matched_by_their_placed_time() {
        let (mut m, start) = learned();
        for (i, id) in ["a", "b"].iter().enumerate() {
            m.note_order(id, &lane(), start + Duration::hours(i as i64))
                .unwrap();
        }
        m.calibration.advance(start + Duration::days(6));
        let mut v: serde_json::Value = serde_json::from_str(&m.to_json().unwrap()).unwrap();
        let orders = v["calibration"]["pending"]["orders"]
            .as_array_mut()
            .unwrap();
        assert!(orders.iter().all(|o| o["id"].as_str().unwrap().len() == 16));
        for o in orders.iter_mut() {
            o.as_object_mut().unwrap().remove("id");
        }
        v["version"] = 7.into();
        let mut old = TransitModel::from_json(&v.to_string()).unwrap();
        assert_eq!(old.version, crate::estimate::MODEL_VERSION);
        assert_eq!(open_ids(&old), [None, None]);
        // Any order id (the old model kept none) closes the order of that second.
        old.observe(&CompletedShipment {
            order_id: Some("b".into()),
            ..delivered(start + Duration::hours(1), 7)
        });
        assert_eq!(old.calibration.pending.len(), 1);
        let left = old.calibration.pending.orders.values().next().unwrap();
        assert_eq!(left.placed, start.timestamp());
        // A hash that is not 16 hex digits is refused.
        let mut bad: serde_json::Value = serde_json::from_str(&m.to_json().unwrap()).unwrap();
        bad["calibration"]["pending"]["orders"][0]["id"] = "xyz".into();
        assert!(TransitModel::from_json(&bad.to_string()).is_err());
    }

    #[test]
    fn past_the_cap_the_oldest_open_orders_are_dropped_with_their_weight() {
        let (mut m, start) = learned();
        for i in 0..6 {
            m.note_order(&format!("o{i}"), &lane(), start + Duration::hours(i))
                .unwrap();
        }
        m.calibration.advance(start + Duration::days(5));
        assert_eq!(m.calibration.pending.len(), 6);
        let before = censored_total(&m);
        m.calibration.keep_open_at_most(2);
        assert_eq!(m.calibration.pending.len(), 2);
        assert!(
            censored_total(&m) < before,
            "{} vs {before}",
            censored_total(&m)
        );
        // The two newest are the ones kept: dropping them too empties the record.
        let placed: Vec<i64> = m.calibration.pending.orders.keys().map(|k| k.0).collect();
        assert_eq!(
            placed,
            [4, 5].map(|h| (start + Duration::hours(h)).timestamp())
        );
        m.calibration.keep_open_at_most(0);
        assert!(censored_total(&m) < 1e-3, "{}", censored_total(&m));
    }

    #[test]
    fn impossible_open_orders_in_a_saved_model_are_dropped_on_load() {
        let (mut m, start) = learned();
        for i in 0..3 {
            m.note_order(&format!("o{i}"), &lane(), start + Duration::hours(i))
                .unwrap();
        }
        m.calibration.advance(start + Duration::days(4));
        let mut v: serde_json::Value = serde_json::from_str(&m.to_json().unwrap()).unwrap();
        let orders = v["calibration"]["pending"]["orders"]
            .as_array_mut()
            .unwrap();
        assert_eq!(orders.len(), 3);
        // A hand-edited file: a time in the year 33658 (loading refuses negative times and
        // numbers past 10^12), a bin past the score bins, a next step past the steps.
        orders[0]["since"] = 999_999_999_999i64.into();
        orders[1]["bin"] = 255.into();
        orders[2]["next"] = 200.into();
        let back = TransitModel::from_json(&v.to_string()).unwrap();
        assert!(back.calibration.pending.is_empty());
        // Advancing and scoring a delivery after such a load is safe.
        let mut back = back;
        back.calibration.advance(start + Duration::days(200));
        back.observe(&delivered(start, 5));
        // Saturating: no `since` can overflow the subtraction, even one no file can hold.
        back.calibration.censor(3, i64::MIN, 1.0);
        assert!(censored_total(&back).is_finite());
    }

    #[test]
    fn censored_weight_goes_to_the_right_scaled_by_the_delivered_share() {
        let mut r = [1.0f32; SCORE_BINS];
        let mut c = vec![0.0f32; SCORE_BINS];
        c[40] = 10.0;
        let total = |r: &[f32; SCORE_BINS]| r.iter().map(|x| f64::from(*x)).sum::<f64>();
        let before = total(&r);
        let mut all = r;
        redistribute(&mut all, &c, 1.0, 20.0);
        // Every order arrives: the whole censored weight lands at or above its bin.
        assert!(
            (total(&all) - before - 10.0).abs() < 1e-3,
            "{}",
            total(&all)
        );
        assert!(all[..40].iter().all(|x| (*x - 1.0).abs() < 1e-6));
        assert!(all[40..].iter().all(|x| *x > 1.0));
        // Three in ten orders never arrive: an order that late is likelier one of them.
        redistribute(&mut r, &c, 0.7, 20.0);
        let part = total(&r) - before;
        assert!(part > 0.0 && part < 10.0 * 0.7, "{part}");
    }
}
