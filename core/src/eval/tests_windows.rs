//! Window backtests: what a model left alone (offline) and the hold-out split report.

use chrono::{Duration, TimeZone, Utc};

use super::backtest::delivered_orders;
use super::*;
use crate::estimate::{CompletedShipment, Lane, Place};

/// Two orders a day from 2024-01-01 for `days` days, delivered in 3 to 6 days, on two lanes.
fn steady(days: i64) -> Vec<CompletedShipment> {
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 10, 0, 0).unwrap();
    (0..days * 2)
        .map(|i| {
            let ordered = start + Duration::hours(12 * i);
            let dest = if i % 3 == 0 { "RJ" } else { "MG" };
            CompletedShipment {
                lane: Lane::new(
                    None,
                    None,
                    Place::new(Some("BR"), Some("SP")),
                    Place::new(Some("BR"), Some(dest)),
                ),
                ordered_at: Some(ordered),
                shipped_at: Some(ordered + Duration::days(1)),
                delivered_at: ordered + Duration::days(3 + i % 4),
                carrier_estimate: None,
                promised_by: Some((ordered + Duration::days(10)).date_naive()),
                order_id: Some(format!("O{i}")),
            }
        })
        .collect()
}

/// O9: an offline backtest notes every placed order (for the order volume) but never tells
/// the model of a delivery. Kept open in the calibration, each of those orders would pass its
/// windows "undelivered" and read as late, so windows widened month after month (on the
/// sample history from 6 to 19 days). Offline, orders are counted, not opened.
#[test]
fn offline_windows_do_not_widen_from_orders_never_closed() {
    let h = steady(240);
    let orders = delivered_orders(&h);
    let split = Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap();
    let opts = BacktestOptions::default();
    assert!(!opts.online);
    let r = backtest_with_orders(&h, &orders, split, &opts, |_, _| {});
    let first = r.by_month.get("2024-05").unwrap().model.clone();
    let last = r.by_month.get("2024-08").unwrap().model.clone();
    assert!(first.n > 40 && last.n > 40, "{r:?}");
    // The same steady lanes: the same windows, and the deliveries are held.
    assert!(
        (last.mean_width() - first.mean_width()).abs() < 0.5,
        "{} -> {}",
        first.mean_width(),
        last.mean_width()
    );
    assert!(last.coverage() >= 0.85 && last.coverage() < 1.0, "{last:?}");
    // Online, the same orders are opened and closed by their deliveries: no drift either.
    let online = BacktestOptions {
        online: true,
        ..BacktestOptions::default()
    };
    let r = backtest_with_orders(&h, &orders, split, &online, |_, _| {});
    let on = r.by_month.get("2024-08").unwrap().model.clone();
    assert!((on.mean_width() - first.mean_width()).abs() < 1.0, "{on:?}");
}
