//! Order-volume surges: the orders the model has seen per day, and how the last week's count
//! compares with the weeks before it. A surge (a sale, Black Friday, a campaign) loads sellers
//! and carriers before any slow delivery can show it: the first slow deliveries of a surge
//! week come in two to three weeks later, so the short memory and the calibration record,
//! which learn from deliveries, react too late for the orders placed in it. The count of
//! orders is known the moment they are placed, so windows asked during a surge can widen at
//! once.
//!
//! Method:
//! - **Counts**, kept apart by where they come from and never mixed in one ratio (a learned
//!   count holds delivered orders only, a noted one every placed order, so a week of one
//!   against weeks of the other reads a surge that is not there):
//!   - *learned* (`daily`): orders per UTC day (the order time, else the hand-off) of the
//!     delivered history `learn` reads, for the last [`VOLUME_KEEP_DAYS`] days;
//!   - *noted* (`noted`): every order placed, delivered or not, as a shop backend notes it
//!     ([`Self::note_order`], the `note_orders` facade operation), counted once per
//!     order id, for the last [`NOTED_KEEP_DAYS`] days.
//!
//!   Both per carrier and over all carriers. A window reads the noted counts once they hold
//!   enough weeks to read (see below), the learned ones before that.
//! - **Surge ratio** for a window asked on day `d`: the orders of the 7 full days before `d`
//!   against the median of the 8 weekly counts before those (days `d - 63 .. d - 8`). Only
//!   whole days before `d` count, so the ratio is the same whenever during `d` it is asked
//!   and a delivery's calibration score sees the ratio its window saw (no hindsight). The
//!   median, not the mean: a past surge week or a few undercounted weeks (the newest orders
//!   of a learned history are still on their way; the first week of noting may be partial)
//!   do not move it. The carrier's own counts when its weekly median reaches
//!   [`VOLUME_MIN_WEEK`] orders, else all carriers'; nothing with fewer than 6 counted weeks.
//! - **Effect**: above [`SURGE_RATIO`] (1.5) the distribution is stretched by
//!   `ratio / 1.5`, at most 1.5 (the same clamp as the short memory): delay grows in
//!   proportion to the load beyond the busiest ordinary week, as a queue with fixed daily
//!   capacity clears an `r`-fold week in `r` weeks' worth of work. 1.5 sits above the
//!   ordinary week-to-week swing of a steady shop (on our dev history the calm months'
//!   weekly ratios stayed within 0.74-1.37, a growing shop's ramp-up aside) and above the
//!   Poisson noise of a week of [`VOLUME_MIN_WEEK`] orders (1.5 x 20 = 30 is 2.2 standard
//!   deviations above 20). The constants are reasoned, not fitted: the history holds a
//!   single surge, which is the month it would be judged on.
//! - The short memory (deliveries running slower) and the surge are not added: the larger of
//!   the two stretches the window, since a slowdown already seen may be the surge's own.
//!
//! Memory of the noted counts: one `(day, orders)` pair per key and day, and one 64-bit hash
//! per order id for the [`NOTED_KEEP_DAYS`] days kept (about 30 bytes an order in memory,
//! 19 in the saved model: 1,000 orders a day keep about 3 MB in memory). An order placed
//! before those days is not counted (its id can no longer be checked), so a duplicate is
//! never counted twice. Two distinct ids share a hash with a chance of about n^2 / 2^65
//! (1 in 37 million for a million ids); the second is then taken for a duplicate.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::lane::Lane;

/// Days of learned daily order counts kept: the 63 days a surge ratio reads, for asks up to
/// about four months before the newest order (a delivery's calibration score reads the ratio
/// as of its order).
pub const VOLUME_KEEP_DAYS: i32 = 190;
/// Days of noted orders kept (counts and ids), counted back from the newest noted order: the
/// 63 days a surge ratio reads, plus five weeks so that the calibration score of a delivery
/// up to five weeks after its order reads the ratio its window saw. Fewer than the learned
/// days, since each noted order keeps its id for dedupe.
pub const NOTED_KEEP_DAYS: i32 = 100;
/// A week's order count below which a carrier's own counts are too noisy to read a surge
/// from (all carriers' counts are read instead, with the same floor).
pub const VOLUME_MIN_WEEK: f64 = 20.0;
/// The surge ratio above which windows widen.
pub const SURGE_RATIO: f64 = 1.5;
/// The largest stretch a surge gives.
const SURGE_MAX_FACTOR: f64 = 1.5;
/// The key of the all-carrier counts.
const ALL: &str = "*";
/// The most carrier keys kept. New carriers beyond it are not counted on their own (their
/// windows read the all-carrier counts), so a stream of distinct carrier texts cannot grow
/// the model without bound; a saved model with more keys is refused.
pub const VOLUME_MAX_KEYS: usize = 1_000;
/// The most orders one key may hold for one day in a saved model: far above any shop
/// (ten million orders a day), below where weekly sums could overflow.
pub const VOLUME_MAX_DAY: u32 = 10_000_000;
/// The plausible day numbers (days since 1970): 1990-01-01 to 2200-01-01.
pub(super) const DAY_RANGE: std::ops::RangeInclusive<i32> = 7_305..=83_966;

/// Orders per day, per carrier (lower-case name) and over all carriers (`*`), learned and
/// noted apart: see the module docs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Volume {
    /// Learned counts (delivered orders of the history `learn` read): per key, `(day,
    /// orders)` sorted by day (days since 1970, UTC).
    pub daily: BTreeMap<String, Vec<(i32, u32)>>,
    /// Noted counts (every placed order, once per id).
    #[serde(skip_serializing_if = "Noted::is_empty")]
    pub noted: Noted,
}

/// Orders noted as they are placed: counts per key and day, and the ids counted (see the
/// module docs).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Noted {
    /// Per key, `(day, orders)` sorted by day, as [`Volume::daily`].
    pub daily: BTreeMap<String, Vec<(i32, u32)>>,
    /// Per order day, the hashes of the order ids counted on it (FNV-1a 64; saved as 16 hex
    /// digits, which every JSON reader keeps exact).
    #[serde(with = "super::order_ids::hex_ids")]
    pub ids: BTreeMap<i32, Vec<u64>>,
    /// Every hash of `ids`, for the duplicate check (rebuilt on load).
    #[serde(skip)]
    pub(super) seen: HashSet<u64>,
}

/// What became of one noted order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NoteOutcome {
    /// Counted.
    Counted,
    /// Its id was already counted: not counted again.
    Duplicate,
    /// Placed more than [`NOTED_KEEP_DAYS`] days before the newest noted order, outside the
    /// days kept: not counted (its id could not be checked against those already dropped).
    TooOld,
}

/// Which counts a surge ratio was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountSource {
    /// The learned history's delivered orders.
    Learned,
    /// The orders noted as they were placed.
    Noted,
}

/// A surge seen at an ask: the last week's orders against the usual week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Surge {
    /// Orders in the 7 days before the ask.
    pub last_week: u32,
    /// The usual week: the median of the 8 weeks before.
    pub usual_week: f64,
    /// `last_week / usual_week`.
    pub ratio: f64,
    /// How much the window is stretched.
    pub factor: f64,
    /// The counts read.
    pub source: CountSource,
}

/// The carrier's key: the lane's carrier, already settled (slug or trimmed lower-case name)
/// by [`Lane::new`].
fn carrier_key(lane: &Lane) -> Option<&str> {
    lane.carrier.as_deref()
}

pub(super) fn day_of(t: DateTime<Utc>) -> i32 {
    t.timestamp().div_euclid(86_400) as i32
}

/// Counts one order on `lane`'s carrier and over all carriers on `day`.
fn count(daily: &mut BTreeMap<String, Vec<(i32, u32)>>, lane: &Lane, day: i32, keep: i32) {
    bump(daily, ALL, day, keep);
    if let Some(key) = carrier_key(lane)
        && (daily.contains_key(key) || daily.len() <= VOLUME_MAX_KEYS)
    {
        bump(daily, key, day, keep);
    }
}

fn bump(daily: &mut BTreeMap<String, Vec<(i32, u32)>>, key: &str, day: i32, keep: i32) {
    let v = match daily.get_mut(key) {
        Some(v) => v,
        None => daily.entry(key.to_string()).or_default(),
    };
    let newest = v.last().map_or(day, |(d, _)| (*d).max(day));
    if day <= newest.saturating_sub(keep) {
        return;
    }
    match v.binary_search_by_key(&day, |(d, _)| *d) {
        Ok(i) => {
            if let Some(e) = v.get_mut(i) {
                e.1 = e.1.saturating_add(1);
            }
        }
        Err(i) => v.insert(i, (day, 1)),
    }
    let cut = v.partition_point(|(d, _)| *d <= newest.saturating_sub(keep));
    if cut > 0 {
        v.drain(..cut);
    }
}

/// Checks and tidies counts read from a saved model (see [`Volume::check`]).
fn check_daily(
    daily: &mut BTreeMap<String, Vec<(i32, u32)>>,
    field: &str,
    keep: i32,
) -> Result<(), crate::Error> {
    let bad = |reason: String| crate::Error::InvalidModel {
        reason: format!("transit model: {reason}"),
    };
    if daily.len() > VOLUME_MAX_KEYS + 1 {
        return Err(bad(format!(
            "field `{field}` has {} keys (at most {} carriers and `*`)",
            daily.len(),
            VOLUME_MAX_KEYS
        )));
    }
    for (key, days) in daily.iter_mut() {
        if key.is_empty() || key.trim() != key || key.chars().any(char::is_uppercase) {
            return Err(bad(format!(
                "field `{field}` key {key:?} is not a settled carrier key (trimmed, lower case)"
            )));
        }
        for (i, (d, n)) in days.iter().enumerate() {
            if !DAY_RANGE.contains(d) {
                return Err(bad(format!(
                    "field `{field}.{key}[{i}]` day {d} is not a plausible day number (days since 1970, 1990 to 2200)"
                )));
            }
            if *n > VOLUME_MAX_DAY {
                return Err(bad(format!(
                    "field `{field}.{key}[{i}]` holds {n} orders in a day (at most {VOLUME_MAX_DAY})"
                )));
            }
        }
        days.sort_unstable_by_key(|(d, _)| *d);
        let mut merged: Vec<(i32, u32)> = Vec::with_capacity(days.len());
        for &(d, n) in days.iter() {
            match merged.last_mut() {
                Some(last) if last.0 == d => last.1 = last.1.saturating_add(n),
                _ => merged.push((d, n)),
            }
        }
        if let Some(&(newest, _)) = merged.last() {
            merged.retain(|(d, _)| *d > newest.saturating_sub(keep));
        }
        *days = merged;
    }
    daily.retain(|_, days| !days.is_empty());
    Ok(())
}

/// (orders of the 7 days before `day`, median of the 8 weekly counts before those), when at
/// least 6 of those weeks had orders and their median reaches [`VOLUME_MIN_WEEK`].
fn weeks(daily: &BTreeMap<String, Vec<(i32, u32)>>, key: &str, day: i32) -> Option<(u32, f64)> {
    let v = daily.get(key)?;
    let from = v.partition_point(|(d, _)| *d < day - 63);
    let mut weeks = [0u32; 9];
    for (d, n) in v.get(from..)?.iter().take_while(|(d, _)| *d < day) {
        let w = ((day - 1 - d) / 7) as usize;
        if let Some(slot) = weeks.get_mut(w) {
            *slot = slot.saturating_add(*n);
        }
    }
    let (last, before) = weeks.split_first()?;
    // The counted weeks, sorted (on the stack: windows are asked often).
    let mut buf = [0u32; 8];
    let mut k = 0;
    for (slot, n) in buf.iter_mut().zip(before.iter().filter(|n| **n > 0)) {
        *slot = *n;
        k += 1;
    }
    let usual = buf.get_mut(..k)?;
    if usual.len() < 6 {
        return None;
    }
    usual.sort_unstable();
    let mid = usual.len() / 2;
    let median = if usual.len().is_multiple_of(2) {
        (f64::from(*usual.get(mid - 1)?) + f64::from(*usual.get(mid)?)) / 2.0
    } else {
        f64::from(*usual.get(mid)?)
    };
    (median >= VOLUME_MIN_WEEK).then_some((*last, median))
}

impl Noted {
    /// Whether nothing was noted.
    pub fn is_empty(&self) -> bool {
        self.daily.is_empty() && self.ids.is_empty()
    }

    /// How many order ids are kept.
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    /// Counts an order another copy already checked for duplicates (it answered
    /// [`NoteOutcome::Counted`]), without keeping its id: the counts and their expiry follow
    /// the checking copy's, since every counted order lands in the all-carrier key.
    pub(super) fn count_checked(&mut self, lane: &Lane, day: i32) {
        let newest = self.daily.get(ALL).and_then(|v| v.last()).map(|(d, _)| *d);
        count(&mut self.daily, lane, day, NOTED_KEEP_DAYS);
        if newest.is_none_or(|n| day > n) {
            self.expire(day);
        }
    }

    fn note(&mut self, id: &str, lane: &Lane, day: i32) -> NoteOutcome {
        let newest = self.ids.last_key_value().map(|(d, _)| *d);
        if newest.is_some_and(|n| day <= n.saturating_sub(NOTED_KEEP_DAYS)) {
            return NoteOutcome::TooOld;
        }
        let h = super::order_ids::id_hash(id);
        if !self.seen.insert(h) {
            return NoteOutcome::Duplicate;
        }
        self.ids.entry(day).or_default().push(h);
        count(&mut self.daily, lane, day, NOTED_KEEP_DAYS);
        if newest.is_none_or(|n| day > n) {
            self.expire(day);
        }
        NoteOutcome::Counted
    }

    /// Drops the ids and counts of days at or before `newest - NOTED_KEEP_DAYS`.
    fn expire(&mut self, newest: i32) {
        let keep_from = newest.saturating_sub(NOTED_KEEP_DAYS) + 1;
        let kept = self.ids.split_off(&keep_from);
        for hashes in std::mem::replace(&mut self.ids, kept).into_values() {
            for h in hashes {
                self.seen.remove(&h);
            }
        }
        for days in self.daily.values_mut() {
            let cut = days.partition_point(|(d, _)| *d < keep_from);
            days.drain(..cut);
        }
        self.daily.retain(|_, days| !days.is_empty());
    }

    fn check(&mut self) -> Result<(), crate::Error> {
        let bad = |reason: String| crate::Error::InvalidModel {
            reason: format!("transit model: {reason}"),
        };
        check_daily(&mut self.daily, "volume.noted.daily", NOTED_KEEP_DAYS)?;
        self.seen.clear();
        for (d, hashes) in &self.ids {
            if !DAY_RANGE.contains(d) {
                return Err(bad(format!(
                    "field `volume.noted.ids` day {d} is not a plausible day number (days since 1970, 1990 to 2200)"
                )));
            }
            for h in hashes {
                if !self.seen.insert(*h) {
                    return Err(bad(format!(
                        "field `volume.noted.ids.{d}` holds {h:016x} twice or on two days"
                    )));
                }
            }
        }
        self.ids.retain(|_, h| !h.is_empty());
        if let Some((&newest, _)) = self.ids.last_key_value() {
            self.expire(newest);
        }
        Ok(())
    }
}

impl Volume {
    /// Counts one order of the learned history on `lane` placed at `at`.
    pub(super) fn add(&mut self, lane: &Lane, at: DateTime<Utc>) {
        count(&mut self.daily, lane, day_of(at), VOLUME_KEEP_DAYS);
    }

    /// Notes order `id` on `lane` placed at `at`: counted once per id (see [`NoteOutcome`]).
    ///
    /// # Errors
    /// [`crate::Error::InvalidTime`] when `at` is not a plausible order time (before 1990 or
    /// after 2200): one such order would otherwise push every kept day out.
    pub(super) fn note(
        &mut self,
        id: &str,
        lane: &Lane,
        at: DateTime<Utc>,
    ) -> Result<NoteOutcome, crate::Error> {
        let day = day_of(at);
        if !DAY_RANGE.contains(&day) {
            return Err(crate::Error::InvalidTime {
                input: at.to_rfc3339(),
                reason: "not a plausible order time (1990 to 2200)".into(),
            });
        }
        Ok(self.noted.note(id, lane, day))
    }

    /// Checks and tidies counts read from a saved model: each key's days sorted and
    /// duplicates merged (which `bump` and `weeks` rely on), days older than the kept days
    /// before the key's newest dropped; noted ids checked and indexed.
    ///
    /// # Errors
    /// [`crate::Error::InvalidModel`] naming the field (`volume.daily.<key>`,
    /// `volume.noted...`) when a key is empty or not in its settled form, a day number is
    /// implausible (before 1990 or after 2200), a day holds more than [`VOLUME_MAX_DAY`]
    /// orders, there are more than [`VOLUME_MAX_KEYS`] carrier keys, or an id hash is out
    /// of range or repeated.
    pub(crate) fn check(&mut self) -> Result<(), crate::Error> {
        check_daily(&mut self.daily, "volume.daily", VOLUME_KEEP_DAYS)?;
        self.noted.check()
    }

    /// The surge at a window asked at `at` on `lane`, when the last week's orders exceed
    /// [`SURGE_RATIO`] times the usual week (see the module docs): read from the noted
    /// counts once their all-carrier weeks can be read at `at`, else from the learned ones.
    pub fn surge(&self, lane: &Lane, at: DateTime<Utc>) -> Option<Surge> {
        let day = day_of(at);
        let (counts, source) = if weeks(&self.noted.daily, ALL, day).is_some() {
            (&self.noted.daily, CountSource::Noted)
        } else {
            (&self.daily, CountSource::Learned)
        };
        let carrier = carrier_key(lane).and_then(|c| weeks(counts, c, day));
        let (last_week, usual_week) = carrier.or_else(|| weeks(counts, ALL, day))?;
        let ratio = f64::from(last_week) / usual_week;
        (ratio > SURGE_RATIO).then(|| Surge {
            last_week,
            usual_week,
            ratio,
            factor: (ratio / SURGE_RATIO).min(SURGE_MAX_FACTOR),
            source,
        })
    }
}

impl Volume {
    /// The share of placed orders that were delivered: the learned counts (delivered orders
    /// of the history) over the noted counts (every order) on the days both cover, up to
    /// `settle_days` before the newest learned day (the orders of later days may still be on
    /// their way). `None` with fewer than [`VOLUME_MIN_WEEK`] noted orders on those days.
    pub fn delivered_rate(&self, settle_days: i64) -> Option<f64> {
        let learned = self.daily.get(ALL)?;
        let noted = self.noted.daily.get(ALL)?;
        let newest = learned.last()?.0;
        let last = i64::from(newest) - settle_days;
        let (mut delivered, mut placed) = (0u64, 0u64);
        for (d, n) in noted.iter().filter(|(d, _)| i64::from(*d) <= last) {
            if let Ok(i) = learned.binary_search_by_key(d, |(day, _)| *day) {
                delivered += learned.get(i).map_or(0, |(_, k)| u64::from(*k));
            }
            // Days the learned counts do not cover (before their oldest) say nothing.
            if learned.first().is_some_and(|(first, _)| d >= first) {
                placed += u64::from(*n);
            }
        }
        (placed as f64 >= VOLUME_MIN_WEEK).then(|| (delivered as f64 / placed as f64).min(1.0))
    }
}

#[cfg(test)]
#[path = "tests_volume_counts.rs"]
mod tests;
