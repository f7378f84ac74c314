//! Published service standards per carrier and service, used as the distribution when no
//! history exists and as the parent that a thin lane is shrunk toward.
//!
//! Ranges are the carriers' own published delivery standards in business days after
//! hand-off (contiguous US, domestic Germany, UK, Netherlands, Brazil), read from:
//! - UPS Ground "1-5 business days", 3 Day Select, 2nd Day Air, Next Day Air:
//!   ups.com/us/en/shipping/services/domestic (UPS service guide).
//! - USPS Ground Advantage "2-5 business days", Priority Mail "1-3 business days", Priority
//!   Mail Express "overnight to 2-day", First-Class Mail "1-5 business days":
//!   usps.com/ship/mail-shipping-services.htm.
//! - FedEx Ground "1-5 business days" and Home Delivery "1-5 business days" (contiguous US),
//!   FedEx Express Saver 3, 2Day 2, Standard/Priority Overnight 1: fedex.com/en-us/shipping.
//! - DHL Paket (Germany): delivery target E+1, "in der Regel am nächsten Werktag": dhl.de
//!   Paket national service description; we use 1-2 working days.
//! - Deutsche Post letters: E+1 target for most mail (Postgesetz universal-service standard).
//! - PostNL parcels: next-day delivery in NL ("vandaag besteld, morgen in huis"): postnl.nl.
//! - Royal Mail 1st Class "aim to deliver the next working day" (1-2), 2nd Class "within 2-3
//!   working days": royalmail.com/sending/uk.
//! - DPD / GLS / Hermes Germany parcels: 1-2 working days ("24h" national network claims).
//! - Correios (Brazil) SEDEX and PAC: the Correios price-and-deadline calculator quotes per
//!   origin/destination; capital-to-capital SEDEX is typically 1-4 and PAC 3-10 working days,
//!   with far North/North-East routes longer. We use SEDEX 1-6 and PAC 3-12 (the spread of
//!   regions), so no lane is promised faster than the calculator would.
//!
//! These are promises, not distributions: the prior puts 88% of its mass uniformly on the
//! published range and lets the rest decay over the following days (carriers miss their
//! standard a few percent of the time), so a 0.9 window from a prior reaches a bit past it.

use super::hist::BINS;

/// One published standard: carrier slug, service keyword (matched as a substring of the
/// normalized service; empty matches any), business-day range, and where it comes from.
pub(crate) struct ServiceStandard {
    pub carrier: &'static str,
    pub service: &'static str,
    pub min: u32,
    pub max: u32,
    pub source: &'static str,
}

const fn s(
    carrier: &'static str,
    service: &'static str,
    min: u32,
    max: u32,
    source: &'static str,
) -> ServiceStandard {
    ServiceStandard {
        carrier,
        service,
        min,
        max,
        source,
    }
}

/// Specific services first: the first match wins.
pub(crate) static STANDARDS: &[ServiceStandard] = &[
    s("ups", "next_day", 1, 1, "ups.com service guide"),
    s("ups", "2nd_day", 2, 2, "ups.com service guide"),
    s("ups", "3_day", 3, 3, "ups.com service guide"),
    s("ups", "", 1, 5, "ups.com: UPS Ground 1-5 business days"),
    s(
        "usps",
        "express",
        1,
        2,
        "usps.com: Priority Mail Express overnight to 2-day",
    ),
    s(
        "usps",
        "priority",
        1,
        3,
        "usps.com: Priority Mail 1-3 business days",
    ),
    s(
        "usps",
        "first_class",
        1,
        5,
        "usps.com: First-Class Mail 1-5 business days",
    ),
    s(
        "usps",
        "",
        2,
        5,
        "usps.com: Ground Advantage 2-5 business days",
    ),
    s("fedex", "overnight", 1, 1, "fedex.com service guide"),
    s("fedex", "2day", 2, 2, "fedex.com service guide"),
    s("fedex", "express_saver", 3, 3, "fedex.com service guide"),
    s(
        "fedex",
        "",
        1,
        5,
        "fedex.com: Ground / Home Delivery 1-5 business days",
    ),
    s("dhl_parcel_de", "", 1, 2, "dhl.de: DHL Paket E+1 target"),
    s(
        "deutsche_post",
        "",
        1,
        2,
        "Deutsche Post E+1 letter standard",
    ),
    s("postnl", "", 1, 2, "postnl.nl: next-day delivery"),
    s(
        "royal_mail",
        "2nd",
        2,
        3,
        "royalmail.com: 2nd Class 2-3 working days",
    ),
    s(
        "royal_mail",
        "",
        1,
        2,
        "royalmail.com: 1st Class next working day",
    ),
    s("dpd", "", 1, 2, "DPD Germany national 1-2 working days"),
    s("gls", "", 1, 2, "GLS Germany national 1-2 working days"),
    s(
        "hermes_de",
        "",
        1,
        3,
        "Hermes Germany national 1-3 working days",
    ),
    s(
        "correios",
        "sedex",
        1,
        6,
        "Correios calculator: SEDEX by region",
    ),
    s(
        "correios",
        "pac",
        3,
        12,
        "Correios calculator: PAC by region",
    ),
];

/// The range used when nothing is known about the carrier: wide on purpose.
pub(crate) const GENERIC: ServiceStandard = s("", "", 1, 7, "generic prior, no standard known");

/// Order-to-hand-off prior: most shops ship within 0-2 business days.
pub(crate) const HANDLING_PRIOR: [f64; 8] = [0.3, 0.35, 0.15, 0.08, 0.05, 0.03, 0.02, 0.02];

/// The published standard for a normalized carrier slug and service, if any, with its
/// index in [`STANDARDS`].
pub(crate) fn standard_for(
    carrier: Option<&str>,
    service: Option<&str>,
) -> Option<(usize, &'static ServiceStandard)> {
    let carrier = carrier?;
    let service = service.unwrap_or("");
    STANDARDS
        .iter()
        .enumerate()
        .find(|(_, st)| st.carrier == carrier && service.contains(st.service))
}

/// The (transit, order-to-delivery) prior distributions of standard `index` ([`GENERIC`]
/// for `None`), computed once.
pub(crate) fn prior_distributions(index: Option<usize>) -> &'static ([f64; BINS], [f64; BINS]) {
    static CACHE: std::sync::OnceLock<Vec<([f64; BINS], [f64; BINS])>> = std::sync::OnceLock::new();
    let all = CACHE.get_or_init(|| {
        STANDARDS
            .iter()
            .chain(std::iter::once(&GENERIC))
            .map(|st| {
                let transit = range_prior(st.min, st.max);
                (transit, convolve(&handling_prior(), &transit))
            })
            .collect()
    });
    static EMPTY: ([f64; BINS], [f64; BINS]) = ([0.0; BINS], [0.0; BINS]);
    all.get(index.unwrap_or(STANDARDS.len()))
        .or_else(|| all.last())
        .unwrap_or(&EMPTY)
}

/// The prior distribution for a range: 88% uniform on `min..=max`, 12% decaying after it.
pub(crate) fn range_prior(min: u32, max: u32) -> [f64; BINS] {
    let mut p = [0.0; BINS];
    let (min, max) = (min as usize, (max as usize).max(min as usize));
    let span = (max - min + 1) as f64;
    for b in p.iter_mut().take(max + 1).skip(min) {
        *b += 0.88 / span;
    }
    let tail = [0.05, 0.03, 0.02, 0.01, 0.005, 0.005];
    for (i, t) in tail.iter().enumerate() {
        if let Some(b) = p.get_mut((max + 1 + i).min(BINS - 1)) {
            *b += t;
        }
    }
    p
}

/// Convolution of two distributions on bins (the overflow bin absorbs the excess).
pub(crate) fn convolve(a: &[f64; BINS], b: &[f64; BINS]) -> [f64; BINS] {
    let mut out = [0.0; BINS];
    let a_end = a.iter().rposition(|x| *x > 0.0).map_or(0, |i| i + 1);
    let b_end = b.iter().rposition(|x| *x > 0.0).map_or(0, |i| i + 1);
    for (i, x) in a.iter().enumerate().take(a_end) {
        for (j, y) in b.iter().enumerate().take(b_end) {
            if let Some(o) = out.get_mut((i + j).min(BINS - 1)) {
                *o += x * y;
            }
        }
    }
    out
}

/// The handling prior as a full distribution.
pub(crate) fn handling_prior() -> [f64; BINS] {
    let mut p = [0.0; BINS];
    for (b, h) in p.iter_mut().zip(HANDLING_PRIOR.iter()) {
        *b = *h;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specific_services_win_and_priors_sum_to_one() {
        assert_eq!(
            standard_for(Some("usps"), Some("priority_mail")).map(|s| s.1.max),
            Some(3)
        );
        assert_eq!(
            standard_for(Some("usps"), Some("ground_advantage")).map(|s| s.1.max),
            Some(5)
        );
        assert_eq!(
            standard_for(Some("ups"), None).map(|s| (s.1.min, s.1.max)),
            Some((1, 5))
        );
        assert_eq!(
            prior_distributions(None).0,
            range_prior(GENERIC.min, GENERIC.max)
        );
        assert!(standard_for(Some("nobody"), None).is_none());
        let p = range_prior(1, 5);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert_eq!(p[0], 0.0);
        let c = convolve(&handling_prior(), &p);
        assert!((c.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
}
