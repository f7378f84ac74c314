//! The hazard of loss: what it learns from (outcomes known by then only), how groups are
//! smoothed, how its level follows the false-alarm budget, and the verdict it raises.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::event::Location;
use crate::message::{BUILTIN, localized_health};
use crate::timeline::Shipment;

fn place(region: &str, postal: &str) -> Option<Location> {
    Some(Location {
        country: Some("BR".into()),
        region: Some(region.into()),
        postal_code: Some(postal.into()),
        ..Location::default()
    })
}

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 1, 1, 10, 0, 0).unwrap()
}

/// A leg without scans from seller `postal` in SP to `dest`, handed off `i` hours after the
/// start, delivered `days` later (never when `None`).
fn parcel(i: i64, postal: &str, dest: &str, days: Option<i64>) -> Shipment {
    let mut s = Shipment::new(format!("p{i}-{postal}-{dest}"));
    s.origin = place("SP", postal);
    s.destination = place(dest, "20000");
    let shipped = start() + Duration::hours(i);
    s.given_shipped_at = Some(shipped);
    s.given_delivered_at = days.map(|d| shipped + Duration::days(d));
    s
}

/// 150 days of hand-offs, four a day: to RJ every parcel arrives in 3-9 days; to AM parcels
/// take 8-20 days and one in four never arrives.
fn history() -> Vec<Shipment> {
    (0..600)
        .map(|i| {
            let k = i / 2;
            if i % 2 == 0 {
                parcel(6 * i, "01000", "RJ", Some(3 + k % 7))
            } else {
                parcel(6 * i, "01000", "AM", (k % 4 != 1).then_some(8 + k % 13))
            }
        })
        .collect()
}

fn at_day(d: i64) -> DateTime<Utc> {
    start() + Duration::days(d)
}

#[test]
fn only_outcomes_known_at_the_fit_count_and_young_open_parcels_are_not_losses() {
    let h = history();
    let m = HazardModel::learn(45, 0.02, &h, at_day(150));
    // Every parcel handed off by then is known, delivered or not.
    assert_eq!(m.len(), 600);
    let lost = m
        .bound(&parcel(0, "01000", "AM", None))
        .expect("a bound for AM");
    // On AM every parcel open after day 20 is a loss: the chance reaches the level by then.
    assert!(lost.day <= 20, "{lost:?}");
    assert!(lost.chance > 0.5 && lost.chance <= 1.0, "{lost:?}");
    assert!(lost.samples > 0);
    // RJ never loses a parcel and delivers all by day 9: no RJ parcel open on a later day
    // tells its own story, so from then on it takes its parents' chance (a parcel to RJ
    // still out on day 20 is as good as lost); never a day an RJ parcel was still on time.
    let rj = m
        .bound(&parcel(0, "01000", "RJ", None))
        .expect("a bound for RJ");
    assert!(
        rj.day >= 9 && rj.samples >= u64::from(HAZARD_MIN_MATURED),
        "{rj:?}"
    );
    assert_eq!(rj.group, HazardGroup::Seller);
    assert_eq!(rj.group.as_str(), "seller");
    // At day 40 nothing has matured yet (45 days): no outcome is known, nothing is learned.
    let young = HazardModel::learn(45, 0.02, &h, at_day(40));
    assert_eq!(young.level(), None);
    assert_eq!(young.bound(&parcel(0, "01000", "AM", None)), None);
    // A delivery after the fit's moment is not read, even when the history holds it.
    let open: Vec<Shipment> = h
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s.given_delivered_at = s.given_delivered_at.filter(|d| *d < at_day(10));
            s
        })
        .collect();
    let hidden = HazardModel::learn(45, 0.02, &open, at_day(150));
    let unseen = hidden.bound(&parcel(0, "01000", "RJ", None)).unwrap();
    // Unknown deliveries leave the RJ parcels open: they count as still out, not delivered.
    assert!(
        unseen.samples > 0 && unseen.day != rj.day,
        "{unseen:?} {rj:?}"
    );
}

#[test]
fn a_carrier_that_never_lost_a_parcel_does_not_flag_one_slower_than_any_before() {
    // Only the RJ parcels: every one delivered, in 3 to 9 days.
    let h: Vec<Shipment> = history().into_iter().step_by(2).collect();
    let m = HazardModel::learn(45, 0.02, &h, at_day(150));
    assert!(m.level().is_some());
    // No parcel was ever open on day 10: 0/0 is no estimate, not certain loss.
    assert_eq!(m.bound(&parcel(0, "01000", "RJ", None)), None);
    let mut a = Assessor::new(
        None,
        HealthOptions {
            cap_days: None,
            ..HealthOptions::default()
        },
    )
    .with_hazard(HazardModel::learn(45, 0.02, &h, at_day(150)));
    a.advance(at_day(150));
    let mut slow = parcel(150 * 24, "01000", "RJ", None);
    slow.id = "slow".into();
    let shipped = slow.given_shipped_at.unwrap();
    let v = a.assess(&slow, shipped + Duration::days(10), None);
    assert_ne!(v.reason, HealthReason::LossRisk, "{v:?}");
}

#[test]
fn a_group_with_too_few_matured_parcels_gives_no_figure() {
    // 20 parcels to AM, two lost: fewer than the matured parcels a figure needs.
    let h: Vec<Shipment> = (0..20)
        .map(|i| parcel(24 * i, "01000", "AM", (i % 10 != 0).then_some(8 + i % 5)))
        .collect();
    let m = HazardModel::learn(45, 0.02, &h, at_day(150));
    assert_eq!(m.bound(&parcel(0, "01000", "AM", None)), None);
}

#[test]
fn a_small_seller_is_judged_by_its_lane_and_the_level_keeps_to_the_budget() {
    let mut h = history();
    // A new seller with three parcels to AM, all delivered: too few to stand apart.
    for i in 0..3 {
        h.push(parcel(6 * i + 1, "09999", "AM", Some(9)));
    }
    let m = HazardModel::learn(45, 0.02, &h, at_day(150));
    let lane = m.bound(&parcel(0, "01000", "AM", None)).unwrap();
    let small = m.bound(&parcel(0, "09999", "AM", None)).unwrap();
    // Three matured parcels are too few for a figure of its own: the lane's is used, and
    // named with the lane's count.
    assert_eq!((small.group, small.day), (HazardGroup::Lane, lane.day));
    assert_eq!(small.samples, lane.samples + 3);
    // An unseen seller on a known lane takes the lane's curve.
    let unseen = m.bound(&parcel(0, "07777", "AM", None)).unwrap();
    assert_eq!((unseen.group, unseen.day), (HazardGroup::Lane, lane.day));
    // Among the delivered AM parcels, those still open on the bound's day were delivered
    // after it: the level lets at most 2% of all delivered ones be flagged.
    let delivered: Vec<&Shipment> = h
        .iter()
        .filter(|s| s.given_delivered_at.is_some())
        .collect();
    let flagged = delivered
        .iter()
        .filter(|s| {
            m.bound(s).is_some_and(|b| {
                s.given_delivered_at.unwrap() - s.given_shipped_at.unwrap()
                    > Duration::days(i64::from(b.day))
            })
        })
        .count();
    assert!(
        flagged as f64 <= 0.02 * delivered.len() as f64 + 1.0,
        "{flagged} of {}",
        delivered.len()
    );
    // A looser budget flags no later.
    let loose = HazardModel::learn(45, 0.1, &h, at_day(150));
    assert!(loose.bound(&parcel(0, "01000", "AM", None)).unwrap().day <= lane.day);
}

#[test]
fn the_assessor_flags_a_lost_parcel_by_the_hazard_with_its_own_reason_and_words() {
    let h = history();
    let options = HealthOptions {
        cap_days: None,
        ..HealthOptions::default()
    };
    // The dwell model's lane bound (at 0.99) comes after the hazard's day on AM.
    let early: Vec<&Shipment> = h
        .iter()
        .filter(|s| s.given_delivered_at.is_some_and(|d| d < at_day(60)))
        .collect();
    let model = DwellModel::learn(early.iter().copied());
    let mut a = Assessor::new(
        Some(&model),
        HealthOptions {
            level: 0.99,
            ..options
        },
    )
    .with_hazard(HazardModel::new(45, 0.02));
    for s in &h {
        a.note_handoff(s);
    }
    // Deliveries reach the model through `observe`, once they happened.
    let mut done: Vec<&Shipment> = h
        .iter()
        .filter(|s| s.given_delivered_at.is_some())
        .collect();
    done.sort_by_key(|s| s.given_delivered_at);
    for s in done
        .iter()
        .filter(|s| s.given_delivered_at.unwrap() < at_day(150))
    {
        a.observe(s);
    }
    a.advance(at_day(150));
    let bound = a
        .hazard()
        .unwrap()
        .bound(&parcel(0, "01000", "AM", None))
        .unwrap();
    let day = bound.day;
    let mut lost = parcel(150 * 24, "01000", "AM", None);
    lost.id = "new".into();
    let shipped = lost.given_shipped_at.unwrap();
    let before = a.assess(&lost, shipped + Duration::days(i64::from(day) - 1), None);
    assert_eq!(before.verdict, Verdict::OnTrack, "{before:?}");
    let hz = a.assess(&lost, shipped + Duration::days(i64::from(day)), None);
    assert_eq!(hz.verdict, Verdict::Stalled, "{hz:?}");
    assert_eq!(hz.reason, HealthReason::LossRisk);
    let e = hz.evidence.as_ref().unwrap();
    assert_eq!(e.basis, StallBasis::Hazard);
    assert!(e.level.is_some_and(|p| p > 0.5), "{e:?}");
    let text = hz.text.as_ref().unwrap();
    // The sentence names the group the estimate came from (here finer than the carrier).
    assert_ne!(bound.group, HazardGroup::Carrier, "{bound:?}");
    assert_eq!(
        text.explanation.key.code(),
        format!("health.stall.hazard.{}", bound.group)
    );
    assert_eq!(e.samples, bound.samples);
    assert_eq!(text.explanation.args.limit_days, Some(i64::from(day)));
    // Words in every built-in locale, each with the day and the share; each group has
    // its own sentence, and the carrier's sentence names no finer group.
    let pct = text.explanation.args.percent.unwrap().to_string();
    for lang in BUILTIN {
        let words = localized_health(hz.clone(), lang).explanation.unwrap();
        assert!(
            words.contains(&pct) && !words.contains('{'),
            "{lang}: {words}"
        );
        let mut seen = std::collections::HashSet::new();
        for key in [
            HealthTextKey::StallHazard,
            HealthTextKey::StallHazardDestination,
            HealthTextKey::StallHazardLane,
            HealthTextKey::StallHazardSeller,
        ] {
            let mut other = hz.clone();
            if let Some(t) = other.text.as_mut() {
                t.explanation.key = key;
            }
            let words = localized_health(other, lang).explanation.unwrap();
            assert!(seen.insert(words.clone()), "{lang}: {words}");
        }
        let lane = {
            let mut l = hz.clone();
            if let Some(t) = l.text.as_mut() {
                t.explanation.key = HealthTextKey::StallHazardLane;
            }
            localized_health(l, lang).explanation.unwrap()
        };
        let carrier = {
            let mut c = hz.clone();
            if let Some(t) = c.text.as_mut() {
                t.explanation.key = HealthTextKey::StallHazard;
            }
            localized_health(c, lang).explanation.unwrap()
        };
        assert!(lane.len() > carrier.len(), "{lang}: {lane} / {carrier}");
    }
    // Without the hazard the same parcel waits (no cap here, no learned bound).
    let plain = Assessor::new(
        None,
        HealthOptions {
            cap_days: None,
            ..HealthOptions::default()
        },
    );
    let v = plain.assess(&lost, shipped + Duration::days(i64::from(day)), None);
    assert_ne!(v.reason, HealthReason::LossRisk);
}
