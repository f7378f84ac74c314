//! A small, anchored pattern matcher for the formats table: a regex subset with literals,
//! character classes (`[A-Z]`, `[0-5]`, `\d`), counted repetition (`{n}`, `{n,m}`, `?`),
//! groups with alternation (`(a|b)`, optional `(...)?`) and named captures (`(?<Name>...)`).
//!
//! Why not a regex crate: the published definitions need look-around that `regex` lacks, the
//! inputs are at most a few dozen ASCII characters, and a backtracking walk over a tiny tree is
//! faster than building a DFA. Matching is always whole-string; the caller's `accept` callback
//! sees each complete parse and may reject it to make the matcher try the next one (so "some
//! parse passes the checksum" is what counts, not just the first parse).

mod matcher;
mod parse;
#[cfg(test)]
pub(crate) mod sample;
#[cfg(test)]
mod tests;

use super::linear::{self, Linear};
use matcher::{Cont, Matcher};
use parse::{Parser, bit, first_set, seq_len};

/// Maximum number of distinct capture names in one pattern.
pub const MAX_GROUPS: usize = 12;

/// Capture spans by group index: `(start, end)` byte offsets into the matched string.
pub type Caps = [Option<(u8, u8)>; MAX_GROUPS];

#[derive(Debug, Clone)]
pub(crate) enum Node {
    /// A set of ASCII bytes repeated `min..=max` times.
    Class { set: u128, min: u8, max: u8 },
    /// A run of single characters, one set each (consecutive fixed-count classes merged, so
    /// `1Z` + `\d{15}` is one loop instead of 17 recursive steps).
    Fixed(Vec<u128>),
    /// Alternatives, optionally captured, optionally skippable.
    Group {
        cap: Option<u8>,
        alts: Vec<Vec<Node>>,
        optional: bool,
    },
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    nodes: Vec<Node>,
    /// The fixed-length variants, when there are few enough (the fast path).
    linear: Option<Vec<Linear>>,
    /// For each input length, the indices of the variants of that length, in the matcher's
    /// order (a 34-character USPS number never looks at the 20-character variants).
    by_len: Vec<Vec<u16>>,
    names: Vec<String>,
    min_len: usize,
    max_len: usize,
    /// Bytes the first character may be (a fast reject).
    first: u128,
}

impl Pattern {
    /// Compiles `src`; the error says what is wrong and where.
    pub fn parse(src: &str) -> Result<Pattern, String> {
        let mut p = Parser {
            s: src.as_bytes(),
            i: 0,
            names: Vec::new(),
        };
        let alts = p.alts()?;
        if p.i != p.s.len() {
            return Err(format!("unexpected `)` at {} in `{src}`", p.i));
        }
        let nodes = vec![Node::Group {
            cap: None,
            alts,
            optional: false,
        }];
        let (min_len, max_len) = seq_len(&nodes);
        let first = first_set(&nodes);
        let linear = linear::expand(&nodes);
        let by_len = match &linear {
            Some(vs) => (0..=max_len.min(255))
                .map(|n| {
                    (0..vs.len())
                        .filter(|&i| vs.get(i).is_some_and(|v| v.sets.len() == n))
                        .filter_map(|i| u16::try_from(i).ok())
                        .collect()
                })
                .collect(),
            None => Vec::new(),
        };
        Ok(Pattern {
            linear,
            by_len,
            nodes,
            names: p.names,
            min_len,
            max_len,
            first,
        })
    }

    /// Index of the capture called `name`.
    pub fn group(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    /// Names of the captures, by index.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The bytes a matching string may start with, as a bit set (bit `b` for byte `b`).
    pub fn first_set(&self) -> u128 {
        self.first
    }

    /// Shortest and longest string the pattern can match.
    pub fn len_bounds(&self) -> (usize, usize) {
        (self.min_len, self.max_len)
    }

    /// Whether some whole-string parse of `input` exists for which `accept` returns true.
    /// On success `caps` holds that parse's captures.
    pub fn matches(
        &self,
        input: &[u8],
        caps: &mut Caps,
        accept: &mut dyn FnMut(&Caps) -> bool,
    ) -> bool {
        if input.len() < self.min_len || input.len() > self.max_len || input.len() > 255 {
            return false;
        }
        match input.first() {
            Some(&b) if self.first & bit(b) == 0 => return false,
            _ => {}
        }
        if let Some(variants) = &self.linear {
            let Some(ids) = self.by_len.get(input.len()) else {
                return false;
            };
            return ids
                .iter()
                .filter_map(|&i| variants.get(usize::from(i)))
                .any(|v| v.matches(input, caps) && accept(caps));
        }
        *caps = [None; MAX_GROUPS];
        let mut m = Matcher { input, accept };
        m.run(&self.nodes, 0, &Cont::End, caps)
    }

    /// Whether the pattern admits some all-digit string of length `len`. Only fixed-length
    /// variants are looked at: a pattern without them (a free-length alphanumeric tail after
    /// letters) says no.
    pub fn admits_digits(&self, len: usize) -> bool {
        const DIGITS: u128 = ((1u128 << 10) - 1) << b'0';
        self.linear.as_ref().is_some_and(|vs| {
            vs.iter()
                .any(|v| v.sets.len() == len && v.sets.iter().all(|s| s & DIGITS != 0))
        })
    }

    /// Whether the pattern runs on the fixed-length fast path.
    pub fn is_linear(&self) -> bool {
        self.linear.is_some()
    }

    /// The same as [`Pattern::matches`] on the backtracking matcher (tests compare the two).
    #[cfg(test)]
    pub(crate) fn matches_backtracking(
        &self,
        input: &[u8],
        caps: &mut Caps,
        accept: &mut dyn FnMut(&Caps) -> bool,
    ) -> bool {
        *caps = [None; MAX_GROUPS];
        let mut m = Matcher { input, accept };
        m.run(&self.nodes, 0, &Cont::End, caps)
    }

    /// How many strings of length `len` the pattern admits, as a base-10 logarithm: the
    /// specificity of a shape (`\d{14}` admits 10^14, `3S[A-Z]{4}\d{7}` about 10^12.7).
    /// The largest fixed-length variant counts; a pattern without fixed-length variants (a
    /// free-length tail) counts as any alphanumeric string of that length. `None` when the
    /// pattern admits no string of that length.
    pub fn log_space(&self, len: usize) -> Option<f64> {
        if len < self.min_len || len > self.max_len {
            return None;
        }
        let Some(variants) = &self.linear else {
            return Some(len as f64 * 36f64.log10());
        };
        variants
            .iter()
            .filter(|v| v.sets.len() == len)
            .map(|v| {
                v.sets
                    .iter()
                    .map(|s| f64::from(s.count_ones()).log10())
                    .sum::<f64>()
            })
            .reduce(f64::max)
    }

    /// Whether `input` has the pattern's shape (any parse).
    pub fn is_match(&self, input: &[u8]) -> bool {
        let mut caps = [None; MAX_GROUPS];
        self.matches(input, &mut caps, &mut |_| true)
    }
}
