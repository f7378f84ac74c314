//! From the model to a window: pick the distribution (total from order time for the promise,
//! transit from hand-off in flight), shrink each level toward its parent, condition on time
//! already elapsed and on the current status, weigh the carrier's own estimate, and take the
//! shortest interval at the requested confidence.

use chrono::{DateTime, NaiveDate, Utc};

use super::days::Days;
use super::hist::{BINS, shortest_interval};
use super::lane::LaneKey;
use super::model::TransitModel;
use super::priors::{GENERIC, convolve, handling_prior, range_prior, standard_for};
use super::{DeliveryWindow, WindowSource};
use crate::status::{Status, SubStatus};
use crate::timeline::Shipment;

/// What a window is asked for: the lane, the times known so far and the current status.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WindowQuery {
    /// The lane.
    pub lane: LaneKey,
    /// When the customer ordered (the checkout moment when asking for a promise).
    pub ordered_at: Option<DateTime<Utc>>,
    /// Hand-off to the carrier; when set (and not after `now`) the window is the live,
    /// in-flight one.
    pub shipped_at: Option<DateTime<Utc>>,
    /// Current status, when known (in flight).
    pub status: Option<Status>,
    /// Current sub-status, when known.
    pub substatus: Option<SubStatus>,
    /// The carrier's own estimate (earliest, latest), used as evidence.
    pub carrier_estimate: Option<(DateTime<Utc>, DateTime<Utc>)>,
}

impl WindowQuery {
    /// The checkout question: an order on `lane` at `ordered_at`.
    pub fn promise(lane: &LaneKey, ordered_at: DateTime<Utc>) -> WindowQuery {
        WindowQuery {
            lane: lane.clone(),
            ordered_at: Some(ordered_at),
            ..WindowQuery::default()
        }
    }

    /// The in-flight question for a shipment: lane, times, current status and carrier
    /// estimate from its timeline.
    pub fn of(s: &Shipment) -> WindowQuery {
        let state = s.state();
        WindowQuery {
            lane: LaneKey::of(s),
            ordered_at: s.ordered_at,
            shipped_at: s.shipped_at(),
            status: Some(state.status),
            substatus: state.substatus,
            carrier_estimate: s.carrier_estimate,
        }
    }
}

/// Which duration a window is built from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Transit,
    Total,
}

/// A distribution over bins with what it rests on.
struct Dist {
    p: [f64; BINS],
    source: WindowSource,
    basis: String,
}

impl TransitModel {
    /// The delivery window for `query` as seen at `now`, holding delivery with probability
    /// `confidence` (clamped to 0.05..=0.999). `None` when the shipment is already delivered
    /// or ended (cancelled, returned, expired).
    ///
    /// Before hand-off the window counts from the order (or `now` when no order time is
    /// known); after it, from the hand-off. Either way, days already elapsed without a
    /// delivery are ruled out, so the window never ends before `now`'s date.
    pub fn estimate(
        &self,
        query: &WindowQuery,
        now: DateTime<Utc>,
        confidence: f64,
    ) -> Option<DeliveryWindow> {
        if let Some(st) = query.status
            && matches!(
                st,
                Status::Delivered | Status::Cancelled | Status::ReturnToSender | Status::Expired
            )
        {
            return None;
        }
        let confidence = if confidence.is_nan() { 0.9 } else { confidence.clamp(0.05, 0.999) };
        let dest = &query.lane.destination;
        let days = Days::for_place(dest.country.as_deref(), dest.region.as_deref());
        let today = days.local_date(now);
        let in_flight = query.shipped_at.filter(|t| *t <= now);
        let (start_at, kind) = match in_flight {
            Some(t) => (t, Kind::Transit),
            None => (query.ordered_at.unwrap_or(now).min(now), Kind::Total),
        };
        let start = days.local_date(start_at);
        let mut d = self.distribution(&query.lane, kind);
        let drift = match kind {
            Kind::Transit => &self.drift_transit,
            Kind::Total => &self.drift_total,
        };
        if d.source == WindowSource::Model {
            d.p = mix_regimes(&d.p, drift);
        }

        // Rule out the days already gone by without a delivery.
        let elapsed = days.count(start, today) as usize;
        let min_bin = if today > start && !days.is_business_day(today) {
            elapsed + 1
        } else {
            elapsed
        };
        condition(&mut d, min_bin);
        if in_flight.is_some() {
            apply_status(&mut d, query.status, query.substatus, min_bin);
        }
        if let Some(ce) = query.carrier_estimate {
            self.weigh_carrier_estimate(&mut d, &query.lane, &days, start, ce, confidence);
        }

        let (lo, hi) = shortest_interval(&d.p, confidence)?;
        let ml = median_bin(&d.p).clamp(lo, hi);
        let earliest = days.date_of(start, lo as u32).max(today);
        let latest = days.extend_end(days.date_of(start, hi as u32)).max(earliest);
        let most_likely = days.date_of(start, ml as u32).clamp(earliest, latest);
        Some(DeliveryWindow {
            earliest,
            latest,
            most_likely,
            confidence,
            source: d.source,
            basis: d.basis,
        })
    }

    /// The checkout promise: a window for an order on `lane` placed at `ordered_at`, asked at
    /// that moment.
    pub fn promise(&self, lane: &LaneKey, ordered_at: DateTime<Utc>, confidence: f64) -> DeliveryWindow {
        let q = WindowQuery::promise(lane, ordered_at);
        self.estimate(&q, ordered_at, confidence)
            .unwrap_or_else(|| fallback_window(ordered_at, confidence))
    }

    /// The live window of a shipment after its latest scan (see [`WindowQuery::of`]).
    pub fn estimate_shipment(
        &self,
        shipment: &Shipment,
        now: DateTime<Utc>,
        confidence: f64,
    ) -> Option<DeliveryWindow> {
        self.estimate(&WindowQuery::of(shipment), now, confidence)
    }

    /// The shrunk distribution of `kind` for `lane`: start at the published standard (or the
    /// generic prior), then for each level from coarse to fine mix the level's histogram
    /// with the result so far, weighting the level by its recency-weighted count `n` against
    /// `prior_strength` `k`: `p = (n * level + k * parent) / (n + k)`.
    fn distribution(&self, lane: &LaneKey, kind: Kind) -> Dist {
        let standard = standard_for(lane.carrier.as_deref(), lane.service.as_deref());
        let st = standard.unwrap_or(&GENERIC);
        let transit_prior = range_prior(st.min, st.max);
        let mut p = match kind {
            Kind::Transit => transit_prior,
            Kind::Total => convolve(&handling_prior(), &transit_prior),
        };
        // With a published standard for this carrier and service, global and carrier-wide
        // history (other services, other carriers) is not a better parent than the standard.
        let first_level = if standard.is_some() { 2 } else { 0 };
        let keys = lane.level_keys();
        let unit = self.unit_weight();
        let k = self.options.prior_strength;
        let mut finest: Option<(usize, u64, f64)> = None;
        for (level, key) in keys.iter().enumerate().skip(first_level) {
            let Some(node) = self.node(key) else { continue };
            let h = match kind {
                Kind::Transit => &node.transit,
                Kind::Total => &node.total,
            };
            if h.total <= 0.0 {
                continue;
            }
            let n = h.total / unit;
            for (pi, wi) in p.iter_mut().zip(h.w.iter()) {
                *pi = (n * (wi / h.total) + k * *pi) / (n + k);
            }
            finest = Some((level, node.n, n));
        }
        let what = match kind {
            Kind::Transit => "after hand-off",
            Kind::Total => "from order",
        };
        match finest {
            None => Dist {
                p,
                source: WindowSource::Prior,
                basis: match standard {
                    Some(s) => format!(
                        "no history; published standard {}-{} business days ({}), {what}",
                        s.min, s.max, s.source
                    ),
                    None => format!(
                        "no history; generic prior {}-{} business days, {what}",
                        GENERIC.min, GENERIC.max
                    ),
                },
            },
            Some((level, count, n_eff)) => {
                let node = self.node(keys.get(level).map_or("", String::as_str));
                let span = match node.and_then(|n| n.first.zip(n.last)) {
                    Some((a, b)) => format!(", {a} to {b}"),
                    None => String::new(),
                };
                let mut basis = format!(
                    "{} deliveries on {}{span}, {what}",
                    thousands(count),
                    lane.describe(level)
                );
                if n_eff < 2.0 * k && level > 0 {
                    basis.push_str(", leaning on coarser levels (little recent data)");
                }
                Dist {
                    p,
                    source: WindowSource::Model,
                    basis,
                }
            }
        }
    }

    /// The carrier's estimate as evidence: how often did deliveries land inside it on this
    /// lane (or for this carrier)? Trusted outright when that rate reaches the requested
    /// confidence over enough deliveries; otherwise blended in with that rate as its weight.
    fn weigh_carrier_estimate(
        &self,
        d: &mut Dist,
        lane: &LaneKey,
        days: &Days,
        start: NaiveDate,
        (e, l): (DateTime<Utc>, DateTime<Utc>),
        confidence: f64,
    ) {
        let keys = lane.level_keys();
        let unit = self.unit_weight();
        // Finest level with carrier-estimate outcomes: lane, destination, service, carrier.
        let (hit, n) = [4usize, 3, 2, 1]
            .iter()
            .filter_map(|i| keys.get(*i).and_then(|k| self.node(k)))
            .find(|node| node.ce_n > 0.0)
            .map_or((0.0, 0.0), |node| (node.ce_hit / unit, node.ce_n / unit));
        // Before evidence, a carrier estimate is assumed to hold 70% of the time (5 pseudo
        // deliveries), so an unproven estimate never dominates.
        let rate = (hit + 0.7 * 5.0) / (n + 5.0);
        let lo = days.count(start, days.local_date(e)) as usize;
        let hi = (days.count(start, days.local_date(l)) as usize).max(lo);
        let (lo, hi) = (lo.min(BINS - 1), hi.min(BINS - 1));
        let mut ce = [0.0; BINS];
        let span = (hi - lo + 1) as f64;
        for (i, c) in ce.iter_mut().enumerate() {
            if i >= lo && i <= hi {
                *c = 1.0 / span;
            }
        }
        let total: f64 = d.p.iter().sum();
        if rate >= confidence && n >= 20.0 {
            d.p = ce;
            d.source = WindowSource::Carrier;
            d.basis = format!(
                "carrier's estimate; it held for {:.0}% of {} recent deliveries",
                rate * 100.0,
                n.round()
            );
        } else {
            for (pi, ci) in d.p.iter_mut().zip(ce.iter()) {
                *pi = (1.0 - rate) * *pi / total.max(f64::MIN_POSITIVE) + rate * ci;
            }
            d.basis.push_str(&format!(
                "; blended with the carrier's estimate (held {:.0}% of the time)",
                rate * 100.0
            ));
        }
    }
}

/// The bin where the cumulative mass first reaches half: the day that minimizes the expected
/// error in days (the mode of a right-skewed transit distribution is too early).
fn median_bin(p: &[f64; BINS]) -> usize {
    let total: f64 = p.iter().sum();
    let mut acc = 0.0;
    for (i, w) in p.iter().enumerate() {
        acc += w;
        if acc >= total / 2.0 {
            return i;
        }
    }
    BINS - 1
}

/// Mixes the distribution over past months' regimes: for each log factor `δ`, the
/// distribution stretched by `e^δ` (bin `i` moves to `(i + 1) e^δ - 1`, split between the two
/// nearest bins). At most 9 regimes (quantiles of the deviations) keep it O(bins).
fn mix_regimes(p: &[f64; BINS], drift: &[f32]) -> [f64; BINS] {
    if drift.is_empty() {
        return *p;
    }
    let mut sorted: Vec<f32> = drift.to_vec();
    sorted.sort_by(f32::total_cmp);
    let m = sorted.len().min(9);
    let mut out = [0.0; BINS];
    for j in 0..m {
        let idx = ((j as f64 + 0.5) / m as f64 * sorted.len() as f64) as usize;
        let f = f64::from(sorted.get(idx.min(sorted.len() - 1)).copied().unwrap_or(0.0)).exp();
        for (i, w) in p.iter().enumerate() {
            if *w <= 0.0 {
                continue;
            }
            let x = ((i as f64 + 1.0) * f - 1.0).clamp(0.0, (BINS - 1) as f64);
            let lo = x.floor() as usize;
            let frac = x - lo as f64;
            if let Some(o) = out.get_mut(lo) {
                *o += w * (1.0 - frac) / m as f64;
            }
            if let Some(o) = out.get_mut((lo + 1).min(BINS - 1)) {
                *o += w * frac / m as f64;
            }
        }
    }
    out
}

/// Removes the mass of bins before `min_bin`. When nothing is left (delivery is later than
/// anything seen), spreads a decaying tail from `min_bin` on and says so.
fn condition(d: &mut Dist, min_bin: usize) {
    let min_bin = min_bin.min(BINS - 1);
    for b in d.p.iter_mut().take(min_bin) {
        *b = 0.0;
    }
    let left: f64 = d.p.iter().sum();
    if left <= 1e-9 {
        let mut w = 1.0;
        for b in d.p.iter_mut().skip(min_bin) {
            *b = w;
            w *= 0.6;
        }
        d.basis
            .push_str("; already later than the usual transit, window widened");
    }
}

/// Status evidence, as business days from today (bin `min_bin`). Out for delivery means today;
/// at the local depot today or the next business day; after a failed attempt the next try;
/// waiting at a pickup point until the customer comes; an exception delays by a few days.
/// These shapes are set by hand from how carriers run the last mile, not learned.
fn apply_status(d: &mut Dist, status: Option<Status>, sub: Option<SubStatus>, min_bin: usize) {
    let fixed: Option<&[f64]> = match (status, sub) {
        (Some(Status::OutForDelivery), _) => Some(&[0.93, 0.05, 0.02]),
        (_, Some(SubStatus::InTransitAtLocalFacility)) => Some(&[0.45, 0.4, 0.1, 0.05]),
        (Some(Status::AttemptFail), _) => Some(&[0.1, 0.6, 0.2, 0.1]),
        (Some(Status::AvailableForPickup), _) => {
            Some(&[0.3, 0.2, 0.15, 0.1, 0.08, 0.07, 0.05, 0.05])
        }
        _ => None,
    };
    if let Some(shape) = fixed {
        let mut p = [0.0; BINS];
        for (i, w) in shape.iter().enumerate() {
            if let Some(b) = p.get_mut((min_bin + i).min(BINS - 1)) {
                *b += w;
            }
        }
        d.p = p;
        d.basis.push_str(&format!(
            "; current status {}",
            sub.map_or_else(|| status.map_or("", |s| s.code()), |s| s.code())
        ));
        return;
    }
    if status == Some(Status::Exception) {
        // Delay of 0-4 business days on top of the normal remaining transit.
        let delay = [0.2, 0.3, 0.2, 0.15, 0.15];
        let mut k = [0.0; BINS];
        for (kb, w) in k.iter_mut().zip(delay.iter()) {
            *kb = *w;
        }
        d.p = convolve(&d.p, &k);
        d.basis.push_str("; exception reported, window widened");
    }
}

fn fallback_window(at: DateTime<Utc>, confidence: f64) -> DeliveryWindow {
    let day = at.date_naive();
    DeliveryWindow {
        earliest: day,
        latest: day,
        most_likely: day,
        confidence,
        source: WindowSource::Prior,
        basis: "no distribution available".to_string(),
    }
}

/// `1240` -> `1,240`.
pub(crate) fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

