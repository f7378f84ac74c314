//! Ranking of the accepting formats, ambiguity, and caller hints that break ties.

use std::cmp::Reverse;

use super::{Candidate, Identification, identify};
use crate::carrier;

/// Pattern-only candidates below this confidence (e.g. "any 14 digits") do not make a result
/// ambiguous; a verified candidate or a specific shape does.
pub(super) const PLAUSIBLE: f64 = 0.3;

/// Sorts best first and shares confidence out when several carriers remain plausible.
/// Returns whether the result is ambiguous.
pub(super) fn rank(cands: &mut [Candidate]) -> bool {
    if cands.len() < 2 {
        return false;
    }
    cands.sort_by(|a, b| {
        b.check_digit_verified
            .cmp(&a.check_digit_verified)
            .then(a.rank.cmp(&b.rank))
            .then(a.space.total_cmp(&b.space))
            .then(b.confidence.total_cmp(&a.confidence))
    });
    let mut best: Vec<(&str, f64)> = Vec::new();
    for c in cands.iter() {
        if !(c.check_digit_verified || c.prior >= PLAUSIBLE) {
            continue;
        }
        match best.iter_mut().find(|(k, _)| *k == c.carrier) {
            Some((_, v)) => *v = v.max(c.confidence),
            None => best.push((c.carrier, c.confidence)),
        }
    }
    let ambiguous = best.len() > 1;
    if ambiguous {
        let total: f64 = best.iter().map(|(_, v)| v).sum();
        if total > 0.0 {
            // Each reading's share of the plausibility, handed out in ranked order so that
            // the confidences never contradict the ranking.
            let mut shares: Vec<f64> = cands
                .iter()
                .map(|c| (c.confidence * c.confidence / total * 1000.0).round() / 1000.0)
                .collect();
            shares.sort_by(|a, b| b.total_cmp(a));
            for (c, s) in cands.iter_mut().zip(shares) {
                c.confidence = s;
            }
        }
    }
    ambiguous
}

/// What the caller knows that the number does not say. A hint only reorders the accepting
/// formats (it never makes an invalid number valid): hinted carriers first, then carriers
/// serving the hinted country, each group in its normal order.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hint<'a> {
    /// Carriers the merchant ships with (slugs, names or aliases).
    pub carriers: &'a [&'a str],
    /// Country the parcel ships from or to (ISO 3166 alpha-2).
    pub country: Option<&'a str>,
}

/// [`identify`] with a [`Hint`]. `ambiguous` is cleared when exactly one hinted carrier accepts
/// the number (a family name such as `dhl` counts for every DHL division), or, without a
/// carrier hint, when exactly one of the plausible accepting carriers is at home in the hinted
/// country (a DHL Paket 20-digit number that USPS 20 also accepts, with country `DE`). A hint
/// that settles an ambiguity gives the settled carrier's readings their own confidence back
/// (the format's, as for an unambiguous number) instead of their share among the carriers.
pub fn identify_with(input: &str, hint: &Hint<'_>) -> Identification {
    let mut id = identify(input);
    let wanted: Vec<&str> = hint
        .carriers
        .iter()
        .filter_map(|c| carrier::lookup(c))
        .map(|c| c.slug)
        .collect();
    // A hint may name a family (`dhl`) as well as one division (`dhl_parcel_de`).
    let families: Vec<String> = hint
        .carriers
        .iter()
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    let hinted = |c: &Candidate| {
        wanted.contains(&c.carrier)
            || c.operator.is_some_and(|o| wanted.contains(&o))
            || families.iter().any(|f| f == c.family)
    };
    let serves = |c: &Candidate| {
        let Some(cc) = hint.country else { return false };
        c.details
            .get("country_code")
            .is_some_and(|x| x.eq_ignore_ascii_case(cc))
            || carrier::lookup(c.operator.unwrap_or(c.carrier))
                .is_some_and(|r| r.countries.iter().any(|x| x.eq_ignore_ascii_case(cc)))
    };
    id.candidates
        .sort_by_key(|c| Reverse(2 * u8::from(hinted(c)) + u8::from(serves(c))));
    let plausible = |c: &&Candidate| c.check_digit_verified || c.prior >= PLAUSIBLE;
    let only_one = |keep: &dyn Fn(&Candidate) -> bool| {
        let mut carriers: Vec<&str> = id
            .candidates
            .iter()
            .filter(plausible)
            .filter(|c| keep(c))
            .map(|c| c.operator.unwrap_or(c.carrier))
            .collect();
        carriers.sort_unstable();
        carriers.dedup();
        carriers.len() == 1
    };
    // Exactly one hinted carrier accepts the number, or (no carrier hint) exactly one of the
    // accepting carriers serves the hinted country: the hint settles it.
    let settled = if hint.carriers.is_empty() {
        hint.country.is_some() && only_one(&serves)
    } else {
        only_one(&hinted)
    };
    if settled && id.ambiguous {
        id.ambiguous = false;
        // The hint decided between carriers the number alone could not tell apart: the
        // settled carrier's readings take back the confidence they had before it was shared
        // out (as if the number had been unambiguous); the others keep their shares.
        let settles: &dyn Fn(&Candidate) -> bool = if hint.carriers.is_empty() {
            &serves
        } else {
            &hinted
        };
        for c in id.candidates.iter_mut() {
            if settles(c) {
                c.confidence = c.own;
            }
        }
    }
    id
}
