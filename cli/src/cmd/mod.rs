//! One module per subcommand: its `Args` (with `--help` text) and its `run`.

pub mod backtest;
pub mod carriers;
pub mod demo;
pub mod estimate;
pub mod eval_normalize;
pub mod health;
pub mod identify;
pub mod learn;
pub mod normalize;
pub mod report;
pub mod track;

/// What a subcommand returns: an exit code, or a fatal error (bad file, bad arguments).
pub type CmdResult = Result<std::process::ExitCode, Box<dyn std::error::Error>>;

/// Reads a `--now` / `as_of` / `--split-at` time: RFC 3339, or a wall-clock time read as UTC.
///
/// # Errors
/// [`tracking_core::Error::InvalidTime`] when it cannot be parsed.
pub fn parse_now(s: &str) -> Result<chrono::DateTime<chrono::Utc>, tracking_core::Error> {
    tracking_core::time::parse_event_time(s, &tracking_core::time::ZoneHints::default())
        .map(|t| t.utc)
}

/// The system clock: the CLI's default `now` (the core never reads a clock).
pub fn system_now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
}

/// `--now` when given, else the system clock.
///
/// # Errors
/// As [`parse_now`].
pub fn now_arg(arg: Option<&str>) -> Result<chrono::DateTime<chrono::Utc>, tracking_core::Error> {
    arg.map_or_else(|| Ok(system_now()), parse_now)
}
