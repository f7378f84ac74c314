//! The multilingual text classifier: ordered, explainable rules over folded text.
//!
//! Each rule (see `rules.rs`) names a concept, the canonical status it gives, groups of
//! patterns that must all match (any pattern of a group will do) and patterns that must not.
//! Patterns carry their language, so the rule that fires reads `text:<lang>:<concept>`. All
//! patterns are found in one Aho-Corasick pass over the folded text; rules are then checked in
//! order and the first that holds wins. Negations and "not yet" are rules of their own placed
//! before the positive ones, and positive rules list the negating words they refuse.

mod rules;

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::status::{Status, SubStatus};

use super::fold::fold;
use super::table::parse_canonical;

pub(crate) use rules::RULES;

/// Atoms are tracked in a fixed bit set (no allocation per event).
const MAX_ATOMS: usize = 64 * 40;

/// A rule as written in `rules.rs`.
pub(crate) struct Spec {
    /// Concept name, part of the rule name (`delivered-neighbor`).
    pub concept: &'static str,
    /// Canonical status or sub-status code.
    pub to: &'static str,
    /// Groups that must all match; within a group `|` separates alternatives, `xx:` switches
    /// the language of the following alternatives, `_` is a word boundary (a space).
    pub all: &'static [&'static str],
    /// Alternatives that must not match (same syntax as one group).
    pub none: &'static str,
    /// Confidence when this rule decides.
    pub conf: f32,
    /// Whether the rule is specific enough to overrule a code table that contradicts it.
    pub strong: bool,
}

/// A compiled rule.
struct Compiled {
    status: Status,
    sub: Option<SubStatus>,
    all: Vec<Vec<usize>>,
    none: Vec<usize>,
    conf: f32,
    strong: bool,
    /// `text:<lang>:<concept>` for each language, indexed like `LANGS`.
    names: Vec<String>,
}

/// Languages a pattern may be tagged with (the last one, `xx`, is "any").
const LANGS: &[&str] = &[
    "en", "de", "nl", "fr", "es", "it", "pt", "pl", "zh", "ja", "xx",
];

struct Classifier {
    /// `None` only if the automaton could not be built (reported by `rule_errors`).
    automaton: Option<AhoCorasick>,
    atom_lang: Vec<usize>,
    rules: Vec<Compiled>,
}

/// What the text classifier decided.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TextHit {
    pub status: Status,
    pub sub: Option<SubStatus>,
    pub conf: f32,
    pub strong: bool,
    /// `text:<lang>:<concept>`, static for the life of the program.
    pub rule: &'static str,
}

/// Problems found while compiling the built-in rules (empty when they are all valid).
pub(crate) fn rule_errors() -> Vec<String> {
    compile().1
}

fn classifier() -> &'static Classifier {
    static C: OnceLock<Classifier> = OnceLock::new();
    C.get_or_init(|| compile().0)
}

fn compile() -> (Classifier, Vec<String>) {
    let mut atoms: Vec<String> = Vec::new();
    let mut atom_lang: Vec<usize> = Vec::new();
    let mut errors = Vec::new();
    let mut intern = |group: &str, errors: &mut Vec<String>| -> Vec<usize> {
        let mut lang = LANGS.len() - 1;
        let mut ids = Vec::new();
        for alt in group.split('|') {
            let mut alt = alt.trim();
            if let Some((tag, rest)) = alt.split_once(':')
                && let Some(l) = LANGS.iter().position(|l| *l == tag)
            {
                lang = l;
                alt = rest.trim();
            }
            // `_` marks a word boundary; "a _b" and "a b" mean the same (one space).
            let mut pattern = String::with_capacity(alt.len() + 2);
            for ch in alt.chars().map(|c| if c == '_' { ' ' } else { c }) {
                if !(ch == ' ' && pattern.ends_with(' ')) {
                    pattern.push(ch);
                }
            }
            if pattern.trim().is_empty() {
                errors.push(format!("empty pattern in `{group}`"));
                continue;
            }
            let id = match atoms.iter().position(|a| *a == pattern) {
                Some(id) => id,
                None => {
                    atoms.push(pattern);
                    atom_lang.push(lang);
                    atoms.len() - 1
                }
            };
            ids.push(id);
        }
        ids
    };
    let mut rules = Vec::new();
    for spec in RULES {
        let (status, sub) = match parse_canonical(spec.to) {
            Ok(v) => v,
            Err(e) => {
                errors.push(format!("{}: {e}", spec.concept));
                continue;
            }
        };
        let all: Vec<Vec<usize>> = spec.all.iter().map(|g| intern(g, &mut errors)).collect();
        let none = if spec.none.is_empty() {
            Vec::new()
        } else {
            intern(spec.none, &mut errors)
        };
        let names = LANGS
            .iter()
            .map(|l| format!("text:{l}:{}", spec.concept))
            .collect();
        rules.push(Compiled {
            status,
            sub,
            all,
            none,
            conf: spec.conf,
            strong: spec.strong,
            names,
        });
    }
    if atoms.len() > MAX_ATOMS {
        errors.push(format!("{} patterns, at most {MAX_ATOMS}", atoms.len()));
        atoms.truncate(MAX_ATOMS);
    }
    let automaton = match AhoCorasick::new(&atoms) {
        Ok(a) => Some(a),
        Err(e) => {
            errors.push(e.to_string());
            None
        }
    };
    (
        Classifier {
            automaton,
            atom_lang,
            rules,
        },
        errors,
    )
}

/// Classifies an event text; `None` when no rule holds.
pub(crate) fn classify(text: &str) -> Option<TextHit> {
    classify_folded(&fold(text))
}

/// Classifies already-folded text (see [`fold`]).
pub(crate) fn classify_folded(folded: &str) -> Option<TextHit> {
    let c = classifier();
    let automaton = c.automaton.as_ref()?;
    let mut seen = [0u64; MAX_ATOMS / 64];
    for m in automaton.find_overlapping_iter(folded) {
        let id = m.pattern().as_usize();
        if let Some(w) = seen.get_mut(id / 64) {
            *w |= 1 << (id % 64);
        }
    }
    let has = |id: usize| seen.get(id / 64).is_some_and(|w| w & (1 << (id % 64)) != 0);
    'rules: for rule in &c.rules {
        let mut lang = None;
        for group in &rule.all {
            match group.iter().find(|&&id| has(id)) {
                Some(&id) => {
                    if lang.is_none() {
                        lang = c.atom_lang.get(id).copied();
                    }
                }
                None => continue 'rules,
            }
        }
        if rule.none.iter().any(|&id| has(id)) {
            continue;
        }
        let name = rule
            .names
            .get(lang.unwrap_or(LANGS.len() - 1))
            .map(String::as_str)
            .unwrap_or("text");
        return Some(TextHit {
            status: rule.status,
            sub: rule.sub,
            conf: rule.conf,
            strong: rule.strong,
            rule: name,
        });
    }
    None
}

#[cfg(test)]
mod tests;
