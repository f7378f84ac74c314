//! Issue 16, fourth round: Austrian Post's 16- and 22-digit parcel numbers and the Deutsche
//! Post Identcode structure of DHL Paket's 12-digit numbers. Numbers are built here with the
//! check digit computed as the carrier's documentation states it, written out on its own.

use super::*;

fn formats(id: &Identification) -> Vec<&str> {
    id.candidates.iter().map(|c| c.format).collect()
}

/// Austrian Post's check digit (Belabelung und Avisodaten Fibel, 4.1.6): the digits weighted
/// 3, 1, 3 ... from the left; the check is 10 minus the sum's last digit (10 becomes 0).
fn post_at_check(data: &str) -> char {
    let sum: u32 = data
        .bytes()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    char::from(b'0' + u8::try_from((10 - sum % 10) % 10).unwrap())
}

fn with_check(data: &str) -> String {
    format!("{data}{}", post_at_check(data))
}

/// Both lengths: the right check digit is accepted with the product decoded, every other one
/// is rejected (and `check` names the expected digit), and a product code the documentation
/// does not list is not taken.
#[test]
fn austrian_post_numbers_with_their_check_digit_and_product() {
    let cases = [
        // 22 digits: product code in digits 16-17.
        (
            "102030405060708012345",
            "austrian_post_22",
            "Paket Österreich",
        ),
        (
            "555444333222111360077",
            "austrian_post_22",
            "Paket Light International Outbound",
        ),
        // 16 digits: product code in digits 5-6.
        (
            "471110123456789",
            "austrian_post_16",
            "EMS Österreich / International Outbound",
        ),
    ];
    for (data, format, product) in &cases {
        let good = with_check(data);
        let id = identify(&good);
        let c = id.candidates.iter().find(|c| c.format == *format);
        let c = c.unwrap_or_else(|| panic!("{good}: {:?}", formats(&id)));
        assert!(c.check_digit_verified, "{good}");
        assert_eq!(c.carrier, "austrian_post");
        assert_eq!(c.details["product"], *product, "{good}");
        let right = good.chars().last().unwrap();
        for d in ('0'..='9').filter(|d| *d != right) {
            let bad = format!("{data}{d}");
            assert!(!formats(&identify(&bad)).contains(format), "{bad}");
            assert_eq!(
                check(&bad, "austrian_post").unwrap().unwrap_err(),
                Reason::BadCheckDigit {
                    expected: right,
                    found: d
                },
                "{bad}"
            );
        }
    }
    // Product 04 is not in the documented list: the shape does not take it.
    let unlisted = with_check("102030405060708042345");
    assert!(!formats(&identify(&unlisted)).contains(&"austrian_post_22"));
}

/// A 16-digit number with a listed product code passes Canada Post's check too (the same GS1
/// mod 10): Canada Post leads (priority.txt), the result is ambiguous, and the ship-from or
/// ship-to country settles it either way.
#[test]
fn austrian_post_16_and_canada_post_16_share_a_check() {
    let n = with_check("471130123456789");
    let id = identify(&n);
    assert_eq!(formats(&id), ["canada_post", "austrian_post_16"], "{n}");
    assert!(id.ambiguous);
    let at = identify_with(
        &n,
        &Hint {
            carriers: &[],
            country: Some("AT"),
        },
    );
    assert_eq!(
        (at.candidates[0].carrier, at.ambiguous),
        ("austrian_post", false)
    );
    let ca = identify_with(
        &n,
        &Hint {
            carriers: &[],
            country: Some("CA"),
        },
    );
    assert_eq!(
        (ca.candidates[0].carrier, ca.ambiguous),
        ("canada_post", false)
    );
    // A product code outside the list leaves Canada Post alone.
    let other = with_check("471199123456789");
    let id = identify(&other);
    assert_eq!((formats(&id), id.ambiguous), (vec!["canada_post"], false));
}

/// DHL Paket's 12-digit numbers are Deutsche Post Identcodes: the paketda.de example decodes
/// into distribution centre, customer and mailing number.
#[test]
fn dhl_paket_12_decodes_the_identcode() {
    let id = identify("201298452277");
    let c = id
        .candidates
        .iter()
        .find(|c| c.format == "dhl_paket_12")
        .unwrap();
    assert!(c.check_digit_verified);
    assert_eq!(c.details["distribution_center"], "20");
    assert_eq!(c.details["customer"], "129");
    assert_eq!(c.details["mailing"], "845227");
}
