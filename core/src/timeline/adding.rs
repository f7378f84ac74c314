//! Adding a batch of prepared events (and rejections) to a timeline: re-sent copies found by
//! identity in O(1) each, then the timeline and the rejected list put in their canonical
//! order, so neither batching nor arrival order shows.

use crate::event::RawEvent;
use crate::fast_hash::FastMap;

use super::{Event, EventId, IngestReport, Rejected, Shipment, fold};

/// The state of one batch being added to a timeline ([`Shipment::absorb`]).
pub(super) struct Adding {
    report: IngestReport,
    /// Identity index: event id -> position, so each event costs O(1) instead of a scan of
    /// the timeline (a linear `find` made ingest quadratic: 40k scans took seconds). Built
    /// on the first event: a batch of rejections never pays for it.
    index: Option<FastMap<EventId, usize>>,
    /// Events the batch is expected to add (room reserved in the index).
    expected: usize,
    /// Length of `rejected` before the batch.
    rejected_before: usize,
}

impl Shipment {
    /// Adds prepared events (and rejections) to the timeline; see [`Shipment::ingest`].
    pub(super) fn absorb(
        &mut self,
        items: impl Iterator<Item = Result<Event, Box<Rejected>>>,
    ) -> IngestReport {
        let mut adding = self.start_adding(items.size_hint().0);
        for item in items {
            match item {
                Ok(event) => self.add_event(&mut adding, event),
                Err(rejected) => self.add_rejected(&mut adding, *rejected),
            }
        }
        self.finish_adding(adding)
    }

    /// Starts adding about `expected` events (see [`Adding`]).
    pub(super) fn start_adding(&mut self, expected: usize) -> Adding {
        self.events.reserve(expected);
        Adding {
            report: IngestReport::default(),
            index: None,
            expected,
            rejected_before: self.rejected.len(),
        }
    }

    /// Adds one event to the timeline, or counts it as a re-sent copy of one there.
    #[inline]
    pub(super) fn add_event(&mut self, adding: &mut Adding, event: Event) {
        let expected = adding.expected;
        let index = adding.index.get_or_insert_with(|| {
            let mut map = FastMap::default();
            // Room for this batch too: no rehashing while it is added.
            map.reserve(self.events.len().saturating_add(expected));
            for (i, e) in self.events.iter().enumerate() {
                map.insert(e.id, i);
            }
            map
        });
        let at = index.get(&event.id).copied();
        match at.and_then(|i| self.events.get_mut(i)) {
            Some(existing) => {
                // Same scan re-sent, possibly with updated fields: keep a deterministic
                // winner so arrival order never matters.
                if content_key(&event.raw) > content_key(&existing.raw) {
                    *existing = event;
                }
                adding.report.duplicates += 1;
            }
            None => {
                index.insert(event.id, self.events.len());
                self.events.push(event);
                adding.report.added += 1;
            }
        }
    }

    /// Keeps a rejected event (in the report and in `rejected`).
    pub(super) fn add_rejected(&mut self, adding: &mut Adding, rejected: Rejected) {
        adding.report.rejected.push(rejected.clone());
        self.rejected.push(rejected);
    }

    /// Puts the timeline and the rejected list in their canonical order and gives the
    /// report of what was added.
    pub(super) fn finish_adding(&mut self, adding: Adding) -> IngestReport {
        let Adding {
            report,
            rejected_before: before,
            ..
        } = adding;
        // One entry is trivially in order (and the common case: a bad scan in a batch).
        if self.rejected.len() > before && self.rejected.len() > 1 {
            // Appended, then sorted once with each key computed once (inserting each at its
            // place shifted the list: O(n) per rejection).
            let mut keyed: Vec<(String, Rejected)> = std::mem::take(&mut self.rejected)
                .into_iter()
                .map(|r| (rejected_key(&r), r))
                .collect();
            keyed.sort_by(|a, b| a.0.cmp(&b.0));
            keyed.dedup_by(|a, b| a.0 == b.0);
            self.rejected = keyed.into_iter().map(|(_, r)| r).collect();
        }
        self.events.sort_by(|a, b| {
            (a.time.utc, fold::progress_rank(&a.normalized), &a.id).cmp(&(
                b.time.utc,
                fold::progress_rank(&b.normalized),
                &b.id,
            ))
        });
        report
    }
}

/// A total order on event content, to pick the same winner among re-sent versions.
fn content_key(r: &RawEvent) -> impl Ord + '_ {
    let l = r.location.as_ref();
    (
        (
            r.id.as_deref(),
            r.carrier.as_deref(),
            r.code.as_deref(),
            r.description.as_deref(),
            r.time.as_deref(),
            r.date.as_deref(),
        ),
        (
            r.language.as_deref(),
            r.status.as_deref(),
            r.substatus.as_deref(),
            l.is_some(),
            l.and_then(|l| l.city.as_deref()),
            l.and_then(|l| l.region.as_deref()),
            l.and_then(|l| l.postal_code.as_deref()),
            l.and_then(|l| l.country.as_deref()),
        ),
    )
}

/// A total order on rejected events, so the list does not depend on arrival order.
fn rejected_key(r: &Rejected) -> String {
    serde_json::to_string(r).unwrap_or_default()
}
