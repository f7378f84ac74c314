//! The labelled texts the project holds: every built-in table row that has a description.
//! They train the text model (`tools/text-model/`) and score it held out by carrier
//! (`tracking-core eval-normalize --holdout carrier`).

use crate::status::{Status, SubStatus};

use super::fold;
use super::table::{self, BUILTIN_TABLES, TableKind};

/// One labelled event text from a built-in table.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelledText {
    /// The table it comes from: a carrier slug (`dhl_parcel_de`) or an aggregator (`aftership`).
    pub table: &'static str,
    /// Whether the table is an aggregator vocabulary rather than a carrier's own codes.
    pub aggregator: bool,
    /// The row's code (`-` for a row found by its text only).
    pub code: &'static str,
    /// The event text as the carrier writes it.
    pub description: &'static str,
    /// The status the row maps to.
    pub status: Status,
    /// The sub-status the row maps to, when it names one.
    pub substatus: Option<SubStatus>,
}

impl LabelledText {
    /// The canonical label: the sub-status code when there is one, else the status code.
    pub fn label(&self) -> &'static str {
        self.substatus.map_or(self.status.code(), SubStatus::code)
    }
}

/// Of the `candidates` (language tags: `de`, `fr`, `it`, ...), the language an event text is
/// written in, judged by which language's rule words it holds most of (Swiss Post writes
/// German, French or Italian; PostNord Swedish or Danish). `None` when no candidate's words
/// occur or two candidates are tied: the caller then falls back on the carrier's country.
pub fn text_language(text: &str, candidates: &[&str]) -> Option<&'static str> {
    super::text::text_language(&fold::fold(text), candidates)
}

/// Every built-in table row with a description, in table-file order (tables sorted by name).
pub fn builtin_texts() -> Vec<LabelledText> {
    let mut out = Vec::new();
    for (kind, name, _) in BUILTIN_TABLES {
        let Some(t) = table::builtin().get(name) else {
            continue;
        };
        for row in &t.rows {
            let (std::borrow::Cow::Borrowed(code), Some(std::borrow::Cow::Borrowed(description))) =
                (&row.code, &row.description)
            else {
                continue;
            };
            out.push(LabelledText {
                table: name,
                aggregator: *kind == TableKind::Aggregator,
                code,
                description,
                status: row.status,
                substatus: row.sub,
            });
        }
    }
    out
}

/// Whether a built-in text rule reads this folded text (see [`fold_text`]); when none does,
/// the learned model reads it. The text model's confidence is calibrated on the texts the
/// rules leave to it.
pub fn text_rule_reads(folded: &str) -> bool {
    super::text::classify_folded(folded).is_some()
}

/// The text as every matcher sees it (see the normalizer's docs): Unicode NFKC, lower case,
/// accents, punctuation, digits-bearing tokens and placeholders removed, one space between
/// words, padded with a space each side. The text model's n-grams are taken from this form.
pub fn fold_text(text: &str) -> String {
    fold::fold(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_contributes_labelled_texts() {
        let texts = builtin_texts();
        assert!(texts.len() > 1000, "{}", texts.len());
        assert!(texts.iter().any(|t| t.aggregator && t.table == "aftership"));
        let ups = texts
            .iter()
            .find(|t| t.table == "ups" && t.status == Status::Delivered)
            .map(LabelledText::label);
        assert!(ups.is_some_and(|l| l.starts_with("delivered")));
        assert!(texts.iter().all(|t| !t.description.trim().is_empty()));
    }
}
