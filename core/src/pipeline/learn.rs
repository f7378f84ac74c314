//! What a [`Tracker`] learns online: completed deliveries (dwell model, false-alarm control,
//! transit model) and placed orders (the order volume behind surge-widened windows).

use super::Tracker;
use crate::error::Error;
use crate::timeline::Shipment;

impl Tracker {
    /// Learns from one delivery as it completes (dwell model, false-alarm control and the
    /// transit model behind windows; see [`crate::health::Assessor::observe`]). Takes `&self`: the learned
    /// state sits behind a lock, held only while the delivery is added.
    pub fn observe(&self, delivered: &Shipment) {
        let completed = crate::estimate::CompletedShipment::from_shipment(delivered);
        let mut m = self
            .models
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        m.assessor.observe(delivered);
        if let Some(c) = completed {
            m.transit.observe(&c);
        }
    }

    /// Notes placed orders (checkout, or a shipment's first sight) in the order volume that
    /// widens windows during a surge (see [`crate::estimate::Volume`]), for the windows and
    /// for health's window floor: one outcome per order, in order. Note every order,
    /// delivered or not; an id already counted is not counted again, so a shop backend can
    /// feed the last nine weeks of orders again after a restart. Noted orders are kept in
    /// the transit model ([`Tracker::transit_model`] saves them), apart from the counts
    /// `learn` takes from a history; a relearned model starts without them unless given
    /// them with [`crate::estimate::TransitModel::keep_noted_orders`].
    ///
    /// # Errors
    /// Per order, [`Error::InvalidTime`] for an implausible order time (before 1990, after
    /// 2200).
    pub fn note_orders(
        &self,
        orders: &[crate::estimate::PlacedOrder],
    ) -> Vec<Result<crate::estimate::NoteOutcome, Error>> {
        let mut m = self
            .models
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        orders
            .iter()
            .map(|o| {
                let outcome = m.transit.note_placed(o)?;
                // Health's window floor reads the same counts; its copy keeps no ids, so
                // only what this model counted is passed on.
                if outcome == crate::estimate::NoteOutcome::Counted {
                    m.assessor.count_checked_order(&o.lane, o.placed_at);
                }
                Ok(outcome)
            })
            .collect()
    }
}
