//! The text path: the ordered rules and the learned model together.
//!
//! The rules decide when one holds: they are the guard rails (negation, "not yet", future
//! tense, pickup point or locker, failed or cancelled delivery runs, sender drop-off) and name
//! the concept. The model reads the texts no rule covers. It never says `delivered`: that
//! needs a delivered rule, and such a rule has already passed the negation, future and
//! pickup-place checks; when the model's best reading is `delivered`, its best other status
//! stands, with at most 0.5 confidence.
//!
//! Measured held out by carrier (docs/normalization.md): letting the model overrule weak or
//! strong rules when it is confident gained nothing over this order, so rules stay first.

use std::borrow::Cow;

use crate::status::Status;

use super::super::{Normalized, Rule};
use super::model::{Prediction, TextModel};
use super::{TextHit, classify_folded};

/// Below this probability of its chosen label (the status's probability times the label's
/// within the status) the model abstains (`unknown.unmapped`): text in wording it has not
/// learned spreads its probability thin. Text none of whose words the model has seen is
/// not read at all (the model's vocabulary check), since a linear model gives any text a
/// confident-looking status.
const MIN_P: f32 = 0.1;

/// Most confidence when a guard turned the model away from `delivered`.
const GUARDED_CONF: f32 = 0.5;

/// When a rule gives a status without a sub-status, the model's label for that status fills
/// it if its probability within the status is at least this: the label is then more likely
/// than all the status's other labels together. Set before measuring, not fitted to the
/// held-out score (docs/normalization.md).
const FILL_P: f32 = 0.5;

/// A result decided by a text rule.
pub(crate) fn from_hit(hit: TextHit) -> Normalized {
    Normalized::new(hit.status, hit.sub, hit.conf, Rule::new_static(hit.rule))
}

/// Reads a folded text with the rules, then with `model` (the embedded one when `None`)
/// where no rule holds.
pub(crate) fn read(folded: &str, model: Option<&TextModel>) -> Option<Normalized> {
    let hit = classify_folded(folded);
    if let Some(hit) = hit
        && hit.sub.is_some()
    {
        return Some(from_hit(hit));
    }
    let model = match (model, hit) {
        (Some(m), _) => m,
        (None, Some(hit)) => match TextModel::builtin() {
            Some(m) => m,
            None => return Some(from_hit(hit)),
        },
        (None, None) => TextModel::builtin()?,
    };
    if let Some(hit) = hit {
        return cache::get_or_insert(model.id(), folded, || Some(fill_sub(hit, model, folded)));
    }
    cache::get_or_insert(model.id(), folded, || {
        let p = model.predict(folded)?;
        if p.p_class < MIN_P {
            return None;
        }
        from_model(p)
    })
}

/// The model's readings of recent texts, per thread: carrier feeds repeat the same few
/// hundred texts across shipments, and a reading is a pure function of the model and the
/// folded text. Bounded: texts longer than [`MAX_TEXT`] bytes are not kept, and the cache
/// empties itself when it holds [`MAX_ENTRIES`] texts. Its worst case (`bound_bytes`,
/// checked in a test) is 1.4 MB per thread: every text 160 bytes long with a 331-byte rule
/// name. Each thread that reads texts keeps its own until the thread ends.
///
/// This is the one cache that outlives a call. The timeline's per-batch memo
/// (`timeline/memo.rs`) is another layer on purpose: it skips the whole normalization of an
/// event (tables, rules, folding, zone) for inputs repeated within one `ingest`, and is
/// dropped with the call; this one only skips the model's reading, across calls.
pub(crate) mod cache {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use super::super::super::Normalized;

    /// Most texts remembered per thread.
    pub(crate) const MAX_ENTRIES: usize = 2048;
    /// Longer texts are read every time (they rarely repeat word for word).
    pub(crate) const MAX_TEXT: usize = 160;

    #[derive(Default)]
    struct Cache {
        /// The model whose readings these are ([`super::TextModel::id`]).
        model: u64,
        readings: HashMap<Box<str>, Option<Normalized>>,
    }

    thread_local! {
        static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
    }

    /// Longest rule name of a model reading: `model:` and at most two n-grams of the text
    /// (`Prediction::rule` in model.rs), each at most the padded text, joined by `+`.
    #[cfg(test)]
    pub(crate) const MAX_RULE: usize = 6 + 2 * (MAX_TEXT + 2) + 1;

    /// The most heap the cache holds per thread, in bytes: a full table (hashbrown keeps
    /// 2048 entries in 4096 slots of one entry and one control byte each), every key at
    /// [`MAX_TEXT`] bytes and every reading's rule name at `MAX_RULE`.
    #[cfg(test)]
    pub(crate) fn bound_bytes() -> usize {
        let slots = (MAX_ENTRIES * 8 / 7).next_power_of_two();
        let slot = std::mem::size_of::<(Box<str>, Option<Normalized>)>() + 1;
        slots * slot + MAX_ENTRIES * (MAX_TEXT + MAX_RULE)
    }

    #[cfg(test)]
    thread_local! {
        /// Hits and misses on this thread, for tests.
        static COUNTS: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
    }

    /// This thread's (hits, misses) so far.
    #[cfg(test)]
    pub(crate) fn counts() -> (usize, usize) {
        COUNTS.with(std::cell::Cell::get)
    }

    #[cfg(test)]
    fn count(hit: bool) {
        COUNTS.with(|c| {
            let (h, m) = c.get();
            c.set(if hit { (h + 1, m) } else { (h, m + 1) });
        });
    }

    #[cfg(not(test))]
    fn count(_hit: bool) {}

    /// The reading of `folded` by model `model`, computed by `read` when not remembered.
    pub(super) fn get_or_insert(
        model: u64,
        folded: &str,
        read: impl FnOnce() -> Option<Normalized>,
    ) -> Option<Normalized> {
        if folded.len() > MAX_TEXT {
            return read();
        }
        let hit = CACHE.with(|c| {
            let c = c.try_borrow().ok()?;
            if c.model != model {
                return None;
            }
            c.readings.get(folded).cloned()
        });
        if let Some(reading) = hit {
            count(true);
            return reading;
        }
        count(false);
        let reading = read();
        CACHE.with(|c| {
            if let Ok(mut c) = c.try_borrow_mut() {
                if c.model != model || c.readings.len() >= MAX_ENTRIES {
                    c.readings.clear();
                    c.model = model;
                }
                c.readings.insert(folded.into(), reading.clone());
            }
        });
        reading
    }
}

/// A rule's bare status, with the sub-status the model reads within that status when it is
/// confident ([`FILL_P`]). The status stays the rule's: the guards decided it.
fn fill_sub(hit: TextHit, model: &TextModel, folded: &str) -> Normalized {
    let mut n = from_hit(hit);
    if let Some((sub @ Some(_), p, rule)) = model.label_within(folded, hit.status)
        && p >= FILL_P
    {
        n.substatus = sub;
        n.note = Some(Cow::Owned(format!(
            "sub-status read by the text model ({rule})"
        )));
    }
    n
}

fn from_model(p: Prediction) -> Option<Normalized> {
    let rule = Rule::new(p.rule);
    if p.status == Status::Expired {
        // `expired` is tracking-core's verdict on a shipment, never read from an event.
        let (status, sub, conf) = p.fallback?;
        return Some(Normalized::new(status, sub, conf, rule));
    }
    if p.status == Status::Delivered {
        // No delivered rule held: the model's best other reading.
        let (status, sub, conf) = p.fallback?;
        let mut n = Normalized::new(status, sub, conf.min(GUARDED_CONF), rule);
        n.note = Some(Cow::Borrowed(
            "the text model read `delivered` but no delivered rule agrees: its next reading",
        ));
        return Some(n);
    }
    Some(Normalized::new(p.status, p.sub, p.confidence, rule))
}
