//! Generalization checks: the table's rules, not its examples. Numbers generated from each
//! format's own rule (random serial, check digit computed) must come back as that carrier, and
//! random digit strings of the lengths people paste (10 to 22) must not be claimed with
//! confidence by a shape alone. Run with `--nocapture` to see the measured rates.

use super::pattern::sample::Rng;
use super::table::{Format, Tables};
use super::*;

/// A top reading at or above this confidence, not flagged ambiguous, is a confident claim.
const CONFIDENT: f64 = 0.5;

/// Samples per format and random strings per length: enough that a rate of a few percent is
/// measured to about half a percentage point, small enough for a debug test run.
const PER_FORMAT: usize = 150;
const PER_LENGTH: usize = 3000;

/// One random number of the format's shape with its check digit computed by the format's own
/// algorithm (an S10 country set to `DE`); `None` when the draw cannot be made to fit (a mod-7
/// check digit of 7-9 where the shape only admits 0-6, a length the format excludes).
///
/// # Panics
/// When the sampler draws a number its own pattern rejects: a sampler bug, which must fail
/// the test instead of quietly shrinking the sample.
pub(super) fn valid_number(f: &Format, rng: &mut Rng) -> Option<String> {
    let raw = f.pattern.sample(rng);
    let mut caps = [None; pattern::MAX_GROUPS];
    assert!(
        f.pattern.matches(raw.as_bytes(), &mut caps, &mut |_| true),
        "{}: the sampler drew {raw:?}, which its own pattern rejects",
        f.id
    );
    if !f.length_ok(raw.len()) {
        return None;
    }
    let mut n = raw.into_bytes();
    if let (Some(sum), Some(sg), Some(cg)) = (&f.checksum, f.serial, f.check) {
        let (a, b) = caps[sg]?;
        let mut serial = n[a as usize..b as usize].to_vec();
        if let Some((content, unless)) = &f.prepend
            && !serial.starts_with(unless.as_bytes())
        {
            serial.splice(0..0, content.bytes());
        }
        let c = super::expected_check(sum, &serial)?;
        n[caps[cg]?.0 as usize] = c as u8;
    }
    if let Some(g) = f.require_country {
        let (a, _) = caps[g]?;
        n[a as usize..a as usize + 2].copy_from_slice(b"DE");
    }
    let n = String::from_utf8(n).ok()?;
    f.pattern.is_match(n.as_bytes()).then_some(n)
}

/// Whether a check-digit format whose shape is less than ten times wider fits the number and
/// rejects it: then a pattern-only format steps aside (see `NARROWER` in mod.rs).
pub(super) fn stepped_aside(f: &Format, t: &Tables, n: &str) -> bool {
    // Look-alikes (a product barcode, a keyboard run, a document id) are not claimed by a
    // pattern-only shape: the look-alike filter of mod.rs steps it aside.
    if f.checksum.is_none() && super::lookalike::rules_out_shapes(n) {
        return true;
    }
    let len = n.len();
    f.checksum.is_none()
        && t.formats.iter().any(|g| {
            g.checksum.is_some()
                && g.space_at(len) < f.space_at(len) + super::NARROWER - 1e-9
                && g.pattern.is_match(n.as_bytes())
                && evaluate(g, t, n.as_bytes()).is_err()
        })
}

/// Held out from the examples: numbers generated from each format's published rule are
/// identified as the format's carrier. Without a hint the carrier is among the candidates
/// (first when no other carrier's rule accepts the number too); with the carrier as the
/// merchant's hint it is first and not ambiguous. Per-format rates are printed.
#[test]
fn numbers_generated_from_each_rule_are_identified_as_that_carrier() {
    let t = table::tables().unwrap();
    let mut rng = Rng(0x0016_D1CE_5EED_0001);
    let mut report = Vec::new();
    for f in t.formats.iter().filter(|f| f.in_identify) {
        let (mut tried, mut top, mut alone, mut alone_top, mut stepped) = (0, 0, 0, 0, 0);
        for _ in 0..PER_FORMAT {
            let Some(n) = valid_number(f, &mut rng) else {
                continue;
            };
            let id = identify(&n);
            if stepped_aside(f, t, &n) {
                stepped += 1;
                continue;
            }
            tried += 1;
            assert!(
                id.candidates.iter().any(|c| c.carrier == f.carrier),
                "{}: {n} -> {:?}",
                f.id,
                id.candidates.iter().map(|c| c.format).collect::<Vec<_>>()
            );
            let first = id.candidates[0].carrier;
            top += usize::from(first == f.carrier);
            let mut others: Vec<&str> = id
                .candidates
                .iter()
                .map(|c| c.carrier)
                .filter(|c| *c != f.carrier)
                .collect();
            others.dedup();
            if others.is_empty() {
                // No other carrier's rule accepts it: it must be this carrier, unambiguously.
                alone += 1;
                alone_top += usize::from(first == f.carrier && !id.ambiguous);
            }
            let carriers = [f.carrier.as_str()];
            let hinted = identify_with(
                &n,
                &Hint {
                    carriers: &carriers,
                    country: None,
                },
            );
            assert_eq!(hinted.candidates[0].carrier, f.carrier, "{}: {n}", f.id);
            // A catch-all below the plausibility line (any 14 digits) is put first by the
            // hint but does not settle the number on its own.
            if f.confidence >= super::rank::PLAUSIBLE {
                assert!(
                    !hinted.ambiguous,
                    "{}: {n} stays ambiguous with a hint",
                    f.id
                );
            }
        }
        assert!(tried + stepped >= 20, "{}: only {tried} samples", f.id);
        assert_eq!(alone, alone_top, "{}: a lone reading not first", f.id);
        report.push(format!(
            "{:<34} {:>4} first {:>5.1}%  sole carrier {:>5.1}%  stepped aside {stepped}",
            f.id,
            tried,
            pct(top, tried),
            pct(alone, tried)
        ));
    }
    println!("format, samples, first without a hint, no other carrier accepts it");
    report.iter().for_each(|r| println!("{r}"));
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// The share of the random `len`-digit strings that a format's shape admits (before its
/// check digit).
fn digit_share(f: &Format, strings: &[String]) -> f64 {
    let hits = strings
        .iter()
        .filter(|s| f.length_ok(s.len()) && f.pattern.is_match(s.as_bytes()))
        .count();
    hits as f64 / strings.len().max(1) as f64
}

/// Whether a shape is wide at length `len`: it admits 1% or more of all strings of that
/// length (exactly, from the table's specificity: log10 of the strings it admits).
fn wide(f: &Format, len: usize) -> bool {
    f.space_at(len) >= len as f64 - 2.0 - 1e-9
}

/// Random digit strings of every common length are not claimed with confidence by a shape
/// alone. A confident claim (top reading at confidence 0.5 or more, not ambiguous) must rest
/// on a verified check digit or on a shape that admits fewer than 1% of the strings of that
/// length; a pattern-only shape as wide as that or wider (a catch-all such as "any 14
/// digits", Swiss Post's "99 + 16 digits") stays below 0.5. The measured claim rate must stay within what the table's check digits
/// explain: the sum over the formats of (share of strings the shape admits) x (share of
/// check digits the algorithm accepts), plus the narrow shapes, plus sampling slack.
#[test]
fn random_digit_strings_are_not_confidently_claimed() {
    let t = table::tables().unwrap();
    let mut rng = Rng(0x0016_0000_DEAD_BEEF);
    println!("length, accepted by any format, confidently claimed, by a shape alone, bound");
    for len in 10..=22 {
        let strings: Vec<String> = (0..PER_LENGTH)
            .map(|_| {
                (0..len)
                    .map(|_| char::from(b'0' + rng.below(10) as u8))
                    .collect()
            })
            .collect();
        let mut bound = 0.0;
        for f in t.formats.iter().filter(|f| f.in_identify) {
            let share = digit_share(f, &strings);
            if share == 0.0 {
                continue;
            }
            match &f.checksum {
                Some(sum) => bound += share * sum.pass_rate(),
                None => {
                    assert!(
                        !wide(f, len) || f.confidence < CONFIDENT,
                        "{}: a pattern-only shape taking {:.1}% of {len}-digit strings has \
                         confidence {}",
                        f.id,
                        100.0 * share,
                        f.confidence
                    );
                    if f.confidence >= CONFIDENT {
                        bound += share;
                    }
                }
            }
        }
        let (mut accepted, mut claimed, mut by_shape) = (0, 0, 0);
        for s in &strings {
            let id = identify(s);
            let Some(best) = id.candidates.first() else {
                continue;
            };
            accepted += 1;
            if id.ambiguous || best.confidence < CONFIDENT {
                continue;
            }
            claimed += 1;
            if !best.check_digit_verified {
                by_shape += 1;
                let f = t.formats.iter().find(|f| f.id == best.format).unwrap();
                assert!(!wide(f, len), "{s}: claimed by the wide shape {}", f.id);
            }
        }
        let n = strings.len() as f64;
        let rate = claimed as f64 / n;
        // Three standard errors of a binomial rate at the bound.
        let slack = 3.0 * (bound.clamp(0.01, 1.0) * (1.0 - bound.min(0.99)) / n).sqrt();
        println!(
            "{len:>2} {:>6.2}% {:>6.2}% {:>6.2}% {:>6.2}%",
            100.0 * accepted as f64 / n,
            100.0 * rate,
            100.0 * by_shape as f64 / n,
            100.0 * bound
        );
        assert!(
            rate <= bound + slack,
            "{len} digits: {:.2}% claimed, the check digits explain {:.2}%",
            100.0 * rate,
            100.0 * bound
        );
    }
}
