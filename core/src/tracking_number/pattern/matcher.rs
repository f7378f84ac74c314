//! The backtracking matcher: walks a pattern's node tree over the input, trying each parse
//! until the caller's `accept` callback takes one (patterns without fixed-length variants).

use super::parse::bit;
use super::{Caps, Node};

pub(super) enum Cont<'a> {
    End,
    Then {
        rest: &'a [Node],
        close: Option<(u8, usize)>,
        next: &'a Cont<'a>,
    },
}

pub(super) struct Matcher<'i, 'a> {
    pub(super) input: &'i [u8],
    pub(super) accept: &'a mut dyn FnMut(&Caps) -> bool,
}

impl Matcher<'_, '_> {
    pub(super) fn run(
        &mut self,
        nodes: &[Node],
        pos: usize,
        k: &Cont<'_>,
        caps: &mut Caps,
    ) -> bool {
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
