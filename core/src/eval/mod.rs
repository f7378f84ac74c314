//! Evaluation on history, as library functions the CLI and the bindings call: scoring
//! delivery windows (coverage, width, the interval score), backtests at one split, the
//! rolling-origin evaluation over every month, and the day-by-day replay of health against
//! the family of fixed "N days after hand-off" rules.
//!
//! Everything here is deterministic and reads only the history it is given; nothing is
//! learned from the questions before they are asked (online runs feed a delivery in only once
//! it has happened).

mod backtest;
mod health;
mod health_rolling;
mod rolling;
mod score;

pub use backtest::{
    BacktestOptions, BacktestReport, Mode, Scores, backtest, backtest_each, backtest_with_orders,
};
pub use health::{
    FixedRuleComparison, HealthEvalOptions, HealthEvalReport, HealthSummary, Replay, ReplayFeed,
    compare_fixed_rules, health_eval, replay_health, replay_health_fed, replay_health_with_orders,
    summarize_health,
};
pub use health_rolling::{
    HealthGroup, HealthMonth, HealthRollingReport, MonthTally, health_rolling,
};
pub use rolling::{
    GroupMeans, RollingOptions, RollingReport, Split, SplitMeans, rolling_origin,
    rolling_origin_each, rolling_origin_with_orders,
};
pub use score::{Score, Summary, interval_score, quantile};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_scans;
#[cfg(test)]
mod tests_windows;
