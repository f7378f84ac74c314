//! Round 12: a bare digit string whose only evidence is a check digit does not single out a
//! carrier when other carriers issue any digit string of its length (`rank::bare_digits_unsettled`).

use super::*;

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

#[test]
fn a_bare_number_passing_only_a_check_digit_is_ambiguous() {
    // Twelve digits: CJ Logistics, Delhivery, SiCepat, J&T Cargo and BRT issue any 12 digits
    // (length-only rows), so FedEx 12's check (passed by one random string in ten) does not
    // single FedEx out, whatever the digits.
    let t = table::tables().unwrap();
    assert!(t.open_digit_issuers[12].len() >= 2);
    let mut fedex_alone = 0;
    for i in 0..200u64 {
        let n = fedex12(&format!("{:011}", 1_000_003 + i * 48_271_013));
        let id = identify(&n);
        let Some(best) = id.best() else { continue };
        if id.candidates.iter().any(|c| c.carrier != "fedex") {
            continue;
        }
        fedex_alone += 1;
        assert_eq!(best.format, "fedex_12", "{n}");
        assert!(id.ambiguous, "{n}: FedEx alone is not a settled reading");
        // The merchant who ships with FedEx settles it.
        let hinted = identify_with(
            &n,
            &Hint {
                carriers: &["fedex"],
                country: None,
            },
        );
        assert!(!hinted.ambiguous, "{n}");
        assert_eq!(hinted.candidates[0].carrier, "fedex");
    }
    // The loop must have read most numbers as FedEx alone (132 of 200 on 2026-12-07; the
    // others another carrier also reads), or it checked nothing.
    assert!(
        fedex_alone >= 100,
        "only {fedex_alone} of 200 read as FedEx alone"
    );
}

#[test]
fn a_fixed_prefix_or_letters_still_single_out_a_carrier() {
    // Letters: UPS 1Z.
    let ups = identify("1Z999AA10123456784");
    assert_eq!((ups.candidates[0].carrier, ups.ambiguous), ("ups", false));
    // A fixed prefix: Nova Poshta's `20` + 12 digits fixes two digits of fourteen.
    let np = identify("20450123456789");
    assert_eq!(np.candidates[0].carrier, "nova_poshta");
    assert!(!np.ambiguous, "{:?}", np.candidates);
    // No length-only row takes any 16 digits: Canada Post's 16 stays alone and settled,
    // its check digit being the evidence no other issuer of that length contradicts.
    assert!(table::tables().unwrap().open_digit_issuers[16].is_empty());
}
