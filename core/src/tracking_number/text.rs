//! Extracting tracking numbers from free text (an e-mail, a note). Only formats marked
//! `text: yes` in the table are used: check-digit-verified ones and strong literal prefixes,
//! never catch-alls like "any 14 digits" or mod-7 DHL numbers that phone numbers pass.

use serde::Serialize;

use super::normalize::is_separator;
use super::{Candidate, accepted, rank, table};

/// A tracking number found in text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found {
    /// The normalized number.
    pub number: String,
    /// Byte range of the number in the text (`text[span.0..span.1]`).
    pub span: (usize, usize),
    /// More than one carrier remains plausible.
    pub ambiguous: bool,
    /// The accepting formats, best first (never empty).
    pub candidates: Vec<Candidate>,
}

/// Most groups a spaced-out number is pasted in (`1Z 879 E93 03 4683 444 0` is 7).
const MAX_GROUPS: usize = 10;
/// Longest number of any format.
const MAX_LEN: usize = 41;

/// Whether two character groups may belong to one number: only separators between them, no
/// line break, at most two characters.
fn joinable(gap: &str) -> bool {
    !gap.is_empty()
        && gap.chars().count() <= 2
        && gap
            .chars()
            .all(|c| is_separator(c) && c != '\n' && c != '\r')
}

/// Every tracking number in `text`, left to right, longest reading first at each position.
pub fn find_in_text(text: &str) -> Vec<Found> {
    let Ok(t) = table::tables() else {
        return Vec::new();
    };
    // Maximal runs of ASCII letters and digits.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_ascii_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut best: Option<(usize, String, Vec<Candidate>)> = None;
        let mut joined = String::new();
        let phone_like = words
            .get(i)
            .and_then(|&(s, _)| text.get(..s))
            .is_some_and(|before| before.trim_end().ends_with('+'));
        for j in i..words.len().min(i + MAX_GROUPS) {
            let Some(&(s, e)) = words.get(j) else { break };
            if j > i {
                let prev_end = words.get(j - 1).map_or(s, |w| w.1);
                if !text.get(prev_end..s).is_some_and(joinable) {
                    break;
                }
            }
            joined.push_str(&text.get(s..e).unwrap_or_default().to_ascii_uppercase());
            if joined.len() > MAX_LEN {
                break;
            }
            if phone_like {
                continue;
            }
            // The stretch of text the number is read from (for the look-alike classes that
            // look at how it was written, such as an order number's dash groups).
            let raw = text
                .get(words.get(i).map_or(0, |w| w.0)..e)
                .unwrap_or_default();
            let (found, _) = accepted(t, raw, &joined, false, |f| f.in_text);
            if !found.is_empty() {
                best = Some((j, joined.clone(), found));
            }
        }
        match best {
            Some((j, number, mut candidates)) => {
                let ambiguous = rank(&mut candidates);
                let span = (
                    words.get(i).map_or(0, |w| w.0),
                    words.get(j).map_or(0, |w| w.1),
                );
                out.push(Found {
                    number,
                    span,
                    ambiguous,
                    candidates,
                });
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}
