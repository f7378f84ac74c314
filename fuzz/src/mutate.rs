//! A small deterministic mutator: byte flips, insertions, deletions, splices of two corpus
//! entries, and insertion of tokens that have broken date and text handling before (extreme
//! years, leap seconds, offsets with seconds, invalid UTF-8, JSON structure).

/// Fragments spliced into inputs: the shapes that found bugs, or sit at a boundary.
const TOKENS: &[&[u8]] = &[
    b"+262143-12-31T23:59:59Z",
    b"-262143-01-01T00:00:00Z",
    b"0000-01-01",
    b"9999-12-31T23:59:59+14:00",
    b"1970-01-01T00:00:00Z",
    b"2200-12-31T23:59:59",
    b"2201-01-01",
    b"23:59:60",
    b"-00:44:30",
    b"+14:00",
    b"2024-03-10 02:30",
    b"2024-11-03 01:30",
    b"20240426 74700",
    b"expired",
    b"expired.stalled",
    b"[]",
    b"{}",
    b"null",
    b"1e308",
    b"-1e38",
    b"NaN",
    b"18446744073709551616",
    b"-9223372036854775808",
    b"\xff\xfe",
    b"\xed\xa0\x80",
    b"\xe2\x80\x8b",
    b"\xcc\x81",
    b"\"id\":\"x\"",
    b"\"events\":[",
    b"\"time\":\"",
    b"\"status\":\"",
    b"1Z999AA10123456784",
    b"ups",
    b"dhl",
    b"US",
    b"JP",
];

/// The mutation state: a seeded generator and the pool of inputs to start from.
pub struct Mutator {
    state: u64,
    pool: Vec<Vec<u8>>,
}

impl Mutator {
    /// A mutator over `pool` (an empty pool starts from empty inputs).
    pub fn new(seed: u64, pool: Vec<Vec<u8>>) -> Self {
        Mutator {
            state: seed ^ 0x9e37_79b9_7f4a_7c15,
            pool,
        }
    }

    fn next(&mut self) -> u64 {
        // xorshift64*: fast, good enough to pick mutations.
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick(&mut self) -> Vec<u8> {
        let i = self.below(self.pool.len());
        self.pool.get(i).cloned().unwrap_or_default()
    }

    /// The next input: a pool entry with one to four mutations.
    pub fn next_input(&mut self) -> Vec<u8> {
        let mut v = self.pick();
        for _ in 0..=self.below(4) {
            self.mutate(&mut v);
        }
        v
    }

    fn mutate(&mut self, v: &mut Vec<u8>) {
        let at = self.below(v.len() + 1);
        match self.below(7) {
            0 if !v.is_empty() => {
                let i = self.below(v.len());
                if let Some(b) = v.get_mut(i) {
                    *b ^= 1 << self.below(8);
                }
            }
            1 => {
                let b = (self.next() & 0xff) as u8;
                v.insert(at, b);
            }
            2 if !v.is_empty() => {
                let len = 1 + self.below(8.min(v.len() - at.min(v.len() - 1)));
                let from = at.min(v.len() - 1);
                v.drain(from..(from + len).min(v.len()));
            }
            3 => {
                let t = TOKENS.get(self.below(TOKENS.len())).copied().unwrap_or(b"");
                v.splice(at..at, t.iter().copied());
            }
            4 if !v.is_empty() => {
                // Replace a run of digits with another number (years, hours, counts).
                let i = self.below(v.len());
                if v.get(i).is_some_and(u8::is_ascii_digit) {
                    let n = match self.below(4) {
                        0 => 0,
                        1 => 9,
                        2 => (self.next() % 100_000) as i64,
                        _ => i64::MAX,
                    };
                    let end = (i..v.len())
                        .find(|&j| !v.get(j).is_some_and(u8::is_ascii_digit))
                        .unwrap_or(v.len());
                    v.splice(i..end, n.to_string().into_bytes());
                }
            }
            5 => {
                // Splice in a slice of another pool entry.
                let other = self.pick();
                let from = self.below(other.len());
                let len = self.below(other.len() - from.min(other.len()) + 1);
                if let Some(part) = other.get(from..from + len) {
                    v.splice(at..at, part.iter().copied());
                }
            }
            _ => {
                // Duplicate a slice (repeated fields, repeated events).
                if !v.is_empty() {
                    let from = self.below(v.len());
                    let len = self.below((v.len() - from).min(64) + 1);
                    let part: Vec<u8> = v
                        .get(from..from + len)
                        .map(<[u8]>::to_vec)
                        .unwrap_or_default();
                    v.splice(at.min(v.len())..at.min(v.len()), part);
                }
            }
        }
        // Keep inputs small: the targets are about shapes, not sizes.
        v.truncate(16_384);
    }
}
