//! The health options: what each rule's threshold is tuned by, their defaults and their
//! allowed ranges.

use serde::{Deserialize, Serialize};

#[cfg(doc)]
use super::Assessor;
use super::priors;

/// Tuning of the health rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct HealthOptions {
    /// Quantile level of the stall threshold (0.95: about 5% of normal shipments ever cross it).
    pub level: f64,
    /// Likely lost once the dwell exceeds this many times the stall threshold (and the
    /// model's top quantile).
    pub lost_factor: f64,
    /// Calendar days without carrier information before `expired.no_info`.
    pub expire_no_info_days: i64,
    /// Calendar days without any event before `expired.stalled`.
    pub expire_stalled_days: i64,
    /// Judge a leg without scans against the shop's promised date when one was given and
    /// the model has learned how transit relates to promises (`promise_ratio` entries).
    pub use_promise: bool,
    /// With a transit model ([`Assessor::with_transit`]), never call a leg without scans
    /// stalled while it is still inside its own delivery window at `level`, as of hand-off.
    pub use_window: bool,
    /// Let the window floor (`use_window`) widen in an order-volume surge as the customer's
    /// window does (see [`crate::estimate::Volume`]). Off by default: on the dev history the
    /// surge-widened floor flagged the never-delivered parcels of the surge weeks later than
    /// a fixed 30-day rule at the same false-alarm rate (docs/health-evaluation.md).
    pub window_surge: bool,
    /// Step of the false-alarm control ([`Assessor::observe`]): a false alarm lifts all
    /// thresholds by about `step * level` in log terms, a clean delivery lowers them by
    /// `step * (1 - level)`. 0 (the default) turns the control off: on the dev history's
    /// selection months the control cost half a day of lead for the same months dominated
    /// (docs/health-evaluation.md); 0.05 was the default before.
    pub control_step: f64,
    /// The share of delivered shipments the false-alarm control lets be flagged on their
    /// way (every bound together, the caps included) when it is on (`control_step` > 0);
    /// `None`: `1 - level`. The default, 3%,
    /// leaves room for the control's lag in a sudden slowdown below a 4% budget.
    pub alarm_rate: Option<f64>,
    /// With a transit model ([`Assessor::with_transit`]), a leg without scans is also flagged
    /// once it is past the end of its own delivery window at this (high) level, as of
    /// hand-off, even when the dwell or promise threshold is later (e.g. 0.99). `None` (the
    /// default) turns it off: on the dev history it changed no figure and doubled the cost of
    /// assessing such a leg (a second window estimate).
    pub window_level: Option<f64>,
    /// The global cap: with a learned model, any shipment is flagged once the time since its
    /// last scan (or hand-off) passes this quantile of every past shipment's gap of the same
    /// kind and state (all carriers and lanes pooled). A hard bound in the manner of a fixed
    /// "N days after hand-off" rule, so no such rule with the same false-alarm rate catches a
    /// lost parcel later. Not moved by the false-alarm control. `None` turns it off.
    pub cap_level: Option<f64>,
    /// The hard cap: any shipment is flagged once this many calendar days passed since its
    /// last scan (or hand-off), whatever was learned. 30 days after hand-off is the common
    /// anchor of fixed-rule alerting; with it, health can never flag a lost parcel later than
    /// that rule. `None` turns it off.
    pub cap_days: Option<i64>,
}

impl HealthOptions {
    /// Checks every option's range; the CLI and the bindings call this on options a person
    /// gave, so they refuse the same values.
    ///
    /// # Errors
    /// [`crate::Error::InvalidInput`] naming the first option out of range: `level` must lie in
    /// (0, 1), `lost_factor` be finite and >= 1, the expiry days be from 1 to 36500, and
    /// `control_step` be finite in [0, 1].
    pub fn validate(&self) -> Result<(), crate::Error> {
        let bad = |field: &str, reason: String| {
            Err(crate::Error::InvalidInput {
                field: field.to_string(),
                reason,
            })
        };
        if !(self.level > 0.0 && self.level < 1.0) {
            return bad(
                "level",
                format!("must be strictly between 0 and 1, got {}", self.level),
            );
        }
        if !(self.lost_factor.is_finite() && self.lost_factor >= 1.0) {
            return bad(
                "lost_factor",
                format!("must be finite and at least 1, got {}", self.lost_factor),
            );
        }
        for (field, days) in [
            ("expire_no_info_days", self.expire_no_info_days),
            ("expire_stalled_days", self.expire_stalled_days),
        ] {
            if !(1..=36_500).contains(&days) {
                return bad(field, format!("must be from 1 to 36500 days, got {days}"));
            }
        }
        if !(self.control_step.is_finite() && (0.0..=1.0).contains(&self.control_step)) {
            return bad(
                "control_step",
                format!("must be finite, from 0 to 1, got {}", self.control_step),
            );
        }
        for (field, level) in [
            ("window_level", self.window_level),
            ("cap_level", self.cap_level),
            ("alarm_rate", self.alarm_rate),
        ] {
            if let Some(l) = level.filter(|l| !(*l > 0.0 && *l < 1.0)) {
                return bad(
                    field,
                    format!("must be strictly between 0 and 1 (or absent), got {l}"),
                );
            }
        }
        if let Some(d) = self.cap_days.filter(|d| !(1..=36_500).contains(d)) {
            return bad(
                "cap_days",
                format!("must be from 1 to 36500 days (or absent), got {d}"),
            );
        }
        Ok(())
    }
}

impl Default for HealthOptions {
    fn default() -> Self {
        HealthOptions {
            level: 0.95,
            lost_factor: 2.0,
            expire_no_info_days: priors::EXPIRE_NO_INFO_DAYS,
            expire_stalled_days: priors::EXPIRE_STALLED_DAYS,
            use_promise: true,
            use_window: true,
            window_surge: false,
            control_step: 0.0,
            alarm_rate: Some(0.03),
            window_level: None,
            cap_level: None,
            cap_days: Some(priors::EXPIRE_STALLED_DAYS),
        }
    }
}
