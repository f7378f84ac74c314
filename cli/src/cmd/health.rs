//! `tracking-core health`: filled in by its issue.

use super::CmdResult;

/// Arguments of `health`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs the subcommand.
pub fn run(_args: Args) -> CmdResult {
    Err("not implemented yet".into())
}
