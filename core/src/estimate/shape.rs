//! Shaping a distribution over business-day bins: stretching (short memory, season, the
//! shop's promise), conditioning on elapsed days, status evidence, and the median.

use super::WindowSource;
use super::hist::BINS;
use super::priors::convolve;
use crate::status::{Status, SubStatus};

/// A distribution over bins with what it rests on.
pub(super) struct Dist {
    pub p: [f64; BINS],
    pub source: WindowSource,
    pub basis: String,
}

/// The distribution stretched by `f` (bin `i` moves to `(i + 1) f - 1`, split between the two
/// nearest bins).
pub(super) fn stretch(p: &[f64; BINS], f: f64) -> [f64; BINS] {
    let mut out = [0.0; BINS];
    for (i, w) in p.iter().enumerate() {
        if *w <= 0.0 {
            continue;
        }
        let x = ((i as f64 + 1.0) * f - 1.0).clamp(0.0, (BINS - 1) as f64);
        let lo = x as usize;
        let frac = x - lo as f64;
        if let Some(o) = out.get_mut(lo) {
            *o += w * (1.0 - frac);
        }
        if let Some(o) = out.get_mut((lo + 1).min(BINS - 1)) {
            *o += w * frac;
        }
    }
    out
}

/// The bin where the cumulative mass first reaches half: the day that minimizes the expected
/// error in days (the mode of a right-skewed transit distribution is too early).
pub(super) fn median_bin(p: &[f64; BINS]) -> usize {
    let total: f64 = p.iter().sum();
    let mut acc = 0.0;
    for (i, w) in p.iter().enumerate() {
        acc += w;
        if acc >= total / 2.0 {
            return i;
        }
    }
    BINS - 1
}

/// Removes the mass of bins before `min_bin`. When nothing is left (delivery is later than
/// anything seen), spreads a decaying tail from `min_bin` on and says so. Returns the share
/// of deliveries that would have arrived by now (0..1), for the basis to say why a window
/// widened ([`waited_longer_than_most`]).
pub(super) fn condition(d: &mut Dist, min_bin: usize) -> f64 {
    let min_bin = min_bin.min(BINS - 1);
    let total: f64 = d.p.iter().sum();
    for b in d.p.iter_mut().take(min_bin) {
        *b = 0.0;
    }
    let left: f64 = d.p.iter().sum();
    if left <= 1e-9 {
        let mut w = 1.0;
        for b in d.p.iter_mut().skip(min_bin) {
            *b = w;
            w *= 0.6;
        }
        d.basis.push_str(
            "; already later than any delivery seen, so the window stretches over the next days",
        );
        return 1.0;
    }
    if total > 0.0 { 1.0 - left / total } else { 0.0 }
}

/// Why a window conditioned on the days gone by is wide, in words (R4: a 7-business-day
/// window described only as "published standard 1-2 business days" reads as a
/// contradiction): when most deliveries (`arrived` of them, 0..1) would have arrived within
/// the `elapsed` business days since the start, only the slow ones remain to draw from.
pub(super) fn waited_longer_than_most(d: &mut Dist, arrived: f64, elapsed: usize) {
    if (0.5..1.0).contains(&arrived) && elapsed > 0 {
        d.basis.push_str(&format!(
            "; {elapsed} business {} gone by without delivery, longer than {:.0}% of \
             deliveries take: the window is drawn from the slower ones, so it is wider",
            if elapsed == 1 { "day has" } else { "days have" },
            (arrived * 100.0).floor()
        ));
    }
}

/// Status evidence, as business days from today (bin `min_bin`). Out for delivery means today;
/// at the local depot today or the next business day; after a failed attempt the next try;
/// waiting at a pickup point until the customer comes; an exception delays by a few days.
/// These shapes are set by hand from how carriers run the last mile, not learned.
/// Returns whether the status replaced the distribution.
pub(super) fn apply_status(
    d: &mut Dist,
    status: Option<Status>,
    sub: Option<SubStatus>,
    min_bin: usize,
) -> bool {
    let fixed: Option<&[f64]> = match (status, sub) {
        (Some(Status::OutForDelivery), _) => Some(&[0.93, 0.05, 0.02]),
        (_, Some(SubStatus::InTransitAtLocalFacility)) => Some(&[0.45, 0.4, 0.1, 0.05]),
        (Some(Status::AttemptFail), _) => Some(&[0.1, 0.6, 0.2, 0.1]),
        (Some(Status::AvailableForPickup), _) => {
            Some(&[0.3, 0.2, 0.15, 0.1, 0.08, 0.07, 0.05, 0.05])
        }
        _ => None,
    };
    if let Some(shape) = fixed {
        let mut p = [0.0; BINS];
        for (i, w) in shape.iter().enumerate() {
            if let Some(b) = p.get_mut((min_bin + i).min(BINS - 1)) {
                *b += w;
            }
        }
        d.p = p;
        d.basis.push_str(&format!(
            "; current status: {}",
            sub.map_or_else(|| status.map_or("", |s| s.code()), |s| s.code())
                .replace('_', " ")
        ));
        return true;
    }
    if status == Some(Status::Exception) {
        // Delay of 0-4 business days on top of the normal remaining transit.
        let delay = [0.2, 0.3, 0.2, 0.15, 0.15];
        let mut k = [0.0; BINS];
        for (kb, w) in k.iter_mut().zip(delay.iter()) {
            *kb = *w;
        }
        d.p = convolve(&d.p, &k);
        d.basis
            .push_str("; the carrier reported a problem, so a few days of delay are allowed for");
    }
    false
}

/// `1240` -> `1,240`.
pub(crate) fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}
