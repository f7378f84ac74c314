//! Honest matches for formats with no check digit: strings of their shape that are something
//! else (time stamps, GTIN-14 product codes, runs of zeros, SKU ids) give no reading of them,
//! a bare "any N digits" shape gets the base rate of random strings as its confidence, and the
//! same look-alike filter applies to `identify`, `validate` and `find_in_text`. Each case is
//! first shown to be accepted by a format's own rule before the filter (so the test fails
//! without it).

use super::table::tables;
use super::*;

/// Formats that accept `s` before the look-alike filter (what `identify` saw without it).
fn before_filter(s: &str) -> Vec<&'static str> {
    let t = tables().unwrap();
    candidates_for(t, s, |f| f.in_identify)
        .into_iter()
        .map(|c| c.format)
        .collect()
}

/// `body` followed by its GS1 mod 10 check digit (weights 3, 1, 3 ... from the right),
/// computed here from the GS1 rule, not by the library.
fn gs1(body: &str) -> String {
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

fn pattern_only(id: &Identification) -> Vec<&'static str> {
    id.candidates
        .iter()
        .filter(|c| !c.check_digit_verified)
        .map(|c| c.format)
        .collect()
}

#[test]
fn time_stamps_are_not_pattern_only_numbers() {
    // 2024-01-15 12:30:45 written as YYYYMMDDhhmmss has Nova Poshta's 14-digit "20..." shape.
    for stamp in ["20240115123045", "20231231235959", "20240229000000"] {
        assert!(before_filter(stamp).contains(&"nova_poshta_14"), "{stamp}");
        let id = identify(stamp);
        assert!(pattern_only(&id).is_empty(), "{stamp}: {:?}", id.candidates);
    }
    // Not a date (month 13, 30 February, hour 24): the shape's reading stays.
    for n in ["20241315123045", "20240230120000", "20240115243045"] {
        assert!(
            identify(n)
                .candidates
                .iter()
                .any(|c| c.format == "nova_poshta_14"),
            "{n}"
        );
    }
    assert!(lookalike::is_timestamp("202401151230"));
    assert!(!lookalike::is_timestamp("196901151230"));
}

#[test]
fn gtin_14_product_codes_are_not_pattern_only_numbers() {
    // A GTIN-14 (indicator 2, GS1 prefix 001 of GS1 US) has the "20" + 12 digits shape.
    let gtin = gs1("2001234567890");
    assert!(before_filter(&gtin).contains(&"nova_poshta_14"), "{gtin}");
    assert!(pattern_only(&identify(&gtin)).is_empty(), "{gtin}");
    // Its check digit is what makes it a product code: one digit off, it stays a reading.
    let last = gtin.as_bytes()[13] - b'0';
    let off = format!("{}{}", &gtin[..13], (last + 1) % 10);
    assert!(
        identify(&off)
            .candidates
            .iter()
            .any(|c| c.format == "nova_poshta_14")
    );
    // Indicator 9 (variable measure) is not drawn from member prefixes.
    assert!(!lookalike::is_product_barcode(&gs1("9001234567890")));
}

#[test]
fn runs_of_zeros_are_not_pattern_only_numbers() {
    for n in ["20000000000001", "59000000000000", "20000000000100"] {
        assert!(!before_filter(n).is_empty(), "{n}");
        assert!(pattern_only(&identify(n)).is_empty(), "{n}");
    }
    // Zeros after a carrier's own letters are its numbering, not a placeholder.
    assert_eq!(
        identify("TBA100000000000").best().map(|c| c.format),
        Some("amazon_logistics")
    );
    // A serial with some zeros is a serial.
    assert!(!lookalike::is_padding("20450012345670"));
    assert!(!lookalike::is_padding("00340433836442636597"));
}

#[test]
fn sku_and_item_ids_are_not_tracking_numbers() {
    // "SKU" + 9 digits fits Purolator's "3 letters + 9 digits".
    assert!(before_filter("SKU123456789").contains(&"purolator_alpha"));
    assert!(identify("SKU123456789").candidates.is_empty());
    assert!(identify("sku 123 456 789").candidates.is_empty());
}

#[test]
fn any_n_digits_gets_the_base_rate_of_random_strings() {
    // "Any N digits": every string of the length passes the shape and one such string in ten
    // is assumed to be of the format (PRIOR_ODDS), so a reading is worth 0.1, not the
    // table's 0.2 or 0.3; at a length more than ten carriers of the tables issue bare (12
    // digits: twelve carriers), one in that many.
    let t = tables().unwrap();
    let at = |id: &str, len: usize| {
        let f = t.formats.iter().find(|f| f.id == id).unwrap();
        (f.confidence, f.digit_confidence_at(len))
    };
    assert_eq!(at("dhl_ecommerce_14", 14), (0.2, 0.1));
    assert_eq!(at("inpost_24", 24), (0.3, 0.1));
    assert_eq!(at("delhivery", 12), (0.2, 0.08));
    // A fixed prefix keeps the table's confidence: "20" + 12 digits is 1 string in 50.
    assert_eq!(at("nova_poshta_14", 14), (0.25, 0.25));
    // What identify reports: a random 24-digit string read as InPost.
    let id = identify("583920174625813470691723");
    let c = id
        .candidates
        .iter()
        .find(|c| c.format == "inpost_24")
        .unwrap();
    assert!((c.own - 0.1).abs() < 1e-9, "{}", c.own);
}

#[test]
fn a_pattern_only_reading_never_outranks_a_verified_one() {
    // Numbers that both check-digit formats and bare digit shapes accept.
    for n in [
        "287809468872",
        "123456789012",
        "00340433836442636597",
        "4002847016405018",
    ] {
        let id = identify(n);
        let verified: Vec<&Candidate> = id
            .candidates
            .iter()
            .filter(|c| c.check_digit_verified)
            .collect();
        let Some(worst) = verified.iter().map(|c| c.confidence).reduce(f64::min) else {
            continue;
        };
        let first_shape = id.candidates.iter().position(|c| !c.check_digit_verified);
        if let Some(p) = first_shape {
            assert!(p >= verified.len(), "{n}: {:?}", id.candidates);
        }
        for c in id.candidates.iter().filter(|c| !c.check_digit_verified) {
            assert!(c.confidence <= worst, "{n}: {} over {worst}", c.format);
        }
    }
}

#[test]
fn validate_applies_the_look_alike_filter() {
    // A placeholder of zeros is not a Nova Poshta number even when the carrier is named, and
    // validate says what it looks like.
    let why = check("20000000000001", "nova_poshta").unwrap().unwrap_err();
    assert_eq!(
        why,
        Reason::LookAlike {
            class: LookAlike::Padding
        }
    );
    // The class code is what serializes and what the log line names; the sentence for people
    // comes from the catalogue.
    assert_eq!(
        why.to_string(),
        "looks like a `padding`, not a tracking number"
    );
    let json = serde_json::to_value(&why).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"kind": "look_alike", "class": "padding"})
    );
    assert!(
        crate::message::look_alike_text(LookAlike::Padding, "de")
            .contains("Platzhalter aus Nullen")
    );
    // A keyboard run for a carrier whose numbers are any 13 digits.
    let run = "1234567890123";
    assert!(
        super::evaluate(
            tables()
                .unwrap()
                .formats
                .iter()
                .find(|f| f.id == "korea_post_13")
                .unwrap(),
            tables().unwrap(),
            run.as_bytes()
        )
        .is_ok()
    );
    assert!(matches!(
        check(run, "korea_post").unwrap(),
        Err(Reason::LookAlike { .. })
    ));
    // A product barcode is not refused when the carrier is named: one number in ten of a
    // bare-digit format passes the GS1 check by chance.
    let ean = gs1("590123412345");
    assert!(lookalike::is_product_barcode(&ean));
    assert!(check(&ean, "korea_post").unwrap().is_ok());
    // An order id with a document prefix; a real number still validates.
    assert!(matches!(
        check("ORD123456789", "purolator").unwrap(),
        Err(Reason::LookAlike { .. })
    ));
    assert!(check("20450123456789", "nova_poshta").unwrap().is_ok());
    // A real number that happens to read as a date-time is not refused when the carrier is
    // named (numbers issued in sequence after `2045` make whole blocks of such numbers), but
    // the same string given alone is no Nova Poshta number.
    assert!(lookalike::is_timestamp("20451012143015"));
    assert!(check("20451012143015", "nova_poshta").unwrap().is_ok());
    assert!(pattern_only(&identify("20451012143015")).is_empty());
}

#[test]
fn find_in_text_applies_the_look_alike_filter() {
    // A keyboard run that passes a text format's own rule (a check digit, by chance) is no
    // number in text either: the first such run of repeated blocks or consecutive digits.
    let t = tables().unwrap();
    let mut runs = Vec::new();
    for len in 10..=22 {
        for start in 0..10u8 {
            let up: String = (0..len)
                .map(|i| char::from(b'0' + (start + i as u8) % 10))
                .collect();
            let down: String = (0..len)
                .map(|i| char::from(b'0' + (start + 10 - i as u8 % 10) % 10))
                .collect();
            runs.push(up);
            runs.push(down);
            for block in ["12", "123", "1234", "7", "98"] {
                let r: String = block
                    .chars()
                    .cycle()
                    .skip(usize::from(start))
                    .take(len)
                    .collect();
                runs.push(r);
            }
        }
    }
    let run = runs
        .into_iter()
        .find(|r| lookalike::is_keyboard_run(r) && !candidates_for(t, r, |f| f.in_text).is_empty())
        .expect("some keyboard run passes a text format's own rule");
    assert!(find_in_text(&format!("ref {run} thanks")).is_empty());
    // The real number next to it is still found.
    let found = find_in_text(&format!("ref {run}, UPS 1Z879E930346834440"));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].number, "1Z879E930346834440");
}
