//! Reading a text model file (format 3, little-endian): `TCTM`, format, bucket bits, shortest
//! and longest n-gram, most words read, vocabulary bits and the vocabulary bit set,
//! calibration points, parity samples, then the status head and one head per status (labels;
//! with two or more, intercepts, scales and the bucket-major int8 weights).
//!
//! Format 2 (each bucket counted once per text) is refused with a message saying to retrain:
//! its weights were fitted to other features, and reading them with format 3's would give
//! other answers than its trainer's.

use crate::error::Error;
use crate::status::{Status, SubStatus};

use super::super::table::parse_canonical;
use super::features::MAX_WORDS;

pub(super) const MAGIC: &[u8; 4] = b"TCTM";
pub(super) const FORMAT: u32 = 3;
/// Most hash bits: bounds the weight table a model file may ask for (2^24 rows).
const MAX_BUCKET_BITS: u32 = 24;
/// Most bits of the vocabulary set's index (a 2 MB set).
const MAX_VOCAB_BITS: u32 = 24;
/// Most classes a head may have.
pub(super) const MAX_CLASSES: usize = 128;

pub(super) fn bad(reason: impl Into<String>) -> Error {
    Error::InvalidInput {
        field: "text model".into(),
        reason: reason.into(),
    }
}

/// A class label as the file names it: a status with an optional sub-status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Class {
    pub status: Status,
    pub sub: Option<SubStatus>,
}

/// A head as the file holds it: labels, and with two or more, intercepts, scales and
/// `2^bucket_bits x classes` weights, bucket-major.
pub(super) struct RawHead {
    pub classes: Vec<Class>,
    pub intercept: Vec<f32>,
    pub scale: Vec<f32>,
    pub weights: Vec<i8>,
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

/// Everything a model file holds.
pub(super) struct File {
    pub bucket_bits: u32,
    pub char_min: usize,
    pub char_max: usize,
    pub vocab_bits: u32,
    pub vocab: Vec<u8>,
    pub calibration: Vec<(f32, f32)>,
    pub parity: Vec<Parity>,
    pub status: RawHead,
    pub subs: Vec<RawHead>,
}

/// Reads little-endian values from a byte slice.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
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

    /// A head: its class labels, then (two classes or more) intercepts, scales and weights.
    fn head(&mut self, bucket_bits: u32) -> Result<RawHead, Error> {
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
            return Ok(RawHead {
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
        let weights = self.take(n_weights)?.iter().map(|&b| b as i8).collect();
        Ok(RawHead {
            classes,
            intercept,
            scale,
            weights,
        })
    }
}

/// Parses a model file (not yet checked against its parity samples).
pub(super) fn read(bytes: &[u8]) -> Result<File, Error> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(4)? != MAGIC {
        return Err(bad("not a text model file"));
    }
    let format = r.u32()?;
    if format == 2 {
        return Err(bad(
            "format 2 (each bucket counted once per text): this library reads format 3, \
             whose features count a bucket once per word; retrain the model with \
             tools/text-model/train.py",
        ));
    }
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
    let max_words = r.u32()? as usize;
    if max_words != MAX_WORDS {
        return Err(bad(format!(
            "the model reads {max_words} words of a text, this library {MAX_WORDS}"
        )));
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
    Ok(File {
        bucket_bits,
        char_min,
        char_max,
        vocab_bits,
        vocab,
        calibration,
        parity,
        status,
        subs,
    })
}
