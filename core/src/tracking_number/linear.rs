//! Patterns expanded into their fixed-length variants: a variant is one set of allowed bytes
//! per position plus fixed capture spans, so matching it is a tight loop with no backtracking.
//! Most formats have one to a few dozen variants (`\d{9,10}` gives 2, USPS IMpb's optional
//! routing prefix and application identifiers give 24); a pattern with more variants than
//! [`LIMIT`] (DHL eCommerce's free-length tail) keeps the backtracking matcher.
//!
//! Variants are listed in the backtracking matcher's order (greedy counts, optional groups
//! taken first, alternatives left to right), so both see the parses in the same order.

use super::pattern::{Caps, MAX_GROUPS, Node};

/// Most variants a pattern may expand to.
pub(crate) const LIMIT: usize = 256;

/// One fixed-length reading of a pattern.
#[derive(Debug, Clone)]
pub(crate) struct Linear {
    /// Allowed bytes at each position.
    pub sets: Vec<u128>,
    /// `(group, start, end)` of the captures.
    pub caps: Vec<(u8, u8, u8)>,
    /// Every position takes exactly the digits 0-9 (most numeric formats): the fit is then a
    /// plain digit scan instead of one set lookup per position.
    pub digits: bool,
}

/// The set of `\d`.
const DIGITS: u128 = 0x3FF << b'0';

impl Linear {
    /// Whether `input` fits this variant; fills `caps` when it does.
    pub fn matches(&self, input: &[u8], caps: &mut Caps) -> bool {
        if input.len() != self.sets.len() {
            return false;
        }
        let fits = if self.digits {
            input.iter().all(u8::is_ascii_digit)
        } else {
            input
                .iter()
                .zip(&self.sets)
                .all(|(&b, set)| b < 128 && set & (1u128 << b) != 0)
        };
        if !fits {
            return false;
        }
        *caps = [None; MAX_GROUPS];
        for &(g, a, b) in &self.caps {
            if let Some(c) = caps.get_mut(usize::from(g)) {
                *c = Some((a, b));
            }
        }
        true
    }
}

/// All variants of `nodes`, or `None` when there are more than [`LIMIT`].
pub(crate) fn expand(nodes: &[Node]) -> Option<Vec<Linear>> {
    let mut variants = expand_seq(
        nodes,
        vec![Linear {
            sets: Vec::new(),
            caps: Vec::new(),
            digits: false,
        }],
    )?;
    for v in &mut variants {
        v.digits = v.sets.iter().all(|&s| s == DIGITS);
    }
    Some(variants)
}

fn expand_seq(nodes: &[Node], mut current: Vec<Linear>) -> Option<Vec<Linear>> {
    for node in nodes {
        let mut next = Vec::new();
        for v in &current {
            match node {
                Node::Fixed(sets) => {
                    let mut w = v.clone();
                    w.sets.extend_from_slice(sets);
                    next.push(w);
                }
                Node::Class { set, min, max } => {
                    for k in (*min..=*max).rev() {
                        let mut w = v.clone();
                        w.sets.extend(std::iter::repeat_n(*set, usize::from(k)));
                        next.push(w);
                    }
                }
                Node::Group {
                    cap,
                    alts,
                    optional,
                } => {
                    for alt in alts {
                        for mut w in expand_seq(alt, vec![v.clone()])? {
                            if let Some(g) = cap {
                                let start = u8::try_from(v.sets.len()).ok()?;
                                let end = u8::try_from(w.sets.len()).ok()?;
                                w.caps.push((*g, start, end));
                            }
                            next.push(w);
                        }
                    }
                    if *optional {
                        next.push(v.clone());
                    }
                }
            }
            if next.len() > LIMIT {
                return None;
            }
        }
        current = next;
    }
    Some(current)
}
