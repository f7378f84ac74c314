//! Code tables: the per-carrier and per-aggregator TSV files in `core/tables/`, embedded at
//! build time, parsed once, and looked up without allocation on an exact hit.
//!
//! File format (one file per carrier, `<slug>.tsv`): `#` comment lines (the header cites
//! sources), blank lines, and TAB-separated data lines with five columns
//! `code  canonical  reason  description  note`; `-` means empty. `canonical` is a status code
//! (`in_transit`) or sub-status code (`in_transit.customs`). A code may appear on several rows
//! (collisions between a carrier's code spaces); the event text then picks the row.

use std::borrow::Cow;
use std::sync::OnceLock;

pub(crate) use crate::fast_hash::FastMap;
use crate::status::{Status, SubStatus};

use super::digits::Digits;
use super::fold::{EventText, fold};

/// Whether a built-in table belongs to a carrier or to an aggregator vocabulary.
// Variants are constructed by the build-generated list, which may lack one of the kinds.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TableKind {
    /// `core/tables/carriers/<slug>.tsv`.
    Carrier,
    /// `core/tables/aggregators/<name>.tsv`.
    Aggregator,
}

include!(concat!(env!("OUT_DIR"), "/builtin_tables.rs"));

/// Aggregator vocabularies addressed as carriers (file names in `tables/aggregators/`).
pub const AGGREGATORS: &[&str] = &[
    "aftership",
    "easypost",
    "shippo",
    "17track",
    "shopify",
    "karrio",
    "shipengine",
    "trackingmore",
    "kdniao",
];

/// One mapping row.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub code: Cow<'static, str>,
    pub status: Status,
    pub sub: Option<SubStatus>,
    pub reason: Option<Cow<'static, str>>,
    pub description: Option<Cow<'static, str>>,
    pub note: Option<Cow<'static, str>>,
    /// Folded words of `description`, for choosing between colliding rows.
    pub words: Vec<String>,
    /// `description` folded (see `fold`), without the padding spaces; empty when none.
    pub folded: String,
    /// The sub-status the text classifier reads in `description` (outer `None`: no rule
    /// holds), computed on first need and kept: the same row is checked again and again.
    pub own_sub: OnceLock<Option<Option<SubStatus>>>,
    /// The rule name shown when this row decides (`table:ups:1N`).
    pub rule: String,
}

impl Row {
    /// Builds a row; `canonical` is a status or sub-status code.
    pub fn new(
        code: Cow<'static, str>,
        canonical: &str,
        reason: Option<Cow<'static, str>>,
        description: Option<Cow<'static, str>>,
        note: Option<Cow<'static, str>>,
    ) -> Result<Row, String> {
        if code.trim().is_empty() {
            return Err("empty code".to_string());
        }
        let (status, sub) = parse_canonical(canonical)?;
        let folded = description
            .as_deref()
            .map(|d| fold(d).trim().to_string())
            .unwrap_or_default();
        let words = folded.split_whitespace().map(str::to_string).collect();
        Ok(Row {
            code,
            status,
            sub,
            reason,
            description,
            note,
            words,
            folded,
            own_sub: OnceLock::new(),
            rule: String::new(),
        })
    }
}

/// Parses a canonical column: a status code or a sub-status code (snake_case or CamelCase).
pub(crate) fn parse_canonical(s: &str) -> Result<(Status, Option<SubStatus>), String> {
    let s = s.trim();
    if s.contains('.') {
        s.parse::<SubStatus>()
            .map(|sub| (sub.status(), Some(sub)))
            .map_err(|_| format!("unknown sub-status `{s}`"))
    } else {
        s.parse::<Status>()
            .map(|st| (st, None))
            .map_err(|_| format!("unknown status `{s}`"))
    }
}

/// The rows of one carrier or aggregator, indexed by code and by folded description.
#[derive(Debug, Clone, Default)]
pub(crate) struct Table {
    pub rows: Vec<Row>,
    exact: FastMap<Cow<'static, str>, Vec<usize>>,
    loose: FastMap<String, Vec<usize>>,
    /// Folded description -> rows (every row with a description).
    by_text: FastMap<String, Vec<usize>>,
    /// Rows without a code (`-`: the carrier publishes only the text), longest folded
    /// description first, for the containment match.
    text_rows: Vec<usize>,
    /// The rule shown when a description decides (`table:japan_post:text`).
    pub text_rule: String,
    /// The descriptions that hold digits, collapsed (`digits.rs`): the texts a reading
    /// compares as received.
    pub digits: Digits,
}

impl Table {
    /// Adds a row (later rows with the same code are alternatives, not replacements). A row
    /// with code `-` is found by its description only.
    pub fn push(&mut self, row: Row) {
        let i = self.rows.len();
        if let Some(d) = row.description.as_deref() {
            self.digits.add(d);
        }
        if !row.folded.is_empty() {
            self.by_text.entry(row.folded.clone()).or_default().push(i);
        }
        if row.code.trim() == "-" {
            if !row.folded.is_empty() {
                // Stable insertion keeps file order among equally long descriptions.
                let len = row.folded.len();
                let at = self
                    .text_rows
                    .iter()
                    .position(|&j| self.rows.get(j).is_none_or(|r| r.folded.len() < len))
                    .unwrap_or(self.text_rows.len());
                self.text_rows.insert(at, i);
            }
        } else {
            self.exact.entry(row.code.clone()).or_default().push(i);
            self.loose.entry(loose_key(&row.code)).or_default().push(i);
        }
        self.rows.push(row);
    }

    /// Row indices for `code`: exact first, then trimmed and case-insensitive, then (for a
    /// zero-padded number, UPS `003`) without the leading zeros.
    pub fn lookup(&self, code: &str) -> Option<&[usize]> {
        if let Some(v) = self.exact.get(code) {
            return Some(v);
        }
        let code = code.trim();
        let found = if code.bytes().any(|b| b.is_ascii_uppercase()) || !code.is_ascii() {
            self.loose.get(&loose_key(code))
        } else {
            // Already its own loose key: no allocation.
            self.loose.get(code)
        };
        if let Some(v) = found {
            return Some(v);
        }
        let unpadded = code.trim_start_matches('0');
        if unpadded.len() < code.len()
            && !code.is_empty()
            && code.bytes().all(|b| b.is_ascii_digit())
        {
            let unpadded = if unpadded.is_empty() { "0" } else { unpadded };
            return self.exact.get(unpadded).map(Vec::as_slice);
        }
        None
    }

    /// Rows whose folded description equals the folded event text (`folded` as made by
    /// `fold`, padding allowed).
    pub fn by_description(&self, folded: &str) -> Option<&[usize]> {
        self.by_text.get(folded.trim()).map(Vec::as_slice)
    }

    /// The longest code-less row whose description occurs in the folded event text as whole
    /// words (CJK descriptions: as a substring). `folded` must be padded as `fold` makes it.
    pub fn contained_description(&self, folded: &str) -> Option<usize> {
        self.text_rows.iter().copied().find(|&i| {
            self.rows.get(i).is_some_and(|r| {
                if r.folded.chars().any(super::fold::is_cjk) {
                    folded.contains(r.folded.as_str())
                } else {
                    contains_words(folded, &r.folded)
                }
            })
        })
    }

    /// A row by index.
    pub fn row(&self, i: usize) -> Option<&Row> {
        self.rows.get(i)
    }
}

fn loose_key(code: &str) -> String {
    code.trim().to_lowercase()
}

/// Whether `phrase` (folded, unpadded) occurs in `folded` (padded) between spaces.
pub(crate) fn contains_words(folded: &str, phrase: &str) -> bool {
    folded.match_indices(phrase).any(|(at, _)| {
        folded.as_bytes().get(at.wrapping_sub(1)) == Some(&b' ')
            && folded.as_bytes().get(at + phrase.len()) == Some(&b' ')
    })
}

/// A column value, `-` or empty meaning none.
fn column(s: Option<&'static str>) -> Option<Cow<'static, str>> {
    s.map(str::trim)
        .filter(|v| !v.is_empty() && *v != "-")
        .map(Cow::Borrowed)
}

/// One problem in a table file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LineError {
    pub line: usize,
    pub message: String,
}

/// Parses the table file of `name`; rows that fail are reported and skipped (never a panic).
pub(crate) fn parse_table(name: &str, text: &'static str) -> (Table, Vec<LineError>) {
    let mut table = Table {
        text_rule: format!("table:{name}:text"),
        ..Table::default()
    };
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        if cols.len() != 5 {
            errors.push(LineError {
                line: i + 1,
                message: format!("expected 5 TAB-separated columns, found {}", cols.len()),
            });
            continue;
        }
        let get = |k: usize| cols.get(k).copied();
        let code = get(0).unwrap_or_default();
        let result = Row::new(
            Cow::Borrowed(code),
            get(1).unwrap_or_default(),
            column(get(2)),
            column(get(3)),
            column(get(4)),
        );
        match result {
            Ok(mut row) => {
                row.rule = format!("table:{name}:{code}");
                table.push(row);
            }
            Err(message) => errors.push(LineError {
                line: i + 1,
                message,
            }),
        }
    }
    (table, errors)
}

/// Every built-in table, parsed once: name -> table.
pub(crate) fn builtin() -> &'static FastMap<&'static str, Table> {
    static TABLES: OnceLock<FastMap<&'static str, Table>> = OnceLock::new();
    TABLES.get_or_init(|| {
        BUILTIN_TABLES
            .iter()
            .map(|(_, name, text)| (*name, parse_table(name, text).0))
            .collect()
    })
}

/// Picks among colliding rows the one whose description shares most words with the event
/// text (first row on a tie or without text). Returns the index into `candidates` and whether
/// the text decided.
pub(crate) fn pick_row(
    table: &Table,
    candidates: &[usize],
    text: Option<&EventText<'_>>,
) -> (usize, bool) {
    let first = candidates.first().copied().unwrap_or_default();
    let Some(text) = text.filter(|_| candidates.len() > 1) else {
        return (first, false);
    };
    // A few words each side: a linear scan beats hashing them. The text's first words are
    // kept on the stack (no allocation per event); a long text's others in a vector.
    let mut head: [&str; 16] = [""; 16];
    let mut n = 0;
    let mut more: Vec<&str> = Vec::new();
    // Folded text separates its words with single ASCII spaces (`fold`): the byte-wise split
    // finds the same words as `split_whitespace` without decoding characters.
    for w in text.folded().split_ascii_whitespace() {
        match head.get_mut(n) {
            Some(slot) => {
                *slot = w;
                n += 1;
            }
            None => more.push(w),
        }
    }
    let words = head.get(..n).unwrap_or_default();
    let has_word = |w: &str| words.contains(&w) || more.contains(&w);
    let mut best = (first, 0usize, 0usize);
    for &i in candidates {
        let Some(row) = table.row(i) else { continue };
        let hits = row.words.iter().filter(|w| has_word(w)).count();
        // Prefer more shared words, then fewer unshared description words.
        let miss = row.words.len() - hits;
        if hits > best.1 || (hits == best.1 && hits > 0 && miss < best.2) {
            best = (i, hits, miss);
        }
    }
    (best.0, best.1 > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::carrier;

    const FIXTURE: &str = "# source: test fixture\n\
        \n\
        DP\tinfo_received.label_created\t-\tManifest processed\t-\n\
        DP\tin_transit.departed_facility\t-\tDeparture scan\tmovement table\n\
        1N\tavailable_for_pickup.locker\t-\tDelivered to locker, awaiting customer pickup\t-\n\
        bad line without tabs\n\
        XX\tno_such_status\t-\t-\t-\n";

    #[test]
    fn parses_rows_and_reports_bad_lines() {
        let (t, errors) = parse_table("fixture", FIXTURE);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].line, 6);
        assert!(errors[1].message.contains("no_such_status"));
        assert_eq!(t.lookup("DP").map(<[usize]>::len), Some(2));
        assert_eq!(t.rows[2].rule, "table:fixture:1N");
        // Loose match: case and surrounding spaces.
        assert_eq!(t.lookup(" 1n ").map(<[usize]>::len), Some(1));
        assert!(t.lookup("ZZ").is_none());
    }

    #[test]
    fn colliding_codes_are_resolved_by_text() {
        let (t, _) = parse_table("fixture", FIXTURE);
        let dp = t.lookup("DP").unwrap().to_vec();
        let (i, by_text) = pick_row(&t, &dp, Some(&EventText::new("Departure Scan")));
        assert!(by_text);
        assert_eq!(t.rows[i].sub, Some(SubStatus::InTransitDepartedFacility));
        let (i, _) = pick_row(&t, &dp, Some(&EventText::new("Manifest Processed")));
        assert_eq!(t.rows[i].sub, Some(SubStatus::InfoReceivedLabelCreated));
        let (i, by_text) = pick_row(&t, &dp, None);
        assert!(!by_text);
        assert_eq!(i, dp[0]);
    }

    /// Every built-in table must load cleanly: a malformed line is a test failure here, while
    /// at run time the loader skips it.
    #[test]
    fn every_builtin_table_parses_and_is_named_after_a_carrier_or_aggregator() {
        assert!(!BUILTIN_TABLES.is_empty());
        for (kind, name, text) in BUILTIN_TABLES {
            let (table, errors) = parse_table(name, text);
            assert!(errors.is_empty(), "{name}.tsv: {errors:?}");
            assert!(!table.rows.is_empty(), "{name}.tsv has no rows");
            assert!(
                text.lines().any(|l| l.starts_with("# source")),
                "{name}.tsv cites no source"
            );
            match kind {
                TableKind::Carrier => assert!(
                    carrier::CARRIERS.iter().any(|c| c.slug == *name),
                    "{name}.tsv is not a registry slug"
                ),
                TableKind::Aggregator => {
                    assert!(
                        AGGREGATORS.contains(name),
                        "{name}.tsv is not an aggregator"
                    )
                }
            }
        }
        for agg in AGGREGATORS {
            assert!(
                builtin().contains_key(agg),
                "aggregator table {agg} missing"
            );
        }
    }
}
