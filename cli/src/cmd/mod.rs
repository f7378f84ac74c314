//! One module per subcommand: its `Args` (with `--help` text) and its `run`.

pub mod backtest;
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
