//! The learned text model, status first then sub-status: a multinomial logistic regression
//! over hashed n-grams of the folded text reads the status, and one per status reads the label
//! among that status's labels. Trained by `tools/text-model/train.py` (scikit-learn) and read
//! here from a compact file (int8 weights). Only inference runs in Rust.
//!
//! Features: see `features.rs` (words, word pairs, character n-grams, digits read as `0`,
//! hashed), kept modulo the bucket count. A text's vector is binary over its distinct
//! buckets, scaled by `1/sqrt(count)`.
//!
//! File (format 2, little-endian): `TCTM`, format, bucket bits, shortest and longest n-gram,
//! vocabulary bits and the vocabulary bit set, calibration points, parity samples, then the
//! status head and one head per status (labels; with two or more, intercepts, scales and the
//! bucket-major int8 weights).

use std::fmt;

use crate::error::Error;
use crate::status::{Status, SubStatus};

use super::super::table::parse_canonical;
use super::features::{self, Buckets, READABLE, Spec};

/// The model the library embeds (see `tools/text-model/README.md` to retrain it).
pub(crate) static BUILTIN: &[u8] = include_bytes!("../../../models/text_model.bin");

const MAGIC: &[u8; 4] = b"TCTM";
const FORMAT: u32 = 2;
/// Most hash bits: bounds the weight table a model file may ask for (2^24 rows). Files written
/// with up to 24 bits loaded before and still do.
const MAX_BUCKET_BITS: u32 = 24;
/// Most bits of the vocabulary set's index (a 2 MB set).
const MAX_VOCAB_BITS: u32 = 24;
/// Most classes a head may have (scores live in a fixed array, no allocation per event).
const MAX_CLASSES: usize = 128;
/// Zeros after a head's weights: every row can be read [`MAX_CLASSES`] wide (see
/// [`Head::probs`]).
const ROW_PAD: usize = MAX_CLASSES;

/// One class of the model: a status with an optional sub-status.
#[derive(Debug, Clone)]
struct Class {
    status: Status,
    sub: Option<SubStatus>,
}

/// One level of the model: a logistic regression over the hashed features, or a single
/// class (a status whose training texts all carry the same label).
#[derive(Clone)]
struct Head {
    classes: Vec<Class>,
    intercept: Vec<f32>,
    scale: Vec<f32>,
    /// `2^bucket_bits x classes`, bucket-major, then [`ROW_PAD`] zeros; empty for a single
    /// class.
    weights: Vec<i8>,
}

/// A learned text classifier, read from a file written by `tools/text-model/train.py`.
///
/// The library embeds one trained on every built-in table's texts; load another with
/// [`TextModel::from_bytes`] (for example one trained with your own carriers' texts, or one
/// trained without a carrier to score it held out) and give it to
/// [`Normalizer::with_text_model`](crate::Normalizer::with_text_model).
#[derive(Clone)]
pub struct TextModel {
    /// Distinct for each model read (clones share it): keys the per-thread reading cache.
    id: u64,
    bucket_bits: u32,
    char_min: usize,
    char_max: usize,
    /// Reads the status (its classes carry no sub-status).
    status: Head,
    /// For each class of `status`, in its order: the head that reads the label.
    subs: Vec<Head>,
    /// Bit set of the training words' hashes (bit `hash & vocab_mask`): a text with none of
    /// them is not read ("qwerty uiop"), since a linear model gives any text a
    /// confident-looking status.
    vocab: Vec<u8>,
    vocab_mask: u32,
    /// Isotonic calibration: top-status probability -> measured accuracy, sorted by x.
    calibration: Vec<(f32, f32)>,
    /// Texts with the trainer's reading: label, status and label-within-status probabilities.
    parity: Vec<Parity>,
}

/// A text and the trainer's reading of it (checked when a model is read).
#[derive(Debug, Clone)]
pub(crate) struct Parity {
    pub text: String,
    pub status: Status,
    pub sub: Option<SubStatus>,
    pub p_status: f32,
    pub p_sub: f32,
}

impl fmt::Debug for TextModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TextModel")
            .field("buckets", &(1usize << self.bucket_bits))
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
    pub rule: String,
}

/// Reads little-endian values from a byte slice.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

fn bad(reason: impl Into<String>) -> Error {
    Error::InvalidInput {
        field: "text model".into(),
        reason: reason.into(),
    }
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| bad("file ends early"))?;
        let s = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| bad("file ends early"))?;
        self.pos = end;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u16(&mut self) -> Result<u16, Error> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    fn u32(&mut self) -> Result<u32, Error> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn f32(&mut self) -> Result<f32, Error> {
        let v = f32::from_le_bytes(self.array()?);
        if v.is_finite() {
            Ok(v)
        } else {
            Err(bad("a number is not finite"))
        }
    }
    fn str(&mut self) -> Result<&'a str, Error> {
        let n = usize::from(self.u16()?);
        std::str::from_utf8(self.take(n)?).map_err(|_| bad("a string is not UTF-8"))
    }
}

impl Reader<'_> {
    /// A head: its class labels, then (two classes or more) intercepts, scales and weights.
    fn head(&mut self, bucket_bits: u32) -> Result<Head, Error> {
        let n = self.u32()? as usize;
        if !(1..=MAX_CLASSES).contains(&n) {
            return Err(bad("class count out of range"));
        }
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            let (status, sub) = parse_canonical(self.str()?).map_err(bad)?;
            classes.push(Class { status, sub });
        }
        if n == 1 {
            return Ok(Head {
                classes,
                intercept: vec![0.0],
                scale: vec![1.0],
                weights: Vec::new(),
            });
        }
        let intercept = (0..n).map(|_| self.f32()).collect::<Result<_, _>>()?;
        let scale = (0..n).map(|_| self.f32()).collect::<Result<_, _>>()?;
        let n_weights = (1usize << bucket_bits)
            .checked_mul(n)
            .ok_or_else(|| bad("too many weights"))?;
        let mut weights: Vec<i8> = Vec::with_capacity(n_weights + ROW_PAD);
        weights.extend(self.take(n_weights)?.iter().map(|&b| b as i8));
        weights.resize(n_weights + ROW_PAD, 0);
        Ok(Head {
            classes,
            intercept,
            scale,
            weights,
        })
    }
}

impl Head {
    /// Class probabilities over the distinct `buckets` of a text into `probs` (one class:
    /// certain).
    ///
    /// Speed (the text path's budget is 1 us per event, benches/normalize_status.rs): each
    /// int8 row is added into 16-bit lanes as a fixed-width block (16, 32 or 128 lanes,
    /// the smallest that holds the classes), one vector load and add per bucket; the lanes
    /// past the row's end read the next row (or the padding) and are ignored. Then a softmax
    /// over the classes. Status first keeps rows short: 12 bytes for the status, a few for
    /// the sub-status, where one head over every label read 76 per bucket.
    fn probs(&self, buckets: &Buckets, probs: &mut [f32; MAX_CLASSES]) {
        let k = self.classes.len();
        if k == 1 {
            probs[0] = 1.0;
            return;
        }
        let mut acc = [0i32; MAX_CLASSES];
        // Up to 16 classes read 16 lanes: an 8-lane block compiled to scalar adds.
        match k {
            ..=16 => sum_rows::<16>(&self.weights, k, buckets, &mut acc),
            17..=32 => sum_rows::<32>(&self.weights, k, buckets, &mut acc),
            _ => sum_rows::<MAX_CLASSES>(&self.weights, k, buckets, &mut acc),
        }
        let acc_k = acc.get(..k).unwrap_or_default();
        let norm = if buckets.is_empty() {
            0.0
        } else {
            1.0 / (buckets.len() as f32).sqrt()
        };
        let mut max = f32::NEG_INFINITY;
        for (((p, &a), &b0), &s) in probs
            .iter_mut()
            .zip(acc_k.iter())
            .zip(&self.intercept)
            .zip(&self.scale)
        {
            *p = b0 + s * (a as f32 * norm);
            max = max.max(*p);
        }
        let mut sum = 0.0;
        for p in probs.iter_mut().take(k) {
            *p = (*p - max).exp();
            sum += *p;
        }
        for p in probs.iter_mut().take(k) {
            *p /= sum;
        }
    }

    /// The most probable class and its probability (ties: the earlier class).
    fn best(&self, buckets: &Buckets) -> (usize, f32) {
        let mut probs = [0f32; MAX_CLASSES];
        self.probs(buckets, &mut probs);
        argmax(probs.get(..self.classes.len()).unwrap_or_default())
    }
}

/// Sums the int8 rows of `buckets` (rows of `k` classes, `k <= W`) into `acc`, reading each
/// row `W` lanes wide (the weights end in [`ROW_PAD`] zeros, so every such read is in
/// bounds). Rows are summed in i16 and moved into i32 every 255 rows, before a sum of int8
/// could leave the i16 range.
fn sum_rows<const W: usize>(
    weights: &[i8],
    k: usize,
    buckets: &Buckets,
    acc: &mut [i32; MAX_CLASSES],
) {
    const ROWS_PER_I16: usize = 255;
    for chunk in buckets.chunks(ROWS_PER_I16) {
        let acc16 = sum_rows_i16::<W>(weights, k, chunk);
        // Every lane, not only the first `k` (lanes past `k` hold sums of the next rows'
        // weights and are ignored).
        for (a, &a16) in acc.iter_mut().zip(acc16.iter()) {
            *a += i32::from(a16);
        }
    }
}

/// The i16 sum of at most 255 rows. A function of its own (never inlined) so the compiler
/// vectorises this loop alone: inlined into [`sum_rows`], it split the lanes into groups of
/// four to match the i32 widening after it, twice the instructions per row (x86-64, SSE2).
#[inline(never)]
fn sum_rows_i16<const W: usize>(weights: &[i8], k: usize, rows: &Buckets) -> [i16; W] {
    let mut acc16 = [0i16; W];
    for &(b, _) in rows {
        let start = b as usize * k;
        if let Some(row) = weights
            .get(start..start + W)
            .and_then(|r| <&[i8; W]>::try_from(r).ok())
        {
            for (a, &w) in acc16.iter_mut().zip(row) {
                *a = a.wrapping_add(i16::from(w));
            }
        }
    }
    acc16
}

/// `model:` and the two readable n-grams whose weight for class `ci` of `head` is highest and
/// positive (ties: the one first in the text), joined by `+`. One pass over the buckets, no
/// sort; only the two winners' names are built (from their place in the text's features).
fn rule_name(head: &Head, spec: Spec, folded: &str, buckets: &Buckets, ci: usize) -> String {
    let k = head.classes.len();
    // (weight, tag), best first; weight 0 marks an empty place.
    let mut top = [(0i8, 0u32); 2];
    for &(b, tag) in buckets {
        let Some(&w) = head.weights.get(b as usize * k + ci) else {
            continue;
        };
        let [first, second] = &mut top;
        if w <= second.0 || tag & READABLE == 0 {
            continue;
        }
        if w > first.0 {
            *second = *first;
            *first = (w, tag);
        } else {
            *second = (w, tag);
        }
    }
    let mut rule = String::with_capacity(6 + 2 * 16);
    rule.push_str("model:");
    for (i, &(_, tag)) in top.iter().filter(|t| t.0 > 0).enumerate() {
        if i > 0 {
            rule.push('+');
        }
        if let Some(name) = features::name_at(folded, tag, spec.char_min, spec.char_max) {
            name.write(folded, &mut rule);
        }
    }
    rule
}

/// Index and value of the largest of `p` (ties: the first).
fn argmax(p: &[f32]) -> (usize, f32) {
    let mut best = (0, f32::NEG_INFINITY);
    for (i, &v) in p.iter().enumerate() {
        if v > best.1 {
            best = (i, v);
        }
    }
    best
}

impl TextModel {
    /// Reads a model file written by `tools/text-model/train.py`.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] (field `text model`) when the bytes are not such a file, are
    /// cut short, or name a class that is not a canonical status.
    pub fn from_bytes(bytes: &[u8]) -> Result<TextModel, Error> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != MAGIC {
            return Err(bad("not a text model file"));
        }
        let format = r.u32()?;
        if format != FORMAT {
            return Err(bad(format!("format {format}, this library reads {FORMAT}")));
        }
        let bucket_bits = r.u32()?;
        let char_min = r.u32()? as usize;
        let char_max = r.u32()? as usize;
        if !(1..=MAX_BUCKET_BITS).contains(&bucket_bits)
            || char_min == 0
            || char_max < char_min
            || char_max > 8
        {
            return Err(bad("header out of range"));
        }
        let vocab_bits = r.u32()?;
        if !(3..=MAX_VOCAB_BITS).contains(&vocab_bits) {
            return Err(bad("vocabulary size out of range"));
        }
        let vocab = r.take((1usize << vocab_bits) / 8)?.to_vec();
        let n_cal = r.u32()? as usize;
        let mut calibration = Vec::with_capacity(n_cal.min(1024));
        for _ in 0..n_cal {
            calibration.push((r.f32()?, r.f32()?));
        }
        if calibration
            .windows(2)
            .any(|w| matches!(w, [a, b] if b.0 < a.0))
        {
            return Err(bad("calibration points out of order"));
        }
        let n_parity = r.u32()? as usize;
        let mut parity = Vec::with_capacity(n_parity.min(1024));
        for _ in 0..n_parity {
            let text = r.str()?.to_string();
            let (status, sub) = parse_canonical(r.str()?).map_err(bad)?;
            let (p_status, p_sub) = (r.f32()?, r.f32()?);
            parity.push(Parity {
                text,
                status,
                sub,
                p_status,
                p_sub,
            });
        }
        let status = r.head(bucket_bits)?;
        if status.classes.len() < 2 || status.classes.iter().any(|c| c.sub.is_some()) {
            return Err(bad(
                "the status head must read two statuses or more, no sub-status",
            ));
        }
        let mut subs = Vec::with_capacity(status.classes.len());
        for c in &status.classes {
            let head = r.head(bucket_bits)?;
            if head.classes.iter().any(|l| l.status != c.status) {
                return Err(bad(format!(
                    "the head of `{}` reads another status",
                    c.status.code()
                )));
            }
            subs.push(head);
        }
        if r.pos != bytes.len() {
            return Err(bad("bytes left after the weights"));
        }
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let model = TextModel {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            bucket_bits,
            char_min,
            char_max,
            status,
            subs,
            vocab_mask: (1u32 << vocab_bits) - 1,
            vocab,
            calibration,
            parity,
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

    /// The model's reading of a folded text: status, sub-status, the status's probability
    /// and the label's probability within the status (`None` when no feature).
    pub(crate) fn reading(&self, folded: &str) -> Option<(Status, Option<SubStatus>, f32, f32)> {
        self.with_buckets(
            folded,
            |_| true,
            |buckets| {
                if buckets.is_empty() {
                    return None;
                }
                let (si, ps) = self.status.best(buckets);
                let head = self.subs.get(si)?;
                let (li, pl) = head.best(buckets);
                let c = head.classes.get(li)?;
                Some((c.status, c.sub, ps, pl))
            },
        )
    }

    /// Calibrated confidence for a top-status probability, kept within 0.05..=0.95 (a
    /// model reading is never certain, and never shown as worthless: it passed `MIN_P`).
    fn calibrate(&self, p: f32) -> f32 {
        self.calibrate_raw(p).clamp(0.05, 0.95)
    }

    fn calibrate_raw(&self, p: f32) -> f32 {
        let c = &self.calibration;
        let Some(&(x0, y0)) = c.first() else {
            return p;
        };
        if p <= x0 {
            return y0;
        }
        for w in c.windows(2) {
            if let [(xa, ya), (xb, yb)] = *w
                && p <= xb
            {
                let t = if xb > xa { (p - xa) / (xb - xa) } else { 1.0 };
                return ya + t * (yb - ya);
            }
        }
        c.last().map_or(p, |&(_, y)| y)
    }

    /// Whether a word's hash is in the training words' set (up to a hash collision).
    fn knows(&self, word_hash: u32) -> bool {
        let h = word_hash & self.vocab_mask;
        self.vocab
            .get((h / 8) as usize)
            .is_some_and(|byte| byte & (1 << (h % 8)) != 0)
    }

    /// Reads a folded text; `None` when none of its words was in the training texts (then
    /// no pair or n-gram is hashed).
    pub(crate) fn predict(&self, folded: &str) -> Option<Prediction> {
        let known = |h| self.knows(h);
        self.with_buckets(folded, known, |buckets| {
            self.predict_buckets(folded, buckets)
        })
    }

    fn spec(&self) -> Spec {
        Spec {
            bucket_bits: self.bucket_bits,
            char_min: self.char_min,
            char_max: self.char_max,
        }
    }

    /// Calls `f` with the distinct buckets of a folded text under this model's features;
    /// `None` when `known` holds for none of its word hashes.
    fn with_buckets<R>(
        &self,
        folded: &str,
        known: impl Fn(u32) -> bool,
        f: impl FnOnce(&Buckets) -> Option<R>,
    ) -> Option<R> {
        features::with_buckets(folded, self.spec(), known, f).flatten()
    }

    fn predict_buckets(&self, folded: &str, buckets: &Buckets) -> Option<Prediction> {
        if buckets.is_empty() {
            return None;
        }
        let mut probs = [0f32; MAX_CLASSES];
        self.status.probs(buckets, &mut probs);
        let k = self.status.classes.len();
        let probs = probs.get(..k)?;
        let (si, p_status) = argmax(probs);
        let head = self.subs.get(si)?;
        let (li, p_sub) = head.best(buckets);
        let chosen = head.classes.get(li)?;
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
                let c = h.classes.get(h.best(buckets).0)?;
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
            p_class: p_status * p_sub,
            fallback,
            rule: rule_name(&self.status, self.spec(), folded, buckets, si),
        })
    }

    /// The label this model reads for a folded text among `status`'s labels: the label,
    /// its probability within the status, and `model:` with the n-grams that decided it.
    /// `None` when the model has one label (or none) for the status, or no feature.
    pub(crate) fn label_within(
        &self,
        folded: &str,
        status: Status,
    ) -> Option<(Option<SubStatus>, f32, String)> {
        let si = self
            .status
            .classes
            .iter()
            .position(|c| c.status == status)?;
        let head = self.subs.get(si).filter(|h| h.classes.len() > 1)?;
        self.with_buckets(
            folded,
            |_| true,
            |buckets| {
                if buckets.is_empty() {
                    return None;
                }
                let (li, p) = head.best(buckets);
                let c = head.classes.get(li)?;
                Some((c.sub, p, rule_name(head, self.spec(), folded, buckets, li)))
            },
        )
    }

    /// The trainer's readings of a few texts.
    #[cfg(test)]
    pub(crate) fn parity_samples(&self) -> &[Parity] {
        &self.parity
    }

    /// Size of the weight tables in bytes.
    #[cfg(test)]
    pub(crate) fn weight_bytes(&self) -> usize {
        let unpadded = |h: &Head| h.weights.len().saturating_sub(ROW_PAD);
        unpadded(&self.status) + self.subs.iter().map(unpadded).sum::<usize>()
    }
}
