//! A small, anchored pattern matcher for the formats table: a regex subset with literals,
//! character classes (`[A-Z]`, `[0-5]`, `\d`), counted repetition (`{n}`, `{n,m}`, `?`),
//! groups with alternation (`(a|b)`, optional `(...)?`) and named captures (`(?<Name>...)`).
//!
//! Why not a regex crate: the published definitions need look-around that `regex` lacks, the
//! inputs are at most a few dozen ASCII characters, and a backtracking walk over a tiny tree is
//! faster than building a DFA. Matching is always whole-string; the caller's `accept` callback
//! sees each complete parse and may reject it to make the matcher try the next one (so "some
//! parse passes the checksum" is what counts, not just the first parse).

use super::linear::{self, Linear};

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

enum Cont<'a> {
    End,
    Then {
        rest: &'a [Node],
        close: Option<(u8, usize)>,
        next: &'a Cont<'a>,
    },
}

fn bit(b: u8) -> u128 {
    if b < 128 { 1u128 << b } else { 0 }
}

fn range(lo: u8, hi: u8) -> u128 {
    (lo..=hi).fold(0, |acc, b| acc | bit(b))
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

struct Matcher<'i, 'a> {
    input: &'i [u8],
    accept: &'a mut dyn FnMut(&Caps) -> bool,
}

impl Matcher<'_, '_> {
    fn run(&mut self, nodes: &[Node], pos: usize, k: &Cont<'_>, caps: &mut Caps) -> bool {
        let Some((first, rest)) = nodes.split_first() else {
            return self.resume(pos, k, caps);
        };
        match first {
            Node::Fixed(sets) => {
                let Some(chunk) = self.input.get(pos..pos + sets.len()) else {
                    return false;
                };
                if chunk.iter().zip(sets).all(|(&b, set)| set & bit(b) != 0) {
                    self.run(rest, pos + sets.len(), k, caps)
                } else {
                    false
                }
            }
            Node::Class { set, min, max } => {
                let (min, max) = (usize::from(*min), usize::from(*max));
                let mut n = 0;
                while n < max {
                    match self.input.get(pos + n) {
                        Some(&b) if set & bit(b) != 0 => n += 1,
                        _ => break,
                    }
                }
                if n < min {
                    return false;
                }
                (min..=n).rev().any(|c| self.run(rest, pos + c, k, caps))
            }
            Node::Group {
                cap,
                alts,
                optional,
            } => {
                let k2 = Cont::Then {
                    rest,
                    close: cap.map(|g| (g, pos)),
                    next: k,
                };
                for alt in alts {
                    if self.run(alt, pos, &k2, caps) {
                        return true;
                    }
                }
                *optional && self.run(rest, pos, k, caps)
            }
        }
    }

    fn resume(&mut self, pos: usize, k: &Cont<'_>, caps: &mut Caps) -> bool {
        match k {
            Cont::End => pos == self.input.len() && (self.accept)(caps),
            Cont::Then { rest, close, next } => match close {
                Some((g, start)) => {
                    let slot = usize::from(*g);
                    let old = caps.get(slot).copied().flatten();
                    if let Some(c) = caps.get_mut(slot) {
                        *c = Some((*start as u8, pos as u8));
                    }
                    if self.run(rest, pos, next, caps) {
                        return true;
                    }
                    if let Some(c) = caps.get_mut(slot) {
                        *c = old;
                    }
                    false
                }
                None => self.run(rest, pos, next, caps),
            },
        }
    }
}

fn seq_len(nodes: &[Node]) -> (usize, usize) {
    nodes.iter().fold((0, 0), |(lo, hi), n| {
        let (a, b) = match n {
            Node::Class { min, max, .. } => (usize::from(*min), usize::from(*max)),
            Node::Fixed(sets) => (sets.len(), sets.len()),
            Node::Group { alts, optional, .. } => {
                let lens: Vec<_> = alts.iter().map(|a| seq_len(a)).collect();
                let a = lens.iter().map(|l| l.0).min().unwrap_or(0);
                let b = lens.iter().map(|l| l.1).max().unwrap_or(0);
                (if *optional { 0 } else { a }, b)
            }
        };
        (lo + a, hi + b)
    })
}

/// Bytes that can start a match of `nodes` (all bytes if the sequence can be empty).
fn first_set(nodes: &[Node]) -> u128 {
    let mut acc = 0;
    for n in nodes {
        match n {
            Node::Class { set, min, .. } => {
                acc |= set;
                if *min > 0 {
                    return acc;
                }
            }
            Node::Fixed(sets) => match sets.first() {
                Some(set) => return acc | set,
                None => continue,
            },
            Node::Group { alts, optional, .. } => {
                let mut nullable = *optional;
                for a in alts {
                    acc |= first_set(a);
                    nullable |= seq_len(a).0 == 0;
                }
                if !nullable {
                    return acc;
                }
            }
        }
    }
    u128::MAX
}

struct Parser<'s> {
    s: &'s [u8],
    i: usize,
    names: Vec<String>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn alts(&mut self) -> Result<Vec<Vec<Node>>, String> {
        let mut alts = vec![self.seq()?];
        while self.peek() == Some(b'|') {
            self.i += 1;
            alts.push(self.seq()?);
        }
        Ok(alts)
    }

    fn seq(&mut self) -> Result<Vec<Node>, String> {
        let mut out = Vec::new();
        while let Some(c) = self.peek() {
            match c {
                b'|' | b')' => break,
                b'(' => {
                    self.i += 1;
                    let cap = if self.s.get(self.i..self.i + 2) == Some(b"?<") {
                        self.i += 2;
                        let start = self.i;
                        while self.peek().is_some_and(|c| c.is_ascii_alphanumeric()) {
                            self.i += 1;
                        }
                        let name =
                            String::from_utf8_lossy(self.s.get(start..self.i).unwrap_or_default())
                                .into_owned();
                        self.expect(b'>')?;
                        Some(self.name_index(name)?)
                    } else {
                        None
                    };
                    let alts = self.alts()?;
                    self.expect(b')')?;
                    let optional = self.peek() == Some(b'?');
                    if optional {
                        self.i += 1;
                    }
                    out.push(Node::Group {
                        cap,
                        alts,
                        optional,
                    });
                }
                _ => {
                    let set = self.class()?;
                    let (min, max) = self.quant()?;
                    if min == max {
                        let run = std::iter::repeat_n(set, usize::from(min));
                        match out.last_mut() {
                            Some(Node::Fixed(sets)) => sets.extend(run),
                            _ => out.push(Node::Fixed(run.collect())),
                        }
                    } else {
                        out.push(Node::Class { set, min, max });
                    }
                }
            }
        }
        Ok(out)
    }

    fn name_index(&mut self, name: String) -> Result<u8, String> {
        if name.is_empty() {
            return Err("empty group name".into());
        }
        let idx = match self.names.iter().position(|n| *n == name) {
            Some(i) => i,
            None => {
                self.names.push(name);
                self.names.len() - 1
            }
        };
        if idx >= MAX_GROUPS {
            return Err(format!("more than {MAX_GROUPS} group names"));
        }
        Ok(idx as u8)
    }

    fn expect(&mut self, c: u8) -> Result<(), String> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("expected `{}` at {}", c as char, self.i))
        }
    }

    fn class(&mut self) -> Result<u128, String> {
        let c = self.peek().ok_or("unexpected end")?;
        self.i += 1;
        match c {
            b'\\' => {
                let e = self.peek().ok_or("dangling `\\`")?;
                self.i += 1;
                match e {
                    b'd' => Ok(range(b'0', b'9')),
                    b'-' | b'.' | b'(' | b')' | b'[' | b']' | b'?' | b'|' => Ok(bit(e)),
                    _ => Err(format!("unknown escape `\\{}`", e as char)),
                }
            }
            b'[' => {
                let mut set = 0;
                loop {
                    let a = self.peek().ok_or("unclosed `[`")?;
                    self.i += 1;
                    if a == b']' {
                        break;
                    }
                    if self.peek() == Some(b'-')
                        && self.s.get(self.i + 1).is_some_and(|&b| b != b']')
                    {
                        let b = *self.s.get(self.i + 1).ok_or("bad range")?;
                        self.i += 2;
                        if b < a {
                            return Err(format!("bad range {}-{}", a as char, b as char));
                        }
                        set |= range(a, b);
                    } else {
                        set |= bit(a);
                    }
                }
                if set == 0 {
                    return Err("empty class".into());
                }
                Ok(set)
            }
            b'{' | b'}' | b'*' | b'+' | b'?' | b'.' | b'^' | b'$' => {
                Err(format!("unsupported `{}` at {}", c as char, self.i - 1))
            }
            _ if c.is_ascii_graphic() => Ok(bit(c)),
            _ => Err(format!("unsupported byte {c} at {}", self.i - 1)),
        }
    }

    fn quant(&mut self) -> Result<(u8, u8), String> {
        match self.peek() {
            Some(b'?') => {
                self.i += 1;
                Ok((0, 1))
            }
            Some(b'{') => {
                self.i += 1;
                let start = self.i;
                while self.peek().is_some_and(|c| c != b'}') {
                    self.i += 1;
                }
                let body = std::str::from_utf8(self.s.get(start..self.i).unwrap_or_default())
                    .map_err(|e| e.to_string())?;
                self.expect(b'}')?;
                let num = |t: &str| {
                    t.trim()
                        .parse::<u8>()
                        .map_err(|_| format!("bad count `{body}`"))
                };
                let (min, max) = match body.split_once(',') {
                    Some((a, b)) => (num(a)?, num(b)?),
                    None => (num(body)?, num(body)?),
                };
                if min > max {
                    return Err(format!("bad count `{body}`"));
                }
                Ok((min, max))
            }
            _ => Ok((1, 1)),
        }
    }
}

/// Random strings of a pattern's language, for property tests of the tables.
#[cfg(test)]
pub(crate) mod sample {
    use super::{Node, Pattern};

    /// A tiny xorshift generator (tests must not depend on a RNG crate's stream).
    pub struct Rng(pub u64);

    impl Rng {
        pub fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }

        fn pick(&mut self, set: u128) -> u8 {
            let members: Vec<u8> = (0u8..128).filter(|b| set & (1u128 << b) != 0).collect();
            members[self.below(members.len())]
        }
    }

    fn walk(nodes: &[Node], rng: &mut Rng, out: &mut Vec<u8>) {
        for n in nodes {
            match n {
                Node::Fixed(sets) => sets.iter().for_each(|&s| out.push(rng.pick(s))),
                Node::Class { set, min, max } => {
                    let k = *min as usize + rng.below((*max - *min) as usize + 1);
                    (0..k).for_each(|_| out.push(rng.pick(*set)));
                }
                Node::Group { alts, optional, .. } => {
                    if *optional && rng.below(2) == 0 {
                        continue;
                    }
                    walk(&alts[rng.below(alts.len())], rng, out);
                }
            }
        }
    }

    impl Pattern {
        /// One random string the pattern matches.
        pub fn sample(&self, rng: &mut Rng) -> String {
            let mut out = Vec::new();
            walk(&self.nodes, rng, &mut out);
            String::from_utf8(out).unwrap()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caps_of(p: &Pattern, s: &str) -> Option<Vec<(String, String)>> {
        let mut caps = [None; MAX_GROUPS];
        if !p.matches(s.as_bytes(), &mut caps, &mut |_| true) {
            return None;
        }
        Some(
            p.names()
                .iter()
                .enumerate()
                .filter_map(|(i, n)| {
                    caps[i].map(|(a, b)| (n.clone(), s[a as usize..b as usize].to_string()))
                })
                .collect(),
        )
    }

    #[test]
    fn anchored_classes_counts_and_captures() {
        let p = Pattern::parse(r"1Z(?<Serial>[0-9A-Z]{15})(?<Check>\d)").unwrap();
        assert_eq!(p.len_bounds(), (18, 18));
        let c = caps_of(&p, "1Z879E930346834440").unwrap();
        assert_eq!(c[0], ("Serial".into(), "879E93034683444".into()));
        assert_eq!(c[1], ("Check".into(), "0".into()));
        // Whole string only: no prefix or suffix junk.
        assert!(!p.is_match(b"1Z879E930346834440X"));
        assert!(!p.is_match(b"X1Z879E930346834440"));
        assert!(!p.is_match(b"1Z879E93034683444A"));
    }

    #[test]
    fn optional_groups_alternation_and_backtracking() {
        let p = Pattern::parse(r"(420(?<Zip>\d{5})(\d{4})?)?(?<T>(91)?\d{20})").unwrap();
        let c = caps_of(&p, "4202215391010268373310000395").unwrap();
        assert_eq!(c[0].1, "22153");
        assert_eq!(c[1].1, "91010268373310000395");
        // 20 digits starting with 420: the prefix group must give way.
        let c = caps_of(&p, "42012345678901234567").unwrap();
        assert_eq!(c, vec![("T".into(), "42012345678901234567".into())]);
        let alt = Pattern::parse("(777|778|072)\\d{2}").unwrap();
        assert!(alt.is_match(b"07212"));
        assert!(!alt.is_match(b"07312"));
    }

    #[test]
    fn accept_callback_sees_every_parse() {
        let p = Pattern::parse(r"(?<A>\d{1,3})(?<B>\d{1,3})").unwrap();
        let mut seen = 0;
        let mut caps = [None; MAX_GROUPS];
        let ok = p.matches(b"1234", &mut caps, &mut |_| {
            seen += 1;
            false
        });
        assert!(!ok);
        assert_eq!(seen, 3); // 3+1, 2+2 and 1+3, greedy order first
    }

    #[test]
    fn rejects_malformed_patterns() {
        for bad in ["[A-", "(ab", "a{3,1}", "a+", "(?<>a)", "a)"] {
            assert!(Pattern::parse(bad).is_err(), "{bad}");
        }
    }
}
