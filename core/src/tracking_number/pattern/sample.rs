//! Random strings of a pattern's language, for property tests of the tables.

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
