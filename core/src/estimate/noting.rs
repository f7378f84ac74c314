//! Noting placed orders on a transit model: counted once per id in the noted order counts
//! (see [`super::Volume`]) and kept open in the promise calibration until delivered (see
//! [`super::Pending`]); and the copies of a model that read the counts without noting.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use super::volume::{DAY_RANGE, NoteOutcome, Noted, Surge, day_of};
use crate::lane::Lane;

impl super::model::TransitModel {
    /// Notes a new order `id` on `lane` placed at `at` (checkout, or the shipment's first
    /// sight): the order volume that surge-widened windows read (see [`super::Volume`]). Call it
    /// for every order, delivered or not: orders that are never delivered load sellers and
    /// carriers the same. An id already counted is not counted again, so feeding the same
    /// orders twice (say, the last nine weeks again after a restart) is harmless.
    ///
    /// # Errors
    /// [`crate::Error::InvalidTime`] for an implausible order time (before 1990, after 2200).
    pub fn note_order(
        &mut self,
        id: &str,
        lane: &Lane,
        at: DateTime<Utc>,
    ) -> Result<NoteOutcome, crate::Error> {
        self.note_order_query(id, &super::WindowQuery::promise(lane, at), at)
    }

    /// [`Self::note_order_query`] for a placed order: its lane, time and the shop's
    /// promised date.
    ///
    /// # Errors
    /// As [`Self::note_order`].
    pub fn note_placed(&mut self, o: &super::PlacedOrder) -> Result<NoteOutcome, crate::Error> {
        let query = super::WindowQuery {
            promised_by: o.promised_by,
            ..super::WindowQuery::promise(&o.lane, o.placed_at)
        };
        self.note_order_query(&o.id, &query, o.placed_at)
    }

    /// [`Self::note_order`] with the promise question as the checkout asked it
    /// (`query.lane`, and `query.promised_by` when the shop shows its own date): the order is
    /// also kept open in the promise calibration until it is delivered, so that passing the
    /// end of a window undelivered counts before the delivery does (see [`super::Pending`]).
    /// An order counted before is not opened again.
    ///
    /// # Errors
    /// As [`Self::note_order`].
    pub fn note_order_query(
        &mut self,
        id: &str,
        query: &super::WindowQuery,
        at: DateTime<Utc>,
    ) -> Result<NoteOutcome, crate::Error> {
        let outcome = self.volume.note(id, &query.lane, at)?;
        self.calibration.advance(at);
        if let Some(rate) = self.volume.delivered_rate(self.settle_days()) {
            self.calibration.pending.delivered_rate = Some(rate);
        }
        if outcome == NoteOutcome::Counted {
            self.open_order(id, query, at);
        }
        Ok(outcome)
    }

    /// Counts placed order `o` in the order volume only, without keeping it open in the
    /// calibration: for a model that will not be told of deliveries (an offline backtest,
    /// "learned once, left alone"), where every open order would pass its windows undelivered
    /// and read as late (O9: on the sample history the offline windows doubled in a month).
    pub(crate) fn count_placed(&mut self, o: &super::PlacedOrder) {
        if self.volume.note(&o.id, &o.lane, o.placed_at).is_ok()
            && let Some(rate) = self.volume.delivered_rate(self.settle_days())
        {
            self.calibration.pending.delivered_rate = Some(rate);
        }
    }

    /// A copy of this model for a reader of its windows that never notes orders on its own
    /// (health's window floor inside [`crate::pipeline::Tracker`]): without the noted order
    /// ids, which only the copy that checks for duplicates needs; with the noted counts only
    /// when `counts` (a floor that widens in a surge), else without any noted order. The
    /// copy is then fed only orders this model counted ([`Self::count_checked_order`]), so
    /// its counts stay the same as this model's.
    /// The copy keeps no open orders either (`pending.rs`): the tracker's model advances and
    /// closes them; a copy would hold a second, never-advanced set and its censored weight.
    pub(crate) fn reader_copy(&self, counts: bool) -> super::model::TransitModel {
        let mut copy = self.clone();
        let rate = copy.calibration.pending.delivered_rate;
        copy.calibration.pending = super::Pending::default();
        copy.calibration.pending.delivered_rate = rate;
        for e in &mut copy.calibration.experts {
            e.censored.clear();
        }
        copy.calibration.refresh();
        if counts {
            copy.volume.noted.ids.clear();
            copy.volume.noted.seen = HashSet::new();
        } else {
            copy.volume.noted = Noted::default();
        }
        copy
    }

    /// Counts an order that another copy of this model noted and counted (see
    /// [`Self::reader_copy`]): no id is kept and nothing is checked for duplicates. An
    /// implausible order time is not counted (the checking copy refused it too).
    pub(crate) fn count_checked_order(&mut self, lane: &Lane, at: DateTime<Utc>) {
        let day = day_of(at);
        if DAY_RANGE.contains(&day) {
            self.volume.noted.count_checked(lane, day);
        }
    }

    /// Carries the noted orders of `old` (a model being replaced, say by a relearn) into this
    /// one: `learn` counts only the history it reads, in the learned counts, and starts with
    /// no noted orders; without this call a relearned model would read the learned counts
    /// until nine weeks of orders are noted again.
    pub fn keep_noted_orders(&mut self, old: &super::model::TransitModel) {
        self.volume.noted = old.volume.noted.clone();
    }

    /// The order-volume surge a window asked at `at` on `lane` would see, if any.
    pub fn surge(&self, lane: &Lane, at: DateTime<Utc>) -> Option<Surge> {
        self.volume.surge(lane, at)
    }
}
