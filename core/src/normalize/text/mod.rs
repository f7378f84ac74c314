//! The multilingual text classifier: ordered, explainable rules over folded text.
//!
//! Each rule (see `rules/mod.rs`) names a concept, the canonical status it gives, groups of
//! patterns that must all match (any pattern of a group will do) and patterns that must not.
//! The patterns are the words each language file (`rules/<lang>.rs`) gives for the rule's
//! slots, so the rule that fires reads `text:<lang>:<concept>`. All
//! patterns are found in one Aho-Corasick pass over the folded text; rules are then checked in
//! order and the first that holds wins. Negations and "not yet" are rules of their own placed
//! before the positive ones, and positive rules list the negating words they refuse.

mod combine;
mod features;
mod format;
mod hits;
mod model;
mod rules;
mod scores;
mod words;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, PatternID};

use crate::status::{Status, SubStatus};

use super::fold::fold;
use super::table::parse_canonical;

pub(crate) use combine::read;
pub use model::TextModel;

pub(crate) use combine::cache::MAX_VALUE_HEAP as MODEL_READING_HEAP;
pub(crate) use rules::RULES;
use rules::{ALL_RULES_CONFIDENCE, CONCEPT_CONFIDENCE, CONFIDENCE, LANGUAGES};

/// Most matched patterns remembered per event (further matches still count for rules).
const MAX_SEEN: usize = 64;
/// Pattern groups are tracked in a fixed bit set (no allocation per event).
const MAX_GROUPS: usize = 64 * 16;

/// A rule as written in `rules/mod.rs`.
pub(crate) struct Spec {
    /// Concept name, part of the rule name (`delivered-neighbor`).
    pub concept: &'static str,
    /// Canonical status or sub-status code.
    pub to: &'static str,
    /// Groups that must all match, each written as slot names joined by `+` (the union of
    /// the words every language file gives for those slots).
    pub all: &'static [&'static str],
    /// Slots whose words must not match (same syntax as one group; empty for none).
    pub none: &'static str,
    /// Whether the rule is specific enough to overrule a code table that contradicts it.
    pub strong: bool,
}

/// Most groups a rule may need besides its first one (`Check::also`).
const MAX_ALSO: usize = 3;

/// What a candidate rule (its first group matched) needs to hold, packed in 8 bytes so the
/// candidate loop reads the checks of many rules from one cache line (each rule's `Vec` of
/// groups was a heap block of its own, a cache miss per rule tried): the groups that must
/// also match (unused places repeat the first group, which matched) and the group that
/// must not (`NO_GROUP`: none). Group ids fit a `u16`: there are at most `MAX_GROUPS`.
#[derive(Clone, Copy)]
struct Check {
    also: [u16; MAX_ALSO],
    none: u16,
}

/// `Check::none` of a rule without words it refuses.
const NO_GROUP: u16 = u16::MAX;
const _: () = assert!(MAX_GROUPS < NO_GROUP as usize);

impl Check {
    /// The check of `rule`, or `None` when it needs more groups than `MAX_ALSO` besides its
    /// first or a group id past `MAX_GROUPS` (reported by `compile`).
    fn new(rule: &Compiled) -> Option<Check> {
        let id = |g: usize| {
            u16::try_from(g)
                .ok()
                .filter(|&g| usize::from(g) < MAX_GROUPS)
        };
        let (&first, rest) = rule.all.split_first()?;
        let first = id(first)?;
        if rest.len() > MAX_ALSO {
            return None;
        }
        let mut also = [first; MAX_ALSO];
        for (slot, &g) in also.iter_mut().zip(rest) {
            *slot = id(g)?;
        }
        let none = match rule.none {
            Some(g) => id(g)?,
            None => NO_GROUP,
        };
        Some(Check { also, none })
    }
}

/// A compiled rule: group ids instead of pattern lists.
struct Compiled {
    status: Status,
    sub: Option<SubStatus>,
    all: Vec<usize>,
    none: Option<usize>,
    conf: f32,
    strong: bool,
    /// `text:<lang>:<concept>` for each language, indexed like `LANGS`.
    names: Vec<String>,
}

/// Languages a pattern may be tagged with (the last one, `xx`, is "any").
const LANGS: &[&str] = &[
    "en", "de", "nl", "fr", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "tr", "zh", "ja",
    "ko", "th", "vi", "id", "ru", "uk", "bg", "el", "ro", "hu", "sk", "hr", "sl", "lt", "lv", "et",
    "ar", "he", "xx",
];
// A pattern's languages are bits of a `u64`.
const _: () = assert!(LANGS.len() <= 64);

struct Classifier {
    /// `None` only if the automaton could not be built (reported by `rule_errors`).
    automaton: Option<DFA>,
    atom_lang: Vec<usize>,
    /// For each pattern, every language that lists it (bit `i` for `LANGS[i]`).
    atom_langs: Vec<u64>,
    /// For each pattern, the groups it belongs to.
    atom_groups: Lists,
    /// For each group, its patterns (to find the language of the one that matched).
    group_atoms: Vec<Vec<usize>>,
    /// For each group, the rules whose first group it is (so only rules that can hold are
    /// checked).
    first_rules: Lists,
    rules: Vec<Compiled>,
    /// Each rule's [`Check`], indexed like `rules`.
    checks: Vec<Check>,
}

/// Lists of small ids, one list per key, in two flat arrays (where each list was a `Vec`
/// of `usize` of its own): a matched pattern's groups and a group's rules are read for every
/// text the rules see, and this keeps them in a few cache lines instead of a heap block per
/// list at 8 bytes an id.
struct Lists {
    /// List `i` is `items[start[i]..start[i + 1]]`.
    start: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    /// The lists of `nested`, flattened (ids that do not fit a `u32` cannot occur: there are
    /// a few thousand patterns, groups and rules).
    fn new(nested: &[Vec<usize>]) -> Lists {
        let mut start = Vec::with_capacity(nested.len() + 1);
        let mut items = Vec::new();
        start.push(0);
        for list in nested {
            items.extend(list.iter().filter_map(|&i| u32::try_from(i).ok()));
            start.push(u32::try_from(items.len()).unwrap_or(u32::MAX));
        }
        Lists { start, items }
    }

    /// List `i` (empty for a key it does not have).
    #[inline]
    fn get(&self, i: usize) -> &[u32] {
        let from = self.start.get(i).copied().unwrap_or(0) as usize;
        let to = self.start.get(i + 1).copied().unwrap_or(0) as usize;
        self.items.get(from..to).unwrap_or_default()
    }
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
#[cfg(test)]
pub(crate) fn rule_errors() -> Vec<String> {
    compile().1
}

/// Compiles the rules now rather than on the first event.
pub(crate) fn warm_up() {
    let _ = classifier();
    let _ = model::TextModel::builtin();
}

fn classifier() -> &'static Classifier {
    static C: OnceLock<Classifier> = OnceLock::new();
    C.get_or_init(|| compile().0)
}

/// Interns patterns and groups while compiling. Each is found again through a map (a
/// linear search over thousands of patterns was most of the first call's cost).
#[derive(Default)]
struct Builder {
    atoms: Vec<String>,
    /// Each pattern's id in `atoms`.
    atom_ids: HashMap<String, usize>,
    atom_lang: Vec<usize>,
    atom_langs: Vec<u64>,
    /// Each group's id (groups are numbered in the order they are first seen).
    group_ids: HashMap<String, usize>,
    group_atoms: Vec<Vec<usize>>,
    errors: Vec<String>,
}

impl Builder {
    fn atom(&mut self, pattern: String, lang: usize) -> usize {
        if let Some(&id) = self.atom_ids.get(&pattern) {
            if let Some(bits) = self.atom_langs.get_mut(id) {
                *bits |= 1 << lang;
            }
            return id;
        }
        let id = self.atoms.len();
        self.atom_ids.insert(pattern.clone(), id);
        self.atoms.push(pattern);
        self.atom_lang.push(lang);
        self.atom_langs.push(1 << lang);
        id
    }

    fn group(&mut self, group: &str) -> usize {
        if let Some(&id) = self.group_ids.get(group) {
            return id;
        }
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
            if alt
                .split_once(':')
                .is_some_and(|(tag, _)| LANGS.contains(&tag))
            {
                self.errors.push(format!("doubled language tag in `{alt}`"));
            }
            // `_` marks a word boundary; "a _b" and "a b" mean the same (one space).
            let mut pattern = String::with_capacity(alt.len() + 2);
            for ch in alt.chars().map(|c| if c == '_' { ' ' } else { c }) {
                if !(ch == ' ' && pattern.ends_with(' ')) {
                    pattern.push(ch);
                }
            }
            if pattern.trim().is_empty() {
                self.errors.push(format!("empty pattern in `{group}`"));
                continue;
            }
            ids.push(self.atom(pattern, lang));
        }
        let id = self.group_atoms.len();
        self.group_ids.insert(group.to_string(), id);
        self.group_atoms.push(ids);
        id
    }
}

/// Each slot's words in every language that has them, in `LANGUAGES` order, written as one
/// pattern group (`en:...|de:...`).
fn slot_groups(errors: &mut Vec<String>) -> HashMap<&'static str, String> {
    let mut slots: HashMap<&'static str, String> = HashMap::new();
    let mut own = HashSet::new();
    for (lang, words) in LANGUAGES {
        if !LANGS.contains(lang) {
            errors.push(format!("language `{lang}` is not in LANGS"));
            continue;
        }
        for &(slot, alts) in *words {
            // Per language, across the parts a language may come in (English).
            if !own.insert((*lang, slot)) {
                errors.push(format!("{lang}: slot `{slot}` given twice"));
            }
            let group = slots.entry(slot).or_default();
            if !group.is_empty() {
                group.push('|');
            }
            group.push_str(lang);
            group.push(':');
            group.push_str(alts);
        }
    }
    slots
}

/// The pattern group of a rule's group spec (`neg+future`): the union of its slots' words.
fn expand(spec: &str, slots: &HashMap<&str, String>, used: &mut HashSet<String>) -> String {
    let mut group = String::new();
    for slot in spec.split('+') {
        used.insert(slot.to_string());
        // An unknown slot stays an unknown pattern group, reported by `compile`.
        let words = slots.get(slot).map_or(slot, String::as_str);
        if !group.is_empty() {
            group.push('|');
        }
        group.push_str(words);
    }
    group
}

fn compile() -> (Classifier, Vec<String>) {
    let mut b = Builder::default();
    let mut rules = Vec::new();
    let slots = slot_groups(&mut b.errors);
    let mut used = HashSet::new();
    for spec in RULES {
        for slot in spec
            .all
            .iter()
            .chain(&[spec.none])
            .flat_map(|g| g.split('+'))
        {
            if !slot.is_empty() && !slots.contains_key(slot) {
                b.errors.push(format!(
                    "{}: no language has words for slot `{slot}`",
                    spec.concept
                ));
            }
        }
        let (status, sub) = match parse_canonical(spec.to) {
            Ok(v) => v,
            Err(e) => {
                b.errors.push(format!("{}: {e}", spec.concept));
                continue;
            }
        };
        let all: Vec<usize> = spec
            .all
            .iter()
            .map(|g| b.group(&expand(g, &slots, &mut used)))
            .collect();
        let none = (!spec.none.is_empty()).then(|| b.group(&expand(spec.none, &slots, &mut used)));
        // Measured per rule where it differs from its status's figure (`CONCEPT_CONFIDENCE`),
        // else per status the rule gives (`CONFIDENCE`); a status no rule gave when it was
        // measured takes the accuracy of all rules (the prior the table shrinks to).
        let conf = CONCEPT_CONFIDENCE
            .iter()
            .find(|(concept, _)| *concept == spec.concept)
            .or_else(|| CONFIDENCE.iter().find(|(code, _)| *code == status.code()))
            .map_or(ALL_RULES_CONFIDENCE, |&(_, c)| c);
        let names = LANGS
            .iter()
            .map(|l| format!("text:{l}:{}", spec.concept))
            .collect();
        rules.push(Compiled {
            status,
            sub,
            all,
            none,
            conf,
            strong: spec.strong,
            names,
        });
    }
    let mut unused: Vec<&str> = slots
        .keys()
        .filter(|s| !used.contains(**s))
        .copied()
        .collect();
    unused.sort_unstable();
    for slot in unused {
        b.errors
            .push(format!("slot `{slot}` has words but no rule uses it"));
    }
    if b.group_atoms.len() > MAX_GROUPS {
        b.errors.push(format!(
            "{} pattern groups, at most {MAX_GROUPS}",
            b.group_atoms.len()
        ));
        rules.retain(|r| r.all.iter().chain(&r.none).all(|&g| g < MAX_GROUPS));
    }
    for r in &rules {
        if r.all.len() > 1 + MAX_ALSO {
            b.errors.push(format!(
                "{}: {} groups, at most {}",
                r.names.first().map_or("a rule", String::as_str),
                r.all.len(),
                1 + MAX_ALSO
            ));
        }
    }
    // A rule that cannot be checked (reported above) is dropped, as a rule with too high
    // a group id is.
    rules.retain(|r| Check::new(r).is_some());
    let checks = rules.iter().filter_map(Check::new).collect();
    let mut atom_groups = vec![Vec::new(); b.atoms.len()];
    for (g, atoms) in b.group_atoms.iter().enumerate() {
        for &a in atoms {
            if let Some(v) = atom_groups.get_mut(a) {
                v.push(g);
            }
        }
    }
    let mut first_rules = vec![Vec::new(); b.group_atoms.len()];
    for (i, r) in rules.iter().enumerate() {
        if let Some(v) = r.all.first().and_then(|&g| first_rules.get_mut(g)) {
            v.push(i);
        }
    }
    // A DFA: the fastest search, built once; its memory is bounded by the pattern set.
    // Measured against both NFAs (callgrind, `ingest_profile 300 cold`, December 2026): a
    // contiguous NFA costs 5% more instructions per shipment of new texts for the same L1
    // misses, and with a 1 MiB last-level cache simulated the DFA's rows a feed's texts
    // visit stay cached (0.2 misses per shipment) despite its size.
    // No prefilter: with thousands of patterns none applies, and `each_match` walks every
    // byte.
    let automaton = match DFA::builder().prefilter(false).build(&b.atoms) {
        Ok(a) => Some(a),
        Err(e) => {
            b.errors.push(e.to_string());
            None
        }
    };
    (
        Classifier {
            automaton,
            atom_lang: b.atom_lang,
            atom_langs: b.atom_langs,
            atom_groups: Lists::new(&atom_groups),
            group_atoms: b.group_atoms,
            first_rules: Lists::new(&first_rules),
            rules,
            checks,
        },
        b.errors,
    )
}

/// Calls `found(pattern, end)` for every occurrence of a pattern in `text`,
/// overlapping ones included, in the order of their ends (then of the patterns), as
/// `AhoCorasick::find_overlapping_iter` reports them, until `found` returns `false`. The
/// DFA is walked directly, a transition per byte: the iterator's per-match state machine
/// cost more than the walk on short texts with many short patterns.
#[inline]
fn each_match(dfa: &DFA, text: &str, mut found: impl FnMut(PatternID, usize) -> bool) {
    let Ok(mut sid) = dfa.start_state(Anchored::No) else {
        return;
    };
    for (i, &byte) in text.as_bytes().iter().enumerate() {
        sid = dfa.next_state(Anchored::No, sid, byte);
        if !dfa.is_special(sid) {
            continue;
        }
        if dfa.is_dead(sid) {
            return;
        }
        if dfa.is_match(sid) {
            let end = i + 1;
            for k in 0..dfa.match_len(sid) {
                if !found(dfa.match_pattern(sid, k), end) {
                    return;
                }
            }
        }
    }
}

/// Of the `candidates` (language tags such as `de`, `fr`), the one whose rule words cover most
/// of the folded text (matched letters, so English "arrived" outweighs French "arrive"); `None`
/// when none of them has a word in it or two are tied.
pub(crate) fn text_language(folded: &str, candidates: &[&str]) -> Option<&'static str> {
    let c = classifier();
    let automaton = c.automaton.as_ref()?;
    // Letters (not spaces) of the first 128 bytes each language's words cover; overlapping
    // words of one language count once.
    let mut covered = [0u128; LANGS.len()];
    let letters = folded
        .bytes()
        .take(128)
        .enumerate()
        .filter(|&(_, b)| b != b' ')
        .fold(0u128, |m, (i, _)| m | (1 << i));
    each_match(automaton, folded, |pattern, end| {
        let start = end.saturating_sub(automaton.pattern_len(pattern));
        if start >= 128 {
            return false;
        }
        let span = (start..end.min(128)).fold(0u128, |s, i| s | (1 << i)) & letters;
        let bits = c.atom_langs.get(pattern.as_usize()).copied().unwrap_or(0);
        for (i, cov) in covered.iter_mut().enumerate() {
            if bits & (1 << i) != 0 {
                *cov |= span;
            }
        }
        true
    });
    let counts = covered.map(u128::count_ones);
    let mut best: Option<(u32, &'static str)> = None;
    let mut tied = false;
    for (i, lang) in LANGS.iter().enumerate() {
        let n = counts.get(i).copied().unwrap_or(0);
        if n == 0 || !candidates.contains(lang) {
            continue;
        }
        match best {
            Some((b, _)) if b > n => {}
            Some((b, _)) if b == n => tied = true,
            _ => {
                best = Some((n, lang));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(_, l)| l)
}

/// Classifies an event text; `None` when no rule holds.
pub(crate) fn classify(text: &str) -> Option<TextHit> {
    classify_folded(&fold(text))
}

/// Classifies already-folded text (see [`fold`]); a wording read before on this thread is
/// answered from its kept reading (`hits.rs`).
pub(crate) fn classify_folded(folded: &str) -> Option<TextHit> {
    hits::classify_folded(folded)
}

/// The text-hits table's bound, for `timeline::cache_bytes_per_thread`.
pub(crate) use hits::bound_bytes as hits_bound_bytes;

/// [`classify_folded`] without the per-thread table: the rules' automaton over the text.
fn classify_uncached(folded: &str) -> Option<TextHit> {
    let c = classifier();
    let automaton = c.automaton.as_ref()?;
    let mut groups = [0u64; MAX_GROUPS / 64];
    let mut seen = [0u32; MAX_SEEN];
    let mut n_seen = 0;
    // The pattern's start is not needed here: only `text_language` reads its length.
    each_match(automaton, folded, |pattern, _| {
        let atom = pattern.as_u32();
        if let Some(slot) = seen.get_mut(n_seen) {
            *slot = atom;
            n_seen += 1;
        }
        for &g in c.atom_groups.get(atom as usize) {
            let g = g as usize;
            if let Some(w) = groups.get_mut(g / 64) {
                *w |= 1 << (g % 64);
            }
        }
        true
    });
    if n_seen == 0 {
        return None;
    }
    let has = |g: usize| groups.get(g / 64).is_some_and(|w| w & (1 << (g % 64)) != 0);
    // Candidate rules: those whose first group matched; the lowest index that holds wins.
    let mut best: Option<usize> = None;
    for (w, &bits) in groups.iter().enumerate() {
        let mut bits = bits;
        while bits != 0 {
            let g = w * 64 + bits.trailing_zeros() as usize;
            bits &= bits - 1;
            for &i in c.first_rules.get(g) {
                let i = i as usize;
                if best.is_some_and(|b| b <= i) {
                    break;
                }
                let Some(r) = c.checks.get(i) else { continue };
                if r.also.iter().all(|&g| has(usize::from(g)))
                    && (r.none == NO_GROUP || !has(usize::from(r.none)))
                {
                    best = Some(i);
                    break;
                }
            }
        }
    }
    let rule = c.rules.get(best?)?;
    // The language of the first pattern (in text order) of the rule's first group.
    let first_group = rule
        .all
        .first()
        .and_then(|&g| c.group_atoms.get(g))
        .map(Vec::as_slice)
        .unwrap_or_default();
    let lang = seen
        .get(..n_seen)
        .unwrap_or_default()
        .iter()
        .map(|&a| a as usize)
        .find(|a| first_group.contains(a))
        .and_then(|a| c.atom_lang.get(a).copied())
        .unwrap_or(LANGS.len() - 1);
    let name = rule.names.get(lang).map(String::as_str).unwrap_or("text");
    Some(TextHit {
        status: rule.status,
        sub: rule.sub,
        conf: rule.conf,
        strong: rule.strong,
        rule: name,
    })
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_guards;
#[cfg(test)]
mod tests_languages;
#[cfg(test)]
mod tests_model;
#[cfg(test)]
mod tests_sourced;
#[cfg(test)]
mod tests_vocabulary;
#[cfg(test)]
mod tests_wording;
#[cfg(test)]
mod tests_world;
#[cfg(test)]
mod tests_world_europe;
