//! Run-time overrides: extra code rows and text rules loaded from JSON, without rebuilding.
//! The JSON shape is documented on `Normalizer::with_overrides_json`.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Deserialize;

use crate::carrier;
use crate::error::Error;
use crate::status::{Status, SubStatus};

use super::fold::fold;
use super::table::{AGGREGATORS, Row, Table, parse_canonical};
use super::{Normalized, Rule};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    #[serde(default)]
    tables: HashMap<String, Vec<RowJson>>,
    #[serde(default)]
    text: Vec<TextJson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RowJson {
    code: String,
    status: String,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextJson {
    contains: Vec<String>,
    status: String,
    #[serde(default)]
    name: Option<String>,
}

/// A user text rule: every phrase must occur in the folded text.
#[derive(Debug, Clone)]
struct TextRule {
    phrases: Vec<String>,
    status: Status,
    sub: Option<SubStatus>,
    rule: String,
}

/// The overrides of one normalizer.
#[derive(Debug, Clone, Default)]
pub(crate) struct Overrides {
    tables: HashMap<String, Table>,
    text: Vec<TextRule>,
}

/// The key a carrier's overrides are stored under: its slug when the registry knows it, the
/// aggregator name, or the name itself in lower case.
fn key(carrier: &str) -> String {
    let name = carrier.trim();
    if let Some(c) = carrier::lookup(name) {
        return c.slug.to_string();
    }
    match AGGREGATORS.iter().find(|a| a.eq_ignore_ascii_case(name)) {
        Some(a) => (*a).to_string(),
        None => name.to_lowercase(),
    }
}

fn owned(s: Option<String>) -> Option<Cow<'static, str>> {
    s.map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty() && v != "-")
        .map(Cow::Owned)
}

/// Refuses `expired` (and its sub-statuses) as an override target: it is tracking-core's own
/// verdict on a timeline (docs/statuses.md), never a reading of one carrier event. (Aggregators that
/// report their own "expired" keep it in the built-in tables.)
fn refuse_derived(target: &str) -> Result<(), String> {
    match parse_canonical(target) {
        Ok((crate::status::Status::Expired, _)) => Err(format!(
            "`{}` is derived by tracking-core from the timeline and cannot be an override target",
            target.trim()
        )),
        _ => Ok(()),
    }
}

impl Overrides {
    /// Parses and adds a JSON document; nothing is added when any part is invalid.
    pub fn add_json(&mut self, json: &str) -> Result<(), Error> {
        let doc: Doc = serde_json::from_str(json)?;
        let mut staged: Vec<(String, Row)> = Vec::new();
        for (carrier, rows) in doc.tables {
            let k = key(&carrier);
            for (i, r) in rows.into_iter().enumerate() {
                let field = format!("tables.{carrier}[{i}]");
                let code = r.code.trim().to_string();
                refuse_derived(&r.status).map_err(|reason| Error::InvalidInput {
                    field: field.clone(),
                    reason,
                })?;
                let mut row = Row::new(
                    Cow::Owned(code.clone()),
                    &r.status,
                    owned(r.reason),
                    owned(r.description),
                    owned(r.note),
                )
                .map_err(|reason| Error::InvalidInput { field, reason })?;
                row.rule = format!("override:{k}:{code}");
                staged.push((k.clone(), row));
            }
        }
        let mut text = Vec::new();
        for (i, t) in doc.text.into_iter().enumerate() {
            let field = format!("text[{i}]");
            let (status, sub) = refuse_derived(&t.status)
                .and_then(|()| parse_canonical(&t.status))
                .map_err(|reason| Error::InvalidInput {
                    field: field.clone(),
                    reason,
                })?;
            let phrases: Vec<String> = t
                .contains
                .iter()
                .map(|p| fold(p).trim().to_string())
                .filter(|p| !p.is_empty())
                .collect();
            if phrases.is_empty() {
                return Err(Error::InvalidInput {
                    field,
                    reason: "`contains` needs at least one non-empty phrase".to_string(),
                });
            }
            let name = t.name.unwrap_or_else(|| phrases.join("+"));
            text.push(TextRule {
                phrases,
                status,
                sub,
                rule: format!("override:text:{name}"),
            });
        }
        // Later overrides win: new rows go first in their code's candidate list.
        for (k, row) in staged {
            let table = self.tables.entry(k).or_default();
            let mut next = Table::default();
            next.push(row);
            for old in table.rows.drain(..) {
                next.push(old);
            }
            *table = next;
        }
        text.append(&mut self.text);
        self.text = text;
        Ok(())
    }

    /// The override table of a carrier, if any.
    pub fn table_for(&self, carrier: &str) -> Option<&Table> {
        if self.tables.is_empty() {
            return None;
        }
        self.tables
            .get(carrier)
            .or_else(|| self.tables.get(&key(carrier)))
    }

    /// The first user text rule whose phrases all occur in `folded`.
    pub fn match_text(&self, folded: &str) -> Option<Normalized> {
        let r = self
            .text
            .iter()
            .find(|r| r.phrases.iter().all(|p| folded.contains(p.as_str())))?;
        Some(Normalized::new(
            r.status,
            r.sub,
            0.8,
            Rule::new(r.rule.clone()),
        ))
    }
}
