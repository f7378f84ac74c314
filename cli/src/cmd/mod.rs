//! One module per subcommand: its `Args` (with `--help` text) and its `run`.

pub mod backtest;
pub mod carriers;
pub mod demo;
pub mod estimate;
pub mod eval_normalize;
pub mod export_texts;
pub mod health;
pub mod health_table;
pub mod identify;
pub mod learn;
pub mod normalize;
pub mod report;
pub mod track;

/// What a subcommand returns: an exit code, or a fatal error (bad file, bad arguments).
pub type CmdResult = Result<std::process::ExitCode, Box<dyn std::error::Error>>;

/// Reads a `--now` / `--split-at` time: RFC 3339, or a wall-clock time read as UTC (the
/// core's time policy, `tracking_core::time::parse_now`).
///
/// # Errors
/// [`tracking_core::Error::InvalidTime`] when it cannot be parsed.
pub fn parse_now(s: &str) -> Result<chrono::DateTime<chrono::Utc>, tracking_core::Error> {
    tracking_core::time::parse_now(s)
}

/// The system clock: the CLI's default `now` (the core never reads a clock).
pub fn system_now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
}

/// A time given with `flag` (`--now`, `--split-at`, `--hold-out-from`), read as
/// [`parse_now`] does; a time that cannot be read is an error that names the flag.
///
/// # Errors
/// [`tracking_core::Error::InvalidInput`] with `field` the flag and `reason` the
/// [`tracking_core::Error::InvalidTime`] of [`parse_now`].
pub fn time_arg(
    flag: &str,
    s: &str,
) -> Result<chrono::DateTime<chrono::Utc>, tracking_core::Error> {
    parse_now(s).map_err(|e| tracking_core::Error::InvalidInput {
        field: flag.to_string(),
        reason: e.to_string(),
    })
}

/// `--now` when given, else the system clock.
///
/// # Errors
/// As [`time_arg`].
pub fn now_arg(arg: Option<&str>) -> Result<chrono::DateTime<chrono::Utc>, tracking_core::Error> {
    arg.map_or_else(|| Ok(system_now()), |s| time_arg("--now", s))
}

/// Reads one `--model` file: a dwell model (from `health --learn`) or a transit model (from
/// `learn`), told apart by shape (a dwell model has `entries`). A broken file is reported with
/// the error of the kind it looks like, naming the field, instead of the other kind's
/// "version" complaint.
///
/// # Errors
/// The file cannot be read, or the model is invalid.
pub fn read_model(
    path: &std::path::Path,
) -> Result<
    (
        Option<tracking_core::estimate::TransitModel>,
        Option<tracking_core::health::DwellModel>,
    ),
    Box<dyn std::error::Error>,
> {
    let json = crate::io::read_file(path)?;
    let looks_dwell =
        serde_json::from_str::<serde_json::Value>(&json).is_ok_and(|v| v.get("entries").is_some());
    let named = |e: tracking_core::Error| format!("--model {}: {e}", path.display());
    if looks_dwell {
        Ok((
            None,
            Some(tracking_core::health::DwellModel::from_json(&json).map_err(named)?),
        ))
    } else {
        Ok((
            Some(tracking_core::estimate::TransitModel::from_json(&json).map_err(named)?),
            None,
        ))
    }
}
