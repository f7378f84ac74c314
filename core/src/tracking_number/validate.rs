//! `validate` / `check`: is a number valid for a given carrier, and if not, why.

use std::fmt;

use serde::Serialize;

use super::{Candidate, Format, LookAlike, accepted, evaluate, normalize, rank, table};
use crate::carrier;
use crate::error::{Error, Result};

/// Why a number is not valid for a carrier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// Nothing left after normalization.
    Empty,
    /// The carrier has no known tracking-number format.
    NoFormats,
    /// No format of the carrier has this length.
    WrongLength {
        /// Length after normalization.
        length: usize,
        /// Lengths the carrier's formats allow (`"10-11, 12, 15"`).
        expected: String,
    },
    /// Right length, wrong shape: prefix, letters where digits belong, and so on.
    WrongFormat,
    /// The shape fits but the check digit is wrong.
    BadCheckDigit {
        /// The check character the number should end with.
        expected: char,
        /// The one it has.
        found: char,
    },
    /// An S10 number whose issuing country is not a UPU member.
    UnknownCountry {
        /// The two-letter code.
        code: String,
    },
    /// The number has the carrier's shape but is something else: a product barcode, an order
    /// number, a date and time, a keyboard run, a placeholder or a document id (see
    /// docs/tracking-numbers.md, "Look-alikes and confidence").
    LookAlike {
        /// What it looks like, as a class code (`product_barcode`, `timestamp` ...); the
        /// sentence for people is [`crate::message::look_alike_text`] in their language.
        class: LookAlike,
    },
    /// A valid S10 number issued by another country's postal operator.
    OtherOperator {
        /// The issuing country (ISO 3166 alpha-2).
        country: String,
        /// That country's operator slug, when the registry knows it (else empty).
        operator: String,
    },
}

impl Reason {
    /// The stage from which a format's shape fitted and its check rejected the number.
    pub(super) const CHECKED: u8 = 3;

    /// How far the number got; the furthest failure is the most useful explanation.
    pub(super) fn stage(&self) -> u8 {
        match self {
            Reason::Empty | Reason::NoFormats => 0,
            Reason::WrongLength { .. } => 1,
            Reason::WrongFormat => 2,
            Reason::BadCheckDigit { .. } => 3,
            Reason::UnknownCountry { .. }
            | Reason::OtherOperator { .. }
            | Reason::LookAlike { .. } => 4,
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Empty => f.write_str("empty tracking number"),
            Reason::NoFormats => f.write_str("no known tracking-number format for this carrier"),
            Reason::WrongLength { length, expected } => {
                write!(f, "wrong length {length} (expected {expected})")
            }
            Reason::WrongFormat => f.write_str("wrong prefix or characters for this carrier"),
            Reason::BadCheckDigit { expected, found } => {
                write!(f, "bad check digit `{found}` (expected `{expected}`)")
            }
            Reason::UnknownCountry { code } => write!(f, "unknown S10 country code `{code}`"),
            // For logs, like the other reasons: the class code. The sentence for people is the
            // message catalogue's (`message::look_alike_text`, a layer above this module).
            Reason::LookAlike { class } => {
                write!(f, "looks like a `{}`, not a tracking number", class.code())
            }
            Reason::OtherOperator { country, operator } if operator.is_empty() => {
                write!(f, "S10 item issued in {country}, not by this carrier")
            }
            Reason::OtherOperator { country, operator } => {
                write!(
                    f,
                    "S10 item issued in {country} (by {operator}), not by this carrier"
                )
            }
        }
    }
}

/// Whether `number` is a valid tracking number of `carrier` (slug, name or alias). S10
/// numbers count for the issuing country's postal operator too (`RB…GB` for `royal_mail`).
///
/// # Errors
/// [`Error::UnknownCarrier`] for a carrier the registry does not know;
/// [`Error::InvalidTrackingNumber`] with the [`Reason`] rendered in `reason` (English, for
/// logs) and a look-alike's class in `look_alike` otherwise; the sentence a person
/// reads is `MessageCatalog::localize_error`'s.
pub fn validate(number: &str, carrier: &str) -> Result<Candidate> {
    check(number, carrier)?.map_err(|reason| Error::InvalidTrackingNumber {
        number: number.to_string(),
        carrier: Some(carrier.to_string()),
        look_alike: match &reason {
            Reason::LookAlike { class } => Some(*class),
            _ => None,
        },
        reason: reason.to_string(),
    })
}

/// Like [`validate`], with the typed [`Reason`] on failure.
///
/// # Errors
/// [`Error::UnknownCarrier`] for an unknown carrier, [`Error::Internal`] if the built-in
/// tables do not load.
pub fn check(number: &str, carrier: &str) -> Result<std::result::Result<Candidate, Reason>> {
    let slug = carrier::get(carrier)?.slug;
    let t = table::tables().map_err(|message| Error::Internal { message })?;
    let mut s = normalize::compact(number);
    if s.is_empty() {
        return Ok(Err(Reason::Empty));
    }
    let family = carrier.trim().to_ascii_lowercase();
    let is_operator = t.countries.values().any(|c| c.operator_slug == Some(slug));
    let relevant = |f: &Format| {
        f.carrier == slug || f.courier == family || (is_operator && f.require_country.is_some())
    };
    if !t.formats.iter().any(relevant) {
        return Ok(Err(Reason::NoFormats));
    }
    // S10 items count for the S10 pseudo-carrier and for the issuing country's operator.
    let keep =
        |c: &Candidate| c.operator.is_none() || c.carrier == slug || c.operator == Some(slug);
    let (mut all, mut look_alike) = accepted(t, number, &s, true, relevant);
    if all.is_empty()
        && let Some(stripped) = normalize::strip_labels(number)
    {
        let n2 = normalize::compact(stripped);
        let (a2, l2) = accepted(t, stripped, &n2, true, relevant);
        if !a2.is_empty() || l2.is_some() {
            all = a2;
            look_alike = l2;
            s = n2;
        }
    }
    let other_operator = all
        .iter()
        .find(|c| !keep(c))
        .map(|c| Reason::OtherOperator {
            country: c.details.get("country_code").cloned().unwrap_or_default(),
            operator: c.operator.unwrap_or("").to_string(),
        });
    let mut found: Vec<_> = all.into_iter().filter(keep).collect();
    rank(&mut found);
    if let Some(best) = found.into_iter().next() {
        return Ok(Ok(best));
    }
    if let Some(r) = other_operator {
        return Ok(Err(r));
    }
    if let Some(class) = look_alike {
        return Ok(Err(Reason::LookAlike { class }));
    }
    let mut worst: Option<Reason> = None;
    let mut lengths = Vec::new();
    for f in t.formats.iter().filter(|f| relevant(f)) {
        let (lo, hi) = f.pattern.len_bounds();
        lengths.push(match &f.lengths {
            Some(ls) => ls
                .iter()
                .map(|&(a, b)| span(a.max(lo), b.min(hi)))
                .collect::<Vec<_>>()
                .join(", "),
            None => span(lo, hi),
        });
        if let Err(r) = evaluate(f, t, s.as_bytes())
            && worst.as_ref().is_none_or(|w| r.stage() > w.stage())
        {
            worst = Some(r);
        }
    }
    lengths.sort();
    lengths.dedup();
    Ok(Err(match worst {
        Some(Reason::WrongLength { .. }) | None => Reason::WrongLength {
            length: s.chars().count(),
            expected: lengths.join(", "),
        },
        Some(r) => r,
    }))
}

pub(super) fn span(a: usize, b: usize) -> String {
    if a == b {
        a.to_string()
    } else {
        format!("{a}-{b}")
    }
}
