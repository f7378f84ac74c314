//! Backtest and rolling-origin checks on synthetic histories with a known answer.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::estimate::{CompletedShipment, Lane, Place};

fn lane(dest: &str) -> Lane {
    Lane::new(
        None,
        None,
        Place::new(Some("BR"), Some("SP")),
        Place::new(Some("BR"), Some(dest)),
    )
}

/// Two orders a day for `days` days from 2024-01-01; transit `base + i % 4` days, or `slow`
/// more days for orders placed from `slow_from` on.
fn history(days: i64, slow_from: Option<DateTime<Utc>>, slow: i64) -> Vec<CompletedShipment> {
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 10, 0, 0).unwrap();
    (0..days * 2)
        .map(|i| {
            let ordered = start + Duration::hours(12 * i);
            let extra = if slow_from.is_some_and(|t| ordered >= t) {
                slow
            } else {
                0
            };
            CompletedShipment {
                lane: lane(if i % 3 == 0 { "RJ" } else { "MG" }),
                ordered_at: Some(ordered),
                shipped_at: Some(ordered + Duration::days(1)),
                delivered_at: ordered + Duration::days(3 + i % 4 + extra),
                carrier_estimate: None,
                promised_by: Some((ordered + Duration::days(20)).date_naive()),
                order_id: None,
            }
        })
        .collect()
}

#[test]
fn backtest_scores_model_and_baselines_on_the_same_questions() {
    let h = history(200, None, 0);
    let split = Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap();
    for mode in [Mode::Promise, Mode::InFlight] {
        let opts = BacktestOptions {
            mode,
            ..BacktestOptions::default()
        };
        let mut asked = 0;
        let r = backtest_each(&h, split, &opts, |_, w| {
            asked += usize::from(w.is_some());
        });
        assert_eq!(r.questions, r.overall.model.n);
        assert_eq!(asked, r.questions);
        assert_eq!(r.overall.shop_promise.n, r.questions);
        assert_eq!(r.overall.lane_quantile.n, r.questions);
        assert!(r.trained_on > 200 && r.trained_on < 250, "{}", r.trained_on);
        assert!(r.overall.model.coverage() >= 0.85, "{mode:?} {r:?}");
        // The shop's 20-day promise always holds but is far wider: a worse interval score.
        assert_eq!(r.overall.shop_promise.coverage(), 1.0);
        assert!(
            r.overall.model.mean_interval_score()
                < 0.7 * r.overall.shop_promise.mean_interval_score()
        );
        let months: usize = r.by_month.values().map(|s| s.model.n).sum();
        assert_eq!(months, r.questions);
        // Deterministic.
        assert_eq!(backtest(&h, split, &opts), r);
    }
}

#[test]
fn online_backtest_follows_a_slowdown_that_offline_misses() {
    let slow_from = Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap();
    let h = history(240, Some(slow_from), 6);
    let opts = |online| BacktestOptions {
        mode: Mode::InFlight,
        online,
        ..BacktestOptions::default()
    };
    let off = backtest(&h, slow_from, &opts(false));
    let on = backtest(&h, slow_from, &opts(true));
    assert!(off.overall.model.coverage() < 0.5, "{:?}", off.overall);
    assert!(
        on.overall.model.coverage() > off.overall.model.coverage() + 0.3,
        "{:?}",
        on.overall
    );
    assert!(on.overall.model.mean_interval_score() < off.overall.model.mean_interval_score());
}

#[test]
fn rolling_origin_scores_every_month_once() {
    let h = history(240, None, 0);
    let r = rolling_origin(&h, &RollingOptions::default());
    // 480 orders from January to late August; 300 deliveries are in by early June.
    let months: Vec<String> = r
        .splits
        .iter()
        .map(|s| s.split_at.format("%Y-%m-%d").to_string())
        .collect();
    assert_eq!(months, ["2024-07-01", "2024-08-01"]);
    let n: usize = r.splits.iter().map(|s| s.scores.model.n).sum();
    assert_eq!(r.pooled.model.n, n);
    assert_eq!(r.model.splits, 2);
    assert!(r.model.min_coverage <= r.model.coverage && r.model.coverage <= r.model.max_coverage);
    assert!(r.model.interval_score < r.shop_promise.interval_score);
    let fewer = rolling_origin(
        &h,
        &RollingOptions {
            min_train: 100,
            ..RollingOptions::default()
        },
    );
    assert!(fewer.splits.len() > r.splits.len());
    assert!(
        rolling_origin(&[], &RollingOptions::default())
            .splits
            .is_empty()
    );
}

#[test]
fn rolling_origin_each_passes_every_question_of_its_split() {
    let h = history(240, None, 0);
    let mut seen: Vec<(DateTime<Utc>, usize)> = Vec::new();
    let r = rolling_origin_each(
        &h,
        &backtest::delivered_orders(&h),
        &RollingOptions::default(),
        |split, i, w| {
            assert!(w.is_some());
            seen.push((split, i));
        },
    );
    assert_eq!(r, rolling_origin(&h, &RollingOptions::default()));
    assert_eq!(seen.len(), r.pooled.model.n);
    for (split, i) in seen {
        // Each question is an order of its split's month.
        let ordered = h[i].ordered_at.unwrap();
        assert!(ordered >= split && Some(ordered) < rolling::next_month(split));
    }
}

#[test]
fn held_out_months_are_reported_apart_from_the_selection_months() {
    let h = history(240, None, 0);
    let from = Utc.with_ymd_and_hms(2024, 8, 1, 0, 0, 0).unwrap();
    let r = rolling_origin(
        &h,
        &RollingOptions {
            hold_out_from: Some(from),
            ..RollingOptions::default()
        },
    );
    let (sel, held) = (r.selection.unwrap(), r.held_out.unwrap());
    // July is the selection month, August the held-out one: each group's means are its own
    // split's figures, and the two together make the means over all months.
    assert_eq!((sel.model.splits, held.model.splits), (1, 1));
    let month = |i: usize| &r.splits[i].scores;
    assert!((sel.model.coverage - month(0).model.coverage()).abs() < 1e-3);
    assert!((held.model.coverage - month(1).model.coverage()).abs() < 1e-3);
    let mean = (month(0).model.mean_interval_score() + month(1).model.mean_interval_score()) / 2.0;
    assert!((r.model.interval_score - mean).abs() < 1e-3);
    // The model's windows are narrower than the shop's padded 20-day promise.
    assert!(held.width_vs_shop > 0.0 && held.width_vs_shop < 1.0);
    let w = held.model.mean_width_days / held.shop_promise.mean_width_days;
    assert!((held.width_vs_shop - w).abs() < 1e-3);
    assert!(held.model.months_in_band <= 1);
    // Without a hold-out date there are no groups.
    let plain = rolling_origin(&h, &RollingOptions::default());
    assert!(plain.selection.is_none() && plain.held_out.is_none());
}

fn replay(delivered_day: Option<i64>, first_flag: Option<i64>) -> Replay {
    Replay {
        id: String::new(),
        month: "2024-01".into(),
        delivered: delivered_day.is_some(),
        delivered_day,
        first_stall_day: first_flag,
        first_lost_day: None,
        first_flag_basis: first_flag.map(|_| "lane".to_string()),
    }
}

#[test]
fn fixed_rules_with_the_same_false_alarm_rate_are_found() {
    // 10 delivered on days 1..=10, one of them (day 10) flagged by health on day 8: 10%.
    let mut r: Vec<Replay> = (1..=9).map(|d| replay(Some(d), None)).collect();
    r.push(replay(Some(10), Some(8)));
    // Four never delivered, flagged on days 5, 6, 7 and never.
    r.extend([Some(5), Some(6), Some(7), None].map(|f| replay(None, f)));
    let c = compare_fixed_rules(&r, 20);
    assert_eq!(c.false_alarm_rate, 0.1);
    // Rule N flags the delivered ones that took more than N days: N = 9 flags one of ten.
    assert_eq!(c.rule_day, Some(9));
    assert_eq!(c.family.first(), Some(&0.9));
    assert_eq!(c.family.get(8), Some(&0.1));
    // Median over all four never-delivered (the unflagged one counts as latest): day 6.
    assert_eq!(c.health_median_first_flag, Some(6));
    assert_eq!(c.lead_days, Some(3));
    assert!(!c.dominated);
    // Flagging the lost ones late loses to the rule.
    let mut late: Vec<Replay> = (1..=9).map(|d| replay(Some(d), None)).collect();
    late.push(replay(Some(10), Some(8)));
    late.extend([Some(12), Some(15)].map(|f| replay(None, f)));
    let c = compare_fixed_rules(&late, 20);
    assert!(c.dominated);
    assert_eq!(c.lead_days, Some(9 - 12));
    let s = summarize_health(&r, 20);
    assert_eq!(s.never_delivered, 4);
    assert_eq!(s.first_flag_basis.get("lane"), Some(&4));
}

/// Three hand-offs a day for 240 days from 2024-01-01: two on a fast lane (2-4 days), one on
/// a slow one (10-19 days); every tenth never delivered.
fn shipments() -> Vec<crate::timeline::Shipment> {
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 10, 0, 0).unwrap();
    let place = |region: &str| {
        Some(crate::event::Location {
            country: Some("BR".into()),
            region: Some(region.into()),
            ..crate::event::Location::default()
        })
    };
    (0..720)
        .map(|i: i64| {
            let mut s = crate::timeline::Shipment::new(format!("s{i}"));
            let ordered = start + Duration::hours(8 * i);
            let slow = i % 3 == 0;
            s.origin = place("SP");
            s.destination = place(if slow { "AM" } else { "SP" });
            s.ordered_at = Some(ordered);
            s.given_shipped_at = Some(ordered + Duration::hours(2));
            let days = if slow { 10 + i % 10 } else { 2 + i % 3 };
            s.given_delivered_at =
                (i % 10 != 7).then(|| ordered + Duration::hours(2) + Duration::days(days));
            s
        })
        .collect()
}

#[test]
fn health_rolling_judges_every_month_once_against_the_fixed_rules() {
    let history = shipments();
    let options = HealthEvalOptions {
        online: true,
        ..HealthEvalOptions::default()
    };
    let r = health_rolling(&history, &options, 100, None);
    // Deliveries start in January: splits from February (enough history) to August.
    assert!(r.months.len() >= 5, "{}", r.months.len());
    assert!(r.months.windows(2).all(|w| w[0].split_at < w[1].split_at));
    let replayed: usize = r
        .months
        .iter()
        .map(|m| m.delivered + m.never_delivered)
        .sum();
    assert_eq!(replayed, r.pooled.delivered + r.pooled.never_delivered);
    // Each month's curves: the fixed family falls and health's share of lost parcels
    // flagged grows with the day; health's median is where its curve reaches one half.
    for m in &r.months {
        let (family, lost) = (&m.fixed_rule.family, &m.lost_flagged_by_day);
        assert_eq!((family.len(), lost.len()), (60, 60));
        assert!(family.windows(2).all(|w| w[1] <= w[0]), "{family:?}");
        assert!(lost.windows(2).all(|w| w[1] >= w[0]), "{lost:?}");
        if m.never_delivered > 0 {
            let half = lost.iter().position(|s| *s >= 0.5).map(|i| i as i64 + 1);
            assert_eq!(half, m.fixed_rule.health_median_first_flag, "{lost:?}");
        }
    }
    // Every never-delivered parcel is flagged within 30 days (the hard cap at the latest);
    // the lost fast-lane parcels within days, long before any fixed rule with the same
    // false-alarm rate (which must wait for the slow lane's tail).
    assert_eq!(r.pooled.never_delivered_flagged_within_30_days, 1.0);
    let f = &r.pooled.fixed_rules;
    assert!(!f.dominated, "{f:?}");
    assert!(f.lead_days.is_some_and(|d| d >= 5), "{f:?}");
    assert!(r.pooled.false_alarm_rate_stalled <= 0.1, "{:?}", r.pooled);
}

#[test]
fn a_surge_widens_the_windows_of_its_own_week_before_any_of_its_deliveries() {
    // Four orders a day for 100 days (3-6 days each), then twelve a day, two days slower.
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 10, 0, 0).unwrap();
    let mut h = Vec::new();
    for day in 0..114i64 {
        let (n, extra) = if day >= 100 { (12, 2) } else { (4, 0) };
        for k in 0..n {
            let ordered = start + Duration::days(day) + Duration::minutes(30 * k);
            h.push(CompletedShipment {
                lane: lane("MG"),
                ordered_at: Some(ordered),
                shipped_at: Some(ordered + Duration::hours(6)),
                delivered_at: ordered + Duration::days(3 + k % 4 + extra),
                carrier_estimate: None,
                promised_by: None,
                order_id: None,
            });
        }
    }
    // Questions: the surge's second week, asked before any of its deliveries were in
    // (offline), so only the order count can tell.
    let split = start + Duration::days(107) - Duration::hours(10);
    let run = |surge: bool| {
        let opts = BacktestOptions {
            learn: crate::estimate::LearnOptions {
                surge,
                ..Default::default()
            },
            ..BacktestOptions::default()
        };
        backtest(&h, split, &opts).overall.model
    };
    let (with, without) = (run(true), run(false));
    assert_eq!(with.n, 84);
    assert!(
        with.coverage() > without.coverage() + 0.1,
        "{} vs {}",
        with.coverage(),
        without.coverage()
    );
    assert!(with.mean_interval_score() < without.mean_interval_score());
}

/// June-shaped: 200 delivered, a cliff in the family (9% on day 19, 4.5% on day 20, 3% from
/// day 21 to 39), health at 3.5% false alarms, four never-delivered parcels all flagged on
/// day `m` (their median).
fn cliff(m: i64) -> Vec<Replay> {
    let mut r: Vec<Replay> = Vec::new();
    r.extend((0..181).map(|_| replay(Some(5), None)));
    r.push(replay(Some(5), Some(3)));
    r.extend((0..9).map(|_| replay(Some(20), None)));
    r.extend((0..3).map(|_| replay(Some(21), None)));
    r.extend((0..6).map(|_| replay(Some(40), Some(30))));
    r.extend((0..4).map(|_| replay(None, Some(m))));
    r
}

#[test]
fn at_a_cliff_the_rate_maps_to_the_later_day_and_a_tie_loses() {
    let c = compare_fixed_rules(&cliff(22), 60);
    assert_eq!(c.false_alarm_rate, 0.035);
    assert_eq!(c.family.get(18..21), Some(&[0.09, 0.045, 0.03][..]));
    // Every rate from 3% to 4.4% maps to day 21, the first whole day at or under it; never
    // to a day interpolated between 20 and 21.
    assert_eq!(
        (c.rule_day, c.rule_false_alarm_rate),
        (Some(21), Some(0.03))
    );
    assert_eq!(
        (c.health_median_first_flag, c.lead_days),
        (Some(22), Some(-1))
    );
    assert!(c.dominated);
    // Matched on the day instead: on health's day 22 the rule raises 3%, under health's 3.5%.
    assert_eq!(c.rule_false_alarm_at_health_median, Some(0.03));
    // Flagging on day 21 ties the rule: at least as good on both counts, so dominated.
    let tie = compare_fixed_rules(&cliff(21), 60);
    assert_eq!((tie.lead_days, tie.dominated), (Some(0), true));
    // One day earlier, before the cliff, health wins: the rule on day 20 raises 4.5%.
    let ahead = compare_fixed_rules(&cliff(20), 60);
    assert_eq!((ahead.lead_days, ahead.dominated), (Some(1), false));
    assert_eq!(ahead.rule_false_alarm_at_health_median, Some(0.045));
}

#[test]
fn both_matchings_agree_on_which_side_wins() {
    // Dominated (matched on the rate) exactly when the rule on health's median day raises
    // no more false alarms than health (matched on the day), at every median.
    for m in 1..=45 {
        let c = compare_fixed_rules(&cliff(m), 60);
        let at_median = c.rule_false_alarm_at_health_median.unwrap();
        assert_eq!(
            c.dominated,
            at_median <= c.false_alarm_rate,
            "day {m}: {c:?}"
        );
        let margin = c.false_alarm_margin.unwrap();
        assert_eq!(c.dominated, margin <= 1e-12, "day {m}: {c:?}");
        assert_eq!(c.lead_days, Some(21 - m), "day {m}");
    }
}

/// Four never-delivered parcels, `flagged` of them on day 22, beside the cliff's delivered ones.
fn cliff_with_lost_flagged(flagged: usize) -> Vec<Replay> {
    let mut r: Vec<Replay> = cliff(22).into_iter().filter(|r| r.delivered).collect();
    r.extend((0..4).map(|i| replay(None, (i < flagged).then_some(22))));
    r
}

#[test]
fn without_a_median_or_a_lost_parcel_the_comparison_says_so() {
    // One of four lost parcels flagged: no median, health's worst outcome. The rule at
    // health's rate (day 21) flags them all, so it dominates; nothing is matched on a day.
    let c = compare_fixed_rules(&cliff_with_lost_flagged(1), 60);
    assert_eq!((c.rule_day, c.health_median_first_flag), (Some(21), None));
    assert!(c.dominated, "{c:?}");
    assert_eq!(c.lead_days, None);
    assert_eq!(c.rule_false_alarm_at_health_median, None);
    assert_eq!(c.false_alarm_margin, None);
    // No lost parcel at all: nothing to compare, never dominated.
    let none: Vec<Replay> = cliff(22).into_iter().filter(|r| r.delivered).collect();
    let c = compare_fixed_rules(&none, 60);
    assert_eq!((c.health_median_first_flag, c.lead_days), (None, None));
    assert!(!c.dominated, "{c:?}");
}

/// 10,000 delivered parcels: `flagged` flagged by health (delivered on day 5), `slow`
/// delivered on day 40, the rest on day 5; four lost ones flagged on day 22.
fn near_tie(flagged: usize, slow: usize) -> Vec<Replay> {
    let mut r: Vec<Replay> = (0..flagged).map(|_| replay(Some(5), Some(3))).collect();
    r.extend((0..slow).map(|_| replay(Some(40), None)));
    r.extend((0..10_000 - flagged - slow).map(|_| replay(Some(5), None)));
    r.extend((0..4).map(|_| replay(None, Some(22))));
    r
}

#[test]
fn a_near_tie_that_prints_alike_is_decided_on_unrounded_rates() {
    // Health 3.16%, the rule on day 22 3.24%: both print as 3.2%, yet health is ahead.
    let c = compare_fixed_rules(&near_tie(316, 324), 60);
    assert_eq!(
        (c.false_alarm_rate, c.rule_false_alarm_at_health_median),
        (0.032, Some(0.032))
    );
    assert!(!c.dominated, "{c:?}");
    assert_eq!((c.rule_day, c.lead_days), (Some(40), Some(18)));
    let margin = c.false_alarm_margin.unwrap();
    assert!((margin - 0.0008).abs() < 1e-9, "{margin}");
    // Swapped (health 3.24%, the rule 3.16%): the same printed figures, dominated.
    let c = compare_fixed_rules(&near_tie(324, 316), 60);
    assert_eq!(
        (c.false_alarm_rate, c.rule_false_alarm_at_health_median),
        (0.032, Some(0.032))
    );
    assert!(c.dominated, "{c:?}");
    let margin = c.false_alarm_margin.unwrap();
    assert!((margin + 0.0008).abs() < 1e-9, "{margin}");
}

#[test]
fn month_counts_keep_failing_months_and_say_what_the_mean_is_over() {
    let month = |replays: Vec<Replay>| HealthMonth {
        split_at: Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap(),
        trained_on: 300,
        delivered: replays.iter().filter(|r| r.delivered).count(),
        false_alarm_rate: 0.0,
        never_delivered: replays.iter().filter(|r| !r.delivered).count(),
        flagged_within_30_days: 0.0,
        fixed_rule: compare_fixed_rules(&replays, 60),
        lost_flagged_by_day: Vec::new(),
        replays,
    };
    let months = [
        month(cliff(20)),                                               // ahead by 1 day
        month(cliff(22)),                                               // dominated, 1 day behind
        month(cliff_with_lost_flagged(1)), // no median: dominated, no lead
        month(cliff(22).into_iter().filter(|r| r.delivered).collect()), // none lost
    ];
    let t = health_rolling::MonthTally::of(months.iter());
    assert_eq!(
        (
            t.months,
            t.ahead,
            t.dominated,
            t.without_median,
            t.without_lost
        ),
        (4, 1, 1, 1, 1)
    );
    // The mean lead is over the two months that have one, not over four.
    assert_eq!((t.with_lead, t.mean_lead_days), (2, Some(0.0)));
    let t = health_rolling::MonthTally::of(months[2..].iter());
    assert_eq!((t.with_lead, t.mean_lead_days), (0, None));
}

#[test]
fn the_hazard_of_loss_learns_open_parcels_online_and_never_from_the_future() {
    let history = shipments();
    let options = |rate: Option<f64>| HealthEvalOptions {
        online: true,
        hazard_alarm_rate: rate,
        ..HealthEvalOptions::default()
    };
    let with = health_rolling(&history, &options(Some(0.02)), 100, None);
    let without = health_rolling(&history, &options(None), 100, None);
    // Once parcels have matured, the hazard flags some lost ones first (it learned from
    // parcels still open, which deliveries alone never show), and no lost parcel later.
    let hazard_first = with
        .pooled
        .first_flag_basis
        .get("hazard")
        .copied()
        .unwrap_or(0);
    assert!(hazard_first > 0, "{:?}", with.pooled.first_flag_basis);
    for (a, b) in with.months.iter().zip(&without.months) {
        for (x, y) in a.replays.iter().zip(&b.replays) {
            assert_eq!(x.id, y.id);
            if let (false, Some(y)) = (x.delivered, y.first_stall_day) {
                assert!(
                    x.first_stall_day.is_some_and(|x| x <= y),
                    "{} {:?} {y}",
                    x.id,
                    x.first_stall_day
                );
            }
        }
    }
    assert!(
        with.pooled.false_alarm_rate_stalled <= 0.1,
        "{:?}",
        with.pooled
    );
    // Outcomes the replay has not reached yet change nothing: lose every parcel delivered
    // after the first month's last check (and drop the later hand-offs), and its replay
    // stays the same.
    let first = with.months.first().unwrap();
    let last_check = first.split_at + Duration::days(31 + 60);
    let altered: Vec<crate::timeline::Shipment> = history
        .iter()
        .filter(|s| s.given_shipped_at.is_some_and(|t| t <= last_check))
        .map(|s| {
            let mut s = s.clone();
            s.given_delivered_at = s.given_delivered_at.filter(|d| *d <= last_check);
            s
        })
        .collect();
    let again = health_rolling(&altered, &options(Some(0.02)), 100, None);
    assert_eq!(again.months.first().unwrap().replays, first.replays);
}

#[test]
fn replay_options_refuse_a_hazard_outside_its_one_range() {
    let with = |rate: Option<f64>, days: i64| HealthEvalOptions {
        hazard_alarm_rate: rate,
        hazard_mature_days: days,
        ..HealthEvalOptions::default()
    };
    let field = |o: HealthEvalOptions| match o.validate() {
        Err(crate::Error::InvalidInput { field, .. }) => Some(field),
        _ => None,
    };
    // The range the model clamps to is the range the options accept, ends included.
    let range = crate::health::HAZARD_MATURE_DAYS;
    assert_eq!(field(with(Some(0.01), *range.start())), None);
    assert_eq!(field(with(Some(0.01), *range.end())), None);
    assert_eq!(
        field(with(Some(0.01), range.start() - 1)).as_deref(),
        Some("hazard_mature_days")
    );
    assert_eq!(
        field(with(None, range.end() + 1)).as_deref(),
        Some("hazard_mature_days")
    );
    for bad in [0.0, 1.0, f64::NAN] {
        assert_eq!(
            field(with(Some(bad), 45)).as_deref(),
            Some("hazard_alarm_rate")
        );
    }
    // The health options are checked too.
    let mut o = HealthEvalOptions::default();
    o.health.level = 1.0;
    assert_eq!(field(o).as_deref(), Some("level"));
}
