//! Built-in customer texts: one row per template key, one column per language of
//! [`super::locale::BUILTIN`] (en, de, fr, es, nl, it, pt-BR, pl, pt-PT). Written for this project in
//! plain words, without carrier jargon. `{name}` marks a value filled in at render time; the
//! placeholders a key offers are those of its English text (plus `{carrier}` and
//! `{tracking_number}`, offered everywhere).
//!
//! One file per part of a message: `headlines.rs`, `steps.rs` (reasons, next steps,
//! actions) and `milestones.rs` (stepper labels).

mod headlines;
mod milestones;
mod steps;

/// Every built-in parcel text row, headlines first:
/// `(key, [en, de, fr, es, nl, it, pt-BR, pl, pt-PT])`.
pub(crate) fn rows() -> impl Iterator<Item = &'static (&'static str, [&'static str; 9])> {
    headlines::HEADLINES
        .iter()
        .chain(steps::STEPS)
        .chain(milestones::MILESTONES)
}
