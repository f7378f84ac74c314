//! Look-alikes: strings that pass a tracking-number shape (or check digit) but are order
//! numbers, product barcodes, document ids or keyboard runs; and the confidence of bare digit
//! strings tempered by how often a random one passes. Each class is first shown to pass a
//! format's own rule (so the test fails without the look-alike filter), then to be dropped.

use super::table::tables;
use super::*;

/// Formats whose own rule (shape and check digit) accepts `s`, before any look-alike filter.
fn raw_accepting(s: &str) -> Vec<&'static str> {
    let t = tables().unwrap();
    t.formats
        .iter()
        .filter(|f| f.in_identify && evaluate(f, t, s.as_bytes()).is_ok())
        .map(|f| f.id.as_str())
        .collect()
}

/// The check digit that makes `serial` + digit a valid FedEx 12 number (weights 3,1,7 from
/// the left, sum mod 11, 10 written as 0): computed here, not taken from the library.
fn fedex12(serial: &str) -> Option<String> {
    let w = [3, 1, 7];
    let sum: u32 = serial
        .bytes()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * w[i % 3])
        .sum();
    let c = sum % 11 % 10;
    Some(format!("{serial}{c}"))
}

#[test]
fn marketplace_order_numbers_are_not_tracking_numbers() {
    // An eBay order number (2-5-5 digits) whose 12 digits pass FedEx 12's check.
    let n = fedex12("12345678906").unwrap();
    assert_eq!(raw_accepting(&n).first(), Some(&"fedex_12"));
    let ebay = format!("{}-{}-{}", &n[..2], &n[2..7], &n[7..]);
    assert!(identify(&ebay).candidates.is_empty(), "{ebay}");
    assert!(identify(&format!("Order: {ebay}")).candidates.is_empty());
    // The same digits written as one block, or in FedEx's 4-4-4 print groups, stay FedEx.
    assert_eq!(identify(&n).best().unwrap().carrier, "fedex");
    let printed = format!("{} {} {}", &n[..4], &n[4..8], &n[8..]);
    assert_eq!(identify(&printed).best().unwrap().carrier, "fedex");
    // An Amazon order id (3-7-7 digits).
    assert!(identify("114-3941689-8772232").candidates.is_empty());
    assert!(lookalike::is_order_number("114-3941689-8772232"));
    assert!(!lookalike::is_order_number("1234-5678-9012"));
}

#[test]
fn keyboard_runs_are_not_tracking_numbers() {
    let t = tables().unwrap();
    let mut passing = 0;
    for d in 1..=9u8 {
        for s in [
            std::iter::repeat_n(char::from(b'0' + d), 12).collect::<String>(),
            (0..12).map(|i| char::from(b'0' + (d + i) % 10)).collect(),
            (0..12)
                .map(|i| char::from(b'0' + (d + 10 - i % 10) % 10))
                .collect(),
            (0..12)
                .map(|i| char::from(b'0' + if i % 2 == 0 { d } else { 9 - d }))
                .collect(),
        ] {
            if !raw_accepting(&s).is_empty() {
                passing += 1;
            }
            assert!(identify(&s).candidates.is_empty(), "{s}");
        }
    }
    // Several of them pass a 12-digit format's check digit: the filter is what rejects them.
    assert!(passing > 0);
    assert!(!t.formats.is_empty());
    // Real serials are untouched; all zeros keep the half-confidence rule.
    assert!(!lookalike::is_keyboard_run("287809468872"));
    assert!(!lookalike::is_keyboard_run("00000000000000000000"));
    assert!(lookalike::is_keyboard_run("121212121212"));
    assert!(lookalike::is_keyboard_run("987654321098"));
}

#[test]
fn product_barcodes_are_not_pattern_only_tracking_numbers() {
    // GS1's own EAN-13 example (prefix 590, Poland): Yunda's "5 + 12 digits" shape has room
    // for it, but it is a product barcode.
    assert!(raw_accepting("5901234123457").contains(&"yunda"));
    assert!(lookalike::is_product_barcode("5901234123457"));
    assert!(identify("5901234123457").candidates.is_empty());
    // The UPC-A example of the GS1 General Specifications / Wikipedia (036000291452).
    assert!(lookalike::is_product_barcode("036000291452"));
    // The same shape with a GTIN check digit that fails stays Yunda (pattern-only).
    assert!(!lookalike::is_product_barcode("5901234123458"));
    let y = identify("5901234123458");
    assert_eq!(y.best().unwrap().carrier, "yunda");
    // Restricted-circulation prefixes (200-299, in-store) are not GS1 member prefixes.
    assert!(!lookalike::is_product_barcode("2001234567893"));
}

#[test]
fn document_ids_are_not_pattern_only_tracking_numbers() {
    // "ORD" + 9 digits fits Purolator's "3 letters + 9 digits"; "INV" + digits fits DHL
    // eCommerce's "IN + letters and digits".
    assert!(raw_accepting("ORD123456789").contains(&"purolator_alpha"));
    assert!(identify("ORD123456789").candidates.is_empty());
    assert!(identify("ord 123456789").candidates.is_empty());
    let inv = raw_accepting("INV202311450");
    assert!(inv.contains(&"dhl_ecommerce"), "{inv:?}");
    assert!(identify("INV202311450").candidates.is_empty());
    assert!(identify("PO4500012345").candidates.is_empty());
    // Other letters, and DHL eCommerce's own IN prefix followed by digits, still count.
    assert_eq!(
        identify("ABC123456789").best().unwrap().carrier,
        "purolator"
    );
    assert!(
        identify("IN2023114501")
            .candidates
            .iter()
            .any(|c| c.carrier == "dhl_ecommerce")
    );
}

#[test]
fn bare_digit_confidence_reflects_chance_passes() {
    // One random 12-digit string in ten passes FedEx 12's mod-11 check: a bare 12-digit
    // number that passes is FedEx with the posterior of docs/tracking-numbers.md, about 0.53,
    // not the format's 0.8.
    let n = fedex12("28780946887").unwrap();
    let id = identify(&n);
    let best = id.best().unwrap();
    assert!(best.check_digit_verified);
    assert!((0.45..0.6).contains(&best.own), "{}", best.own);
    assert!((lookalike::calibrated(0.1, lookalike::PRIOR_ODDS) - 0.526).abs() < 0.001);
    // A specific shape keeps its confidence: UPS 1Z, a DHL Paket 20 (fixed 00..4043 prefix).
    assert!(identify("1Z879E930346834440").best().unwrap().confidence > 0.95);
    let t = tables().unwrap();
    let paket = t.formats.iter().find(|f| f.id == "dhl_paket_20").unwrap();
    assert!(lookalike::chance(paket, 20).unwrap() < 1e-4);
}
