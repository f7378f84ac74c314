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
        if !(1..=24).contains(&bucket_bits)
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
        let model = TextModel {
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

    /// The embedded model.
    pub(crate) fn builtin() -> Option<&'static TextModel> {
        static M: std::sync::OnceLock<Option<TextModel>> = std::sync::OnceLock::new();
        M.get_or_init(|| TextModel::from_bytes(BUILTIN).ok())
            .as_ref()
    }

    /// Calls `f(hash, name)` for each feature of a folded text, in the trainer's order, at
    /// most [`MAX_FEATURES`] times.
    fn for_each_feature(&self, folded: &str, mut f: impl FnMut(u32, Name)) {
        let mut n = 0usize;
        let mut emit = |h: u32, name: Name| {
            if n < MAX_FEATURES {
                n += 1;
                f(h, name);
            }
        };
        let words = || {
            folded.split(' ').filter(|w| !w.is_empty()).map(|w| {
                let start = w.as_ptr() as usize - folded.as_ptr() as usize;
                (start, start + w.len(), w)
            })
        };
        for (s, e, w) in words() {
            emit(fnv1a(b'w', &[w.as_bytes()]), Name::Span(s, e));
        }
        let mut prev: Option<(usize, &str)> = None;
        for (s, e, w) in words() {
            if let Some((ps, p)) = prev {
                emit(
                    fnv1a(b'b', &[p.as_bytes(), b" ", w.as_bytes()]),
                    Name::Span(ps, e),
                );
            }
            prev = Some((s, w));
        }
        let mut padded = String::new();
        let mut bounds: Vec<usize> = Vec::new();
        for (s, e, w) in words() {
            padded.clear();
            padded.push(' ');
            padded.push_str(w);
            padded.push(' ');
            bounds.clear();
            bounds.extend(padded.char_indices().map(|(i, _)| i));
            bounds.push(padded.len());
            let chars = bounds.len() - 1;
            for len in self.char_min..=self.char_max {
                for start in 0..(chars + 1).saturating_sub(len) {
                    let (Some(&a), Some(&b)) = (bounds.get(start), bounds.get(start + len)) else {
                        continue;
                    };
                    if let Some(g) = padded.get(a..b) {
                        emit(fnv1a(b'c', &[g.as_bytes()]), Name::Gram(s, e, a, b));
                    }
                }
            }
        }
    }

    /// Class probabilities of a folded text, and its distinct buckets with a feature each.
    fn scores(&self, folded: &str, probs: &mut [f32; MAX_CLASSES]) -> Vec<(u32, Name)> {
        let mask = (1u32 << self.bucket_bits) - 1;
        let mut feats: Vec<(u32, Name)> = Vec::with_capacity(192);
        self.for_each_feature(folded, |h, name| feats.push((h & mask, name)));
        feats.sort_unstable_by_key(|f| f.0);
        feats.dedup_by_key(|f| f.0);
        let k = self.classes.len();
        let mut acc = [0i32; MAX_CLASSES];
        for &(b, _) in &feats {
            let start = b as usize * k;
            if let Some(row) = self.weights.get(start..start + k) {
                for (a, &w) in acc.iter_mut().zip(row) {
                    *a += i32::from(w);
                }
            }
        }
        let norm = if feats.is_empty() {
            0.0
        } else {
            1.0 / (feats.len() as f32).sqrt()
        };
        let mut max = f32::NEG_INFINITY;
        for (i, p) in probs.iter_mut().enumerate().take(k) {
            let (Some(b0), Some(s), Some(a)) =
                (self.intercept.get(i), self.scale.get(i), acc.get(i))
            else {
                continue;
            };
            *p = b0 + s * (*a as f32 * norm);
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
        feats
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
        let feats = self.scores(folded, &mut probs);
        if feats.is_empty() {
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
        let mut contrib: Vec<(i8, Name)> = feats
            .iter()
            .filter_map(|&(b, name)| Some((*self.weights.get(b as usize * k + class)?, name)))
            .filter(|(w, name)| *w > 0 && name.readable())
            .collect();
        contrib.sort_by_key(|c| std::cmp::Reverse(c.0));
        let top = contrib
            .iter()
            .take(TOP_NGRAMS)
            .map(|(_, n)| n.text(folded))
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

/// 32-bit FNV-1a over a kind byte then the parts' bytes (Fowler, Noll, Vo; the parameters
/// of the FNV specification, draft-eastlake-fnv).
fn fnv1a(kind: u8, parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in std::iter::once(&kind).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}
