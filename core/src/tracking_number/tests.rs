//! Behaviour of identify / validate / find_in_text on numbers built here: a serial of our own
//! choosing plus the check digit computed by the algorithm under test, or numbers published in
//! standards (UPU S10 `RB123456785GB`) and in the carriers' own examples.

use super::checksum::{luhn, mod7, mod10, mod37_36, s10, weighted};
use super::*;
use crate::Error;

const FEDEX12_W: [u32; 11] = [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];
const FEDEX34_W: [u32; 13] = [1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];

fn ch(c: Option<u8>) -> char {
    char::from(c.unwrap())
}

fn ups(body: &str) -> String {
    format!("1Z{body}{}", ch(mod10(body.as_bytes(), 1, 2, false)))
}

fn gs1(serial: &str) -> String {
    // GS1 weights 3 on the rightmost data digit.
    let (e, o) = if serial.len() % 2 == 1 {
        (3, 1)
    } else {
        (1, 3)
    };
    format!("{serial}{}", ch(mod10(serial.as_bytes(), e, o, false)))
}

pub(super) fn carriers(id: &Identification) -> Vec<&str> {
    id.candidates.iter().map(|c| c.carrier).collect()
}

pub(super) fn formats(id: &Identification) -> Vec<&str> {
    id.candidates.iter().map(|c| c.format).collect()
}

/// A number whose check digit is wrong: the right one + 1.
fn bad_check(n: &str) -> String {
    let mut b = n.as_bytes().to_vec();
    let last = b.last_mut().unwrap();
    *last = if *last == b'9' { b'0' } else { *last + 1 };
    String::from_utf8(b).unwrap()
}

#[test]
fn ups_1z_with_service_details_and_url() {
    // Shipper 4X7Y21, service 01, package 234567Q.
    let n = ups("4X7Y2101234567Q");
    let id = identify(&n.to_lowercase());
    assert_eq!(id.normalized, n);
    let top = id.best().unwrap();
    assert_eq!(
        (top.carrier, top.format, top.check_digit_verified),
        ("ups", "ups", true)
    );
    assert_eq!(top.details["service_type"], "01");
    assert_eq!(top.details["service"], "UPS Next Day Air");
    assert_eq!(top.details["shipper_id"], "4X7Y21");
    assert_eq!(
        top.tracking_url.as_deref(),
        Some(&*format!("https://www.ups.com/track?tracknum={n}"))
    );
    assert!(!id.ambiguous);
    assert!(identify(&bad_check(&n)).candidates.is_empty());
    // Whole-string only: a trailing character or word is not accepted.
    assert!(identify(&format!("{n}7")).candidates.is_empty());
    assert!(identify(&format!("{n} junk")).candidates.is_empty());
    assert!(identify(&format!("x{n}")).candidates.is_empty());
}

#[test]
fn pasted_input_is_normalized() {
    let n = ups("5R8939035756712");
    let spaced: String = n.chars().flat_map(|c| [c, ' ']).collect();
    for messy in [
        n.to_lowercase(),
        spaced,
        format!("{}-{}-{}", &n[..6], &n[6..12], &n[12..]),
        format!("{}.{}", &n[..9], &n[9..]),
        format!("\t{}\u{00A0}{}\u{200B}\n", &n[..4], &n[4..]),
        format!("Tracking #: {n}"),
        format!("Sendungsnummer: {n}"),
        format!("tracking number {n}"),
        format!("{n} (UPS)"),
    ] {
        let id = identify(&messy);
        assert_eq!(id.normalized, n, "{messy:?}");
        assert_eq!(formats(&id), ["ups"], "{messy:?}");
    }
}

#[test]
fn s10_country_operator_and_reserved_codes() {
    // The UPU S10 standard's own example.
    let id = identify("RB 123 456 785 GB");
    let top = id.best().unwrap();
    assert_eq!((top.carrier, top.format), ("s10", "s10"));
    assert_eq!(top.operator, Some("royal_mail"));
    assert_eq!(top.details["country"], "United Kingdom");
    assert_eq!(top.details["service"], "Registered letter post");
    assert!(
        top.tracking_url
            .as_deref()
            .unwrap()
            .contains("royalmail.com")
    );
    // Same serial, other countries: US goes to USPS; every member names its operator, even
    // one whose tracking page takes no number in the URL (no URL then); territories issuing
    // their own codes count (HK, JE); a non-member code is rejected.
    assert_eq!(
        identify("EA123456785US").best().unwrap().operator,
        Some("usps")
    );
    let ke = identify("CP123456785KE");
    assert_eq!(ke.best().unwrap().operator, Some("posta_kenya"));
    assert_eq!(ke.best().unwrap().tracking_url, None);
    assert_eq!(ke.best().unwrap().details["service"], "Parcel post");
    for (n, op) in [
        ("RR123456785HK", "hongkong_post"),
        ("RR123456785JE", "jersey_post"),
        ("RR123456785BR", "correios"),
        ("LX123456785SE", "postnord"),
        ("CP123456785CH", "swiss_post"),
        ("EE123456785IN", "india_post"),
    ] {
        assert_eq!(identify(n).best().unwrap().operator, Some(op), "{n}");
    }
    // Service indicators: reserved ranges are decoded as such, not rejected.
    assert_eq!(
        identify("EE123456785JP").best().unwrap().details["service"],
        "EMS"
    );
    assert!(
        identify("SS123456785BR").best().unwrap().details["service"]
            .starts_with("Reserved by the UPU")
    );
    assert!(identify("RB123456785XK").candidates.is_empty());
    assert!(identify("RB123456785XX").candidates.is_empty());
    assert!(identify("RB123456782GB").candidates.is_empty());
    // Check value 10 → 0 and 11 → 5.
    let serial = "00000000";
    assert_eq!(ch(s10(serial.as_bytes())), '5');
    assert!(
        identify(&format!("LX{serial}5CN"))
            .candidates
            .iter()
            .any(|c| c.format == "s10")
    );
}

#[test]
fn usps_impb_routing_prefix_and_trackable() {
    // IMpb C: AI 92, STC 612, 9-digit MID 9xxxxxxxx, 7-digit serial.
    let body = "926129".to_string() + "12345678" + "1234567";
    let impb = gs1(&body);
    assert_eq!(impb.len(), 22);
    let id = identify(&impb);
    assert_eq!(formats(&id), ["usps_impb_c"]);
    // With the 420 + ZIP5 (+4) routing prefix the check covers only the IMpb part.
    for prefix in ["42010001", "420100012345"] {
        let full = format!("{prefix}{impb}");
        let id = identify(&full);
        let top = id.best().unwrap();
        assert_eq!((top.carrier, top.format), ("usps", "usps_impb_c"), "{full}");
        assert_eq!(top.trackable, impb);
        assert_eq!(top.details["destination_zip"], "10001");
        assert_eq!(top.details["service_type"], "612");
        assert!(top.tracking_url.as_deref().unwrap().ends_with(&impb));
    }
    // AI 93 needs a 6-digit MID starting 0-8: a MID starting with 9 is not IMpb C.
    let ok93 = gs1(&("93612".to_string() + "123456" + "1234567890"));
    assert!(formats(&identify(&ok93)).contains(&"usps_impb_c"));
    let bad93 = gs1(&("93612".to_string() + "923456" + "1234567890"));
    assert!(!formats(&identify(&bad93)).contains(&"usps_impb_c"));
    // IMpb N (AI 94) is computed reversed; with an odd-length serial it is the same sum.
    let n = gs1(&("94001".to_string() + "112062" + "0640762874"));
    assert_eq!(formats(&identify(&n)), ["usps_impb_n"]);
    // 38 digits (420 + ZIP9 + 26) is not a defined length.
    let long = format!(
        "420100012345{}",
        gs1(&("92612".to_string() + "912345678" + "12345678901"))
    );
    assert_eq!(long.len(), 38);
    assert!(identify(&long).candidates.is_empty());
}

#[test]
fn usps_legacy_implied_91_and_usps_20() {
    // A 20-digit number valid under the implied-91 convention only.
    let body = "7196901075600307738"; // 19 digits
    let legacy = format!(
        "{body}{}",
        ch(mod10(format!("91{body}").as_bytes(), 3, 1, false))
    );
    let raw = gs1(body);
    assert_ne!(legacy, raw);
    assert_eq!(formats(&identify(&legacy)), ["usps_legacy"]);
    assert_eq!(formats(&identify(&raw)), ["usps_20"]);
    // Starting with 91 it validates under both; same carrier, so not ambiguous.
    let both = gs1("9101234567890000000");
    let id = identify(&both);
    assert_eq!(carriers(&id), ["usps", "usps"]);
    assert!(!id.ambiguous);
}

#[test]
fn fedex_family() {
    let f12 = format!(
        "79053531231{}",
        ch(weighted(b"79053531231", &FEDEX12_W, 11, 10))
    );
    let id = identify(&f12);
    assert_eq!(id.best().unwrap().format, "fedex_12");
    // 34-digit Express: the last 12 digits are the trackable FedEx 12 number.
    let serial = "0077901797269";
    let f34 = format!(
        "10019213342500010003{serial}{}",
        ch(weighted(serial.as_bytes(), &FEDEX34_W, 11, 10))
    );
    let top = identify(&f34).best().cloned().unwrap();
    assert_eq!((top.format, top.trackable.len()), ("fedex_34", 12));
    assert!(f34.ends_with(&top.trackable));
    // 9xxxx is not FedEx 34 (first digit 0-8 only).
    let f34_9 = format!("9{}", &f34[1..]);
    assert!(!formats(&identify(&f34_9)).contains(&"fedex_34"));
    // Ground 15 and 96-22 (checksum over the last 14 data digits).
    assert_eq!(
        identify(&gs1("04144176022896")).best().unwrap().format,
        "fedex_ground"
    );
    let g96 = format!("9611020{}", gs1("98765431234567"));
    let top = identify(&g96).best().cloned().unwrap();
    assert_eq!(top.format, "fedex_ground_96");
    assert_eq!(top.trackable, &g96[7..]);
    // SSCC-18: the first two digits are outside the checksum.
    let sscc = format!("00{}", gs1("012345000000002"));
    assert_eq!(
        identify(&sscc).best().unwrap().format,
        "fedex_ground_sscc_18"
    );
    let sscc_other_type = format!("04{}", &sscc[2..]);
    assert_eq!(
        identify(&sscc_other_type).best().unwrap().format,
        "fedex_ground_sscc_18"
    );
    // ASTRA: check digit at position 28, four digits after it.
    let astra_serial = "44784794113";
    let astra = format!(
        "3297150836010244{astra_serial}{}2013",
        ch(weighted(astra_serial.as_bytes(), &FEDEX12_W, 11, 10))
    );
    assert_eq!(astra.len(), 32);
    assert_eq!(identify(&astra).best().unwrap().format, "fedex_astra_32");
}

#[test]
fn collisions_are_ranked_and_flagged() {
    // FedEx 12 and Purolator 12 both pass: FedEx first, ambiguous, Purolator listed.
    let both = (0..100_000u64)
        .map(|i| format!("3{:010}", i * 7919 % 10_000_000_000))
        .map(|s| format!("{s}{}", ch(luhn(s.as_bytes()))))
        .find(|n| weighted(&n.as_bytes()[..11], &FEDEX12_W, 11, 10) == n.bytes().last())
        .unwrap();
    let id = identify(&both);
    assert!(id.ambiguous);
    assert_eq!(carriers(&id), ["fedex", "purolator"]);
    assert!(id.candidates[0].confidence >= id.candidates[1].confidence);
    // Old Dominion (prefix + Luhn) that also passes DHL's mod 7: Old Dominion first.
    let od = (0..10_000_000u64)
        .map(|i| format!("780{:07}", i * 13 % 10_000_000))
        .map(|s| format!("{s}{}", ch(luhn(s.as_bytes()))))
        .find(|n| mod7(&n.as_bytes()[..10]) == n.bytes().last())
        .unwrap();
    let id = identify(&od);
    assert!(id.ambiguous);
    assert_eq!(carriers(&id), ["old_dominion", "dhl_express"]);
    // A lone DHL Express number is not ambiguous.
    let dhl = format!("331881002{}", ch(mod7(b"331881002")));
    let id = identify(&dhl);
    assert_eq!((carriers(&id), id.ambiguous), (vec!["dhl_express"], false));
    // Checksum-verified beats pattern-only: S10 with a DHL eCommerce prefix.
    let id = identify("RX123456785DE");
    assert_eq!(carriers(&id), ["s10", "dhl_ecommerce"]);
    assert!(id.ambiguous);
    // "Any 14 digits" (DHL eCommerce 14) never makes a result ambiguous, and it steps aside
    // when the Hermes 14-digit check (same shape) rejects the number: a mistyped Hermes
    // number is not a DHL eCommerce number. Hermes' check is the GS1 mod 10, so a Hermes
    // number with a GS1 member prefix (091 here) is also a GTIN-14: the bare shape steps
    // aside for that look-alike, the verified Hermes reading stays.
    let hermes = format!("0913313153072{}", ch(mod10(b"0913313153072", 3, 1, false)));
    assert_eq!(hermes, "09133131530724", "paketda.de's published example");
    let id = identify(&hermes);
    assert_eq!((formats(&id), id.ambiguous), (vec!["hermes_de_14"], false));
    // Outside the GS1 member prefixes (the restricted 02x range) both readings remain.
    let other = format!("0213313153072{}", ch(mod10(b"0213313153072", 3, 1, false)));
    let id = identify(&other);
    assert_eq!(
        (formats(&id), id.ambiguous),
        (vec!["hermes_de_14", "dhl_ecommerce_14"], false)
    );
    assert!(id.candidates[1].confidence < 0.5);
    assert!(identify("09133131530725").candidates.is_empty());
    assert!(identify("12345678901234").candidates.is_empty());
}

#[test]
fn dpd_mod37_36_letters_and_lower_case() {
    let serial = "09980000020034";
    let c = ch(mod37_36(serial.as_bytes()));
    let n = format!("{serial}{c}");
    let id = identify(&n.to_lowercase());
    assert!(formats(&id).contains(&"dpd_14"), "{n}");
    let long = "008182709980000020033350276";
    let n28 = format!("{long}{}", ch(mod37_36(long.as_bytes())));
    let top = identify(&n28).best().cloned().unwrap();
    assert_eq!(top.format, "dpd");
    assert_eq!(top.details["country"], "DE");
    assert_eq!(top.details["service_code"], "350");
    assert!(
        identify(&format!(
            "{long}{}",
            if n28.ends_with('A') { 'B' } else { 'A' }
        ))
        .candidates
        .is_empty()
    );
}

#[test]
fn ontrac_prefix_counts_as_digit_and_lasership_dash() {
    let s = "1103150000187";
    let c = ch(mod10(format!("4{s}").as_bytes(), 1, 2, false));
    assert_eq!(
        identify(&format!("c{s}{c}")).best().unwrap().format,
        "ontrac_c"
    );
    // The same digits under D (counted as 5) fail.
    assert!(identify(&format!("d-{s}{c}")).candidates.is_empty());
    let id = identify("1LS7119013618127-1");
    let top = id.best().unwrap();
    assert_eq!(
        (top.format, top.number.as_str()),
        ("lasership-1ls7-18", "1LS7119013618127-1")
    );
    assert!(identify("1LS7119013618127-2").candidates.is_empty());
}

#[test]
fn pattern_only_formats() {
    for (n, format) in [
        ("TBA123456789012", "amazon_logistics"),
        ("GFUS01011884214272", "gofo_us"),
        ("LTN12345678N1", "landmark_global"),
        ("SP029692510000920746", "speedee"),
        ("YT1234567890123456", "yunexpress"),
        ("JJD0001234567890123", "yodel"),
        ("LX12345678", "lasership_lx"),
        ("1LSCXAB12345678", "lasership_1lscx"),
        ("D576002440000001718010", "canpar_22"),
    ] {
        let id = identify(n);
        assert_eq!(id.best().map(|c| c.format), Some(format), "{n}");
        assert!(!id.best().unwrap().check_digit_verified);
    }
    // All-zero numbers stay valid but count for less; the cut does not hide a second
    // carrier: `A0000000000` is a valid UPS waybill and has Amazon International's shape.
    let az = identify("A0000000000");
    assert_eq!((carriers(&az), az.ambiguous), (vec!["ups", "amazon"], true));
    let zero = identify("TBA000000000000").best().cloned().unwrap();
    let real = identify("TBA123456789012").best().cloned().unwrap();
    assert!(zero.confidence < real.confidence);
}

#[test]
fn validate_explains_failures() {
    let n = ups("879E93034683444");
    assert_eq!(validate(&n, "UPS").unwrap().format, "ups");
    let reason = |n: &str, c: &str| check(n, c).unwrap().unwrap_err();
    assert_eq!(
        reason(&bad_check(&n), "ups"),
        Reason::BadCheckDigit {
            expected: n.chars().last().unwrap(),
            found: bad_check(&n).chars().last().unwrap()
        }
    );
    assert!(matches!(
        reason("1Z12345", "ups"),
        Reason::WrongLength { length: 7, .. }
    ));
    assert_eq!(reason("2Z879E930346834440", "ups"), Reason::WrongFormat);
    assert_eq!(
        reason("RB123456785XK", "s10"),
        Reason::UnknownCountry { code: "XK".into() }
    );
    assert_eq!(reason("", "fedex"), Reason::Empty);
    assert_eq!(reason("123", "teleship"), Reason::NoFormats);
    // A valid number of another carrier is not valid for this one.
    assert!(check(&n, "fedex").unwrap().is_err());
    // S10 numbers are valid for the issuing country's operator.
    assert_eq!(
        validate("RB123456785GB", "Royal Mail").unwrap().format,
        "s10"
    );
    assert_eq!(
        reason("RB123456785GB", "usps"),
        Reason::OtherOperator {
            country: "GB".into(),
            operator: "royal_mail".into()
        }
    );
    // "DHL" covers both DHL Express and DHL eCommerce formats.
    assert_eq!(
        validate("GM2951173225174494", "DHL").unwrap().carrier,
        "dhl_ecommerce"
    );
    assert_eq!(
        validate("3318810025", "dhl").unwrap().carrier,
        "dhl_express"
    );
    assert!(validate("GM2951173225174494", "DHL Express").is_err());
    match validate(&bad_check(&n), "ups") {
        Err(Error::InvalidTrackingNumber {
            carrier,
            reason,
            look_alike,
            ..
        }) => {
            assert_eq!(carrier.as_deref(), Some("ups"));
            assert_eq!(look_alike, None);
            assert!(reason.contains("check digit"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        validate(&n, "no such carrier"),
        Err(Error::UnknownCarrier { .. })
    ));
}

#[test]
fn find_in_text_extracts_only_confident_numbers() {
    let u = ups("879E93034683444");
    let impb = gs1(&("926129".to_string() + "12345678" + "1234567"));
    let spaced = format!("{} {} {}", &impb[..4], &impb[4..12], &impb[12..]);
    let text = format!(
        "Hi! Your order #112-4567890-1234567 shipped.\nUPS: {u}, USPS tracking {spaced}.\n\
         Call +1 555 123 4567 or 555-123-4567; invoice 12345678901234; ref 3318810025."
    );
    let found = find_in_text(&text);
    let numbers: Vec<_> = found.iter().map(|f| f.number.as_str()).collect();
    assert_eq!(numbers, [u.as_str(), impb.as_str()]);
    let f = &found[1];
    assert_eq!(&text[f.span.0..f.span.1], spaced);
    assert_eq!(f.candidates[0].carrier, "usps");
    assert!(find_in_text("nothing here, 2026-11-21 12:00").is_empty());
    // A number glued to other letters is not extracted.
    assert!(find_in_text(&format!("X{u}")).is_empty());
}

#[test]
fn candidates_serialize_for_the_cli() {
    let v = serde_json::to_value(identify("RB123456785GB")).unwrap();
    let c = &v["candidates"][0];
    assert_eq!(c["carrier"], "s10");
    assert_eq!(c["check_digit_verified"], true);
    assert_eq!(c["details"]["country_code"], "GB");
    assert!(c.get("rank").is_none());
}

#[test]
fn tracking_urls_are_the_registry_templates() {
    // The precomputed templates give exactly what the registry's tracking_url_for gives.
    for n in [
        "1Z879E930346834440",
        "9400111206206407628746",
        "RB123456785GB",
        "EA123456785US",
        "LTN74224021N1",
    ] {
        for c in identify(n).candidates {
            let registry = crate::carrier::lookup(c.operator.unwrap_or(c.carrier))
                .and_then(|r| r.tracking_url_for(&c.trackable));
            assert_eq!(c.tracking_url, registry, "{n} {}", c.format);
        }
    }
}
