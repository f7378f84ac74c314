//! The tables `tracking-core health --eval --rolling` prints for a person on stderr: a row
//! per month and the pools (`print_rolling`), and with `--curves` each month's curves
//! (`print_curves`). The JSON report on stdout holds the same figures.

use tracking_core::eval;

/// Days of the curves printed by `--curves`.
const CURVE_DAYS: std::ops::RangeInclusive<usize> = 10..=30;

/// Each month's curves (see [`Args::curves`]): a row of the fixed rule's false-alarm rates
/// and a row of health's share of never-delivered parcels flagged, by day after hand-off,
/// in percent; health's own false-alarm rate and median first flag begin its row.
pub(super) fn print_curves(
    w: &mut impl std::io::Write,
    r: &eval::HealthRollingReport,
) -> std::io::Result<()> {
    let cells = |v: &[f64]| -> String {
        CURVE_DAYS
            .map(|d| {
                v.get(d - 1)
                    .map_or_else(|| "-".to_string(), |x| format!("{:.0}", 100.0 * x))
            })
            .map(|c| format!("{c:>4}"))
            .collect()
    };
    let days: String = CURVE_DAYS.map(|d| format!("{d:>4}")).collect();
    writeln!(
        w,
        "curves, % by day after hand-off: the fixed rule's false alarms; health's never-delivered flagged"
    )?;
    writeln!(w, "{:<34}{days}", "month / day")?;
    for m in &r.months {
        let month = m.split_at.format("%Y-%m");
        let f = &m.fixed_rule;
        writeln!(
            w,
            "{:<34}{}",
            format!("{month} fixed rule FA"),
            cells(&f.family)
        )?;
        writeln!(
            w,
            "{:<34}{}",
            format!(
                "{month} health (FA {}, p50 {})",
                pct(m.false_alarm_rate),
                day(f.health_median_first_flag)
            ),
            cells(&m.lost_flagged_by_day)
        )?;
    }
    Ok(())
}

/// A percentage with one decimal.
fn pct(x: f64) -> String {
    format!("{:.1}%", 100.0 * x)
}

/// An optional day (`-` when none).
fn day(d: Option<i64>) -> String {
    d.map_or_else(|| "-".to_string(), |d| d.to_string())
}

/// One line of the rolling table: the nine columns, aligned as the header.
fn row(w: &mut impl std::io::Write, cells: [String; 9]) -> std::io::Result<()> {
    let [
        month,
        counts,
        fa,
        in_30,
        first,
        rule_fa,
        rule,
        lead,
        dominated,
    ] = cells;
    writeln!(
        w,
        "{month:<10} {counts:>15} | {fa:>6} {in_30:>8} | {first:>10} {rule_fa:>9} | {rule:>8} {lead:>5} {dominated:>9}"
    )
}

/// An optional rate in percent (`-` when none).
fn opt_pct(r: Option<f64>) -> String {
    r.map_or_else(|| "-".to_string(), pct)
}

/// The rolling health replay as a table for a person (stderr): each month and the pool, with
/// health's median first flag and the false-alarm rate of the fixed rule on that day (`rule
/// FA`), then the fixed rule at health's false-alarm rate and how many days earlier health
/// flagged.
pub(super) fn print_rolling(
    w: &mut impl std::io::Write,
    r: &eval::HealthRollingReport,
) -> std::io::Result<()> {
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    row(
        w,
        [
            "month",
            "delivered/never",
            "FA",
            "in 30 d",
            "first flag",
            "rule FA",
            "rule day",
            "lead",
            "dominated",
        ]
        .map(str::to_string),
    )?;
    for m in &r.months {
        let f = &m.fixed_rule;
        row(
            w,
            [
                m.split_at.format("%Y-%m").to_string(),
                format!("{}/{}", m.delivered, m.never_delivered),
                pct(m.false_alarm_rate),
                pct(m.flagged_within_30_days),
                day(f.health_median_first_flag),
                opt_pct(f.rule_false_alarm_at_health_median),
                day(f.rule_day),
                day(f.lead_days),
                yes_no(f.dominated),
            ],
        )?;
    }
    let mut pools = vec![("pooled", &r.pooled)];
    if let (Some(s), Some(h)) = (&r.selection, &r.held_out) {
        pools.extend([("before", &s.pooled), ("from", &h.pooled)]);
    }
    for (label, p) in pools {
        let f = &p.fixed_rules;
        let [q1, q2, q3] = p.days_to_first_stall_p25_p50_p75;
        row(
            w,
            [
                label.to_string(),
                format!("{}/{}", p.delivered, p.never_delivered),
                pct(p.false_alarm_rate_stalled),
                pct(p.never_delivered_flagged_within_30_days),
                format!("{}/{}/{}", day(q1), day(q2), day(q3)),
                opt_pct(f.rule_false_alarm_at_health_median),
                day(f.rule_day),
                day(f.lead_days),
                yes_no(f.dominated),
            ],
        )?;
    }
    // Each month matched on its own, then counted and averaged: pooling months of different
    // speeds into one family can turn the comparison either way.
    tally_line(w, "all months", &r.by_month)?;
    if let (Some(from), Some(s), Some(h)) = (r.hold_out_from, &r.selection, &r.held_out) {
        let from = from.format("%Y-%m-%d");
        tally_line(w, &format!("before {from}"), &s.by_month)?;
        tally_line(w, &format!("from {from}"), &h.by_month)?;
    }
    Ok(())
}

/// One line of month counts against the fixed rule (see [`eval::MonthTally`]).
fn tally_line(
    w: &mut impl std::io::Write,
    label: &str,
    t: &eval::MonthTally,
) -> std::io::Result<()> {
    let mean = t
        .mean_lead_days
        .map_or_else(|| "-".to_string(), |m| format!("{m:.1} days"));
    writeln!(
        w,
        "{label}, by month: {} ahead, {} dominated, {} without a median (fewer than half of \
         the never-delivered flagged), {} n/a (none never delivered), of {}; mean lead over \
         {} of {} months: {mean}",
        t.ahead, t.dominated, t.without_median, t.without_lost, t.months, t.with_lead, t.months
    )
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use tracking_core::Normalizer;
    use tracking_core::timeline::{Shipment, ShipmentInput};

    use super::*;
    use crate::cmd::parse_now;

    #[test]
    fn rolling_table_has_a_row_per_month_and_the_pool() {
        // Four orders a day over eight months on one lane: delivered 2-5 days after
        // hand-off, every eighth never.
        let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let normalizer = Normalizer::new();
        let far = parse_now("2100-01-01T00:00:00Z").unwrap();
        let history: Vec<Shipment> = (0..1000u64)
            .map(|i| {
                let d = start + chrono::Days::new(i / 4);
                let delivered =
                    (i % 8 != 5).then(|| format!("{}T15:00:00Z", d + chrono::Days::new(2 + i % 4)));
                let line = json!({
                    "id": format!("h{i}"),
                    "origin": {"country": "US"},
                    "destination": {"country": "US"},
                    "ordered_at": format!("{d}T08:00:00Z"),
                    "shipped_at": format!("{d}T09:00:00Z"),
                    "delivered_at": delivered,
                });
                let input: ShipmentInput = serde_json::from_value(line).unwrap();
                Shipment::from_input(input, &normalizer, far).unwrap().0
            })
            .collect();
        let options = eval::HealthEvalOptions {
            online: true,
            ..eval::HealthEvalOptions::default()
        };
        let from = parse_now("2024-05-01").unwrap();
        let report = eval::health_rolling(&history, &options, 300, Some(from));
        let mut out = Vec::new();
        print_rolling(&mut out, &report).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        // Header, one row per month, the pool and the two groups' pools, then the month
        // counts of all months and of each group.
        assert!(report.months.len() >= 3, "{text}");
        assert_eq!(lines.len(), report.months.len() + 7, "{text}");
        for (m, line) in report.months.iter().zip(&lines[1..]) {
            assert!(
                line.starts_with(&m.split_at.format("%Y-%m").to_string()),
                "{line}"
            );
            let counts = format!("{}/{}", m.delivered, m.never_delivered);
            assert!(line.contains(&counts), "{line}");
        }
        let pooled = lines[report.months.len() + 1];
        assert!(pooled.starts_with("pooled"), "{pooled}");
        // Every lost parcel flagged within 30 days (the hard cap at the latest), and the
        // pooled row's columns are the report's fields (not, say, the false-alarm rate).
        assert_eq!(report.pooled.never_delivered_flagged_within_30_days, 1.0);
        let columns: Vec<&str> = pooled.split('|').collect();
        assert_eq!(columns.len(), 4, "{pooled}");
        let rates: Vec<&str> = columns[1].split_whitespace().collect();
        assert_eq!(
            rates,
            [
                pct(report.pooled.false_alarm_rate_stalled),
                pct(report.pooled.never_delivered_flagged_within_30_days)
            ],
            "{pooled}"
        );
        let n = report.months.len();
        let (before, after) = (lines[n + 2], lines[n + 3]);
        let (s, h) = (
            report.selection.as_ref().unwrap(),
            report.held_out.as_ref().unwrap(),
        );
        assert!(before.starts_with("before"), "{before}");
        assert!(after.starts_with("from"), "{after}");
        let count = |p: &eval::HealthSummary| format!(" {}/{} ", p.delivered, p.never_delivered);
        assert!(before.contains(&count(&s.pooled)), "{before}");
        assert!(after.contains(&count(&h.pooled)), "{after}");
        assert_eq!(s.by_month.months + h.by_month.months, n);
        assert!(s.by_month.months > 0 && h.by_month.months > 0, "{text}");
        // The month counts: every month is in one class, and the mean lead is over the
        // months that have one, said as "k of n".
        let t = &report.by_month;
        assert_eq!(t.ahead + t.dominated + t.without_median + t.without_lost, n);
        let leads: Vec<i64> = report
            .months
            .iter()
            .filter_map(|m| m.fixed_rule.lead_days)
            .collect();
        assert_eq!(t.with_lead, leads.len());
        let mean = leads.iter().sum::<i64>() as f64 / leads.len() as f64;
        let all = lines[n + 4];
        assert!(
            all.starts_with(&format!(
                "all months, by month: {} ahead, {} dominated, ",
                t.ahead, t.dominated
            )),
            "{all}"
        );
        assert!(
            all.ends_with(&format!(
                "over {} of {n} months: {mean:.1} days",
                leads.len()
            )),
            "{all}"
        );
        assert!(
            lines[n + 5].starts_with("before 2024-05-01, by month"),
            "{text}"
        );
        assert!(
            lines[n + 6].starts_with("from 2024-05-01, by month"),
            "{text}"
        );
        // The curves: a header, the days, two rows a month, each with a cell per day.
        let mut out = Vec::new();
        print_curves(&mut out, &report).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2 + 2 * report.months.len(), "{text}");
        for (m, pair) in report.months.iter().zip(lines[2..].chunks(2)) {
            let month = m.split_at.format("%Y-%m").to_string();
            assert!(pair.iter().all(|l| l.starts_with(&month)), "{text}");
            let last = |l: &str| l.split_whitespace().last().unwrap().to_string();
            let at30 = |v: &[f64]| format!("{:.0}", 100.0 * v[29]);
            assert_eq!(last(pair[0]), at30(&m.fixed_rule.family), "{text}");
            assert_eq!(last(pair[1]), at30(&m.lost_flagged_by_day), "{text}");
        }
    }
}
