//! Tests of the pattern matcher: parses, captures, the fast path against the backtracking one.

use super::*;

fn caps_of(p: &Pattern, s: &str) -> Option<Vec<(String, String)>> {
    let mut caps = [None; MAX_GROUPS];
    if !p.matches(s.as_bytes(), &mut caps, &mut |_| true) {
        return None;
    }
    Some(
        p.names()
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                caps[i].map(|(a, b)| (n.clone(), s[a as usize..b as usize].to_string()))
            })
            .collect(),
    )
}

#[test]
fn anchored_classes_counts_and_captures() {
    let p = Pattern::parse(r"1Z(?<Serial>[0-9A-Z]{15})(?<Check>\d)").unwrap();
    assert_eq!(p.len_bounds(), (18, 18));
    let c = caps_of(&p, "1Z879E930346834440").unwrap();
    assert_eq!(c[0], ("Serial".into(), "879E93034683444".into()));
    assert_eq!(c[1], ("Check".into(), "0".into()));
    // Whole string only: no prefix or suffix junk.
    assert!(!p.is_match(b"1Z879E930346834440X"));
    assert!(!p.is_match(b"X1Z879E930346834440"));
    assert!(!p.is_match(b"1Z879E93034683444A"));
}

#[test]
fn optional_groups_alternation_and_backtracking() {
    let p = Pattern::parse(r"(420(?<Zip>\d{5})(\d{4})?)?(?<T>(91)?\d{20})").unwrap();
    let c = caps_of(&p, "4202215391010268373310000395").unwrap();
    assert_eq!(c[0].1, "22153");
    assert_eq!(c[1].1, "91010268373310000395");
    // 20 digits starting with 420: the prefix group must give way.
    let c = caps_of(&p, "42012345678901234567").unwrap();
    assert_eq!(c, vec![("T".into(), "42012345678901234567".into())]);
    let alt = Pattern::parse("(777|778|072)\\d{2}").unwrap();
    assert!(alt.is_match(b"07212"));
    assert!(!alt.is_match(b"07312"));
}

#[test]
fn accept_callback_sees_every_parse() {
    let p = Pattern::parse(r"(?<A>\d{1,3})(?<B>\d{1,3})").unwrap();
    let mut seen = 0;
    let mut caps = [None; MAX_GROUPS];
    let ok = p.matches(b"1234", &mut caps, &mut |_| {
        seen += 1;
        false
    });
    assert!(!ok);
    assert_eq!(seen, 3); // 3+1, 2+2 and 1+3, greedy order first
}

#[test]
fn rejects_malformed_patterns() {
    for bad in ["[A-", "(ab", "a{3,1}", "a+", "(?<>a)", "a)"] {
        assert!(Pattern::parse(bad).is_err(), "{bad}");
    }
}
