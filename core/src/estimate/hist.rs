//! Per-lane distributions: histograms of whole business days (bins `0..=60` plus one overflow
//! bin) with recency-decayed weights, and the shortest interval holding a given mass.
//!
//! Learning adds one weight to one bin (O(1)); estimating reads at most [`BINS`] bins.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Number of bins: business days `0..=60`, then bin 61 for "more than 60".
pub const BINS: usize = 62;

/// A histogram of business days with (decayed) weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Hist {
    /// Weight per bin.
    pub w: [f64; BINS],
    /// Sum of the weights.
    pub total: f64,
}

impl Default for Hist {
    fn default() -> Self {
        Hist {
            w: [0.0; BINS],
            total: 0.0,
        }
    }
}

impl Hist {
    /// Adds `weight` to the bin of `days` (clamped into the overflow bin).
    #[inline]
    pub fn add(&mut self, days: u32, weight: f64) {
        let i = (days as usize).min(BINS - 1);
        if let Some(b) = self.w.get_mut(i) {
            *b += weight;
            self.total += weight;
        }
    }

    /// Adds another histogram, scaled.
    pub fn merge(&mut self, other: &Hist, scale: f64) {
        for (a, b) in self.w.iter_mut().zip(other.w.iter()) {
            *a += b * scale;
        }
        self.total += other.total * scale;
    }

    /// Multiplies every weight (used to rebase decayed weights).
    pub fn scale(&mut self, f: f64) {
        for a in &mut self.w {
            *a *= f;
        }
        self.total *= f;
    }

    /// The weight-`q` quantile bin (0 when empty).
    pub fn quantile(&self, q: f64) -> u32 {
        let target = self.total * q;
        let mut acc = 0.0;
        for (i, w) in self.w.iter().enumerate() {
            acc += w;
            if acc >= target && acc > 0.0 {
                return i as u32;
            }
        }
        (BINS - 1) as u32
    }
}

// Serialized as the weights up to the last non-zero bin, as f32 (enough for weights that
// are estimates anyway, and half the JSON size).
impl Serialize for Hist {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let end = self.w.iter().rposition(|w| *w > 0.0).map_or(0, |i| i + 1);
        let v: Vec<f32> = self.w.iter().take(end).map(|w| *w as f32).collect();
        v.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Hist {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v: Vec<f32> = Vec::deserialize(d)?;
        if v.len() > BINS {
            return Err(serde::de::Error::custom(format!(
                "histogram has {} bins, at most {BINS} allowed",
                v.len()
            )));
        }
        let mut h = Hist::default();
        for (i, x) in v.iter().enumerate() {
            let x = f64::from(*x);
            if !x.is_finite() || x < 0.0 {
                return Err(serde::de::Error::custom("histogram weight must be >= 0"));
            }
            h.add(i as u32, x);
        }
        Ok(h)
    }
}

/// The central (equal-tailed) interval `lo..=hi` holding `confidence` of the mass of `p`: `lo`
/// is the first bin where more than `(1 - confidence) / 2` of the mass is reached, `hi` the
/// first where at least `1 - (1 - confidence) / 2` is. At most half the missing mass lies on
/// either side. Returns `None` when `p` has no mass. O(len).
///
/// Windows are cut this way rather than as the shortest interval: for an interval scored by
/// width plus `2 / alpha` per day missed (the interval score), the expected score is least for
/// the `alpha / 2` and `1 - alpha / 2` quantiles (Gneiting & Raftery 2007, section 6.2),
/// whereas the shortest interval of a right-skewed transit distribution sits too early and
/// pays on its long right tail.
pub fn central_interval(p: &[f64], confidence: f64) -> Option<(usize, usize)> {
    let total: f64 = p.iter().sum();
    if total <= 0.0 || !total.is_finite() {
        return None;
    }
    let confidence = if confidence.is_nan() {
        0.9
    } else {
        confidence.clamp(0.0, 1.0)
    };
    let tail = (1.0 - confidence) / 2.0 * total;
    // A small tolerance so that floating-point sums never miss an exact target.
    let eps = 1e-12 * total;
    let mut acc = 0.0;
    let mut lo = None;
    let mut hi = p.len().saturating_sub(1);
    for (i, w) in p.iter().enumerate() {
        acc += w;
        if lo.is_none() && acc > tail + eps {
            lo = Some(i);
        }
        if acc >= total - tail - eps {
            hi = i;
            break;
        }
    }
    let lo = lo.unwrap_or(0).min(hi);
    Some((lo, hi))
}

/// The shortest run of bins `lo..=hi` whose mass reaches `confidence` of the total of `p`
/// (ties: the run with more mass, then the earlier one). Two pointers: O(len).
/// Returns `None` when `p` has no mass.
pub fn shortest_interval(p: &[f64], confidence: f64) -> Option<(usize, usize)> {
    let total: f64 = p.iter().sum();
    if total <= 0.0 || !total.is_finite() {
        return None;
    }
    // A small tolerance so that floating-point sums never miss an exact target.
    let target = (confidence * total - 1e-12 * total).max(0.0);
    let mut best: Option<(usize, usize, f64)> = None;
    let mut mass = 0.0;
    let mut lo = 0;
    for (hi, w) in p.iter().enumerate() {
        mass += w;
        // Shrink from the left while the run still reaches the target.
        while lo < hi && mass - p.get(lo).copied().unwrap_or(0.0) >= target {
            mass -= p.get(lo).copied().unwrap_or(0.0);
            lo += 1;
        }
        if mass >= target {
            let better = match best {
                None => true,
                Some((bl, bh, bm)) => {
                    let (len, blen) = (hi - lo, bh - bl);
                    len < blen || (len == blen && mass > bm + 1e-12)
                }
            };
            if better {
                best = Some((lo, hi, mass));
            }
        }
    }
    best.map(|(l, h, _)| (l, h))
}

/// FNV-1a, 64-bit: a fast hash for the model's short level keys (a few dozen bytes, not
/// attacker-chosen), about twice as fast there as the default SipHash.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// `BuildHasher` of [`Fnv`].
pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn central_interval_leaves_half_the_rest_on_each_side() {
        // Mass 0.1 in bins 0 and 1, 0.6 in bin 2, 0.2 in bin 6.
        let p = [0.1, 0.1, 0.6, 0.0, 0.0, 0.0, 0.2];
        // 0.8: 0.1 may be missed on each side: bins 1..=6 (the long right tail is kept).
        assert_eq!(central_interval(&p, 0.8), Some((1, 6)));
        assert_eq!(shortest_interval(&p, 0.8), Some((0, 2)));
        // 0.6: 0.2 may be missed on each side: bin 2 alone misses 0.2 left and 0.2 right.
        assert_eq!(central_interval(&p, 0.6), Some((2, 2)));
        assert_eq!(central_interval(&p, 1.0), Some((0, 6)));
        assert_eq!(central_interval(&[0.0, 1.0, 0.0], 0.9), Some((1, 1)));
        assert_eq!(central_interval(&[0.0; 4], 0.9), None);
        // Wider at a higher level, never narrower.
        let q = [0.05, 0.2, 0.3, 0.2, 0.1, 0.1, 0.05];
        let mut last = (usize::MAX, 0);
        for c in [0.5, 0.7, 0.8, 0.9, 0.95, 0.99] {
            let (lo, hi) = central_interval(&q, c).unwrap();
            assert!(lo <= last.0.min(lo) && hi >= last.1, "{c}");
            last = (lo, hi);
        }
    }

    #[test]
    fn shortest_interval_finds_the_dense_run() {
        let p = [0.0, 0.05, 0.4, 0.3, 0.15, 0.05, 0.05];
        assert_eq!(shortest_interval(&p, 0.7), Some((2, 3)));
        assert_eq!(shortest_interval(&p, 0.85), Some((2, 4)));
        assert_eq!(shortest_interval(&p, 1.0), Some((1, 6)));
        assert_eq!(shortest_interval(&[0.0; 4], 0.9), None);
    }

    #[test]
    fn histogram_round_trips_trimmed() {
        let mut h = Hist::default();
        h.add(3, 1.5);
        h.add(100, 0.5);
        let json = serde_json::to_string(&h).unwrap();
        let back: Hist = serde_json::from_str(&json).unwrap();
        assert_eq!(back, h);
        assert_eq!(h.quantile(0.5), 3);
        assert_eq!(h.quantile(0.9), (BINS - 1) as u32);
        assert!(serde_json::from_str::<Hist>("[-1.0]").is_err());
    }
}
