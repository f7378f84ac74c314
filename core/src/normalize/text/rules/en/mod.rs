//! English (`en`) wording of the text rules, by concept: one file per group of rules, each a
//! list of `(slot, alternatives)` pairs like every other language's single file. `LANGUAGES`
//! in `rules/mod.rs` lists the parts one after the other under the tag `en`; a slot is given
//! in one part only.

pub(super) mod delivery;
pub(super) mod failures;
pub(super) mod movement;
pub(super) mod returns_trouble;
pub(super) mod shared;
pub(super) mod shipper;
