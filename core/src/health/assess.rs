//! The assessor: precomputed thresholds and calendars, and the verdict rules.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::clock::{Calendars, Clock};
use super::dwell::{DwellModel, GapKind, KeyHash, Scope, clock_for, entry_key, is_international};
use super::online::is_hours;
use super::priors::{self, DAY};
use super::rules::{
    Thresholds, carrier_name, customer_action, health, in_flight_issue, label_waiting, past_window,
    pickup_waiting, resolved, stall_text, tracking_ended,
};
use super::text::{HealthText, HealthTextKey, TextArgs, tenth};
use super::{Evidence, Health, HealthOptions, HealthReason, StallBasis, Verdict};
use crate::estimate::{DeliveryWindow, TransitModel};
use crate::status::Status;
use crate::timeline::Shipment;

/// Assesses shipments against a dwell model (or the priors). Build once, share across
/// threads, call [`Assessor::assess`] per shipment.
#[derive(Debug)]
pub struct Assessor {
    pub(super) model: Option<DwellModel>,
    pub(super) index: HashMap<u64, usize>,
    /// Every entry by key (usable or not), for [`Assessor::observe`].
    pub(super) keys: HashMap<u64, usize>,
    pub(super) stall_idx: usize,
    /// Level index of the global cap ([`HealthOptions::cap_level`]), when on.
    pub(super) cap_idx: Option<usize>,
    pub(super) options: HealthOptions,
    pub(super) calendars: Calendars,
    /// The transit model whose window bounds a leg without scans.
    pub(super) transit: Option<TransitModel>,
    /// The false-alarm control's multiplier on every threshold.
    pub(super) scale: f64,
    /// The hazard of loss, when given ([`Assessor::with_hazard`]).
    pub(super) hazard: Option<super::HazardModel>,
}

impl Default for Assessor {
    fn default() -> Self {
        Assessor::new(None, HealthOptions::default())
    }
}

impl Assessor {
    /// An assessor over `model` (priors only when `None`).
    pub fn new(model: Option<&DwellModel>, options: HealthOptions) -> Assessor {
        let (index, stall_idx) = match model {
            Some(m) => (m.index(), m.level_index(options.level)),
            None => (HashMap::new(), 0),
        };
        let keys = model.map_or_else(HashMap::new, |m| {
            m.entries
                .iter()
                .enumerate()
                .map(|(i, e)| (entry_key(e), i))
                .collect()
        });
        let cap_idx = model.zip(options.cap_level).map(|(m, l)| m.level_index(l));
        Assessor {
            model: model.cloned(),
            index,
            keys,
            stall_idx,
            cap_idx,
            scale: model.map_or(1.0, |m| m.calibration.scale()),
            options,
            calendars: Calendars::default(),
            transit: None,
            hazard: None,
        }
    }

    /// The same assessor with a transit model: a leg without scans still inside its own
    /// delivery window (at the stall level, as of hand-off) is not stalled. Unless the floor
    /// widens in a surge ([`HealthOptions::window_surge`]), the copy drops the model's noted
    /// orders, which it would never read.
    #[must_use]
    pub fn with_transit(mut self, mut transit: TransitModel) -> Assessor {
        // The floor's own copy: the customer's window keeps its surge setting. A floor that
        // does not widen in a surge never reads noted orders, so it keeps none.
        transit.options.surge &= self.options.window_surge;
        if !self.options.window_surge {
            transit.volume.noted = crate::estimate::Noted::default();
        }
        self.transit = Some(transit);
        self
    }

    /// [`Assessor::with_transit`] with a copy of `transit` made for a caller that notes
    /// orders in `transit` itself and passes on only those it counted
    /// ([`Assessor::count_checked_order`]), as [`crate::pipeline::Tracker`] does: the copy keeps
    /// no order ids (the caller's model checks duplicates), and no noted orders at all when
    /// the floor does not widen in a surge ([`HealthOptions::window_surge`] off), since it
    /// would never read them.
    #[must_use]
    pub(crate) fn with_transit_reader(self, transit: &TransitModel) -> Assessor {
        let copy = transit.reader_copy(self.options.window_surge);
        self.with_transit(copy)
    }

    /// The dwell model as updated by [`Assessor::observe`] (to save it).
    pub fn model(&self) -> Option<&DwellModel> {
        self.model.as_ref()
    }

    /// The transit model, when one was given.
    pub fn transit(&self) -> Option<&TransitModel> {
        self.transit.as_ref()
    }

    /// The options in use.
    pub fn options(&self) -> &HealthOptions {
        &self.options
    }

    pub(super) fn thresholds(
        &self,
        s: &Shipment,
        kind: GapKind,
        status: Status,
        carrier: &str,
        international: bool,
    ) -> Thresholds {
        if let Some(m) = &self.model {
            let route = super::dwell::scoped_lane(s, carrier, Scope::Lane).route();
            let keys = [
                (
                    KeyHash::new(Scope::Lane, kind, status)
                        .carrier(carrier)
                        .route(&route),
                    StallBasis::Lane,
                ),
                (
                    KeyHash::new(Scope::Carrier, kind, status).carrier(carrier),
                    StallBasis::Carrier,
                ),
                (
                    KeyHash::new(Scope::Status, kind, status),
                    StallBasis::Status,
                ),
            ];
            for (k, basis) in keys {
                let Some(e) = self.index.get(&k.finish()).and_then(|&i| m.entries.get(i)) else {
                    continue;
                };
                // The upper confidence bound of the quantile; a sample too small to bound
                // it defers to the wider scope.
                let bound = |i: usize| match e.upper.get(i) {
                    Some(u) => *u,
                    None => e.hours.get(i).copied(),
                };
                let Some(stall) = bound(self.stall_idx) else {
                    continue;
                };
                let floor = if is_hours(kind) { 12.0 } else { 0.0 };
                let stall = (stall * self.scale).max(floor);
                let top = bound(e.hours.len().saturating_sub(1))
                    .or(e.hours.last().copied())
                    .unwrap_or(stall);
                return Thresholds {
                    stall,
                    lost: (stall * self.options.lost_factor).max(top * self.scale),
                    level: m.levels.get(self.stall_idx).copied(),
                    samples: e.n,
                    basis,
                    ratio: None,
                    days: None,
                    group: None,
                };
            }
        }
        let (stall, lost) =
            priors::prior(status, international, kind == GapKind::HandoffToDelivery);
        Thresholds {
            stall: stall * self.scale,
            lost: lost * self.scale,
            level: None,
            samples: 0,
            basis: StallBasis::Prior,
            ratio: None,
            days: None,
            group: None,
        }
    }

    /// Lowers `t` to the global cap ([`HealthOptions::cap_level`]) of gaps of this kind and
    /// state when the cap is the tighter bound. The point quantile of the pooled entry (the
    /// largest sample there is), not moved by the false-alarm control: a hard bound.
    pub(super) fn apply_cap(&self, kind: GapKind, status: Status, t: &mut Thresholds) {
        let (Some(m), Some(i)) = (&self.model, self.cap_idx) else {
            return;
        };
        let key = KeyHash::new(Scope::Status, kind, status).finish();
        let Some(e) = self.index.get(&key).and_then(|&k| m.entries.get(k)) else {
            return;
        };
        let Some(&cap) = e.hours.get(i) else {
            return;
        };
        let cap = cap.max(if is_hours(kind) { 12.0 } else { 0.0 });
        if cap < t.stall {
            t.stall = cap;
            t.lost = t.lost.max(cap);
            t.level = m.levels.get(i).copied();
            t.samples = e.n;
            t.basis = StallBasis::Cap;
            t.ratio = None;
        }
    }

    fn clock(&self, s: &Shipment) -> Clock {
        clock_for(s, Status::InTransit, &self.calendars)
    }

    /// Assesses `shipment` at `now`; `window` (the live delivery window) judges lateness.
    pub fn assess(
        &self,
        s: &Shipment,
        now: DateTime<Utc>,
        window: Option<&DeliveryWindow>,
    ) -> Health {
        let state = s.state();
        let carrier = s.settled_carrier();
        let carrier_disp = carrier_name(carrier.as_deref());
        let who = carrier_disp;
        if let Some(h) = resolved(s, &state, who) {
            return h;
        }
        if let Some(h) =
            customer_action(&state, super::dwell::carrier_slug(carrier.as_deref()), now)
        {
            return h;
        }
        let shipped = s.shipped_at();
        let last_event = s.last_event_at();
        // No word from the carrier at all.
        if last_event.is_none() && shipped.is_none() {
            return self.no_info(s, now);
        }
        let last = last_event.max(shipped).unwrap_or(now);
        let days_silent = (now - last).num_days();
        // The state the parcel dwells in: a shipment known only by its hand-off is in transit.
        let moving = s.events.iter().any(|e| e.normalized.affects_state);
        let status = if moving {
            state.status
        } else {
            Status::InTransit
        };
        let kind = if moving {
            GapKind::ScanGap
        } else {
            GapKind::HandoffToDelivery
        };
        let slug = super::dwell::carrier_slug(carrier.as_deref());
        let intl = is_international(s.origin.as_ref(), s.destination.as_ref());
        // Dwell runs on the calendar where the parcel is (origin before hand-off); dates on
        // the destination's.
        let dwell_clock = clock_for(s, status, &self.calendars);
        let dwell = dwell_clock.business_hours(last, now);
        // Past the hard cap: its threshold is where the cap fell, in business hours.
        let hard_cap = self
            .options
            .cap_days
            .filter(|d| days_silent >= *d)
            .map(|days| {
                let at = chrono::TimeDelta::try_days(days).and_then(|d| last.checked_add_signed(d));
                (
                    days,
                    at.map_or(0.0, |at| dwell_clock.business_hours(last, at)),
                )
            });
        let clock = if super::dwell::at_origin(status) {
            self.clock(s)
        } else {
            dwell_clock
        };
        // A leg without scans is in transit: `clock` is the destination's.
        let mut t = self.leg_thresholds(s, kind, status, slug, intl, &clock);
        if kind == GapKind::HandoffToDelivery {
            self.window_bounds(s, now, &clock, dwell, &mut t);
        }
        self.apply_cap(kind, status, &mut t);
        if kind == GapKind::HandoffToDelivery {
            self.hazard_bound(s, now, &clock, dwell, &mut t);
        }
        if let Some((days, cap)) = hard_cap {
            // The cap fired unless a learned bound fired earlier.
            if cap < t.stall || dwell <= t.stall {
                // Strictly below the dwell: a cap reached during a weekend still fires.
                t.stall = cap.min(dwell - 1e-6);
                t.lost = t.lost.max(t.stall);
                t.level = None;
                t.samples = 0;
                t.basis = StallBasis::Cap;
                t.ratio = None;
                t.days = Some(days);
            }
        }
        // Only a shipment that would otherwise be flagged needs its texts read: a carrier
        // saying tracking ends here makes the silence expected.
        let late = past_window(s, now, window, &clock);
        if (late || dwell > t.stall || days_silent >= self.options.expire_stalled_days)
            && tracking_ended(s)
        {
            return health(
                if late {
                    Verdict::Delayed
                } else {
                    Verdict::OnTrack
                },
                HealthReason::TrackingEndedEarly,
                Some(last),
                HealthText::carrier(
                    if late {
                        HealthTextKey::TrackingEndedLate
                    } else {
                        HealthTextKey::TrackingEnded
                    },
                    who,
                ),
                late.then(|| HealthText::carrier(HealthTextKey::ActionConfirmDelivery, who)),
            );
        }
        // Without any scan, silence is the normal state of a slow leg: expire only once it is
        // also past the likely-lost threshold.
        if days_silent >= self.options.expire_stalled_days
            && (kind == GapKind::ScanGap || dwell > t.lost)
        {
            return health(
                Verdict::LikelyLost,
                HealthReason::ExpiredStalled,
                Some(last),
                HealthText {
                    key: HealthTextKey::ExpiredStalled,
                    args: TextArgs {
                        days: Some(days_silent),
                        ..TextArgs::default()
                    },
                },
                Some(HealthText::carrier(HealthTextKey::ActionLostClaim, who)),
            );
        }
        let evidence = Evidence {
            dwell_hours: dwell,
            stall_hours: t.stall,
            lost_hours: t.lost,
            level: t.level,
            samples: t.samples,
            basis: t.basis,
        };
        if status == Status::InfoReceived {
            return label_waiting(&state, s, dwell, &t, who, evidence);
        }
        if status == Status::AvailableForPickup {
            return pickup_waiting(&state, slug, now);
        }
        if dwell > t.stall {
            let lost = dwell > t.lost;
            let mut h = health(
                if lost {
                    Verdict::LikelyLost
                } else {
                    Verdict::Stalled
                },
                if lost {
                    HealthReason::LikelyLost
                } else if t.basis == StallBasis::Hazard {
                    HealthReason::LossRisk
                } else {
                    HealthReason::NoScan
                },
                Some(last),
                stall_text(dwell, &t, carrier_disp, kind),
                Some(HealthText::carrier(
                    if lost {
                        HealthTextKey::ActionLostClaim
                    } else {
                        HealthTextKey::ActionTrace
                    },
                    who,
                )),
            );
            h.evidence = Some(evidence);
            return h;
        }
        let mut h = if let Some(h) = in_flight_issue(&state, who) {
            h
        } else if late {
            health(
                Verdict::Delayed,
                HealthReason::PastWindow,
                Some(last),
                HealthText::new(HealthTextKey::PastWindow),
                Some(HealthText::new(HealthTextKey::ActionTellLate)),
            )
        } else {
            health(
                Verdict::OnTrack,
                HealthReason::Moving,
                Some(last),
                HealthText {
                    key: HealthTextKey::Moving,
                    args: TextArgs {
                        dwell_hours: Some(tenth(dwell.max(1.0))),
                        limit_hours: Some(tenth(t.stall)),
                        ..TextArgs::default()
                    },
                },
                None,
            )
        };
        h.evidence = Some(evidence);
        h
    }

    fn no_info(&self, s: &Shipment, now: DateTime<Utc>) -> Health {
        let Some(reg) = s.ordered_at else {
            return health(
                Verdict::OnTrack,
                HealthReason::AwaitingCarrierInfo,
                None,
                HealthText::new(HealthTextKey::AwaitingCarrierInfo),
                None,
            );
        };
        let days = (now - reg).num_days();
        let bd = self.clock(s).business_hours(reg, now) / DAY;
        let tracked = s.tracking_number.is_some();
        // Expiry is about a registered tracking number; an order without one is simply
        // not shipped yet (below).
        if tracked && days >= self.options.expire_no_info_days {
            return health(
                Verdict::NeedsMerchantAction,
                HealthReason::ExpiredNoInfo,
                Some(reg),
                HealthText {
                    key: HealthTextKey::ExpiredNoInfo,
                    args: TextArgs {
                        days: Some(days),
                        ..TextArgs::default()
                    },
                },
                Some(HealthText::new(HealthTextKey::ActionCheckNumber)),
            );
        }
        if bd > priors::NO_INFO_ALERT_DAYS {
            return health(
                Verdict::NeedsMerchantAction,
                if tracked {
                    HealthReason::NoCarrierInfo
                } else {
                    HealthReason::NotShipped
                },
                Some(reg),
                HealthText {
                    key: if tracked {
                        HealthTextKey::NoCarrierInfo
                    } else {
                        HealthTextKey::NotShipped
                    },
                    args: TextArgs {
                        dwell_hours: Some(tenth(bd * DAY)),
                        ..TextArgs::default()
                    },
                },
                Some(HealthText::new(if tracked {
                    HealthTextKey::ActionCheckHandover
                } else {
                    HealthTextKey::ActionShip
                })),
            );
        }
        health(
            Verdict::OnTrack,
            HealthReason::AwaitingCarrierInfo,
            Some(reg),
            HealthText::new(HealthTextKey::AwaitingCarrierInfoEarly),
            None,
        )
    }
}
