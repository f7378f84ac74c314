//! Issue 16, third round: GLS, Bring, DPD per country, bpost, 4PX, Yanwen, STO, Yunda and the
//! length-only rows (CJ Logistics, Korea Post, BRT, Correos Express, Delhivery, Aramex).
//! Numbers are built here with the check digit computed independently of the code under test,
//! or are the examples the cited sources publish.

use super::checksum::{mod10, mod37_36};
use super::*;

fn formats(id: &Identification) -> Vec<&str> {
    id.candidates.iter().map(|c| c.format).collect()
}

fn hint<'a>(carriers: &'a [&'a str], country: Option<&'a str>) -> Hint<'a> {
    Hint { carriers, country }
}

/// GLS check digit as its documentation states it, written out here on its own: the 11 digits
/// weighted 3, 1, 3 ... from the left, plus 1; the check is 10 minus the sum's last digit.
fn gls_check(serial: &str) -> char {
    let sum: u32 = serial
        .bytes()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum::<u32>()
        + 1;
    char::from(b'0' + u8::try_from((10 - sum % 10) % 10).unwrap())
}

/// Published examples of the cited sources, each found among the candidates with the right
/// check-digit status.
#[test]
fn published_examples_are_identified() {
    for (n, format, verified) in [
        ("XHAX4HDA", "gls_track_id", false),  // paketda.de GLS label
        ("01015026003653C", "dpd_14", true),  // paketda.de, with it (MOD 37,36)
        ("4PX300184920194", "fourpx", false), // published detector sample
        ("AAAA1234567890", "parcelforce_14", false), // parcelforce.com format page
        ("AA1234567", "parcelforce", false),  // parcelforce.com format page
        ("77123456789012", "sto", false),
        ("5123456789012", "yunda", false),
        ("UG123456789YP", "yanwen_yp", false),
    ] {
        let id = identify(n);
        let c = id.candidates.iter().find(|c| c.format == format);
        assert!(c.is_some(), "{n}: {:?}", formats(&id));
        assert_eq!(c.unwrap().check_digit_verified, verified, "{n}");
    }
}

/// GLS 12: the right check digit is accepted, every other digit rejected; the product code
/// is decoded; a German or GLS hint puts GLS first among the 12-digit readings.
#[test]
fn gls_twelve_digits() {
    let serial = "46853012345"; // depot 46, product 85 (Express), running number
    let good = format!("{serial}{}", gls_check(serial));
    let id = identify(&good);
    let gls = id.candidates.iter().find(|c| c.format == "gls_12");
    assert!(gls.is_some(), "{good}: {:?}", formats(&id));
    let gls = gls.unwrap();
    assert!(gls.check_digit_verified);
    assert_eq!(gls.details["depot"], "46");
    assert_eq!(gls.details["product"], "Express parcel");
    for d in '0'..='9' {
        let n = format!("{serial}{d}");
        assert_eq!(formats(&identify(&n)).contains(&"gls_12"), n == good, "{n}");
    }
    let hinted = identify_with(&good, &hint(&["GLS"], None));
    assert_eq!(hinted.candidates[0].carrier, "gls");
    assert!(!hinted.ambiguous);
    assert_eq!(validate(&good, "gls").unwrap().format, "gls_12");
    let bad = format!("{serial}{}", if good.ends_with('0') { '1' } else { '0' });
    assert!(matches!(
        check(&bad, "gls").unwrap(),
        Err(Reason::BadCheckDigit { .. })
    ));
}

/// Bring SSCC (18 digits, or 20 with the AI 00): GS1 check; the 20-digit form also passes USPS
/// 20's check, so it is ambiguous until a Norwegian hint settles it.
#[test]
fn bring_sscc_and_usps_20() {
    let serial = "37070123456789012"; // 3 + 707 (Norway) + 13 digits
    let sscc = format!(
        "{serial}{}",
        char::from(mod10(serial.as_bytes(), 3, 1, false).unwrap())
    );
    let id = identify(&sscc);
    assert_eq!(id.candidates[0].format, "bring_sscc", "{:?}", formats(&id));
    assert!(id.candidates[0].check_digit_verified);
    let with_ai = format!("00{sscc}");
    let id = identify(&with_ai);
    assert_eq!(formats(&id)[..2], ["bring_sscc", "usps_20"]);
    assert!(id.ambiguous);
    assert_eq!(id.candidates[0].trackable, sscc);
    let no = identify_with(&with_ai, &hint(&[], Some("NO")));
    assert_eq!((no.candidates[0].carrier, no.ambiguous), ("bring", false));
    // A wrong check digit: Bring rejects it and no pattern-only shape at least as general as
    // Bring's accepts it instead.
    let bad = format!("{serial}{}", if sscc.ends_with('0') { '1' } else { '0' });
    let t = table::tables().unwrap();
    let bring_space = t
        .formats
        .iter()
        .find(|f| f.id == "bring_sscc")
        .unwrap()
        .space_at(18);
    for c in identify(&bad).candidates {
        assert!(
            c.check_digit_verified || c.space < bring_space,
            "{}",
            c.format
        );
    }
}

/// DPD: the 28-character barcode's parcel number may end in a letter (Poland), the country is
/// decoded from the ISO numeric code, and the 14-character Polish waybill is recognised.
#[test]
fn dpd_per_country() {
    // postcode 0012345, parcel 1000727398456U, service 101, country 616 (Poland)
    let body = "00123451000727398456U101616";
    assert_eq!(body.len(), 27);
    let n = format!("{body}{}", char::from(mod37_36(body.as_bytes()).unwrap()));
    let id = identify(&n);
    let dpd = id.candidates.iter().find(|c| c.format == "dpd");
    assert!(dpd.is_some(), "{n}: {:?}", formats(&id));
    let dpd = dpd.unwrap();
    assert_eq!(dpd.details["country"], "PL");
    assert_eq!(dpd.trackable, "1000727398456U");
    assert_eq!(formats(&identify("1000727398456U")), ["dpd_pl"]);
    // A 14-digit DPD number typed without its check letter is pattern-only; with the letter
    // the MOD 37,36 check decides.
    let with = identify("01015026003653C");
    assert_eq!(with.candidates[0].format, "dpd_14");
    assert!(
        identify("01015026003653D")
            .candidates
            .iter()
            .all(|c| c.format != "dpd_14")
    );
}

/// Length-only rows (`identify: no`): `validate` with the carrier uses them and reports a
/// wrong length; `identify` and `find_in_text` never list them.
#[test]
fn length_only_rows_serve_validate_only() {
    // Digits written for these rows (no keyboard runs: validate refuses those as look-alikes).
    for (n, carrier, format) in [
        ("6012345678901", "korea_post", "korea_post_13"),
        ("5820417396025813470", "brt", "brt"),
        ("582041739602", "brt", "brt"),
        (
            "58204173960258134706917",
            "correos_express",
            "correos_express",
        ),
        ("582041739602", "cj_logistics", "cj_logistics"),
        ("5820417396", "cj_logistics", "cj_logistics"),
        ("582041739602", "delhivery", "delhivery"),
        ("5820417396", "aramex", "aramex"),
        ("01015026003653", "dpd", "dpd_parcel_14"), // paketda.de, without its check letter
    ] {
        let c = validate(n, carrier).unwrap();
        assert_eq!(c.format, format, "{n}");
        assert!(!c.check_digit_verified && c.confidence <= 0.3, "{n}");
        assert!(!formats(&identify(n)).contains(&format), "{n}");
    }
    let why = check("60123456789", "korea_post").unwrap().unwrap_err();
    assert!(
        matches!(why, Reason::WrongLength { length: 11, .. }),
        "{why:?}"
    );
    assert!(identify("6012345678901").candidates.is_empty());
    // A lone DHL Express number is still DHL Express alone.
    let dhl = identify("3318810025");
    assert_eq!((formats(&dhl), dhl.ambiguous), (vec!["dhl_express"], false));
}

/// Yunda's "3 or 4 + 14 digits" is a fifth of all 15-digit strings: it stands beside a FedEx
/// Ground reading whose check passes, and steps aside when that check rejects the number.
#[test]
fn yunda_is_no_catch_all_for_fedex_ground() {
    let serial = "31234567890123";
    let (e, o) = (1, 3); // GS1 over 14 data digits: the rightmost gets 3
    let good = format!(
        "{serial}{}",
        char::from(mod10(serial.as_bytes(), e, o, false).unwrap())
    );
    let id = identify(&good);
    assert_eq!(formats(&id), ["fedex_ground", "yunda"]);
    assert!(id.ambiguous);
    let bad = format!("{serial}{}", if good.ends_with('0') { '1' } else { '0' });
    assert!(
        identify(&bad).candidates.is_empty(),
        "{:?}",
        formats(&identify(&bad))
    );
    // ZTO's prefix is narrow enough to stand beside a rejected Hermes reading.
    let zto = (0..100u64)
        .map(|i| format!("7512345678{:04}", i))
        .find(|n| !formats(&identify(n)).contains(&"hermes_de_14"))
        .unwrap();
    assert_eq!(formats(&identify(&zto)), ["zto_14"]);
}

/// find_in_text takes the new prefixed formats and still ignores phone numbers, dates, bare
/// digit runs and order ids.
#[test]
fn find_in_text_round3() {
    let text = "Bestellung 460051234567 vom 03.12.2026, Tel. +47 22 12 34 56 / 0047 987 65 432. \
                4PX: 4PX300184920194. Yanwen UG123456789YP. bpost 323212345678901234567890. \
                Kundennr 77123456789012, Korea 6012345678901.";
    let numbers: Vec<_> = find_in_text(text).into_iter().map(|f| f.number).collect();
    assert_eq!(
        numbers,
        [
            "4PX300184920194",
            "UG123456789YP",
            "323212345678901234567890"
        ]
    );
}
