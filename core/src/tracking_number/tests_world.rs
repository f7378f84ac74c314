//! Issue 16 formats (Europe, Latin America, Asia): numbers built here with the check digit
//! computed by the algorithm under test, the carriers' and standards' published examples, the
//! collisions they create and the hints that settle them.

use super::checksum::{mod7, mod10};
use super::*;

fn ch(c: Option<u8>) -> char {
    char::from(c.unwrap())
}

fn formats(id: &Identification) -> Vec<&str> {
    id.candidates.iter().map(|c| c.format).collect()
}

fn hint<'a>(carriers: &'a [&'a str], country: Option<&'a str>) -> Hint<'a> {
    Hint { carriers, country }
}

/// Published examples (cited in formats.txt), each found among the candidates.
#[test]
fn published_examples_are_identified() {
    for (n, format, verified) in [
        ("00340433836442636597", "dhl_paket_20", true), // paketda.de
        ("201298452277", "dhl_paket_12", true),         // paketda.de
        ("JJD1410302937991", "dhl_paket_jjd", false),   // paketda.de
        ("00359007738060313786", "poczta_polska_20", true),
        ("09133131530724", "hermes_de_14", true), // paketda.de
        ("444413758703", "yamato_12", true),      // shipping-jp-js
        ("405548424886", "japan_post_12", true),  // shipping-jp-js
        ("512547514334", "sagawa_12", true),      // shipping-jp-js
        ("3SOVAC7567398", "postnl_3s", false),
        ("3SDEVC317858754", "postnl_3s", false), // PostNL API reference example
        ("JT0000498364212", "jt_express", false),
    ] {
        let id = identify(n);
        let c = id.candidates.iter().find(|c| c.format == format);
        assert!(c.is_some(), "{n}: {:?}", formats(&id));
        assert_eq!(c.unwrap().check_digit_verified, verified, "{n}");
    }
    // Poczta Polska's own "bad check digit" example: 2 given, 1 expected.
    let why = check("00759007731512000622", "poczta_polska")
        .unwrap()
        .unwrap_err();
    assert_eq!(
        why,
        Reason::BadCheckDigit {
            expected: '1',
            found: '2'
        }
    );
}

/// Check digits computed here for serials of our own: the format accepts the right one and
/// rejects every other digit.
#[test]
fn computed_check_digits() {
    type Sum = fn(&[u8]) -> Option<u8>;
    let gs1: Sum = |s| mod10(s, 3, 1, false);
    let cases: [(&str, &str, Sum); 5] = [
        ("0034043412345678901", "dhl_paket_20", gs1),
        ("0025900773123456789", "poczta_polska_20", gs1),
        ("12345678901", "dhl_paket_12", |s| mod10(s, 4, 9, false)),
        ("1234567890123", "hermes_de_14", gs1),
        ("31234567890", "yamato_12", mod7),
    ];
    for (serial, format, sum) in &cases {
        let good = format!("{serial}{}", ch(sum(serial.as_bytes())));
        assert!(formats(&identify(&good)).contains(format), "{good}");
        for d in '0'..='9' {
            let n = format!("{serial}{d}");
            if n != good {
                assert!(!formats(&identify(&n)).contains(format), "{n}");
            }
        }
    }
    // Mod 7 reads the 11 digits as one integer.
    let r = u8::try_from(31_234_567_890u64 % 7).unwrap();
    assert_eq!(mod7(b"31234567890"), Some(b'0' + r));
}

/// A DHL Paket 20-digit number also passes USPS 20's (same GS1) check: ambiguous without a
/// hint, DHL with a German one (country or carrier family), never accepted with a bad check.
#[test]
fn dhl_paket_20_versus_usps_20() {
    let serial = "0034043412345678901";
    let n = format!("{serial}{}", ch(mod10(serial.as_bytes(), 3, 1, false)));
    let id = identify(&n);
    assert!(id.ambiguous);
    assert_eq!(formats(&id), ["dhl_paket_20", "usps_20"]);
    for h in [
        hint(&[], Some("DE")),
        hint(&["dhl"], None),
        hint(&["DHL Paket"], Some("DE")),
    ] {
        let id = identify_with(&n, &h);
        assert_eq!(id.candidates[0].carrier, "dhl_parcel_de", "{h:?}");
        assert!(!id.ambiguous, "{h:?}");
    }
    let us = identify_with(&n, &hint(&["usps"], None));
    assert_eq!((us.candidates[0].carrier, us.ambiguous), ("usps", false));
    assert_eq!(validate(&n, "dhl").unwrap().format, "dhl_paket_20");
    let bad = format!("{serial}{}", if n.ends_with('0') { '1' } else { '0' });
    assert!(
        identify_with(&bad, &hint(&["dhl"], Some("DE")))
            .candidates
            .is_empty()
    );
    // Poczta Polska's are settled by a Polish hint.
    let pl = identify_with("00359007738060313786", &hint(&[], Some("PL")));
    assert_eq!(
        (pl.candidates[0].carrier, pl.ambiguous),
        ("poczta_polska", false)
    );
}

/// Yamato, Sagawa and Japan Post share one 12-digit mod-7 rule: honestly ambiguous, settled by
/// the merchant's carrier, and ahead of FedEx 12 with a Japanese hint.
#[test]
fn japanese_twelve_digit_numbers() {
    let id = identify("444413758703");
    assert!(id.ambiguous);
    let mut c: Vec<_> = id.candidates.iter().map(|c| c.carrier).collect();
    c.sort_unstable();
    assert_eq!(c, ["japan_post", "sagawa", "yamato"]);
    let y = identify_with("444413758703", &hint(&["Kuroneko Yamato"], None));
    assert_eq!((y.candidates[0].carrier, y.ambiguous), ("yamato", false));
    // A Japanese number that FedEx 12's check also accepts.
    let both = (0..1_000_000u64)
        .map(|i| format!("4{:010}", i * 7919 % 10_000_000_000))
        .map(|s| format!("{s}{}", ch(mod7(s.as_bytes()))))
        .find(|n| formats(&identify(n)).contains(&"fedex_12"))
        .unwrap();
    assert_eq!(identify(&both).candidates[0].carrier, "fedex");
    let jp = identify_with(&both, &hint(&[], Some("JP")));
    assert!(["yamato", "sagawa", "japan_post"].contains(&jp.candidates[0].carrier));
    assert!(jp.ambiguous, "three Japanese carriers remain");
}

/// Pattern-only formats have no check digit to verify and rank after verified readings.
#[test]
fn pattern_only_formats_are_flagged_and_rank_last() {
    for (n, format) in [
        ("JJD000390016890406943", "dhl_paket_jjd"),
        ("SF1234567890123", "sf_express"),
        ("YT1234567890123", "yto"),
        ("JT0001234567890", "jt_express"),
        ("LP00123456789012", "cainiao_lp"),
        ("LP00123456789012345678", "cainiao_lp"),
        ("JVGL0123456789012345", "dhl_ecommerce_eu_jvgl"),
        ("H1012345678901234567", "hermes_de_h"),
        ("JJFI12345678901234567", "posti_jjfi"),
        ("6A12345678901", "colissimo"),
        ("PQ4F6P0700027800108020V", "correos_paq"),
        ("991234567812345678", "swiss_post_99"),
    ] {
        let id = identify(n);
        let c = id.candidates.iter().find(|c| c.format == format);
        assert!(
            c.is_some_and(|c| !c.check_digit_verified),
            "{n}: {:?}",
            formats(&id)
        );
    }
    // Cainiao LP takes 14 to 20 digits and nothing shorter or longer.
    for n in ["LP0012345678901", "LP001234567890123456789"] {
        assert!(!formats(&identify(n)).contains(&"cainiao_lp"), "{n}");
    }
    // YunExpress keeps its 16-digit YT numbers.
    assert_eq!(formats(&identify("YT2229521272164446")), ["yunexpress"]);
}

/// find_in_text picks up the new prefixed formats and still leaves phone numbers, dates and
/// order ids alone.
#[test]
fn find_in_text_world() {
    let text = "Ihre Bestellung 12345678901234 vom 21.11.2026 ist unterwegs: DHL 00340433836442636597. \
                Fragen? +49 30 12345678 oder 0800 123 4567. SF单号 SF1234567890123, Kundennr. 4711-0815-2026.";
    let found = find_in_text(text);
    let numbers: Vec<_> = found.iter().map(|f| f.number.as_str()).collect();
    assert_eq!(numbers, ["00340433836442636597", "SF1234567890123"]);
}

/// docs/tracking-numbers.md lists every format of the table with its check-digit status.
#[test]
fn the_format_list_in_the_docs_is_complete() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/tracking-numbers.md");
    let Ok(doc) = std::fs::read_to_string(path) else {
        return; // the crate built outside its repository
    };
    let t = table::tables().unwrap();
    for f in &t.formats {
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", f.id)));
        assert!(row.is_some(), "docs/tracking-numbers.md lacks {}", f.id);
        let pattern_only = row.unwrap().contains("none (pattern-only)");
        assert_eq!(pattern_only, f.checksum.is_none(), "{}", f.id);
    }
}

#[test]
fn taiwan_s10_items_name_chunghwa_post() {
    // Chunghwa Post issues S10 items under TW although Taiwan is not a UPU member country.
    // RR + serial 12345678, check digit by the S10 weights 8 6 4 2 3 5 9 7: 5.
    let id = identify("RR123456785TW");
    let best = id.best().unwrap();
    assert_eq!((best.carrier, best.check_digit_verified), ("s10", true));
    assert_eq!(best.operator, Some("chunghwa_post"));
    assert!(identify("RR123456784TW").candidates.is_empty());
    assert!(identify("RR123456785XK").candidates.is_empty());
}

#[test]
fn national_formats_of_round_nine() {
    // Nova Poshta: the waybill of a public getStatusDocuments example; a 14-digit number
    // starting 39 is not Nova Poshta's.
    let np = identify("59000857406500");
    assert!(
        np.candidates.iter().any(|c| c.format == "nova_poshta_14"),
        "{:?}",
        formats(&np)
    );
    let np = identify("20 4500 1234 5678");
    assert!(formats(&np).contains(&"nova_poshta_14"));
    assert!(!formats(&identify("39000857406500")).contains(&"nova_poshta_14"));
    // Pattern-only and low: never ahead of a verified reading, never a confident claim.
    for c in identify("59000857406500").candidates {
        if c.format == "nova_poshta_14" {
            assert!(!c.check_digit_verified && c.confidence < rank::PLAUSIBLE);
        }
    }
    // Pocztex "PX" + 10 digits: Poczta Polska first, Parcelforce's wider "2 letters + 10
    // digits" after it.
    let px = identify("PX 0012 3456 78");
    assert_eq!(px.best().unwrap().carrier, "poczta_polska");
    assert_eq!(px.best().unwrap().format, "pocztex");
    assert_eq!(
        identify("PB0012345678").best().unwrap().carrier,
        "parcelforce"
    );
    // Packeta: "Z" + the 10-digit packet id, printed in groups.
    let z = identify("Z 123 4567 890");
    assert_eq!(z.best().unwrap().carrier, "packeta");
    assert!(identify("Z123456789").candidates.is_empty());
    assert!(
        identify("Y1234567890")
            .candidates
            .iter()
            .all(|c| c.carrier != "packeta")
    );
}
