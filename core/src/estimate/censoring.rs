//! How open orders (see `pending.rs`) feed the promise calibration: the censored score an
//! order undelivered past a window adds to every memory, its redistribution to the right
//! when windows are cut, the steps an order takes as its windows pass, and closing it when
//! it is delivered.

use chrono::{DateTime, NaiveTime, Utc};

use super::calib::{Calibration, N_LEVELS, SCORE_BINS, level_at};
use super::hist::central_interval;
use super::model::TransitModel;
use super::pending::{MAX_OPEN_ORDERS, OpenOrder};
use super::window::WindowQuery;

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
    pub(super) fn censor(&mut self, bin: u8, since: i64, sign: f64) {
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
