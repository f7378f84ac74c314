//! The pattern parser (the regex subset of the formats table) and the length and first-byte
//! facts computed over a parsed node tree.

use super::{MAX_GROUPS, Node};

pub(super) fn bit(b: u8) -> u128 {
    if b < 128 { 1u128 << b } else { 0 }
}

fn range(lo: u8, hi: u8) -> u128 {
    (lo..=hi).fold(0, |acc, b| acc | bit(b))
}

pub(super) fn seq_len(nodes: &[Node]) -> (usize, usize) {
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
pub(super) fn first_set(nodes: &[Node]) -> u128 {
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

pub(super) struct Parser<'s> {
    pub(super) s: &'s [u8],
    pub(super) i: usize,
    pub(super) names: Vec<String>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    pub(super) fn alts(&mut self) -> Result<Vec<Vec<Node>>, String> {
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
