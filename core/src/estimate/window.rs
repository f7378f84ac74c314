//! From the model to a window: pick the distribution (total from order time for the promise,
//! transit from hand-off in flight), shrink each level toward its parent, condition on time
//! already elapsed and on the current status, weigh the carrier's own estimate, and take the
//! shortest interval at the requested confidence.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::calib::Ask;
use super::days::Days;
use super::drift::{Recent, seasonal_factor};
use super::hist::{BINS, central_interval};
use super::model::TransitModel;
use super::priors::{GENERIC, prior_distributions, standard_for};
use super::season::peak_extension;
use super::shape::{Dist, apply_status, condition, median_bin, stretch, waited_longer_than_most};
use super::{DeliveryWindow, WindowSource};
use crate::lane::Lane;
use crate::status::{Status, SubStatus};
use crate::timeline::Shipment;

/// What a window is asked for: the lane, the times known so far and the current status.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WindowQuery {
    /// The lane.
    pub lane: Lane,
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
    /// The shop's promised date, used as evidence when history shows it tracks delivery
    /// times (a shop that promises later than usual on a lane often knows of a slowdown).
    pub promised_by: Option<NaiveDate>,
}

impl WindowQuery {
    /// The checkout question: an order on `lane` at `ordered_at`.
    pub fn promise(lane: &Lane, ordered_at: DateTime<Utc>) -> WindowQuery {
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
            lane: s.lane(),
            ordered_at: s.ordered_at,
            shipped_at: s.shipped_at(),
            status: Some(state.status),
            substatus: state.substatus,
            carrier_estimate: s.carrier_estimate,
            promised_by: s.promised_by,
        }
    }
}

/// A distribution ready to cut a window from.
pub(super) struct Prepared {
    /// Probability per business day counted from `start`.
    pub d: Dist,
    /// The day bins count from (order or hand-off date).
    pub start: NaiveDate,
    /// `now`'s date in the destination's calendar.
    pub today: NaiveDate,
    /// The destination's calendar.
    pub days: Days,
    /// Whether the parcel was handed off (the in-flight question).
    pub in_flight: bool,
    /// The order-volume surge that stretched the distribution, if one did.
    pub surge: Option<super::WindowSurge>,
    /// Later than any delivery the distribution holds (see [`DeliveryWindow::overdue`]).
    pub overdue: bool,
}

/// Which duration a window is built from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Transit,
    Total,
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
        let confidence = if confidence.is_nan() {
            0.9
        } else {
            confidence.clamp(0.05, 0.999)
        };
        let Prepared {
            mut d,
            start,
            today,
            days,
            in_flight,
            surge,
            overdue,
        } = self.prepare(query, now, confidence, &self.recent)?;
        // Ask the distribution at the level its record says holds `confidence` (calib.rs).
        let ask = if in_flight {
            Ask::InFlight
        } else {
            Ask::Promise
        };
        // Overdue past every delivery seen: the record says nothing about such a parcel.
        let (level, lead) = if overdue {
            (confidence, None)
        } else {
            self.calibration.level_with_lead(ask, confidence)
        };
        let held = if level > confidence + 0.005 {
            Some("fewer")
        } else if level < confidence - 0.005 {
            Some("more")
        } else {
            None
        };
        if let Some(held) = held {
            // Said so a support agent can repeat it: which way, why, and the numbers behind.
            let (way, than) = if held == "fewer" {
                ("wider", "fewer")
            } else {
                ("narrower", "more")
            };
            d.basis.push_str(&format!(
                "; made {way}: lately, windows like this held {than} parcels than promised, so \
                 it is drawn to hold {:.0}% of past deliveries to keep {:.0}% in practice",
                level * 100.0,
                confidence * 100.0
            ));
            // Which memory the calibration leans on most (calib.rs).
            if let Some((h, _)) = lead {
                d.basis
                    .push_str(&format!(" (judged mostly on the last {h:.0} days)"));
            }
        }
        let (lo, hi) = central_interval(&d.p, level)?;
        let ml = median_bin(&d.p).clamp(lo, hi);
        let mut end = hi as u32;
        if d.source != WindowSource::Carrier
            && !overdue
            && let Some((extra, why)) = peak_extension(&query.lane, start)
        {
            end += extra;
            d.basis.push_str(why);
        }
        let earliest = days.date_of(start, lo as u32).max(today);
        let latest = days.extend_end(days.date_of(start, end)).max(earliest);
        let most_likely = days.date_of(start, ml as u32).clamp(earliest, latest);
        Some(DeliveryWindow {
            earliest,
            latest,
            most_likely,
            confidence,
            source: d.source,
            basis: d.basis,
            surge,
            overdue,
        })
    }

    /// The final distribution for `query` at `now` (bins counted from `start`), before the
    /// window is cut from it.
    pub(super) fn prepare(
        &self,
        query: &WindowQuery,
        now: DateTime<Utc>,
        confidence: f64,
        recent: &Recent,
    ) -> Option<Prepared> {
        let dest = &query.lane.destination;
        let days = Days::for_place(dest.country.as_deref(), dest.region.as_deref());
        let today = days.local_date(now);
        let in_flight = query.shipped_at.filter(|t| *t <= now);
        let promise_factor = self.promise_factor(query, &days);
        let (start_at, kind) = match in_flight {
            Some(t) => (t, Kind::Transit),
            None => (query.ordered_at.unwrap_or(now).min(now), Kind::Total),
        };
        let start = days.local_date(start_at);
        let mut d = self.distribution(&query.lane, kind);
        let mut shown = None;
        if let Some(f) = promise_factor {
            d.p = stretch(&d.p, f);
            d.basis.push_str(&format!(
                "; {} because the shop promised {} delivery than usual on this route",
                stretched(f),
                if f > 1.0 { "a later" } else { "an earlier" }
            ));
        }
        if d.source == WindowSource::Model
            && let Some(global) = self.node("*")
        {
            let (sums, long, season) = match kind {
                Kind::Transit => (recent.transit, &global.transit, &self.season_transit),
                Kind::Total => (recent.total, &global.total, &self.season_total),
            };
            // The present, once seen, speaks for itself; before that (a slowdown's first
            // weeks), an order-volume surge or the same month of a past year says what is
            // coming. A surge and a slowdown already seen are not added (see volume.rs).
            let slow = Recent::factor(recent.faded(sums, start_at), long);
            let surge = if self.options.surge {
                self.volume
                    .surge(&query.lane, start_at)
                    .filter(|s| s.factor > slow.unwrap_or(1.0))
            } else {
                None
            };
            if let Some(s) = surge {
                d.p = stretch(&d.p, s.factor);
                // No order count here: the basis may reach the shop's customers.
                d.basis.push_str(&format!(
                    "; {}: a busy period, {:.1} times the usual orders in a week",
                    stretched(s.factor),
                    s.ratio
                ));
                shown = Some(super::WindowSurge {
                    ratio: round2(s.ratio),
                    factor: round2(s.factor),
                });
            } else if let Some(f) = slow {
                d.p = stretch(&d.p, f);
                d.basis.push_str(&format!(
                    "; {}: recent deliveries are {} than usual",
                    stretched(f),
                    if f > 1.0 { "slower" } else { "faster" }
                ));
            } else if let Some((f, year)) =
                seasonal_factor(season, start.year() * 12 + start.month0() as i32)
            {
                d.p = stretch(&d.p, f);
                d.basis.push_str(&format!(
                    "; {}: the same month of {year} was {} than usual",
                    stretched(f),
                    if f > 1.0 { "slower" } else { "faster" }
                ));
            }
        }

        // Rule out the days already gone by without a delivery.
        let elapsed = days.count(start, today) as usize;
        let mut min_bin = if today > start && !days.is_business_day(today) {
            elapsed + 1
        } else {
            elapsed
        };
        let mut start = start;
        if min_bin >= BINS - 1 {
            // Longer than the bins count (O11: a parcel shipped 140 days ago showed today ..
            // today at 0.9): nothing learned holds it; the days are counted from today.
            d.p.iter_mut().for_each(|x| *x = 0.0);
            start = today;
            min_bin = usize::from(!days.is_business_day(today));
        }
        let overdue = d.p.iter().skip(min_bin).sum::<f64>() <= 1e-9;
        let arrived = condition(&mut d, min_bin);
        if overdue {
            d.basis.push_str(&format!(
                "; overdue: {elapsed} business days since the {} without a delivery, longer \
                 than the model knows, so these dates only spread the next days and are not a \
                 {:.0}% window",
                if in_flight.is_some() {
                    "hand-off"
                } else {
                    "order"
                },
                confidence * 100.0
            ));
        }
        let replaced =
            in_flight.is_some() && apply_status(&mut d, query.status, query.substatus, min_bin);
        if !replaced {
            waited_longer_than_most(&mut d, arrived, elapsed);
        }
        if let Some(ce) = query.carrier_estimate {
            self.weigh_carrier_estimate(&mut d, &query.lane, &days, start, ce, confidence);
        }

        // The carrier's own estimate, when it replaced the distribution, was not widened.
        let surge = shown.filter(|_| d.source != WindowSource::Carrier);
        Some(Prepared {
            d,
            start,
            today,
            days,
            in_flight: in_flight.is_some(),
            surge,
            overdue,
        })
    }

    /// The checkout promise: a window for an order on `lane` placed at `ordered_at`, asked at
    /// that moment.
    pub fn promise(
        &self,
        lane: &Lane,
        ordered_at: DateTime<Utc>,
        confidence: f64,
    ) -> DeliveryWindow {
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
    fn distribution(&self, lane: &Lane, kind: Kind) -> Dist {
        let found = standard_for(lane.carrier.as_deref(), lane.service.as_deref());
        let standard = found.map(|(_, s)| s);
        let priors = prior_distributions(found.map(|(i, _)| i));
        let mut p = match kind {
            Kind::Transit => priors.0,
            Kind::Total => priors.1,
        };
        // With a published standard for this carrier and service, global and carrier-wide
        // history (other services, other carriers) is not a better parent than the standard.
        let first_level = if standard.is_some() { 2 } else { 0 };
        let keys = lane.level_keys();
        let unit = self.unit_weight();
        let k = self.options.prior_strength;
        let mut finest: Option<(usize, f64)> = None;
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
            // p = (n * w / total + k * p) / (n + k), with the divisions hoisted.
            let (a, b) = (n / (h.total * (n + k)), k / (n + k));
            for (pi, wi) in p.iter_mut().zip(h.w.iter()) {
                *pi = a * wi + b * *pi;
            }
            finest = Some((level, n));
        }
        let what = match kind {
            Kind::Transit => "after hand-off",
            Kind::Total => "counted from the order, as the parcel is not handed over yet",
        };
        // Before hand-off the window adds the shop's handling time to the carrier's
        // standard: said, so a wide window is not read as the standard alone (R4).
        let handling = match kind {
            Kind::Transit => String::new(),
            Kind::Total => format!(
                ", plus up to {} business days before the shop hands it over (not handed \
                 over yet)",
                super::priors::HANDLING_PRIOR.len() - 1
            ),
        };
        match finest {
            None => Dist {
                p,
                source: WindowSource::Prior,
                basis: match standard {
                    Some(s) => format!(
                        "no history; published standard {}-{} business days ({}) once handed \
                         over{handling}",
                        s.min, s.max, s.source
                    ),
                    None => format!(
                        "no history; a typical {}-{} business days once handed over{handling}",
                        GENERIC.min, GENERIC.max
                    ),
                },
            },
            Some((level, n_eff)) => {
                let mut basis = String::with_capacity(128);
                basis.push_str(self.node(keys.get(level)).map_or("", |n| n.basis.as_str()));
                basis.push_str(", ");
                basis.push_str(what);
                if n_eff < 2.0 * k && level > 0 {
                    basis.push_str(
                        ", with few recent deliveries on this exact route, so wider data (the \
                         same carrier or country) weighs in",
                    );
                }
                Dist {
                    p,
                    source: WindowSource::Model,
                    basis,
                }
            }
        }
    }

    /// The factor by which the shop's promise says this order will be slower (> 1) or
    /// faster than usual on its lane: `((1 + lead) / (1 + median lead))^beta`, in 0.5..=2,
    /// `None` when it makes no real difference or nothing is known.
    fn promise_factor(&self, q: &WindowQuery, days: &Days) -> Option<f64> {
        if self.promise_beta <= 0.0 {
            return None;
        }
        let (ordered, promised) = (q.ordered_at?, q.promised_by?);
        let o = days.local_date(ordered);
        if promised < o {
            return None;
        }
        let keys = q.lane.level_keys();
        let node = [4usize, 3, 0]
            .iter()
            .filter_map(|l| self.node(keys.get(*l)))
            .find(|n| n.lead.total > 0.0 && n.n >= 10)?;
        let med = f64::from(node.lead.quantile(0.5));
        let lead = f64::from(days.count(o, promised));
        let f = ((1.0 + lead) / (1.0 + med))
            .powf(f64::from(self.promise_beta))
            .clamp(0.5, 2.0);
        ((f - 1.0).abs() >= 0.03).then_some(f)
    }

    /// The carrier's estimate as evidence: how often did deliveries land inside it on this
    /// lane (or for this carrier)? Trusted outright when that rate reaches the requested
    /// confidence over enough deliveries; otherwise blended in with that rate as its weight.
    fn weigh_carrier_estimate(
        &self,
        d: &mut Dist,
        lane: &Lane,
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
            .filter_map(|i| self.node(keys.get(*i)))
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
                "; mixed with the carrier's estimate, which held {:.0}% of the time",
                rate * 100.0
            ));
        }
    }
}

fn fallback_window(at: DateTime<Utc>, confidence: f64) -> DeliveryWindow {
    let day = at.naive_utc().date();
    DeliveryWindow {
        earliest: day,
        latest: day,
        most_likely: day,
        confidence,
        source: WindowSource::Prior,
        basis: "no distribution available".to_string(),
        surge: None,
        overdue: false,
    }
}

/// A stretch of the usual transit times in words: `1.2` -> "lengthened by about 20%",
/// `0.89` -> "shortened by about 11%" (the basis is read by support agents, not only by us).
pub(super) fn stretched(f: f64) -> String {
    if f >= 1.0 {
        format!("lengthened by about {:.0}%", (f - 1.0) * 100.0)
    } else {
        format!("shortened by about {:.0}%", (1.0 - f) * 100.0)
    }
}

/// `x` to two decimals (what a window shows of a surge).
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
