//! Carrier hints: they reorder the candidates a number fits and settle an ambiguity's
//! confidence, but never make a number fit a format it does not.

use super::tests::carriers;
use super::*;

#[test]
fn hints_reorder_but_never_accept() {
    // A number valid for both FedEx 12 and Purolator 12.
    let both = "287809468872";
    assert_eq!(identify(both).candidates[0].carrier, "fedex");
    let ca = identify_with(
        both,
        &Hint {
            carriers: &[],
            country: Some("CA"),
        },
    );
    assert_eq!(carriers(&ca), ["purolator", "fedex"]);
    assert!(
        !ca.ambiguous,
        "only one accepting carrier is at home in the hinted country"
    );
    let us = identify_with(
        both,
        &Hint {
            carriers: &[],
            country: Some("FR"),
        },
    );
    assert_eq!(carriers(&us), ["fedex", "purolator"]);
    assert!(us.ambiguous, "a country neither serves settles nothing");
    let mine = identify_with(
        both,
        &Hint {
            carriers: &["Purolator"],
            country: None,
        },
    );
    assert_eq!(carriers(&mine)[0], "purolator");
    assert!(!mine.ambiguous, "exactly one hinted carrier accepts it");
    // A hint never makes an invalid number valid.
    let none = identify_with(
        "1Z879E930346834443",
        &Hint {
            carriers: &["ups"],
            country: None,
        },
    );
    assert!(none.candidates.is_empty());
    // S10 items match a hint naming the issuing operator.
    let rm = identify_with(
        "RX123456785GB",
        &Hint {
            carriers: &["royal mail"],
            country: None,
        },
    );
    assert_eq!((rm.candidates[0].format, rm.ambiguous), ("s10", false));
}

#[test]
fn a_hint_that_settles_an_ambiguity_settles_the_confidence_too() {
    // Yamato, Sagawa and Japan Post share one 12-digit rule: alone, each gets a share.
    let alone = identify("123456789013");
    assert!(alone.ambiguous);
    let share = alone.candidates[0].confidence;
    assert!(share < 0.34, "shared three ways: {share}");
    let yamato = identify_with(
        "123456789013",
        &Hint {
            carriers: &["yamato"],
            country: None,
        },
    );
    assert!(!yamato.ambiguous);
    let first = &yamato.candidates[0];
    assert_eq!(first.carrier, "yamato");
    // The format's own confidence, as an unambiguous number of that format would get.
    assert!(first.confidence > 2.0 * share, "{}", first.confidence);
    assert_eq!(first.confidence, first.own);
    // The carriers the hint ruled out keep their shares, below the settled one.
    for c in &yamato.candidates[1..] {
        assert!(
            c.confidence < first.confidence,
            "{} {}",
            c.carrier,
            c.confidence
        );
    }
    // A hint that settles nothing changes no confidence.
    let jp = identify_with(
        "123456789013",
        &Hint {
            carriers: &[],
            country: Some("JP"),
        },
    );
    assert!(jp.ambiguous);
    assert!(jp.candidates.iter().all(|c| c.confidence <= share));
    // A country that settles it does the same: FedEx 12 / Purolator 12 with country CA.
    let ca = identify_with(
        "287809468872",
        &Hint {
            carriers: &[],
            country: Some("CA"),
        },
    );
    assert_eq!(ca.candidates[0].carrier, "purolator");
    assert_eq!(ca.candidates[0].confidence, ca.candidates[0].own);
    assert!(ca.candidates[0].confidence > ca.candidates[1].confidence);
}
