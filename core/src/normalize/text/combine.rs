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
        from_model(model.predict_from(folded, MIN_P)?)
    })
}

/// The model's readings of recent texts, per thread, in the readings table
/// (`normalize/readings.rs`, beside the timeline memo's event readings, under keys of their
/// own): a reading is a pure function of the model and the folded text. Inside
/// `Shipment::ingest` it answers a scan the memo has not seen whose wording has been read
/// (texts that differ only in numbers fold alike), sparing the model; for direct
/// `Normalizer::normalize` calls (a service normalizing scans one by one, the bindings' batch
/// calls) it is the only cache.
pub(crate) mod cache {
    use super::super::super::Normalized;
    use crate::normalize::readings;

    /// Longer texts are read every time (they rarely repeat word for word).
    pub(crate) const MAX_TEXT: usize = 160;

    /// Longest rule name of a model reading: `model:` and at most two n-grams of the text
    /// (`Prediction::rule` in model.rs), each at most the padded text, joined by `+`.
    pub(crate) const MAX_RULE: usize = 6 + 2 * (MAX_TEXT + 2) + 1;

    /// The most heap one reading owns (its shared rule name: 16 bytes of counts and the
    /// name), within what the readings table's bound allows each value
    /// (`timeline::cache_bytes_per_thread`).
    pub(crate) const MAX_VALUE_HEAP: usize = 16 + MAX_RULE;

    /// This thread's (hits, misses) so far in the readings table.
    #[cfg(test)]
    pub(crate) fn counts() -> (usize, usize) {
        readings::counts()
    }

    /// The reading of `folded` by model `model`, computed by `read` when not remembered.
    pub(super) fn get_or_insert(
        model: u64,
        folded: &str,
        read: impl Fn() -> Option<Normalized>,
    ) -> Option<Normalized> {
        if folded.len() > MAX_TEXT {
            return read();
        }
        // On the stack: the longest key kept is 169 bytes.
        let mut key = [0u8; 1 + 8 + MAX_TEXT];
        let len = 1 + 8 + folded.len();
        let Some((head, text)) = key.get_mut(..len).map(|k| k.split_at_mut(9)) else {
            return read();
        };
        let (tag, id) = head.split_at_mut(1);
        tag.copy_from_slice(&[readings::TEXT]);
        id.copy_from_slice(&model.to_le_bytes());
        text.copy_from_slice(folded.as_bytes());
        readings::text(key.get(..len).unwrap_or_default(), read)
    }
}

/// A rule's bare status, with the sub-status the model reads within that status when it is
/// confident ([`FILL_P`]). The status stays the rule's: the guards decided it.
fn fill_sub(hit: TextHit, model: &TextModel, folded: &str) -> Normalized {
    let mut n = from_hit(hit);
    if let Some((sub @ Some(_), p, rule)) = model.label_within(folded, hit.status, FILL_P)
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
    let rule = Rule::shared(p.rule);
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
