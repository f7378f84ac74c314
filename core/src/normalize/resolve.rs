//! Table resolution: find the carrier's table, the row for a code (exact, loose, or a part of a
//! composite code), and let the event text overrule the row when they contradict on the
//! labelling rules of docs/statuses.md (labelling rules).

use std::borrow::Cow;

use crate::carrier;
use crate::status::{Status, SubStatus};

use super::fold::EventText;
use super::overrides::Overrides;
use super::table::{self, AGGREGATORS, Row, Table, pick_row};
use super::text::{self, TextHit};
use super::{Normalized, Rule};

/// The last carrier name (at most [`LAST_NAME`] bytes) this thread resolved to a table, and
/// the table (`None`: no table). A feed's events name the same carrier, and an unknown name
/// (`unknown`, a regional carrier) otherwise costs three map look-ups and a scan of the
/// aggregator names per event, more than a table hit. The registry and the tables never
/// change while the process runs, so a name always resolves alike.
#[derive(Clone, Copy)]
struct LastCarrier {
    len: usize,
    name: [u8; LAST_NAME],
    table: Option<&'static Table>,
}

/// Longest carrier name [`LastCarrier`] remembers (slugs and aliases are far shorter).
const LAST_NAME: usize = 32;

thread_local! {
    static LAST_CARRIER: std::cell::Cell<Option<LastCarrier>> =
        const { std::cell::Cell::new(None) };
}

/// The built-in table for a carrier given by slug, alias or aggregator name, resolved once
/// per name and thread ([`LastCarrier`]).
fn builtin_for(carrier: &str) -> Option<&'static Table> {
    let name = carrier.as_bytes();
    let last = LAST_CARRIER.with(std::cell::Cell::get);
    if let Some(last) = last
        && last.name.get(..last.len) == Some(name)
    {
        return last.table;
    }
    let table = resolve_table(carrier);
    if name.len() <= LAST_NAME {
        let mut kept = [0u8; LAST_NAME];
        if let Some(slot) = kept.get_mut(..name.len()) {
            slot.copy_from_slice(name);
            LAST_CARRIER.with(|l| {
                l.set(Some(LastCarrier {
                    len: name.len(),
                    name: kept,
                    table,
                }));
            });
        }
    }
    table
}

/// [`builtin_for`] without the memo.
fn resolve_table(carrier: &str) -> Option<&'static Table> {
    let tables = table::builtin();
    if let Some(t) = tables.get(carrier) {
        return Some(t);
    }
    let name = crate::letters::trim(carrier);
    if name.is_empty() {
        return None;
    }
    let slug = registry_slug(name).or_else(|| {
        AGGREGATORS
            .iter()
            .copied()
            .find(|a| a.eq_ignore_ascii_case(name))
    })?;
    tables.get(slug)
}

/// The registry slug of a carrier name (slug, display name or alias).
pub(crate) fn registry_slug(name: &str) -> Option<&'static str> {
    carrier::lookup(name).map(|c| c.slug)
}

/// A result decided by a table row.
fn from_row(row: &Row, rule: Rule, confidence: f32) -> Normalized {
    let mut n = Normalized::new(row.status, row.sub, confidence, rule);
    n.reason = row.reason.clone();
    n.note = row.note.clone();
    n
}

/// A result decided by a text rule.
pub(crate) fn from_text_hit(hit: TextHit) -> Normalized {
    Normalized::new(hit.status, hit.sub, hit.conf, Rule::new_static(hit.rule))
}

/// Tries overrides, then the built-in table, for `code`.
pub(crate) fn by_table(
    overrides: &Overrides,
    carrier: &str,
    code: &str,
    text: Option<&EventText<'_>>,
) -> Option<Normalized> {
    if let Some(t) = overrides.table_for(carrier)
        && let Some(rows) = t.lookup(code)
    {
        // The user said so: no second-guessing from the text.
        let (i, _) = pick_row(t, rows, text);
        let row = t.row(i)?;
        return Some(from_row(row, Rule::new(row.rule.clone()), 0.95));
    }
    let t = builtin_for(carrier)?;
    if let Some(rows) = t.lookup(code) {
        let (i, by_text) = pick_row(t, rows, text);
        let row = t.row(i)?;
        let mut n = from_row(row, Rule::new_static(row.rule.as_str()), 0.95);
        if by_text {
            n.confidence = 0.9;
            if n.note.is_none() {
                n.note = Some(Cow::Borrowed(
                    "the code has several meanings in this carrier's tables; the event text chose",
                ));
            }
        }
        return Some(check_text(n, row, text, by_text));
    }
    composite(t, code, text)
}

/// Whether every text that collapses to `collapsed` (`digits.rs`: runs of digits as one `0`)
/// reads alike on `carrier`'s tables: no row of its built-in table has a description of that
/// form, the one text a reading compares as received ([`check_text`]; override rows are never
/// checked against the text).
pub(crate) fn digits_read_alike(carrier: &str, collapsed: &[u8]) -> bool {
    let Some(t) = builtin_for(carrier) else {
        return true;
    };
    // `check_text` compares the trimmed text (`letters::trim`: nothing to trim when both
    // ends are visible ASCII); a collapsed text is UTF-8 (only ASCII digits were replaced).
    let visible = |b: Option<&u8>| b.is_some_and(u8::is_ascii_graphic);
    let trimmed = if visible(collapsed.first()) && visible(collapsed.last()) {
        collapsed
    } else {
        std::str::from_utf8(collapsed).map_or(collapsed, |s| crate::letters::trim(s).as_bytes())
    };
    !t.digits.may_equal(trimmed)
}

/// The carrier's own wording without a usable code: a row whose folded description equals
/// the folded event text (any row; confidence 0.9), else the longest code-less row whose
/// description the text contains (0.8). `folded` is the event text as `fold` makes it. The text classifier then
/// checks the row as it checks a code hit (never `delivered` over pickup or failure words).
pub(crate) fn by_description(carrier: &str, folded: &str) -> Option<Normalized> {
    let t = builtin_for(carrier)?;
    let (row, n) = if let Some(rows) = t.by_description(folded) {
        let first = t.row(*rows.first()?)?;
        // Rows that share a text but disagree on the status say nothing for certain.
        if rows
            .iter()
            .any(|&i| t.row(i).is_none_or(|r| r.status != first.status))
        {
            return None;
        }
        let same_sub = rows
            .iter()
            .all(|&i| t.row(i).is_some_and(|r| r.sub == first.sub));
        let mut n = from_row(first, Rule::new_static(t.text_rule.as_str()), 0.9);
        if !same_sub {
            n.substatus = None;
            n.reason = None;
            n.note = None;
        }
        (first, n)
    } else {
        let row = t.row(t.contained_description(folded)?)?;
        let mut n = from_row(row, Rule::new_static(t.text_rule.as_str()), 0.8);
        if n.note.is_none() {
            n.note = Some(Cow::Borrowed(
                "the carrier's own wording for this event, inside a longer text",
            ));
        }
        (row, n)
    };
    Some(check_folded(n, row, folded, false))
}

/// A composite code (`DLVRD/SERPT/ZU`, `in_transit/arrived_at_facility`) that is not in the
/// table as a whole: try its parts, the last (most specific in aggregator pairs) first.
fn composite(t: &'static Table, code: &str, text: Option<&EventText<'_>>) -> Option<Normalized> {
    let parts: Vec<&str> = code
        .split(['/', '|', ':', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let find = |part: &str| -> Option<&'static Row> {
        let rows = t.lookup(part)?;
        t.row(pick_row(t, rows, text).0)
    };
    let first = parts.first().and_then(|p| find(p));
    let last = parts.last().and_then(|p| find(p));
    let row = match (first, last) {
        // A return that is moving keeps its return status (EasyPost return_to_sender/in_transit).
        (Some(f), Some(l))
            if f.status == Status::ReturnToSender && l.status == Status::InTransit =>
        {
            f
        }
        (_, Some(l)) => l,
        (Some(f), None) => f,
        (None, None) => parts
            .get(1..parts.len().saturating_sub(1))
            .and_then(|mid| mid.iter().find_map(|p| find(p)))?,
    };
    let mut n = from_row(row, Rule::new_static(row.rule.as_str()), 0.7);
    n.note = Some(Cow::Owned(format!(
        "only part `{}` of the composite code `{code}` is in the table",
        row.code
    )));
    Some(check_text(n, row, text, false))
}

/// Whether a specific text rule may overrule the table: the contradictions docs/statuses.md (labelling rule 1)
/// names (a "delivered" code on a text that is not a delivery; an early-stage code on a text
/// that is further along; an "internal event" text; return wording), never towards
/// `delivered` (the costliest error is a non-delivery shown as delivered).
fn text_overrules(table: Status, hit: &TextHit) -> bool {
    use Status as S;
    if !hit.strong || hit.status == table || hit.status == S::Delivered {
        return false;
    }
    if table == S::Delivered {
        return true;
    }
    if hit.sub == Some(SubStatus::UnknownInformational) {
        return table != S::Unknown;
    }
    let early = matches!(table, S::Pending | S::InfoReceived);
    (early && hit.sub == Some(SubStatus::InTransitPickedUp))
        || (matches!(table, S::Pending | S::InfoReceived | S::InTransit)
            && hit.status == S::OutForDelivery)
        || (matches!(
            table,
            S::InTransit | S::OutForDelivery | S::AttemptFail | S::Exception
        ) && hit.status == S::ReturnToSender)
}

/// The sub-status the classifier reads in a row's own description, cached on the row.
fn own_sub(row: &Row) -> Option<Option<SubStatus>> {
    *row.own_sub.get_or_init(|| {
        row.description
            .as_deref()
            .and_then(text::classify)
            .map(|o| o.sub)
    })
}

fn label(status: Status, sub: Option<SubStatus>) -> &'static str {
    sub.map_or(status.code(), SubStatus::code)
}

/// Checks a table result against the event text. Text equal to the row's own description
/// cannot contradict it (and costs no allocation); neither can text that contains every word
/// of that description.
fn check_text(
    n: Normalized,
    row: &Row,
    text: Option<&EventText<'_>>,
    chosen_by_text: bool,
) -> Normalized {
    let Some(text) = text else { return n };
    if row
        .description
        .as_deref()
        .is_some_and(|d| d.eq_ignore_ascii_case(text.raw()))
    {
        return n;
    }
    check_folded(n, row, text.folded(), chosen_by_text)
}

/// [`check_text`] on text already folded.
fn check_folded(mut n: Normalized, row: &Row, folded: &str, chosen_by_text: bool) -> Normalized {
    // The carrier's own text for this code inside extra words (dates, places, case): only
    // words that undo a "delivered" row (a pickup place, a negation, a failure) still count.
    let own_text = chosen_by_text
        // A row has a few words: each is looked for among the text's words in place, without
        // collecting them into a vector.
        || !row.words.is_empty()
            && row
                .words
                .iter()
                .all(|w| folded.split_ascii_whitespace().any(|x| x == w));
    let Some(hit) = text::classify_folded(folded) else {
        return n;
    };
    if own_text {
        let failure = matches!(
            hit.status,
            Status::AvailableForPickup
                | Status::AttemptFail
                | Status::Exception
                | Status::ReturnToSender
                | Status::Cancelled
        );
        if !(n.status == Status::Delivered && hit.strong && failure) {
            // Extra words may still add detail the row leaves open, but the row's own words
            // may not (its author chose no sub-status).
            if hit.status == n.status
                && n.substatus.is_none()
                && hit.sub.is_some()
                && own_sub(row) != Some(hit.sub)
            {
                n.substatus = hit.sub;
                n.note = Some(Cow::Owned(format!("sub-status from {}", hit.rule)));
            }
            return n;
        }
    }
    if hit.status == n.status {
        if n.substatus.is_none() && hit.sub.is_some() {
            n.substatus = hit.sub;
            n.note = Some(Cow::Owned(format!("sub-status from {}", hit.rule)));
        }
        return n;
    }
    if text_overrules(n.status, &hit) {
        let note = format!(
            "{} maps to {} but the text says {}: the text decides",
            n.rule,
            label(n.status, n.substatus),
            label(hit.status, hit.sub)
        );
        let mut t = from_text_hit(hit);
        t.note = Some(Cow::Owned(note));
        return t;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::{builtin_for, resolve_table};

    #[test]
    fn the_remembered_carrier_resolves_as_a_fresh_look_up() {
        // Repeats, a name that extends or shortens the last one, case, aliases, aggregators,
        // unknown names and a name too long to remember, in an order that reuses the memo.
        let names = [
            "ups",
            "ups",
            "upsx",
            "ups",
            "UPS",
            "unknown",
            "unknown",
            "dhl",
            "dh",
            "aftership",
            "AfterShip",
            "unknown",
            "",
            "",
            "royal mail",
            "royalmail",
            "Deutsche Post DHL",
            "a carrier name much longer than thirty-two bytes",
            "ups",
        ];
        for name in names {
            let memo = builtin_for(name).map(std::ptr::from_ref);
            let fresh = resolve_table(name).map(std::ptr::from_ref);
            assert_eq!(memo, fresh, "{name:?}");
        }
        assert!(builtin_for("ups").is_some() && builtin_for("upsx").is_none());
    }
}

#[cfg(test)]
mod tests_digits {
    use super::*;
    use crate::normalize::Normalizer;
    use crate::normalize::digits::collapse_digits;

    /// `text` with every run of ASCII digits replaced by other digits.
    fn other_digits(text: &str) -> String {
        let mut out = String::new();
        let mut in_run = false;
        for c in text.chars() {
            if c.is_ascii_digit() {
                if !in_run {
                    out.push_str(if c == '9' { "17" } else { "98" });
                }
                in_run = true;
            } else {
                out.push(c);
                in_run = false;
            }
        }
        out
    }

    #[test]
    fn a_row_text_with_digits_is_kept_apart_from_its_variants() {
        // Every built-in row whose description holds digits: a text with other digits in
        // their place collapses as the description does, so the memo is told to keep such
        // texts apart (`check_text` compares the row's own text as received). Today the two
        // readings agree on every such row; the check keeps it so when rows change.
        let normalizer = Normalizer::new();
        let mut rows = 0;
        for (name, t) in table::builtin() {
            for row in &t.rows {
                let Some(desc) = row
                    .description
                    .as_deref()
                    .filter(|d| d.bytes().any(|b| b.is_ascii_digit()))
                else {
                    continue;
                };
                let code = Some(row.code.as_ref()).filter(|c| *c != "-");
                let variant = other_digits(desc);
                let mut collapsed = Vec::new();
                collapse_digits(&variant, &mut collapsed);
                assert!(!digits_read_alike(name, &collapsed), "{name} {desc:?}");
                // Padded and in other case: compared as `check_text` compares.
                let mut loud = Vec::new();
                collapse_digits(&format!("  {}\t", variant.to_ascii_uppercase()), &mut loud);
                assert!(!digits_read_alike(name, &loud), "{name} {desc:?}");
                // The same wording with one more word reads as its variants.
                let mut longer = collapsed.clone();
                longer.extend_from_slice(b" x");
                assert!(digits_read_alike(name, &longer), "{name} {desc:?}");
                let a = normalizer.normalize(name, code, Some(desc), None);
                let b = normalizer.normalize(name, code, Some(&variant), None);
                assert_eq!(a.status, b.status, "{name} {desc:?}");
                rows += 1;
            }
        }
        assert!(rows > 40, "{rows}");
    }
}
