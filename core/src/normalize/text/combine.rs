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

/// The model's readings of recent texts, per thread, in a table of [`crate::thread_cache`]:
/// a reading is a pure function of the model and the folded text. The timeline's memo
/// (`timeline/memo.rs`) already keeps whole event readings, so inside `Shipment::ingest` this
/// table only helps when a text seen before comes with other fields (another code or
/// carrier); it is kept for direct `Normalizer::normalize` calls (a service normalizing scans
/// one by one, the bindings' batch calls), where it is the only cache.
pub(crate) mod cache {
    use std::cell::RefCell;

    use super::super::super::Normalized;
    use crate::thread_cache::{self, Bounded, get_or_insert_with};

    /// Most texts remembered per thread.
    pub(crate) const MAX_ENTRIES: usize = 2048;
    /// Longer texts are read every time (they rarely repeat word for word).
    pub(crate) const MAX_TEXT: usize = 160;

    thread_local! {
        /// Key: the model's id (8 bytes) and the folded text.
        static READINGS: RefCell<Bounded<Option<Normalized>>> =
            RefCell::new(Bounded::new(MAX_ENTRIES, 8 + MAX_TEXT));
    }

    /// Longest rule name of a model reading: `model:` and at most two n-grams of the text
    /// (`Prediction::rule` in model.rs), each at most the padded text, joined by `+`.
    pub(crate) const MAX_RULE: usize = 6 + 2 * (MAX_TEXT + 2) + 1;

    /// The most heap the table holds per thread, in bytes: full, every key at its longest and
    /// every reading's shared rule name (16 bytes of counts and the name) at `MAX_RULE`.
    pub(crate) fn bound_bytes() -> usize {
        thread_cache::bound_bytes::<Option<Normalized>>(MAX_ENTRIES, 8 + MAX_TEXT, 16 + MAX_RULE)
    }

    /// This thread's (hits, misses) so far.
    #[cfg(test)]
    pub(crate) fn counts() -> (usize, usize) {
        READINGS.with(|t| t.borrow().counts())
    }

    /// The reading of `folded` by model `model`, computed by `read` when not remembered.
    pub(super) fn get_or_insert(
        model: u64,
        folded: &str,
        read: impl FnOnce() -> Option<Normalized>,
    ) -> Option<Normalized> {
        if folded.len() > MAX_TEXT {
            return read();
        }
        // On the stack: the longest key kept is 168 bytes.
        let mut key = [0u8; 8 + MAX_TEXT];
        let len = 8 + folded.len();
        let Some((id, text)) = key.get_mut(..len).map(|k| k.split_at_mut(8)) else {
            return read();
        };
        id.copy_from_slice(&model.to_le_bytes());
        text.copy_from_slice(folded.as_bytes());
        get_or_insert_with(&READINGS, key.get(..len).unwrap_or_default(), read)
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
