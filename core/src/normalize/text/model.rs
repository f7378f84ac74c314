//! The learned text model: multinomial logistic regression over hashed n-grams of the folded
//! text, trained by `tools/text-model/train.py` (scikit-learn) and read here from a compact
//! file (int8 weights). Only inference runs in Rust.
//!
//! Features (must stay identical to `features()` in train.py): the words of the folded text
//! (`w`), adjacent word pairs (`b`), and character n-grams of each word padded with a space
//! on each side (`c`); each is hashed with 32-bit FNV-1a over the kind byte then the UTF-8
//! bytes, and kept modulo the bucket count. A text's vector is binary over its distinct
//! buckets, scaled by `1/sqrt(count)`. At most [`MAX_FEATURES`] features are read, in that
//! order (words, pairs, n-grams by length then position).

use std::fmt;

use crate::error::Error;
use crate::status::{Status, SubStatus};

use super::super::table::parse_canonical;

/// The model the library embeds (see `tools/text-model/README.md` to retrain it).
pub(crate) static BUILTIN: &[u8] = include_bytes!("../../../models/text_model.bin");

const MAGIC: &[u8; 4] = b"TCTM";
const FORMAT: u32 = 1;
/// Most features read from one text (long texts keep their first words).
pub(crate) const MAX_FEATURES: usize = 512;
/// Most hash bits (a bucket and a 9-bit feature index share one `u32` while sorting).
const MAX_BUCKET_BITS: u32 = 22;
/// Most classes a model may have (scores live in a fixed array, no allocation per event).
const MAX_CLASSES: usize = 128;
/// Most n-grams named in a rule.
const TOP_NGRAMS: usize = 2;

/// One class of the model: a status with an optional sub-status.
#[derive(Debug, Clone)]
struct Class {
    status: Status,
    sub: Option<SubStatus>,
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
    classes: Vec<Class>,
    intercept: Vec<f32>,
    scale: Vec<f32>,
    /// Isotonic calibration: top-status probability -> measured accuracy, sorted by x.
    calibration: Vec<(f32, f32)>,
    /// Texts with the class index and probability the trainer computed (parity check).
    parity: Vec<(String, usize, f32)>,
    /// `2^bucket_bits x classes`, bucket-major.
    weights: Vec<i8>,
}

impl fmt::Debug for TextModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TextModel")
            .field("buckets", &(1usize << self.bucket_bits))
            .field("classes", &self.classes.len())
            .finish_non_exhaustive()
    }
}

/// Where a feature's text is in the folded text (names are built only for the deciding ones).
#[derive(Debug, Clone, Copy)]
enum Name {
    /// Bytes `start..end` of the folded text (a word, or two words and the space between).
    Span(usize, usize),
    /// Bytes `a..b` of the word at `start..end` padded with a space each side.
    Gram(usize, usize, usize, usize),
}

impl Name {
    /// Whether the feature says something to a person: a word, a pair, or an n-gram of at
    /// least three letters.
    fn readable(self) -> bool {
        match self {
            Name::Span(..) => true,
            Name::Gram(s, e, a, b) => {
                let edges = usize::from(a == 0) + usize::from(b == e - s + 2);
                b - a >= 3 + edges
            }
        }
    }

    /// The feature as a person reads it; `_` marks a word edge of a character n-gram.
    fn text(self, folded: &str) -> String {
        match self {
            Name::Span(s, e) => folded.get(s..e).unwrap_or_default().to_string(),
            Name::Gram(s, e, a, b) => {
                let padded = format!(" {} ", folded.get(s..e).unwrap_or_default());
                padded.get(a..b).unwrap_or_default().replace(' ', "_")
            }
        }
    }
}

/// The distinct buckets of a text, in the order first seen, each with the index (in `names`) of the first
/// feature that fell into it.
struct Scored {
    buckets: Vec<(u32, u16)>,
    names: Vec<Name>,
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
    /// Probability of the chosen class alone.
    pub p_class: f32,
    /// The best status other than `delivered`, with its calibrated confidence (used when a
    /// guard refuses `delivered`).
    pub fallback: Option<(Status, Option<SubStatus>, f32)>,
    /// The n-grams that pushed most towards the chosen class (`_` marks a word edge).
    pub top: Vec<String>,
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
        let n_classes = r.u32()? as usize;
        if !(1..=MAX_BUCKET_BITS).contains(&bucket_bits)
            || char_min == 0
            || char_max < char_min
            || char_max > 8
            || !(2..=MAX_CLASSES).contains(&n_classes)
        {
            return Err(bad("header out of range"));
        }
        let mut classes = Vec::with_capacity(n_classes);
        for _ in 0..n_classes {
            let label = r.str()?;
            let (status, sub) = parse_canonical(label).map_err(bad)?;
            classes.push(Class { status, sub });
        }
        let intercept = (0..n_classes).map(|_| r.f32()).collect::<Result<_, _>>()?;
        let scale = (0..n_classes).map(|_| r.f32()).collect::<Result<_, _>>()?;
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
            let class = usize::from(r.u16()?);
            let p = r.f32()?;
            parity.push((text, class, p));
        }
        let n_weights = (1usize << bucket_bits)
            .checked_mul(n_classes)
            .ok_or_else(|| bad("too many weights"))?;
        let weights = r.take(n_weights)?.iter().map(|&b| b as i8).collect();
        if r.pos != bytes.len() {
            return Err(bad("bytes left after the weights"));
        }
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let model = TextModel {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            bucket_bits,
            char_min,
            char_max,
            classes,
            intercept,
            scale,
            calibration,
            parity,
            weights,
        };
        // The trainer's own readings of a few texts: a model from a trainer whose features
        // differ from ours is refused rather than read wrongly.
        for (text, class, p) in &model.parity {
            let (got, gp) = model.argmax(text);
            if got != *class || (gp - p).abs() > 1e-3 {
                return Err(bad(format!(
                    "reads {text:?} differently from its trainer: features differ"
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

    /// Calls `f(hash, name)` for each feature of a folded text, in the trainer's order, at
    /// most [`MAX_FEATURES`] times. Hashes are computed in place (no padded copy of a word):
    /// the n-grams of ` word ` read the virtual spaces at either end.
    fn for_each_feature(&self, folded: &str, mut f: impl FnMut(u32, Name)) {
        let mut n = 0usize;
        let mut emit = |h: u32, name: Name| {
            if n < MAX_FEATURES {
                n += 1;
                f(h, name);
            }
        };
        let base = folded.as_ptr() as usize;
        let words = || {
            folded.split(' ').filter(|w| !w.is_empty()).map(|w| {
                let start = w.as_ptr() as usize - base;
                (start, start + w.len(), w.as_bytes())
            })
        };
        for (s, e, w) in words() {
            emit(fnv_bytes(fnv_step(FNV_INIT, b'w'), w), Name::Span(s, e));
        }
        let mut prev: Option<(usize, &[u8])> = None;
        for (s, e, w) in words() {
            if let Some((ps, p)) = prev {
                let h = fnv_bytes(fnv_step(fnv_bytes(fnv_step(FNV_INIT, b'b'), p), b' '), w);
                emit(h, Name::Span(ps, e));
            }
            prev = Some((s, w));
        }
        // Character boundaries of ` word ` (byte offsets into the padded word).
        let mut bounds: Vec<usize> = Vec::with_capacity(32);
        for (s, e, w) in words() {
            bounds.clear();
            bounds.push(0);
            bounds.extend(
                w.iter()
                    .enumerate()
                    .filter(|&(_, &b)| (b as i8) >= -0x40) // not a UTF-8 continuation byte
                    .map(|(i, _)| i + 1),
            );
            bounds.push(w.len() + 1);
            bounds.push(w.len() + 2);
            let chars = bounds.len() - 1;
            let byte = |i: usize| -> u8 {
                if i == 0 || i > w.len() {
                    b' '
                } else {
                    w.get(i - 1).copied().unwrap_or(b' ')
                }
            };
            for len in self.char_min..=self.char_max {
                for start in 0..(chars + 1).saturating_sub(len) {
                    let (Some(&a), Some(&b)) = (bounds.get(start), bounds.get(start + len)) else {
                        continue;
                    };
                    let h = (a..b).fold(fnv_step(FNV_INIT, b'c'), |h, i| fnv_step(h, byte(i)));
                    emit(h, Name::Gram(s, e, a, b));
                }
            }
        }
    }

    /// Class probabilities of a folded text into `probs`, and its distinct buckets with one feature name each (the first feature, in the trainer's order, that fell into
    /// the bucket).
    ///
    /// Speed (the text path's budget is 1 us per event, benches/normalize_status.rs): repeated
    /// buckets are found with a small hash set on the stack (no sort, no allocation), and the
    /// int8 rows are summed into fixed arrays of the class count, loops the compiler
    /// vectorises.
    fn scores(&self, folded: &str, probs: &mut [f32; MAX_CLASSES]) -> Scored {
        let mask = (1u32 << self.bucket_bits) - 1;
        let mut seen = BucketSet::new();
        let mut names: Vec<Name> = Vec::with_capacity(128);
        let mut buckets: Vec<(u32, u16)> = Vec::with_capacity(128);
        self.for_each_feature(folded, |h, name| {
            let b = h & mask;
            if seen.insert(b) {
                // At most MAX_FEATURES (512) names: the index fits in a u16.
                buckets.push((b, names.len() as u16));
            }
            names.push(name);
        });
        let k = self.classes.len();
        // Rows are summed in i16 (twice the lanes of i32), moved into i32 every
        // `ROWS_PER_I16` rows, before a sum of int8 could leave the i16 range.
        const ROWS_PER_I16: usize = 255;
        let mut acc = [0i32; MAX_CLASSES];
        let acc_k = acc.get_mut(..k).unwrap_or_default();
        for chunk in buckets.chunks(ROWS_PER_I16) {
            let mut acc16 = [0i16; MAX_CLASSES];
            let acc16_k = acc16.get_mut(..k).unwrap_or_default();
            for &(b, _) in chunk {
                let start = b as usize * k;
                if let Some(row) = self.weights.get(start..start + k) {
                    for (a, &w) in acc16_k.iter_mut().zip(row) {
                        *a = a.wrapping_add(i16::from(w));
                    }
                }
            }
            for (a, &a16) in acc_k.iter_mut().zip(acc16_k.iter()) {
                *a += i32::from(a16);
            }
        }
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
        Scored { buckets, names }
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

    /// The best class within `status`, by probability.
    fn best_in(&self, probs: &[f32], status: Status) -> Option<usize> {
        let mut best: Option<(usize, f32)> = None;
        for (i, (c, &p)) in self.classes.iter().zip(probs).enumerate() {
            if c.status == status && best.is_none_or(|(_, bp)| p > bp) {
                best = Some((i, p));
            }
        }
        best.map(|(i, _)| i)
    }

    /// Reads a folded text.
    pub(crate) fn predict(&self, folded: &str) -> Option<Prediction> {
        let mut probs = [0f32; MAX_CLASSES];
        let scored = self.scores(folded, &mut probs);
        if scored.buckets.is_empty() {
            return None;
        }
        let k = self.classes.len();
        let probs = probs.get(..k)?;
        // Probability per status: the sum over its classes.
        let mut by_status: Vec<(Status, f32)> = Vec::with_capacity(16);
        for (c, &p) in self.classes.iter().zip(probs) {
            match by_status.iter_mut().find(|(s, _)| *s == c.status) {
                Some((_, sp)) => *sp += p,
                None => by_status.push((c.status, p)),
            }
        }
        by_status.sort_by(|a, b| b.1.total_cmp(&a.1));
        let &(status, p_status) = by_status.first()?;
        let class = self.best_in(probs, status)?;
        let chosen = self.classes.get(class)?;
        let fallback = by_status
            .iter()
            .find(|(s, _)| *s != Status::Delivered)
            .and_then(|&(s, p)| {
                let c = self.classes.get(self.best_in(probs, s)?)?;
                Some((c.status, c.sub, self.calibrate(p)))
            });
        // The n-grams that weigh most for the chosen class.
        // The readable n-grams that weigh most for the chosen class (ties: the earlier one).
        let mut best: Vec<(i8, u16)> = scored
            .buckets
            .iter()
            .filter_map(|&(b, i)| Some((*self.weights.get(b as usize * k + class)?, i)))
            .filter(|&(w, i)| {
                w > 0
                    && scored
                        .names
                        .get(usize::from(i))
                        .is_some_and(|n| n.readable())
            })
            .collect();
        best.sort_unstable_by_key(|&(w, i)| (std::cmp::Reverse(w), i));
        best.truncate(TOP_NGRAMS);
        let top = best
            .iter()
            .filter_map(|&(_, i)| scored.names.get(usize::from(i)))
            .map(|n| n.text(folded))
            .collect();
        Some(Prediction {
            status: chosen.status,
            sub: chosen.sub,
            confidence: self.calibrate(p_status),
            p_status,
            p_class: probs.get(class).copied().unwrap_or_default(),
            fallback,
            top,
        })
    }

    /// Texts the trainer scored, with the class index and probability it computed.
    #[cfg(test)]
    pub(crate) fn parity_samples(&self) -> &[(String, usize, f32)] {
        &self.parity
    }

    /// Class index and probability of the most probable class (parity checks).
    pub(crate) fn argmax(&self, folded: &str) -> (usize, f32) {
        let mut probs = [0f32; MAX_CLASSES];
        let _ = self.scores(folded, &mut probs);
        let mut best = (0, 0.0);
        for (i, &p) in probs.iter().enumerate().take(self.classes.len()) {
            if p > best.1 {
                best = (i, p);
            }
        }
        best
    }

    /// Size of the weight table in bytes.
    #[cfg(test)]
    pub(crate) fn weight_bytes(&self) -> usize {
        self.weights.len()
    }
}

/// Which buckets a text has already used: open addressing over twice [`MAX_FEATURES`] slots,
/// so it never fills.
struct BucketSet {
    slots: [u32; 2 * MAX_FEATURES],
}

impl BucketSet {
    const EMPTY: u32 = u32::MAX;

    fn new() -> Self {
        BucketSet {
            slots: [Self::EMPTY; 2 * MAX_FEATURES],
        }
    }

    /// Adds `b` (a bucket, below 2^MAX_BUCKET_BITS); whether it was new.
    fn insert(&mut self, b: u32) -> bool {
        let n = self.slots.len();
        // Fibonacci hashing spreads neighbouring buckets over the slots.
        let mut i = (b.wrapping_mul(0x9e37_79b9) >> 22) as usize % n;
        for _ in 0..n {
            match self.slots.get_mut(i) {
                Some(slot) if *slot == Self::EMPTY => {
                    *slot = b;
                    return true;
                }
                Some(slot) if *slot == b => return false,
                _ => i = (i + 1) % n,
            }
        }
        false
    }
}

/// 32-bit FNV-1a (Fowler, Noll, Vo; the parameters of the FNV specification,
/// draft-eastlake-fnv): the offset basis, one step per byte. A feature hashes its kind byte
/// then its UTF-8 bytes.
const FNV_INIT: u32 = 0x811c_9dc5;

#[inline]
fn fnv_step(h: u32, b: u8) -> u32 {
    (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
}

#[inline]
fn fnv_bytes(h: u32, bytes: &[u8]) -> u32 {
    bytes.iter().fold(h, |h, &b| fnv_step(h, b))
}
