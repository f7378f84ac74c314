//! Properties over generated input: every format accepts its own random valid numbers and
//! refuses a wrong check character, arbitrary text is safe, and the linear matcher agrees
//! with backtracking.

use super::tests::formats;
use super::*;

/// Every format of the table, on random numbers of its own shape: with the right check digit
/// (computed here) the format accepts the number, pasted lower-case with dashes too; with any
/// other check character it does not.
#[test]
fn every_format_accepts_its_own_random_valid_numbers() {
    let t = table::tables().unwrap();
    let mut rng = pattern::sample::Rng(0x9E37_79B9_7F4A_7C15);
    for f in &t.formats {
        let (mut tried, mut suppressed) = (0, 0);
        for _ in 0..120 {
            let Some(n) = super::tests_general::valid_number(f, &mut rng) else {
                continue;
            };
            tried += 1;
            // identify() skips inputs without a digit: every format must have one.
            assert!(n.bytes().any(|b| b.is_ascii_digit()), "{}: {n}", f.id);
            let id = identify(&n);
            if !f.in_identify {
                // Length-only rows serve validate with their carrier, never identify.
                assert!(super::evaluate(f, t, n.as_bytes()).is_ok(), "{}: {n}", f.id);
                assert!(!formats(&id).contains(&f.id.as_str()), "{}: {n}", f.id);
                assert!(validate(&n, &f.carrier).is_ok(), "{}: {n}", f.id);
                continue;
            }
            if f.checksum.is_none() && !formats(&id).contains(&f.id.as_str()) {
                // A pattern-only format steps aside only for a check-digit format whose
                // shape is less than ten times wider, fits the number and rejects it.
                assert!(
                    super::tests_general::stepped_aside(f, t, &n),
                    "{}: {n} -> {:?}",
                    f.id,
                    formats(&id)
                );
                suppressed += 1;
                continue;
            }
            assert!(
                formats(&id).contains(&f.id.as_str()),
                "{}: {n} -> {:?}",
                f.id,
                formats(&id)
            );
            let messy: String = n.to_lowercase().chars().flat_map(|c| [c, '-']).collect();
            assert!(
                formats(&identify(&messy)).contains(&f.id.as_str()),
                "{}: {messy}",
                f.id
            );
            // A number with two parses (420 + ZIP9 + 22 digits vs 420 + ZIP5 + 26) is valid
            // when either parse's check digit is right, so a changed digit may still pass.
            let mut caps = [None; pattern::MAX_GROUPS];
            assert!(f.pattern.matches(n.as_bytes(), &mut caps, &mut |_| true));
            let mut parses = 0;
            f.pattern
                .matches(n.as_bytes(), &mut caps.clone(), &mut |_| {
                    parses += 1;
                    false
                });
            if let (Some(cg), 1) = (f.check, parses) {
                let pos = caps[cg].unwrap().0 as usize;
                for wrong in (b'0'..=b'9').chain(b'A'..=b'Z') {
                    let mut m = n.as_bytes().to_vec();
                    if m[pos] == wrong {
                        continue;
                    }
                    m[pos] = wrong;
                    assert!(super::evaluate(f, t, &m).is_err(), "{}: {m:?}", f.id);
                }
            }
        }
        assert!(
            tried >= 8 && tried + suppressed >= 20,
            "{}: only {tried} samples ({suppressed} suppressed)",
            f.id
        );
    }
}

/// Arbitrary input never panics and every candidate's number is the normalized input.
#[test]
fn arbitrary_input_is_safe() {
    use proptest::prelude::*;
    proptest!(|(s in "\\PC{0,60}", digits in "[0-9 ]{0,40}")| {
        for input in [s.as_str(), digits.as_str()] {
            let id = identify(input);
            for c in &id.candidates {
                prop_assert_eq!(c.number.replace('-', ""), id.normalized.replace('-', ""));
            }
            let _ = find_in_text(input);
            let _ = check(input, "ups");
        }
    });
}

/// The fixed-length fast path and the backtracking matcher agree on every format: same
/// verdict, same first parse, same number of parses, on valid shapes and on near misses.
#[test]
fn linear_variants_agree_with_backtracking() {
    let t = table::tables().unwrap();
    let mut rng = pattern::sample::Rng(0x2545_F491_4F6C_DD1D);
    let mut linear = 0;
    for f in &t.formats {
        linear += usize::from(f.pattern.is_linear());
        for _ in 0..60 {
            let good = f.pattern.sample(&mut rng);
            let mut near = good.clone().into_bytes();
            let i = rng.below(near.len());
            near[i] = b"0123456789AZ"[rng.below(12)];
            for input in [good.into_bytes(), near] {
                let (mut c1, mut c2) = ([None; pattern::MAX_GROUPS], [None; pattern::MAX_GROUPS]);
                let (mut n1, mut n2) = (0, 0);
                let a = f.pattern.matches(&input, &mut c1, &mut |_| true);
                let b = f
                    .pattern
                    .matches_backtracking(&input, &mut c2, &mut |_| true);
                assert_eq!(
                    (a, c1),
                    (b, c2),
                    "{} {:?}",
                    f.id,
                    String::from_utf8_lossy(&input)
                );
                f.pattern.matches(&input, &mut c1, &mut |_| {
                    n1 += 1;
                    false
                });
                f.pattern.matches_backtracking(&input, &mut c2, &mut |_| {
                    n2 += 1;
                    false
                });
                assert_eq!(n1, n2, "{}", f.id);
            }
        }
    }
    // Everything but the free-length DHL eCommerce pattern takes the fast path.
    assert!(linear >= t.formats.len() - 1, "{linear}");
}
