//! Evidence an order carries about its own leg without scans: the shop's promised date and
//! the delivery window of the transit model, used by [`Assessor`] on top of the dwell model.

use chrono::{DateTime, Utc};

use super::StallBasis;
use super::assess::Assessor;
use super::clock::Clock;
use super::dwell::{GapKind, promised_hours};
use super::rules::Thresholds;
use crate::estimate::{WindowQuery, WindowSource};
use crate::status::Status;
use crate::timeline::Shipment;

impl Assessor {
    /// Thresholds of the leg a shipment is on: for a leg without scans, the shop's promise
    /// (scaled by the learned ratio) replaces the lane's pooled dwell when both are known,
    /// since it is this order's own expectation.
    pub(super) fn leg_thresholds(
        &self,
        s: &Shipment,
        kind: GapKind,
        status: Status,
        slug: &str,
        intl: bool,
        clock: &Clock,
    ) -> Thresholds {
        let mut t = self.thresholds(s, kind, status, slug, intl);
        if kind != GapKind::HandoffToDelivery || !self.options.use_promise {
            return t;
        }
        let Some(p) = s.shipped_at().and_then(|a| promised_hours(s, a, clock)) else {
            return t;
        };
        let r = self.thresholds(s, GapKind::PromiseRatio, Status::InTransit, slug, intl);
        if r.samples > 0 {
            t = Thresholds {
                stall: (p * r.stall).max(12.0),
                lost: (p * r.lost).max(t.stall),
                level: r.level,
                samples: r.samples,
                basis: StallBasis::Promise,
                ratio: Some(r.stall),
                days: None,
                group: None,
            };
        }
        t
    }

    /// The shipment's own delivery window (as of hand-off) bounds a leg without scans from
    /// both sides: while `now` is still inside the window at the stall level, `t` is lifted to
    /// its end (a parcel inside its own window is not late); and `t` is lowered to the end of
    /// the window at [`super::HealthOptions::window_level`] when that comes first (the lane's
    /// own experience flags a parcel that a padded promise would still excuse).
    pub(super) fn window_bounds(
        &self,
        s: &Shipment,
        now: DateTime<Utc>,
        clock: &Clock,
        dwell: f64,
        t: &mut Thresholds,
    ) {
        let (Some(transit), Some(shipped)) = (&self.transit, s.shipped_at()) else {
            return;
        };
        if !self.options.use_window {
            return;
        }
        let q = WindowQuery {
            lane: s.lane(),
            ordered_at: s.ordered_at,
            shipped_at: Some(shipped),
            status: Some(Status::InTransit),
            substatus: None,
            carrier_estimate: s.carrier_estimate,
            promised_by: s.promised_by,
        };
        // A window resting on published priors is not this lane's experience: the dwell
        // model (or its own priors) judges then.
        let window = |level: f64| {
            transit
                .estimate(&q, shipped, level)
                .filter(|w| w.source != WindowSource::Prior)
        };
        let floor = if dwell > t.stall {
            window(self.options.level).filter(|w| clock.local_date(now) <= w.latest)
        } else {
            None
        };
        if let Some(w) = floor {
            let end = clock.business_hours(shipped, clock.end_of_day(w.latest));
            if end > t.stall {
                t.stall = end;
                t.lost = t.lost.max(end);
                t.basis = StallBasis::Window;
                t.ratio = None;
                t.level = Some(self.options.level);
            }
        }
        let Some(level) = self.options.window_level else {
            return;
        };
        if let Some(w) = window(level) {
            let end = clock.business_hours(shipped, clock.end_of_day(w.latest));
            if end < t.stall {
                t.stall = end.max(12.0);
                t.lost = t.lost.max(t.stall);
                t.basis = StallBasis::Window;
                t.ratio = None;
                t.level = Some(level);
            }
        }
    }

    /// Lowers `t` to the day the learned hazard of loss ([`super::HazardModel`]) passes its
    /// level, once that day has come, when no other bound fired earlier. It overrides the
    /// window floor, since it is what flags a lost parcel with a long promise before its
    /// promised date; the hard cap still fires if it comes first.
    pub(super) fn hazard_bound(
        &self,
        s: &Shipment,
        now: DateTime<Utc>,
        clock: &Clock,
        dwell: f64,
        t: &mut Thresholds,
    ) {
        let (Some(h), Some(shipped)) = (&self.hazard, s.shipped_at()) else {
            return;
        };
        if dwell > t.stall {
            return;
        }
        let Some(b) = h.bound(s) else {
            return;
        };
        let Some(at) = crate::time::add_hours(shipped, 24 * i64::from(b.day)) else {
            return;
        };
        if now < at {
            return;
        }
        // Strictly below the dwell: a day reached during a weekend still fires.
        t.stall = clock.business_hours(shipped, at).min(dwell - 1e-6);
        t.lost = t.lost.max(t.stall);
        t.level = Some(b.chance);
        t.samples = b.samples;
        t.basis = StallBasis::Hazard;
        t.ratio = None;
        t.days = Some(i64::from(b.day));
        t.group = Some(b.group);
    }
}
