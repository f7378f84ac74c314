//! Strings that pass a tracking-number shape (and sometimes its check digit) by chance but are
//! something else: marketplace order numbers, product barcodes, document ids, keyboard runs.
//! `identify` drops the readings these classes rule out and tempers the confidence of bare
//! digit strings by how often a random one passes (see docs/tracking-numbers.md, "Look-alikes
//! and confidence").

use super::checksum::Checksum;
use super::table::Format;
use super::{Candidate, normalize};

/// Dash-separated digit groups of marketplace order numbers, which people paste into a
/// tracking field. No carrier prints its numbers in these groupings.
///
/// Sources: Amazon order ids are `3-7-7` digits (Amazon Seller Central help, "Order ID":
/// `123-1234567-1234567`); eBay order numbers are `2-5-5` digits since eBay's 2019 order-id
/// change (eBay developer program, Fulfillment API `orderId` / legacy order id
/// `12-34567-89012`).
const ORDER_NUMBER_GROUPS: &[&[usize]] = &[&[3, 7, 7], &[2, 5, 5]];

/// Letter prefixes of business document ids (order, invoice, purchase / sales order,
/// reference, quote, return authorisation, customer, account, stock-keeping unit, item):
/// shops print them next to the tracking number and customers paste them by mistake.
const DOCUMENT_PREFIXES: &[&str] = &[
    "ORDER", "ORD", "INVOICE", "INV", "PO", "SO", "REF", "QUOTE", "QUO", "RMA", "CUST", "ACCT",
    "SKU", "ITEM",
];

/// Whether `input` is written as a marketplace order number: digit groups joined by dashes in
/// one of [`ORDER_NUMBER_GROUPS`] (spaces around the groups ignored).
pub(super) fn is_order_number(input: &str) -> bool {
    // At most three groups are ever wanted: a fixed buffer, no allocation.
    let mut lens = [0usize; 3];
    let mut n = 0;
    for g in input.trim().split('-').map(str::trim) {
        if g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let Some(slot) = lens.get_mut(n) else {
            return false;
        };
        *slot = g.len();
        n += 1;
    }
    n >= 2
        && lens
            .get(..n)
            .is_some_and(|l| ORDER_NUMBER_GROUPS.contains(&l))
}

/// Whether the pasted `input` (with a label, perhaps) is a marketplace order number. Digits,
/// dashes and spaces alone cannot hold a label: the costly label removal is skipped then.
fn pasted_order_number(input: &str) -> bool {
    if input
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'-' || b == b' ')
    {
        return is_order_number(input.trim_matches(|c| c == '-' || c == ' '));
    }
    is_order_number(normalize::strip_labels(input).unwrap_or(input))
}

/// Whether the digits of an all-digit number are a keyboard pattern rather than a serial: one
/// block of one to four digits repeated over the whole length (`111111111111`,
/// `121212121212`, `123412341234`), or a run of consecutive digits up or down
/// (`123456789012`, `987654321098`). All zeros are left to the all-zero rule (kept, at half
/// confidence, as carriers' documented test numbers use them).
pub(super) fn is_keyboard_run(s: &str) -> bool {
    let d = s.as_bytes();
    if d.len() < 8 || !d.iter().all(u8::is_ascii_digit) || d.iter().all(|&b| b == b'0') {
        return false;
    }
    let periodic = (1..=4).any(|p| d.iter().skip(p).zip(d).all(|(a, b)| a == b));
    let step = |k: u8| {
        d.windows(2)
            .all(|w| matches!(w, [a, b] if (a - b'0' + k) % 10 == b - b'0'))
    };
    periodic || step(1) || step(9)
}

/// GS1 prefixes (first three digits of an EAN-13) assigned to GS1 member organisations and
/// to books and serials, as inclusive ranges. Restricted-circulation (020-029, 040-049,
/// 200-299), coupon (050-059, 981-999) and unassigned ranges are left out.
///
/// Source: GS1, "GS1 Company Prefix" list of prefixes by member organisation
/// (gs1.org/standards/id-keys/company-prefix), and ISBN (978-979) / ISSN (977).
const GS1_PREFIXES: &[(u16, u16)] = &[
    (0, 19),
    (30, 39),
    (60, 139),
    (300, 379),
    (380, 380),
    (383, 383),
    (385, 385),
    (387, 387),
    (389, 389),
    (400, 440),
    (450, 459),
    (460, 469),
    (470, 471),
    (474, 489),
    (490, 499),
    (500, 509),
    (520, 521),
    (528, 531),
    (535, 535),
    (539, 549),
    (560, 560),
    (569, 579),
    (590, 590),
    (594, 594),
    (599, 601),
    (603, 604),
    (608, 609),
    (611, 611),
    (613, 613),
    (615, 631),
    (640, 649),
    (690, 709),
    (729, 746),
    (750, 750),
    (754, 755),
    (759, 771),
    (773, 773),
    (775, 775),
    (777, 780),
    (784, 784),
    (786, 786),
    (789, 790),
    (800, 850),
    (858, 860),
    (865, 865),
    (867, 869),
    (870, 880),
    (883, 885),
    (888, 888),
    (890, 890),
    (893, 893),
    (896, 896),
    (899, 919),
    (930, 949),
    (955, 955),
    (958, 958),
    (977, 979),
];

/// Whether an all-digit number is a retail product barcode: an EAN-13 (13 digits), a UPC-A
/// (12 digits, an EAN-13 with a leading 0) or a GTIN-14 (14 digits: a packaging indicator
/// 0-8 before a GTIN-13) whose GS1 check digit is right and whose prefix is assigned to a GS1
/// member organisation ([`GS1_PREFIXES`]). Indicator 9 (variable-measure trade items) is left
/// out: those are not drawn from the member prefixes.
///
/// Source: GS1 General Specifications, section 3.3.2 ("GTIN-14": indicator digit 1-8 for
/// packaging levels, 0 for a GTIN-13 written in 14 digits, 9 for variable measure) and 7.9
/// (the mod 10 check digit, weights 3 and 1 from the right).
pub(super) fn is_product_barcode(s: &str) -> bool {
    let d = s.as_bytes();
    if !(12..=14).contains(&d.len()) || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    if d.len() == 14 && d.first() == Some(&b'9') {
        return false;
    }
    // GS1 mod 10: from the right, excluding the check digit, weights 3, 1, 3, ...
    let Some((&check, body)) = d.split_last() else {
        return false;
    };
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    if (10 - sum % 10) % 10 != u32::from(check - b'0') {
        return false;
    }
    let digit = |i: usize| d.get(i).map_or(0, |&b| u16::from(b - b'0'));
    // The GS1 prefix: the first three digits of the GTIN-13 (after a GTIN-14's indicator;
    // a UPC-A is a GTIN-13 with a leading 0).
    let prefix = match d.len() {
        12 => digit(0) * 10 + digit(1),
        13 => digit(0) * 100 + digit(1) * 10 + digit(2),
        _ => digit(1) * 100 + digit(2) * 10 + digit(3),
    };
    GS1_PREFIXES.iter().any(|&(a, b)| (a..=b).contains(&prefix))
}

/// Whether an all-digit number is a date and time written without separators, as order
/// systems stamp documents: `YYYYMMDD` (8 digits), `YYYYMMDDhhmm` (12) or `YYYYMMDDhhmmss`
/// (14), year 1970-2099, a real month, day, hour, minute and second. About 3 in 1000 random
/// 14-digit strings starting with `20` pass, so few real numbers of a pattern-only format
/// are lost.
pub(super) fn is_timestamp(s: &str) -> bool {
    let d = s.as_bytes();
    if !matches!(d.len(), 8 | 12 | 14) || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let num = |i: usize| {
        d.get(i..i + 2).map_or(99, |p| {
            p.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'))
        })
    };
    let year = num(0) * 100 + num(2);
    let (month, day) = (num(4), num(6));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    let date = (1970..=2099).contains(&year) && (1..=days).contains(&day);
    let time = match d.len() {
        12 => num(8) < 24 && num(10) < 60,
        14 => num(8) < 24 && num(10) < 60 && num(12) < 60,
        _ => true,
    };
    date && time
}

/// Whether an all-digit number is mostly zeros (more than three in four of its digits, at
/// least eight digits, not all of them): a placeholder or a zero-padded internal id, not a serial. A
/// random serial of 12 or more digits is this empty with a chance below one in a billion.
/// (All zeros are left to the all-zero rule, kept at half confidence: carriers' documented
/// test numbers use them.)
pub(super) fn is_padding(s: &str) -> bool {
    let (digits, zeros) = s.bytes().fold((0usize, 0usize), |(n, z), b| {
        (
            n + usize::from(b.is_ascii_digit()),
            z + usize::from(b == b'0'),
        )
    });
    digits >= 8 && zeros < digits && zeros * 4 > digits * 3
}

/// The document prefix (`ORD`, `INV`, `PO` ...) a normalized number starts with, when the rest
/// is digits.
fn document_prefix(s: &str) -> Option<&'static str> {
    DOCUMENT_PREFIXES.iter().copied().find(|p| {
        s.strip_prefix(p)
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Whether a normalized number belongs to a look-alike class that rules out every
/// pattern-only reading of it (tests use it to know which generated numbers step aside).
#[cfg(test)]
pub(super) fn rules_out_shapes(s: &str) -> bool {
    is_product_barcode(s)
        || is_keyboard_run(s)
        || is_timestamp(s)
        || is_padding(s)
        || document_prefix(s).is_some()
}

pub use crate::error::LookAlike;

/// Whether a pattern-only format still accepts `s` with one of its first `letters` letters
/// changed: the format has no prefix rule for the whole document prefix (DHL eCommerce's
/// literal `IN` does not make `INV` one of its prefixes), so those letters are no evidence.
fn letters_are_free(
    f: &Format,
    s: &str,
    letters: usize,
    accepts: &dyn Fn(&Format, &str) -> bool,
) -> bool {
    (0..letters).any(|at| {
        let alt: String = s
            .bytes()
            .enumerate()
            .map(|(i, b)| {
                if i == at && b.is_ascii_uppercase() {
                    char::from(b'A' + (b - b'A' + 1) % 26)
                } else {
                    char::from(b)
                }
            })
            .collect();
        accepts(f, &alt)
    })
}

/// Drops the readings the look-alike classes rule out and says which class removed some, if
/// any. `input` is what the caller pasted (or the stretch of text the number was read from),
/// `s` the normalized number the candidates were found for; `format` finds a candidate's
/// format and `accepts` runs one format on another string. `identify`, `validate` and
/// `find_in_text` all go through here.
///
/// The cheapest tests come first and each class is only looked at where it can change the
/// result: the dash grouping of order numbers only when the input has a dash, the classes
/// that only rule out pattern-only readings only when there is one.
///
/// With `carrier_named` (`validate`: the caller says whose number it is) the product-barcode
/// and date-time classes are skipped: a bare-digit format's numbers pass the GS1 check one
/// time in ten, and a carrier that issues numbers in sequence after a year-like prefix (Nova
/// Poshta's `2045…`) has whole blocks where a few percent of its real numbers read as valid
/// date-times. The caller's word outweighs those coincidences. Keyboard runs, order-number
/// groupings, runs of zeros and document prefixes are no coincidence and apply everywhere.
pub(super) fn filter(
    input: &str,
    s: &str,
    cands: &mut Vec<Candidate>,
    carrier_named: bool,
    format: &dyn Fn(&str) -> Option<&'static Format>,
    accepts: &dyn Fn(&Format, &str) -> bool,
) -> Option<LookAlike> {
    if cands.is_empty() {
        return None;
    }
    let digits = s.bytes().all(|b| b.is_ascii_digit());
    let whole = if digits && is_keyboard_run(s) {
        Some(LookAlike::KeyboardRun)
    } else if input.as_bytes().contains(&b'-') && pasted_order_number(input) {
        Some(LookAlike::OrderNumber)
    } else {
        None
    };
    if whole.is_some() {
        cands.clear();
        return whole;
    }
    if cands.iter().all(|c| c.check_digit_verified) {
        return None;
    }
    // A product barcode, a time stamp or a run of zeros is no tracking number of a format
    // that merely has room for it; a format with its own check digit that also passes keeps
    // its reading (1 in 10 numbers of any such format pass the GS1 check by chance).
    let class = if digits {
        if !carrier_named && is_product_barcode(s) {
            Some(LookAlike::ProductBarcode)
        } else if !carrier_named && is_timestamp(s) {
            Some(LookAlike::Timestamp)
        } else if is_padding(s) {
            Some(LookAlike::Padding)
        } else {
            None
        }
    } else {
        // Zeros after a carrier's own letters are its numbering (Amazon's documented
        // `TBA0100…` examples): only bare digit strings are placeholders.
        None
    };
    let before = cands.len();
    if class.is_some() {
        cands.retain(|c| c.check_digit_verified);
    } else if !digits && let Some(prefix) = document_prefix(s) {
        cands.retain(|c| {
            c.check_digit_verified
                || format(c.format).is_none_or(|f| !letters_are_free(f, s, prefix.len(), accepts))
        });
        if cands.len() < before {
            return Some(LookAlike::DocumentId);
        }
    }
    if cands.len() < before { class } else { None }
}

/// Share of a number's prior kept after its check digit and shape are weighed against chance
/// (see docs/tracking-numbers.md): a format is assumed to be, a priori, one in `odds` of the
/// bare digit strings of its length that people paste (see [`prior_odds`]), and a random
/// digit string of that length passes its shape and check digit with probability `chance`.
/// The result is the posterior probability that a passing number is really of this format.
pub(super) fn calibrated(chance: f64, odds: f64) -> f64 {
    let prior = 1.0 / odds.max(1.0);
    prior / (prior + chance.clamp(0.0, 1.0) * (1.0 - prior))
}

/// At least one bare digit string in ten of a given length is assumed to be of any one
/// format: dozens of carriers worldwide issue bare digit numbers of the common lengths (10 to
/// 15 digits).
pub(super) const PRIOR_ODDS: f64 = 10.0;

/// The prior odds of a bare-digit reading of length `len`: one in [`PRIOR_ODDS`], or one in
/// the number of carriers of the tables whose formats (length-only rows included) admit
/// all-digit strings of that length, when more do. Twelve digits are issued bare by FedEx,
/// DHL Paket, Purolator, three Japanese carriers, GLS, CJ Logistics, BRT, Delhivery and
/// SiCepat: any one of them is less likely than one in ten.
pub(super) fn prior_odds(carriers_of_length: usize) -> f64 {
    PRIOR_ODDS.max(carriers_of_length as f64)
}

/// The chance that a random all-digit string of length `len` passes `f`'s shape and check
/// digit: the share of digit strings its shape admits (from its specificity, capped at all)
/// times the share of check digits its algorithm accepts.
#[cfg(test)]
pub(super) fn chance(f: &Format, len: usize) -> Option<f64> {
    chance_at(f.checksum.as_ref()?, f.space_at(len), len)
}

/// [`chance`] from the parts the table loader has at hand: the check-digit algorithm and the
/// shape's specificity (log10 of the strings it admits) at length `len`.
pub(super) fn chance_at(sum: &Checksum, space: f64, len: usize) -> Option<f64> {
    let share = 10f64.powf(space - len as f64).min(1.0);
    Some(share * sum.pass_rate())
}

/// The confidence an all-digit number of length `len` gets from a format of confidence
/// `confidence`: capped by the posterior of the look-alike calibration (rounded to
/// hundredths). With a check digit, `chance` is the share of random digit strings passing
/// shape and check; without one, the share passing the shape alone (so "any 14 digits"
/// gets the prior itself, one in ten, while a fixed prefix keeps most of its confidence).
/// Computed once per format and length when the tables load, never per call.
pub(super) fn digit_confidence(
    confidence: f64,
    sum: Option<&Checksum>,
    space: f64,
    len: usize,
    odds: f64,
) -> f64 {
    if !space.is_finite() {
        return confidence;
    }
    let chance = match sum {
        Some(sum) => chance_at(sum, space, len).unwrap_or(1.0),
        None => 10f64.powf(space - len as f64).min(1.0),
    };
    confidence.min((calibrated(chance, odds) * 100.0).round() / 100.0)
}
