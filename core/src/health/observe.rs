//! Online recalibration of an [`Assessor`]: each completed delivery updates the false-alarm
//! control (was it flagged on its way, by the thresholds of the moment?), the dwell model's
//! recency-weighted quantiles, and the transit model behind the window floor.

use chrono::{DateTime, Utc};

use super::assess::Assessor;
use super::dwell::{DwellModel, GapKind, at_origin, clock_for, is_international, samples};
use super::{Verdict, dwell};
use crate::estimate::CompletedShipment;
use crate::status::Status;
use crate::timeline::Shipment;

impl Assessor {
    /// Learns from one delivery as it completes: call it once per delivered shipment, in
    /// delivery order, only after the delivery happened (never with the future).
    ///
    /// 1. The control: whether the current thresholds would ever have flagged this shipment
    ///    stalled before it arrived, fed to [`super::AlarmCalibration`] (target rate `1 - level`,
    ///    step [`super::HealthOptions::control_step`]), which rescales every threshold.
    /// 2. The dwell model ([`DwellModel::observe`]), so quantiles follow drift.
    /// 3. The transit model, when one was given ([`Assessor::with_transit`]).
    ///
    /// Shipments that were not delivered are ignored.
    pub fn observe(&mut self, s: &Shipment) {
        let Some(delivered) = s.delivered_at() else {
            return;
        };
        let alarm = self.would_have_flagged(s, delivered);
        let alpha = self
            .options
            .alarm_rate
            .unwrap_or(1.0 - self.options.level)
            .clamp(0.0, 1.0);
        let step = self.options.control_step;
        let model = self.model.get_or_insert_with(DwellModel::default);
        if step > 0.0 {
            model.calibration.update(alarm, alpha, step);
            self.scale = model.calibration.scale();
        }
        if model.observe_with(s, &self.calendars, &mut self.keys) {
            self.index = model.index();
        }
        if let (Some(t), Some(c)) = (&mut self.transit, CompletedShipment::from_shipment(s)) {
            t.observe(&c);
        }
        if let Some(h) = &mut self.hazard {
            h.note_handoff(s);
            h.note_delivered(&s.id, delivered);
        }
    }

    /// The same assessor with a hazard-of-loss model ([`super::HazardModel`]): a leg without
    /// scans is also flagged once the learned chance of loss at its age passes the model's
    /// level. Feed it hand-offs ([`Assessor::note_handoff`]) and deliveries
    /// ([`Assessor::observe`]) as they happen, and call [`Assessor::advance`] as time moves.
    #[must_use]
    pub fn with_hazard(mut self, hazard: super::HazardModel) -> Assessor {
        self.hazard = Some(hazard);
        self
    }

    /// The hazard-of-loss model, when one was given.
    pub fn hazard(&self) -> Option<&super::HazardModel> {
        self.hazard.as_ref()
    }

    /// Notes a hand-off once it happened, for the hazard of loss (nothing without one): the
    /// parcel counts as never delivered if it is still undelivered the model's maturity
    /// (the `mature_days` of [`super::HazardModel::new`]) later.
    pub fn note_handoff(&mut self, s: &Shipment) {
        if let Some(h) = &mut self.hazard {
            h.note_handoff(s);
        }
    }

    /// Moves the hazard of loss to `now`: refits it on the outcomes known then, at most once
    /// per UTC day (nothing without one).
    pub fn advance(&mut self, now: DateTime<Utc>) {
        if let Some(h) = &mut self.hazard {
            h.advance(now);
        }
    }

    /// Notes a placed order `id` in the transit model behind the window floor (see
    /// [`crate::estimate::TransitModel::note_order`], which also says what is counted), so
    /// that with [`super::HealthOptions::window_surge`] the windows of parcels handed off in
    /// an order-volume surge widen and health waits for them; nothing without a transit
    /// model or with `window_surge` off (the floor would never read the counts). An
    /// implausible order time is not counted.
    pub fn note_order(&mut self, id: &str, lane: &crate::lane::Lane, at: DateTime<Utc>) {
        if !self.options.window_surge {
            return;
        }
        if let Some(t) = &mut self.transit {
            let _ = t.note_order(id, lane, at);
        }
    }

    /// Counts an order the caller's own transit model already noted and counted, in the
    /// floor's copy built by [`Assessor::with_transit_reader`]: no id is kept, nothing is
    /// checked for duplicates, and nothing happens when the floor does not widen in a surge.
    pub(crate) fn count_checked_order(&mut self, lane: &crate::lane::Lane, at: DateTime<Utc>) {
        if !self.options.window_surge {
            return;
        }
        if let Some(t) = &mut self.transit {
            t.count_checked_order(lane, at);
        }
    }

    /// Whether the current thresholds would have flagged `s` stalled (or likely lost) at any
    /// moment before its delivery at `delivered`. Dwell only grows between scans, so the
    /// last moment of each gap decides.
    pub(super) fn would_have_flagged(&self, s: &Shipment, delivered: DateTime<Utc>) -> bool {
        let moving = s.events.iter().any(|e| e.normalized.affects_state);
        if !moving {
            // The whole leg: assess the shipment as it was just before delivery.
            let mut open = s.clone();
            open.given_delivered_at = None;
            let v = self
                .assess(
                    &open,
                    chrono::TimeDelta::try_seconds(1)
                        .and_then(|d| delivered.checked_sub_signed(d))
                        .unwrap_or(delivered),
                    None,
                )
                .verdict;
            return matches!(v, Verdict::Stalled | Verdict::LikelyLost);
        }
        let carrier = s.settled_carrier();
        let slug = dwell::carrier_slug(carrier.as_deref());
        let intl = is_international(s.origin.as_ref(), s.destination.as_ref());
        samples(s, &self.calendars)
            .into_iter()
            .any(|(kind, status, hours)| {
                // Label and pickup waits raise other verdicts, not stalls.
                if kind != GapKind::ScanGap
                    || at_origin(status)
                    || status == Status::AvailableForPickup
                {
                    return false;
                }
                let clock = clock_for(s, status, &self.calendars);
                hours
                    > self
                        .leg_thresholds(s, kind, status, slug, intl, &clock)
                        .stall
            })
    }
}
