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
    assert!(rj.day >= 9 && rj.samples == 0, "{rj:?}");
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
fn a_small_seller_is_judged_by_its_lane_and_the_level_keeps_to_the_budget() {
    let mut h = history();
    // A new seller with three parcels to AM, all delivered: too few to stand apart.
    for i in 0..3 {
        h.push(parcel(6 * i + 1, "09999", "AM", Some(9)));
    }
    let m = HazardModel::learn(45, 0.02, &h, at_day(150));
    let lane = m.bound(&parcel(0, "01000", "AM", None)).unwrap();
    let small = m.bound(&parcel(0, "09999", "AM", None)).unwrap();
    assert_eq!(small.group, "seller");
    assert!(
        small.day >= lane.day && small.day <= lane.day + 3,
        "{small:?} {lane:?}"
    );
    // An unseen seller on a known lane takes the lane's curve.
    let unseen = m.bound(&parcel(0, "07777", "AM", None)).unwrap();
    assert_eq!((unseen.group, unseen.day), ("lane", lane.day));
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
        hazard_alarm_rate: Some(0.02),
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
    let day = a
        .hazard()
        .unwrap()
        .bound(&parcel(0, "01000", "AM", None))
        .unwrap()
        .day;
    let mut lost = parcel(150 * 24, "01000", "AM", None);
    lost.id = "new".into();
    let shipped = lost.given_shipped_at.unwrap();
    let before = a.assess(&lost, shipped + Duration::days(i64::from(day) - 1), None);
    assert_eq!(before.verdict, Verdict::OnTrack, "{before:?}");
    let hz = a.assess(&lost, shipped + Duration::days(i64::from(day)), None);
    assert_eq!(hz.verdict, Verdict::Stalled, "{hz:?}");
    assert_eq!(hz.reason, HealthReason::LossRisk);
    let e = hz.evidence.as_ref().unwrap();
    assert_eq!(e.basis, "hazard");
    assert!(e.level.is_some_and(|p| p > 0.5), "{e:?}");
    let text = hz.text.as_ref().unwrap();
    assert_eq!(text.explanation.key, HealthTextKey::StallHazard);
    assert_eq!(text.explanation.args.limit_days, Some(i64::from(day)));
    // Words in every built-in locale, each with the day and the share.
    let pct = text.explanation.args.percent.unwrap().to_string();
    for lang in BUILTIN {
        let words = localized_health(hz.clone(), lang).explanation.unwrap();
        assert!(
            words.contains(&pct) && !words.contains('{'),
            "{lang}: {words}"
        );
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
