//! A head's class probabilities: the softmax of its logits, with an exponential of its own.
//!
//! The library's `f32::exp` is a call into the C library (through the PLT, about 30
//! instructions each, one per class of the status head and of a label head: some 23 per new
//! text). [`exp_le0`] computes it inline in `f32` with a polynomial, so a head's 16-lane
//! block of exponentials is a few dozen vector instructions. It is within two units in the
//! last place of the C library's (the test below checks that, and that every built-in
//! table text's probabilities and calibrated confidence stay within 1e-6 of the ones the C
//! library's `expf` gives).

use super::super::format::MAX_CLASSES;
use super::super::scores::{Head, MAX_STATUSES, Sums};

/// Lanes per block of exponentials (the compiler vectorizes a block).
const BLOCK: usize = 16;

const _: () = assert!(MAX_STATUSES == BLOCK && MAX_CLASSES.is_multiple_of(BLOCK));

/// `e^d` for `d <= 0` (a logit minus the head's largest), as `f32`.
///
/// Cody and Waite's reduction (W. J. Cody, W. Waite, *Software Manual for the Elementary
/// Functions*, 1980): `d = k ln 2 + r` with `k` the integer nearest `d / ln 2` and
/// `|r| <= ln 2 / 2`, `ln 2` split in two so that `k ln 2` loses nothing; then
/// `e^d = 2^k e^r`, `e^r` from its Taylor series to degree 7 (the first term left out is
/// below `1e-8` of the result, under `f32`'s half unit of `6e-8`), and `2^k` written as the
/// exponent bits of an `f32`. Below `-87` it reads `-87` (`e^-87` is `1.6e-38`, where the C
/// library gives a subnormal or 0: either counts for nothing beside the head's best class,
/// whose term is 1); NaN stays NaN.
#[inline(always)]
pub(super) fn exp_le0(d: f32) -> f32 {
    // Adding 1.5 x 2^23 rounds to an integer (round to nearest) in the low mantissa bits.
    const SHIFT: f32 = 12_582_912.0;
    // ln 2 = LN2_HI + LN2_LO, LN2_HI with 15 significant bits (`k LN2_HI` is exact).
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    let d = d.clamp(-87.0, 0.0);
    let t = d * std::f32::consts::LOG2_E + SHIFT;
    let k = t - SHIFT;
    let r = (d - k * LN2_HI) - k * LN2_LO;
    // Horner over 1/n! for n = 7 down to 0.
    let mut p = 1.0 / 5_040.0;
    for c in [
        1.0 / 720.0,
        1.0 / 120.0,
        1.0 / 24.0,
        1.0 / 6.0,
        0.5,
        1.0,
        1.0,
    ] {
        p = p * r + c;
    }
    // `k` is in -126..=0: the low bits of `t` hold it (two's complement), and 2^k is the
    // `f32` with exponent bits `k + 127`.
    let k_bits = t.to_bits().wrapping_sub(SHIFT.to_bits());
    p * f32::from_bits(k_bits.wrapping_add(127) << 23)
}

/// Class probabilities of `head` into the first classes of `probs` from its summed lanes
/// `acc` over `n` features (one class: certain). `probs` is a whole number of blocks.
///
/// A block of 16 lanes at a time, on fixed-size arrays the compiler vectorizes: the head's
/// intercepts and scales are padded to whole blocks (`Head::new`), the padding's logits
/// `-inf`, so they change neither the largest logit nor the sum.
pub(super) fn head_probs(head: &Head, sums: Sums<'_>, n: u32, probs: &mut [f32]) {
    match sums {
        Sums::Narrow(acc) => probs_of(head, acc, n, probs),
        Sums::Wide(acc) => probs_of(head, acc, n, probs),
    }
}

/// [`head_probs`] on sums of either width (they are exact in both).
fn probs_of<A: Copy + Default + Into<i32>>(head: &Head, acc: &[A], n: u32, probs: &mut [f32]) {
    let k = head.classes.len().min(probs.len());
    if k == 1 {
        if let Some(p) = probs.first_mut() {
            *p = 1.0;
        }
        return;
    }
    let norm = if n == 0 { 0.0 } else { 1.0 / (n as f32).sqrt() };
    let used = probs
        .get_mut(..k.div_ceil(BLOCK) * BLOCK)
        .unwrap_or_default();
    let mut max = f32::NEG_INFINITY;
    for (i, block) in used.chunks_exact_mut(BLOCK).enumerate() {
        let lanes = i * BLOCK..(i + 1) * BLOCK;
        let (Ok(z), Some(Ok(b0)), Some(Ok(scale))) = (
            <&mut [f32; BLOCK]>::try_from(block),
            head.intercept
                .get(lanes.clone())
                .map(<&[f32; BLOCK]>::try_from),
            head.scale.get(lanes.clone()).map(<&[f32; BLOCK]>::try_from),
        ) else {
            continue;
        };
        // The block's sums; past the end of `acc` zero (padding lanes: their scale is 0).
        let block_max = match acc.get(lanes.clone()).map(<&[A; BLOCK]>::try_from) {
            Some(Ok(a)) => logits(z, a, b0, scale, norm),
            _ => {
                let mut a = [A::default(); BLOCK];
                for (a, &v) in a.iter_mut().zip(acc.get(lanes.start..).unwrap_or_default()) {
                    *a = v;
                }
                logits(z, &a, b0, scale, norm)
            }
        };
        if block_max > max {
            max = block_max;
        }
    }
    for block in used.chunks_exact_mut(BLOCK) {
        if let Ok(block) = <&mut [f32; BLOCK]>::try_from(block) {
            for p in block {
                *p = exp_le0(*p - max);
            }
        }
    }
    let probs = probs.get_mut(..k).unwrap_or_default();
    let mut sum = 0.0;
    for &p in probs.iter() {
        sum += p;
    }
    for p in probs.iter_mut() {
        *p /= sum;
    }
}

/// A block's logits into `z` from its sums `a`, intercepts `b0` and scales `s`, and their
/// largest (`-inf` if none is larger; NaN is passed over as `f32::max` does).
///
/// Never inlined: as a function of its own its `&mut` output is known not to overlap its
/// inputs, and the loop is vectorized; inlined it was one scalar multiply per lane.
#[inline(never)]
fn logits<A: Copy + Into<i32>>(
    z: &mut [f32; BLOCK],
    a: &[A; BLOCK],
    b0: &[f32; BLOCK],
    s: &[f32; BLOCK],
    norm: f32,
) -> f32 {
    for (((z, &a), &b0), &s) in z.iter_mut().zip(a).zip(b0).zip(s) {
        *z = b0 + s * (a.into() as f32 * norm);
    }
    let mut max = f32::NEG_INFINITY;
    for &z in z.iter() {
        if z > max {
            max = z;
        }
    }
    max
}

/// The most probable class of `head` and its probability (ties: the earlier class).
pub(super) fn head_best(head: &Head, sums: Sums<'_>, n: u32) -> (usize, f32) {
    let k = head.classes.len();
    if k <= BLOCK {
        let mut probs = [0f32; BLOCK];
        head_probs(head, sums, n, &mut probs);
        argmax(probs.get(..k).unwrap_or_default())
    } else {
        let mut probs = [0f32; MAX_CLASSES];
        head_probs(head, sums, n, &mut probs);
        argmax(probs.get(..k).unwrap_or_default())
    }
}

/// Index and value of the largest of `p` (ties: the first).
pub(super) fn argmax(p: &[f32]) -> (usize, f32) {
    let mut best = (0, f32::NEG_INFINITY);
    for (i, &v) in p.iter().enumerate() {
        if v > best.1 {
            best = (i, v);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::super::TextModel;
    use super::*;
    use crate::normalize::corpus::{builtin_texts, fold_text};

    /// Units in the last place between two finite positive `f32`s.
    fn ulps(a: f32, b: f32) -> u32 {
        a.to_bits().abs_diff(b.to_bits())
    }

    #[test]
    fn the_exponential_is_the_c_librarys_within_two_units() {
        // Every 2^-12 from 0 down to -87 (356,353 inputs).
        let mut worst = 0;
        for i in 0..=356_352u32 {
            let d = -(i as f32) / 4096.0;
            let (ours, c) = (exp_le0(d), d.exp());
            worst = worst.max(ulps(ours, c));
            let exact = f64::from(d).exp();
            assert!(
                (f64::from(ours) - exact).abs() <= 2.5e-7 * exact,
                "{d}: {ours} vs {exact}"
            );
        }
        assert!(worst <= 2, "{worst} units from the C library's expf");
        assert_eq!(exp_le0(0.0), 1.0);
        assert!(exp_le0(-200.0) < 2e-38);
        assert!(exp_le0(f32::NEG_INFINITY) < 2e-38);
        assert!(exp_le0(f32::NAN).is_nan());
    }

    /// A head's probabilities as this library computed them before [`exp_le0`] (`f32`,
    /// the C library's `expf`), and with `f64` arithmetic throughout.
    fn reference(head: &Head, acc: &[i32], n: u32) -> (Vec<f32>, Vec<f64>) {
        let norm = if n == 0 { 0.0 } else { 1.0 / (n as f32).sqrt() };
        let z: Vec<f32> = acc
            .iter()
            .take(head.classes.len())
            .zip(&head.intercept)
            .zip(&head.scale)
            .map(|((&a, &b0), &s)| b0 + s * (a as f32 * norm))
            .collect();
        let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let e: Vec<f32> = z.iter().map(|z| (z - max).exp()).collect();
        let sum = e.iter().fold(0.0, |s, e| s + e);
        let before = e.iter().map(|e| e / sum).collect();
        let e: Vec<f64> = z.iter().map(|&z| f64::from(z - max).exp()).collect();
        let sum: f64 = e.iter().sum();
        (before, e.iter().map(|e| e / sum).collect())
    }

    #[test]
    fn probabilities_and_confidence_stay_within_1e_6_of_exact_ones() {
        let m = TextModel::builtin().unwrap();
        let mut texts: Vec<String> = builtin_texts()
            .iter()
            .map(|t| fold_text(t.description))
            .collect();
        texts.extend(m.parity_samples().iter().map(|p| p.text.clone()));
        let (mut read, mut worst) = (0, 0f32);
        for folded in &texts {
            m.with_scores(folded, false, |s| {
                let mut probs = [0f32; BLOCK];
                head_probs(&m.status, m.head_sums(s, &m.status), s.n, &mut probs);
                let wide = s.widened();
                let (before, exact) = reference(&m.status, &wide, s.n);
                for ((&p, &b), &x) in probs.iter().zip(&before).zip(&exact) {
                    assert!((p - b).abs() <= 1e-6, "{folded:?}: {p} vs {b} before");
                    assert!((f64::from(p) - x).abs() <= 1e-6, "{folded:?}: {p} vs {x}");
                }
                let (si, ps) = argmax(&probs[..before.len()]);
                let (bi, pb) = argmax(&before);
                assert_eq!(si, bi, "{folded:?}");
                // The calibration curve's slope magnifies f32 rounding: at most 1e-6 between
                // the two f32 computations, a little more from the exact one.
                let conf = m.calibrate(ps);
                let was = m.calibrate(pb);
                assert!((conf - was).abs() <= 1e-6, "{folded:?}: {conf} vs {was}");
                let exact = m.calibrate(exact[si] as f32);
                assert!(
                    (conf - exact).abs() <= 1e-5,
                    "{folded:?}: {conf} vs {exact}"
                );
                worst = worst.max((conf - was).abs());
                let head = &m.subs[si];
                if head.classes.len() > 1 {
                    let sums = m.head_sums(s, head);
                    let (li, pl) = head_best(head, sums, s.n);
                    let (before, _) = reference(head, &wide[head.offset..], s.n);
                    let (bi, pb) = argmax(&before);
                    assert_eq!(li, bi, "{folded:?}");
                    assert!((pl - pb).abs() <= 1e-6, "{folded:?}: {pl} vs {pb}");
                }
                read += 1;
                Some(())
            });
        }
        assert!(read > 1000, "{read} texts read");
        eprintln!("{read} texts: confidence at most {worst:e} from the C library's");
    }
}
