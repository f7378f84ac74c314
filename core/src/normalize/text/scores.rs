//! A text's scores under the text model: the summed lanes of its words and pairs (every
//! head's at once), a head's probabilities, and the two deciding features a rule name shows
//! (`model.rs` reads the text; this file holds what it computes with).

use super::features::MAX_WORDS;
use super::features::{Name, WordFeature};
use super::format::Class;
use super::words::{Kept, Top};

/// Most statuses of the status head (the taxonomy has twelve).
pub(super) const MAX_STATUSES: usize = 16;

/// One level of the model: a logistic regression over the hashed features, or a single
/// class (a status whose training texts all carry the same label).
#[derive(Clone)]
pub(super) struct Head {
    pub classes: Vec<Class>,
    /// Per class, then `-inf` up to a whole number of 16-lane blocks (the softmax reads
    /// whole blocks: a padding lane's logit is `-inf`).
    pub intercept: Vec<f32>,
    /// Per class, then 0 up to the same length.
    pub scale: Vec<f32>,
    /// Where its classes start among the lanes (unused for a single class).
    pub offset: usize,
}

impl Head {
    /// A head of `classes` with their intercepts and scales (padded here), its lanes from
    /// `offset`.
    pub(super) fn new(
        classes: Vec<Class>,
        mut intercept: Vec<f32>,
        mut scale: Vec<f32>,
        offset: usize,
    ) -> Head {
        let padded = classes.len().div_ceil(16) * 16;
        intercept.resize(padded, f32::NEG_INFINITY);
        scale.resize(padded, 0.0);
        Head {
            classes,
            intercept,
            scale,
            offset,
        }
    }
}

/// Most lanes (classes over every head) a model may have.
pub(super) const MAX_LANES: usize = 256;

/// A text's summed scores over every lane (the status head's and every label head's, summed
/// in one pass over its words and pairs), and what the names need (read from the word
/// table's slots: `TextModel::names`).
pub(super) struct Scores {
    /// The sums of the model's lanes as `i32` (the first `stride` are set), when they were
    /// not [`Scores::narrow`]. Private: for a narrow text it holds an earlier text's sums, so
    /// it is read only through [`Scores::sums`], which checks `narrow`.
    acc: [i32; MAX_LANES],
    /// The same sums in `i16` while they are added ([`Scores::narrow`]).
    pub acc16: [i16; MAX_LANES],
    /// Features counted (with repeats).
    pub n: u32,
    /// The words read (at most [`MAX_WORDS`]): spans in the folded text and word hashes.
    pub words: [(usize, usize); MAX_WORDS],
    pub hashes: [u32; MAX_WORDS],
    pub n_words: usize,
    /// Bucket of the pair of words `i` and `i + 1`.
    pub pairs: [u32; MAX_WORDS],
    /// Where each word is kept in the word table, if it is (its names are read from there).
    pub kept: [Option<Kept>; MAX_WORDS],
    /// Whether every lane's sum is known to fit in `i16` ([`Lane`]).
    pub narrow: bool,
}

impl Scores {
    pub(super) fn new() -> Scores {
        Scores {
            acc: [0; MAX_LANES],
            acc16: [0; MAX_LANES],
            n: 0,
            words: [(0, 0); MAX_WORDS],
            hashes: [0; MAX_WORDS],
            n_words: 0,
            pairs: [0; MAX_WORDS],
            kept: [None; MAX_WORDS],
            narrow: false,
        }
    }

    /// The sums of lanes `lanes` (clipped to [`MAX_LANES`]) in the width they were added
    /// in ([`Scores::narrow`]): no pass widens every lane when a reading needs two heads'.
    pub(super) fn sums(&self, lanes: std::ops::Range<usize>) -> Sums<'_> {
        let end = lanes.end.min(MAX_LANES);
        let lanes = lanes.start.min(end)..end;
        if self.narrow {
            Sums::Narrow(self.acc16.get(lanes).unwrap_or_default())
        } else {
            Sums::Wide(self.acc.get(lanes).unwrap_or_default())
        }
    }

    /// Keeps a text's sums added in `i32` (it was not [`Scores::narrow`]).
    pub(super) fn keep_wide(&mut self, wide: [i32; MAX_LANES]) {
        self.acc = wide;
    }

    /// Every lane's sum as `i32`, whichever width they were added in.
    #[cfg(test)]
    pub(super) fn widened(&self) -> [i32; MAX_LANES] {
        if self.narrow {
            self.acc16.map(i32::from)
        } else {
            self.acc
        }
    }

    pub(super) fn words(&self) -> impl Iterator<Item = ((usize, usize), u32)> + '_ {
        self.words
            .iter()
            .copied()
            .zip(self.hashes.iter().copied())
            .take(self.n_words)
    }

    pub(super) fn pairs(&self) -> impl Iterator<Item = (usize, u32)> + '_ {
        self.pairs
            .iter()
            .copied()
            .enumerate()
            .take(self.n_words.saturating_sub(1))
    }
}

/// Some lanes of a text's sums ([`Scores::sums`]).
#[derive(Debug, Clone, Copy)]
pub(super) enum Sums<'s> {
    /// Added in `i16`, known to be exact.
    Narrow(&'s [i16]),
    /// Added in `i32`: a text whose sums may not fit in `i16`.
    Wide(&'s [i32]),
}

/// A lane of a text's sums: `i32`, or `i16` when the text's sums are known to fit in it.
///
/// A text's sum in a lane is at most the sum of its words' largest lane magnitudes and 127
/// per pair ([`Scores::narrow`]); when that bound is within `i16`, wrapping `i16` sums are
/// the exact sums (addition modulo 2^16 is exact on a result within range), and the
/// vector adds need no widening: half the instructions on a CPU without `pmovsx`.
pub(super) trait Lane: Copy + Default {
    /// Adds `w` (wrapping).
    fn add<T: Copy + Into<i32>>(&mut self, w: T);
}

impl Lane for i32 {
    #[inline]
    fn add<T: Copy + Into<i32>>(&mut self, w: T) {
        *self = self.wrapping_add(w.into());
    }
}

impl Lane for i16 {
    #[inline]
    fn add<T: Copy + Into<i32>>(&mut self, w: T) {
        // Truncating is exact modulo 2^16 (see the trait).
        *self = self.wrapping_add(w.into() as i16);
    }
}

/// Adds the lanes of `row` in `blocks` (blocks of 16 lanes: rows are padded to a multiple
/// of 16) into the same lanes of `acc`: fixed-width blocks the compiler turns into vector
/// adds, rather than a loop over a head's odd range of lanes.
///
/// Never inlined: as a function of its own its `&mut` accumulator is known not to overlap
/// `row`, and the adds are vectorized. Inlined into the scoring pass's closure (where both
/// are captured references) they were not: one scalar add per lane, 2.5x the instructions.
#[inline(never)]
pub(super) fn add_blocks<A: Lane, T: Copy + Into<i32>>(
    acc: &mut [A; MAX_LANES],
    row: &[T],
    blocks: std::ops::Range<usize>,
) {
    let lanes = 16 * blocks.start..16 * blocks.end;
    let (Some(acc), Some(row)) = (acc.get_mut(lanes.clone()), row.get(lanes)) else {
        return;
    };
    for (a, w) in acc.chunks_exact_mut(16).zip(row.chunks_exact(16)) {
        if let (Ok(a), Ok(w)) = (<&mut [A; 16]>::try_from(a), <&[T; 16]>::try_from(w)) {
            for (a, &w) in a.iter_mut().zip(w) {
                a.add(w);
            }
        }
    }
}

/// The two best candidates for a name: (weight, bucket, name), best first.
pub(super) type Best = [Option<(i8, u32, Name)>; 2];

/// Offers a feature to `best`: kept when its weight is positive and higher than a kept one's,
/// and its bucket is not kept yet (ties: the one offered first).
pub(super) fn offer(best: &mut Best, weight: i8, bucket: u32, name: Name) {
    if weight <= 0 || best.iter().flatten().any(|b| b.1 == bucket) {
        return;
    }
    let c = Some((weight, bucket, name));
    let [first, second] = best;
    if first.is_none_or(|f| weight > f.0) {
        *second = *first;
        *first = c;
    } else if second.is_none_or(|s| weight > s.0) {
        *second = c;
    }
}

/// Offers a word's feature to a word's tops (as [`offer`], for the word table).
pub(super) fn offer_top(tops: &mut [Top; 2], weight: i8, f: WordFeature) {
    if weight <= 0 || tops.iter().any(|t| t.weight > 0 && t.bucket == f.bucket) {
        return;
    }
    let (Ok(a), Ok(b)) = (u8::try_from(f.a), u8::try_from(f.b)) else {
        return;
    };
    let t = Top {
        bucket: f.bucket,
        a,
        b,
        weight,
    };
    if weight > tops[0].weight {
        tops[1] = tops[0];
        tops[0] = t;
    } else if weight > tops[1].weight {
        tops[1] = t;
    }
}

/// `model:` and the names of `best`, joined by `+`.
pub(super) fn rule_name(folded: &str, best: &Best) -> String {
    let mut rule = String::with_capacity(6 + 2 * 16);
    write_rule_name(folded, best, &mut rule);
    rule
}

/// [`rule_name`] as the shared string a [`Rule`](crate::normalize::Rule) holds, written in
/// a per-thread buffer first: one allocation, where the `String` (grown once or twice for
/// longer n-grams) and its copy into the rule took two or three and a free.
pub(super) fn shared_rule_name(folded: &str, best: &Best) -> std::sync::Arc<str> {
    thread_local! {
        static NAME: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    NAME.with(|cell| match cell.try_borrow_mut() {
        Ok(mut name) => {
            name.clear();
            write_rule_name(folded, best, &mut name);
            std::sync::Arc::from(name.as_str())
        }
        Err(_) => std::sync::Arc::from(rule_name(folded, best)),
    })
}

/// Appends [`rule_name`] to `rule`.
fn write_rule_name(folded: &str, best: &Best, rule: &mut String) {
    rule.push_str("model:");
    for (i, (_, _, name)) in best.iter().flatten().enumerate() {
        if i > 0 {
            rule.push('+');
        }
        name.write(folded, rule);
    }
}
