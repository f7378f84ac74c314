//! The learned text model, status first then sub-status: a multinomial logistic regression
//! over hashed n-grams of the folded text reads the status, and one per status reads the label
//! among that status's labels. Trained by `tools/text-model/train.py` (scikit-learn) and read
//! from a compact file (`format.rs`, int8 weights). Only inference runs in Rust.
//!
//! Features (`features.rs`, format 3): each word's distinct buckets (the word and its
//! character n-grams) and each adjacent pair's, counted with repeats, scaled by
//! `1/sqrt(count)`. So a text's score is a sum of per-word sums, kept per thread in the word
//! table (`words.rs`), plus its pairs' rows.
//!
//! In memory every head's weights sit side by side in one row per bucket (the *lanes*: the
//! status head's classes, then each sub-status head's with two labels or more), padded to a
//! multiple of 16: one row read per bucket serves every head.

use std::fmt;

use crate::error::Error;
use crate::status::{Status, SubStatus};

use super::features::{self, Spec, WordScratch};
use super::format::{self, bad};
use super::scores::{
    Head, Lane, MAX_LANES, MAX_STATUSES, Scores, Sums, add_blocks, offer_top, shared_rule_name,
};
use softmax::{argmax, head_best, head_probs};

mod naming;
mod softmax;
use super::words::{self, Fresh, Lanes, Shape, Table, Top};

pub(crate) use super::format::Parity;

/// The model the library embeds (see `tools/text-model/README.md` to retrain it).
pub(crate) static BUILTIN: &[u8] = include_bytes!("../../../models/text_model.bin");

/// A learned text classifier, read from a file written by `tools/text-model/train.py`.
///
/// The library embeds one trained on every built-in table's texts; load another with
/// [`TextModel::from_bytes`] (for example one trained with your own carriers' texts, or one
/// trained without a carrier to score it held out) and give it to
/// [`Normalizer::with_text_model`](crate::Normalizer::with_text_model).
#[derive(Clone)]
pub struct TextModel {
    /// Distinct for each model read (clones share it): keys the per-thread caches.
    id: u64,
    spec: Spec,
    /// Reads the status (its classes carry no sub-status).
    status: Head,
    /// For each class of `status`, in its order: the head that reads the label.
    subs: Vec<Head>,
    /// Lanes per bucket row (a multiple of 16).
    stride: usize,
    /// `2^bucket_bits x stride` int8 weights, bucket-major.
    rows: Vec<i8>,
    /// Bit set of the training words' hashes (bit `hash & vocab_mask`): a text with none of
    /// them is not read ("qwerty uiop"), since a linear model gives any text a
    /// confident-looking status.
    vocab: Vec<u8>,
    vocab_mask: u32,
    /// Calibration curve (the trainer's Platt fit at 21 points): top-status probability ->
    /// measured accuracy, sorted by x.
    calibration: Vec<(f32, f32)>,
    /// Texts with the trainer's reading: label, status and label-within-status probabilities.
    parity: Vec<Parity>,
}

impl fmt::Debug for TextModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TextModel")
            .field("buckets", &(1usize << self.spec.bucket_bits))
            .field("statuses", &self.status.classes.len())
            .field(
                "labels",
                &self.subs.iter().map(|h| h.classes.len()).sum::<usize>(),
            )
            .finish_non_exhaustive()
    }
}

/// A model's reading of a text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Prediction {
    pub status: Status,
    pub sub: Option<SubStatus>,
    /// Calibrated probability that the status is right.
    pub confidence: f32,
    /// Probability of the best status (before calibration).
    pub p_status: f32,
    /// Probability of the chosen label: the status's times the label's within the status.
    pub p_class: f32,
    /// When the reading is `delivered` or `expired`: the best status other than those two,
    /// with its label and calibrated confidence (used when a guard refuses `delivered`, and
    /// always instead of `expired`, which is never read from a text).
    pub fallback: Option<(Status, Option<SubStatus>, f32)>,
    /// `model:` and the (at most two) readable n-grams that pushed most towards the chosen
    /// status, joined by `+` (`_` marks a word edge).
    pub rule: std::sync::Arc<str>,
}

impl TextModel {
    /// Reads a model file written by `tools/text-model/train.py`.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] (field `text model`) when the bytes are not such a file, are
    /// cut short, are of another format (format 2 files: retrain), name a class that is not a
    /// canonical status, or read the file's own sample texts differently from its trainer.
    pub fn from_bytes(bytes: &[u8]) -> Result<TextModel, Error> {
        let file = format::read(bytes)?;
        // Lanes: the status head's classes, then each sub-status head with two or more.
        let mut lanes = file.status.classes.len();
        let mut subs = Vec::with_capacity(file.subs.len());
        for raw in &file.subs {
            let k = raw.classes.len();
            subs.push(Head::new(
                raw.classes.clone(),
                raw.intercept.clone(),
                raw.scale.clone(),
                if k > 1 { lanes } else { 0 },
            ));
            if k > 1 {
                lanes += k;
            }
        }
        if file.status.classes.len() > MAX_STATUSES || lanes > MAX_LANES {
            return Err(bad(format!(
                "{lanes} classes over all heads, this library reads at most {MAX_LANES} \
                 ({MAX_STATUSES} statuses)"
            )));
        }
        let stride = lanes.div_ceil(16) * 16;
        let buckets = 1usize << file.bucket_bits;
        let mut rows = vec![0i8; buckets * stride];
        let heads = std::iter::once((&file.status, 0)).chain(
            file.subs
                .iter()
                .zip(&subs)
                .filter(|(raw, _)| raw.classes.len() > 1)
                .map(|(raw, h)| (raw, h.offset)),
        );
        for (raw, offset) in heads {
            let k = raw.classes.len();
            for (row, w) in rows
                .chunks_exact_mut(stride)
                .zip(raw.weights.chunks_exact(k))
            {
                if let Some(dst) = row.get_mut(offset..offset + k) {
                    dst.copy_from_slice(w);
                }
            }
        }
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let model = TextModel {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            spec: Spec {
                bucket_bits: file.bucket_bits,
                char_min: file.char_min,
                char_max: file.char_max,
            },
            status: Head::new(
                file.status.classes,
                file.status.intercept,
                file.status.scale,
                0,
            ),
            subs,
            stride,
            rows,
            vocab_mask: (1u32 << file.vocab_bits) - 1,
            vocab: file.vocab,
            calibration: file.calibration,
            parity: file.parity,
        };
        // The trainer's own readings of a few texts: a model from a trainer whose features
        // differ from ours is refused rather than read wrongly.
        for p in &model.parity {
            let ok = model.reading(&p.text).is_some_and(|(st, sub, ps, pl)| {
                st == p.status
                    && sub == p.sub
                    && (ps - p.p_status).abs() <= 1e-3
                    && (pl - p.p_sub).abs() <= 1e-3
            });
            if !ok {
                return Err(bad(format!(
                    "reads {:?} differently from its trainer: features differ",
                    p.text
                )));
            }
        }
        Ok(model)
    }

    /// This model's identity (a model read twice from the same bytes gets two).
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// The embedded model.
    pub(crate) fn builtin() -> Option<&'static TextModel> {
        static M: std::sync::OnceLock<Option<TextModel>> = std::sync::OnceLock::new();
        M.get_or_init(|| TextModel::from_bytes(BUILTIN).ok())
            .as_ref()
    }

    /// The heap a full word table holds on one thread for the embedded model's shape.
    pub(crate) fn word_table_bytes() -> usize {
        TextModel::builtin().map_or(0, |m| words::bytes(m.stride, m.status.classes.len()))
    }

    fn shape(&self) -> Shape {
        Shape {
            model: self.id,
            stride: self.stride,
            statuses: self.status.classes.len(),
        }
    }

    /// The weights of bucket `b` over every lane.
    fn row(&self, b: u32) -> &[i8] {
        let start = b as usize * self.stride;
        self.rows
            .get(start..start + self.stride)
            .unwrap_or_default()
    }

    /// A word's entry: its distinct features' summed rows, their count, and for each status
    /// its two best readable features.
    fn compute_word(&self, word: &[u8], fresh: &mut Fresh, ws: &mut WordScratch) {
        let padded = features::word_features(word, self.spec, ws);
        fresh.lanes.clear();
        fresh.lanes.resize(self.stride, 0);
        fresh.tops.clear();
        fresh
            .tops
            .resize(self.status.classes.len(), [Top::default(); 2]);
        fresh.count = ws.out.len() as u32;
        for &f in &ws.out {
            let row = self.row(f.bucket);
            // Blocks of 16 lanes (rows are padded to a multiple of 16): vector adds.
            for (a, w) in fresh.lanes.chunks_exact_mut(16).zip(row.chunks_exact(16)) {
                if let (Ok(a), Ok(w)) = (<&mut [i32; 16]>::try_from(a), <&[i8; 16]>::try_from(w)) {
                    for (a, &w) in a.iter_mut().zip(w) {
                        *a += i32::from(w);
                    }
                }
            }
            if f.readable(padded) {
                for (tops, &w) in fresh.tops.iter_mut().zip(row) {
                    offer_top(tops, w, f);
                }
            }
        }
    }

    /// The entry of the word at `span` (hash `hash`) of `folded` in the word table `t`.
    fn entry<'t>(
        &self,
        t: &'t mut Table,
        folded: &str,
        span: (usize, usize),
        hash: u32,
    ) -> words::Entry<'t> {
        t.entry(features::word_bytes(folded, span), hash, |w, fresh, ws| {
            self.compute_word(w, fresh, ws)
        })
    }

    /// Whether a word's hash is in the training words' set (up to a hash collision).
    fn knows(&self, word_hash: u32) -> bool {
        let h = word_hash & self.vocab_mask;
        self.vocab
            .get((h / 8) as usize)
            .is_some_and(|byte| byte & (1 << (h % 8)) != 0)
    }

    /// Calls `f` with the summed scores of a folded text over every lane; `None` when it
    /// has no word, or (`check_vocab`) when none of its words was in the training texts (then
    /// nothing else is read). The scores live in a per-thread buffer: nothing is allocated
    /// or cleared beyond the model's lanes.
    fn with_scores<R>(
        &self,
        folded: &str,
        check_vocab: bool,
        f: impl FnOnce(&Scores) -> Option<R>,
    ) -> Option<R> {
        thread_local! {
            static SCORES: std::cell::RefCell<Box<Scores>> =
                std::cell::RefCell::new(Box::new(Scores::new()));
        }
        let run = |s: &mut Scores| {
            if self.score(s, folded, check_vocab) {
                f(s)
            } else {
                None
            }
        };
        SCORES.with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) => run(&mut s),
            // Only if `f` itself read a text on this thread: a buffer of its own.
            Err(_) => run(&mut Box::new(Scores::new())),
        })
    }

    /// Sums the scores of `folded` over every lane into `s`, remembering where each word is
    /// kept; false when it has no word, or (`check_vocab`) none of its words is known.
    ///
    /// One pass: each word and pair adds its whole row (every head's lanes), so a label head
    /// reads its sums from `s` instead of visiting the words again.
    fn score(&self, s: &mut Scores, folded: &str, check_vocab: bool) -> bool {
        s.n = 0;
        s.n_words = 0;
        let mask = (1u32 << self.spec.bucket_bits) - 1;
        let max_words = s.words.len();
        let mut known = !check_vocab;
        // Each word's spans and hashes, and the pair it ends, in one pass over the bytes.
        let mut i = 0usize;
        features::hashed_words(folded, |span, h| {
            if i >= max_words {
                // Past the words read: only the vocabulary check, until it holds.
                if known {
                    return false;
                }
                known = self.knows(h.word);
                return true;
            }
            known = known || self.knows(h.word);
            if let (Some(w), Some(hh)) = (s.words.get_mut(i), s.hashes.get_mut(i)) {
                *w = span;
                *hh = h.word;
                s.n_words = i + 1;
            }
            if let Some(p) = i.checked_sub(1).and_then(|i| s.pairs.get_mut(i)) {
                *p = h.pair & mask;
            }
            i += 1;
            true
        });
        if !known || s.n_words == 0 {
            return false;
        }
        let stride = self.stride;
        let blocks = 0..stride / 16;
        let Scores {
            acc16,
            n,
            words,
            hashes,
            n_words,
            pairs,
            kept,
            narrow,
            ..
        } = s;
        // Narrow sums, and a bound on their magnitude that tells whether they are exact.
        if let Some(a) = acc16.get_mut(..stride) {
            a.fill(0);
        }
        let mut bound = 0u32;
        words::with_table(self.shape(), |t| {
            let read = words.iter().zip(hashes.iter()).zip(kept.iter_mut());
            for ((&span, &hash), k) in read.take(*n_words) {
                let e = self.entry(t, folded, span, hash);
                match e.lanes {
                    Lanes::Kept(l) => add_blocks(acc16, l, blocks.clone()),
                    Lanes::Fresh(l) => add_blocks(acc16, l, blocks.clone()),
                }
                *n += e.count;
                bound = bound.saturating_add(e.peak);
                *k = e.kept;
            }
        });
        let n_pairs = n_words.saturating_sub(1);
        for &bucket in pairs.iter().take(n_pairs) {
            add_blocks(acc16, self.row(bucket), blocks.clone());
        }
        *n += n_pairs as u32;
        bound = bound.saturating_add(127 * n_pairs as u32);
        // Narrow sums are read as they are (`Scores::sums`): only the wide ones fill `acc`.
        *narrow = bound <= i16::MAX as u32 && !force_wide::get();
        if !*narrow {
            // Rare (long texts): the sums again in `i32`.
            let mut wide = [0i32; MAX_LANES];
            self.sum_blocks(folded, s, blocks, &mut wide);
            s.keep_wide(wide);
        }
        true
    }

    /// The model's reading of a folded text: status, sub-status, the status's probability
    /// and the label's probability within the status (`None` when no feature).
    pub(crate) fn reading(&self, folded: &str) -> Option<(Status, Option<SubStatus>, f32, f32)> {
        self.with_scores(folded, false, |s| {
            let (si, ps) = head_best(&self.status, self.head_sums(s, &self.status), s.n);
            let head = self.subs.get(si)?;
            let (li, pl) = head_best(head, self.head_sums(s, head), s.n);
            let c = head.classes.get(li)?;
            Some((c.status, c.sub, ps, pl))
        })
    }

    /// Calibrated confidence for a top-status probability, kept within 0.05..=0.95 (a
    /// model reading is never certain, and never shown as worthless: it passed `MIN_P`).
    fn calibrate(&self, p: f32) -> f32 {
        self.calibrate_raw(p).clamp(0.05, 0.95)
    }

    /// The calibration curve at `p`: linear between its points, flat beyond them.
    fn calibrate_raw(&self, p: f32) -> f32 {
        let c = &self.calibration;
        let Some(&(x0, y0)) = c.first() else {
            return p;
        };
        if p <= x0 {
            return y0;
        }
        // The first point at or right of `p` (the points are sorted by x when read).
        let j = c.partition_point(|&(x, _)| x < p);
        match (c.get(j.wrapping_sub(1)), c.get(j)) {
            (Some(&(xa, ya)), Some(&(xb, yb))) => {
                let t = if xb > xa { (p - xa) / (xb - xa) } else { 1.0 };
                ya + t * (yb - ya)
            }
            _ => c.last().map_or(p, |&(_, y)| y),
        }
    }

    /// Reads a folded text; `None` when none of its words was in the training texts (then
    /// no word is looked up and no pair hashed).
    #[cfg(test)]
    pub(crate) fn predict(&self, folded: &str) -> Option<Prediction> {
        self.predict_from(folded, 0.0)
    }

    /// [`TextModel::predict`], `None` as well when the chosen label's probability
    /// (`p_class`) is below `min_p`: then neither the fallback nor the rule name is made.
    pub(crate) fn predict_from(&self, folded: &str, min_p: f32) -> Option<Prediction> {
        self.with_scores(folded, true, |s| self.predict_scores(folded, s, min_p))
    }

    fn predict_scores(&self, folded: &str, s: &Scores, min_p: f32) -> Option<Prediction> {
        // The status head has at most MAX_STATUSES classes (checked when read): one block.
        let mut probs = [0f32; MAX_STATUSES];
        head_probs(
            &self.status,
            self.head_sums(s, &self.status),
            s.n,
            &mut probs,
        );
        let k = self.status.classes.len();
        let probs = probs.get(..k)?;
        let (si, p_status) = argmax(probs);
        let head = self.subs.get(si)?;
        let (li, p_sub) = head_best(head, self.head_sums(s, head), s.n);
        let chosen = head.classes.get(li)?;
        let p_class = p_status * p_sub;
        if p_class < min_p {
            return None;
        }
        // Only read when needed: the best status other than `delivered` (a guard may refuse
        // it) and `expired` (tracking-core's own verdict, never read from a text).
        let unreadable = |s: Status| matches!(s, Status::Delivered | Status::Expired);
        let fallback = if unreadable(chosen.status) {
            let (oi, op) = probs
                .iter()
                .enumerate()
                .filter(|&(i, _)| {
                    self.status
                        .classes
                        .get(i)
                        .is_some_and(|c| !unreadable(c.status))
                })
                .fold((usize::MAX, f32::NEG_INFINITY), |b, (i, &p)| {
                    if p > b.1 { (i, p) } else { b }
                });
            self.subs.get(oi).and_then(|h| {
                let c = h.classes.get(head_best(h, self.head_sums(s, h), s.n).0)?;
                Some((c.status, c.sub, self.calibrate(op)))
            })
        } else {
            None
        };
        Some(Prediction {
            status: chosen.status,
            sub: chosen.sub,
            confidence: self.calibrate(p_status),
            p_status,
            p_class,
            fallback,
            rule: shared_rule_name(folded, &self.names(folded, s, si)),
        })
    }

    /// The summed lanes of `head` over the words and pairs of `s` (none for a single class),
    /// and the lanes after them up to the head's padded length where `s` has them (the
    /// softmax reads whole blocks; a padding lane's scale is 0).
    ///
    /// The lanes after the head belong to the next head, which is harmless only because
    /// `Head::new` pads with scale exactly 0 and intercept `-inf`: any finite sum times a
    /// finite norm then gives a `-inf` logit, which moves neither the largest logit nor the
    /// softmax's sum, and `head_probs` reads probabilities only for the first `k` classes.
    fn head_sums<'s>(&self, s: &'s Scores, head: &Head) -> Sums<'s> {
        if head.classes.len() < 2 {
            return Sums::Wide(&[]);
        }
        s.sums(head.offset..head.offset + head.intercept.len())
    }

    /// Adds the lanes in `blocks` of the words and pairs of `s` into `acc`: each word's from
    /// the slot the scoring pass found, unless a later word of the text took it (then looked
    /// up again).
    fn sum_blocks<A: Lane>(
        &self,
        folded: &str,
        s: &Scores,
        blocks: std::ops::Range<usize>,
        acc: &mut [A; MAX_LANES],
    ) {
        words::with_table(self.shape(), |t| {
            for (i, (span, hash)) in s.words().enumerate() {
                let kept = s.kept.get(i).copied().flatten();
                match kept.and_then(|k| t.lanes(k, hash)) {
                    Some(l) => add_blocks(acc, l, blocks.clone()),
                    None => match self.entry(t, folded, span, hash).lanes {
                        Lanes::Kept(l) => add_blocks(acc, l, blocks.clone()),
                        Lanes::Fresh(l) => add_blocks(acc, l, blocks.clone()),
                    },
                }
            }
        });
        for (_, bucket) in s.pairs() {
            add_blocks(acc, self.row(bucket), blocks.clone());
        }
    }

    /// The trainer's readings of a few texts.
    #[cfg(test)]
    pub(crate) fn parity_samples(&self) -> &[Parity] {
        &self.parity
    }

    /// Size of the weight tables in bytes (as the file holds them).
    #[cfg(test)]
    pub(crate) fn weight_bytes(&self) -> usize {
        let buckets = 1usize << self.spec.bucket_bits;
        let lanes = self.status.classes.len()
            + self
                .subs
                .iter()
                .map(|h| h.classes.len())
                .filter(|&k| k > 1)
                .sum::<usize>();
        buckets * lanes
    }
}

/// Tests can make every text take the `i32` sums (`Scores::narrow` false), to check that
/// both widths read alike.
pub(super) mod force_wide {
    #[cfg(test)]
    thread_local! {
        static WIDE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// Whether this thread's texts must take the `i32` sums.
    #[inline]
    pub(in super::super) fn get() -> bool {
        #[cfg(test)]
        {
            WIDE.with(std::cell::Cell::get)
        }
        #[cfg(not(test))]
        {
            false
        }
    }

    /// Sets [`get`] on this thread.
    #[cfg(test)]
    pub(in super::super) fn set(wide: bool) {
        WIDE.with(|w| w.set(wide));
    }
}
