//! The customer-facing stepper in words: the six steps of [`Milestone::STEPS`], the current one
//! replaced by the side state the parcel is in (ready for pickup, issue, returning, cancelled),
//! each labelled from the message catalogue in the customer's language. Tracking pages, e-mails
//! and app screens draw their progress bar from this one list.

use serde::Serialize;

use super::{MessageCatalog, fallback_chain};
use crate::milestone::Milestone;
use crate::snapshot::Snapshot;

/// Where a step stands relative to the parcel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StepState {
    /// Reached and passed.
    Done,
    /// Where the parcel is now.
    Current,
    /// Not reached yet.
    Upcoming,
}

/// One step of the stepper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Step {
    /// The milestone's snake_case code (`out_for_delivery`, `ready_for_pickup`).
    pub milestone: Milestone,
    /// Its label in the requested language (`In Zustellung`).
    pub label: String,
    /// Done, current or upcoming.
    pub state: StepState,
}

/// The catalogue key of a milestone's label.
pub(super) const fn label_key(m: Milestone) -> &'static str {
    match m {
        Milestone::Ordered => "milestone.ordered",
        Milestone::Processing => "milestone.processing",
        Milestone::Shipped => "milestone.shipped",
        Milestone::InTransit => "milestone.in_transit",
        Milestone::OutForDelivery => "milestone.out_for_delivery",
        Milestone::ReadyForPickup => "milestone.ready_for_pickup",
        Milestone::Delivered => "milestone.delivered",
        Milestone::Issue => "milestone.issue",
        Milestone::Returning => "milestone.returning",
        Milestone::Cancelled => "milestone.cancelled",
    }
}

impl MessageCatalog {
    /// A milestone's label in `locale` (falls back along the locale's chain, then English).
    pub fn milestone_label(&self, milestone: Milestone, locale: &str) -> String {
        let chain = fallback_chain(&self.resolve_locale(locale));
        self.text(&chain, label_key(milestone), &Vec::new())
    }

    /// The stepper of a snapshot in `locale`: six steps; the step the parcel is at shows its
    /// side state when it is in one (a parcel waiting at a pickup point shows "Ready for
    /// pickup" in place of "Out for delivery"), and a delivered parcel has every step done.
    pub fn stepper(&self, snapshot: &Snapshot, locale: &str) -> Vec<Step> {
        self.stepper_at(snapshot.milestone, snapshot.progress.step, locale)
    }

    /// The stepper for a parcel at `milestone` on step `step` (1-based, as in
    /// [`crate::milestone::Progress`]); for callers that hold only those two fields of a
    /// snapshot (bindings receiving the snapshot back as JSON).
    pub fn stepper_at(&self, milestone: Milestone, step: u8, locale: &str) -> Vec<Step> {
        let at = usize::from(step);
        let finished = milestone == Milestone::Delivered;
        Milestone::STEPS
            .iter()
            .enumerate()
            .map(|(i, &m)| {
                let n = i + 1;
                let (shown, state) = if n < at {
                    (m, StepState::Done)
                } else if n == at {
                    let side = milestone.is_side_state() && !finished;
                    (if side { milestone } else { m }, StepState::Current)
                } else {
                    (m, StepState::Upcoming)
                };
                Step {
                    milestone: shown,
                    label: self.milestone_label(shown, locale),
                    state,
                }
            })
            .collect()
    }
}

/// The stepper of a snapshot with the built-in texts.
pub fn stepper(snapshot: &Snapshot, locale: &str) -> Vec<Step> {
    MessageCatalog::new().stepper(snapshot, locale)
}
