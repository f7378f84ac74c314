//! Round 11: Indonesian, Mexican, Argentine and JD Logistics numbers, GLS without its check
//! digit, and the per-length prior of bare digit strings. Check digits are computed here as
//! the carriers' documentation states them, written out on their own.

use super::*;

fn formats(id: &Identification) -> Vec<&str> {
    id.candidates.iter().map(|c| c.format).collect()
}

/// FedEx Express 12 (jkeen/tracking_number_data fedex.json): the first 11 digits weighted
/// 3, 1, 7, 3, 1, 7 ... from the left, sum mod 11, 10 becomes 0.
fn fedex12(data: &str) -> String {
    let w = [3, 1, 7];
    let sum: u32 = data
        .bytes()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * w[i % 3])
        .sum();
    format!("{data}{}", sum % 11 % 10)
}

/// GLS (Uni-Box documentation 2D, 3.2.1): the 11 digits weighted 3, 1, 3 ... from the left,
/// plus 1; the check is 10 minus the sum's last digit (10 becomes 0).
fn gls12(data: &str) -> String {
    let sum: u32 = data
        .bytes()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum::<u32>()
        + 1;
    format!("{data}{}", (10 - sum % 10) % 10)
}

#[test]
fn indonesian_lettered_numbers_are_their_carriers() {
    let jt = identify("JP 8012 3456 71");
    assert_eq!(jt.best().map(|c| c.carrier), Some("jt_express"));
    assert_eq!(jt.best().map(|c| c.format), Some("jt_express_id"));
    assert!(!jt.candidates[0].check_digit_verified);
    // JP + 11 digits is no J&T Indonesia number.
    assert!(!formats(&identify("JP80123456712")).contains(&"jt_express_id"));
    let jne = identify("CM40201234567");
    assert_eq!(formats(&jne), ["jne_cm"]);
    // Extracted from a message: the prefix is strong enough for text.
    let found = find_in_text("Pesanan dikirim dengan J&T, resi JP8012345671. Terima kasih!");
    assert_eq!(
        found.iter().map(|f| f.number.as_str()).collect::<Vec<_>>(),
        ["JP8012345671"]
    );
}

#[test]
fn jd_logistics_leaves_yodel_and_dhl_piece_ids_their_shapes() {
    assert_eq!(formats(&identify("JD0012345678901")), ["jd_logistics"]);
    assert_eq!(formats(&identify("JDX012345678901")), ["jd_logistics"]);
    // JD + 16 digits is Yodel's shape, JDV + 10 digits a DHL Express piece ID.
    assert!(!formats(&identify("JD0001234567890123")).contains(&"jd_logistics"));
    assert!(!formats(&identify("JDV0123456789")).contains(&"jd_logistics"));
    assert!(check("JD0012345678901", "jd_logistics").unwrap().is_ok());
}

/// A bare 12-digit number that passes FedEx's check by chance (one in ten do) is no confident
/// FedEx claim: twelve carriers of the tables issue 12 bare digits.
#[test]
fn a_bare_twelve_digit_number_is_no_confident_claim() {
    let n = fedex12("00292716868");
    let id = identify(&n);
    let best = id.best().unwrap();
    assert_eq!((best.format, best.check_digit_verified), ("fedex_12", true));
    assert!(best.confidence < 0.5, "{}", best.confidence);
    // The same digits with the carrier named: SiCepat and J&T Cargo take any 12 digits.
    let sicepat = check(&n, "sicepat").unwrap().unwrap();
    assert!((sicepat.format, sicepat.check_digit_verified) == ("sicepat_12", false));
    assert!(sicepat.confidence <= 0.2);
    assert!(matches!(
        check("0029271686", "sicepat").unwrap(),
        Err(Reason::WrongLength { length: 10, .. })
    ));
    // ... but identify never names them on a bare run of digits.
    assert!(
        !formats(&id)
            .iter()
            .any(|f| *f == "sicepat_12" || *f == "jt_cargo_12")
    );
    // The cap is the table's, per format and length, not this number's.
    let t = table::tables().unwrap();
    let fedex = t.formats.iter().find(|f| f.id == "fedex_12").unwrap();
    assert!(fedex.digit_confidence_at(12) < 0.5);
}

#[test]
fn length_only_rows_of_round_eleven_serve_validate() {
    // Estafeta's 22-digit waybill and Andreani's 3 + 14 digits: validate only.
    let estafeta = "8055241528464720099314";
    assert!(check(estafeta, "estafeta").unwrap().is_ok());
    assert!(!formats(&identify(estafeta)).contains(&"estafeta_22"));
    assert!(matches!(
        check("805524152846472009931", "estafeta").unwrap(),
        Err(Reason::WrongLength { length: 21, .. })
    ));
    let andreani = "360002345678901";
    assert!(check(andreani, "andreani").unwrap().is_ok());
    assert!(!formats(&identify(andreani)).contains(&"andreani"));
    assert!(matches!(
        check("460002345678901", "andreani").unwrap(),
        Err(Reason::WrongFormat)
    ));
}

#[test]
fn gls_numbers_with_and_without_their_check_digit() {
    // Depot 10, product 10 (a standard parcel), running number 1234567.
    let data = "10101234567";
    let full = gls12(data);
    let ok = check(&full, "gls").unwrap().unwrap();
    assert_eq!((ok.format, ok.check_digit_verified), ("gls_12", true));
    // The 11 digits typed without the check digit: accepted for GLS, without a check.
    let short = check(data, "gls").unwrap().unwrap();
    assert_eq!(
        (short.format, short.check_digit_verified),
        ("gls_11", false)
    );
    // A wrong check digit on 12 digits is still a bad check digit, not an 11-digit reading.
    let last = full.as_bytes()[11];
    let bad = format!(
        "{data}{}",
        if last == b'9' {
            '0'
        } else {
            char::from(last + 1)
        }
    );
    assert!(matches!(
        check(&bad, "gls").unwrap(),
        Err(Reason::BadCheckDigit { .. })
    ));
}
