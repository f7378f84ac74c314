//! `tracking-core report`: filled in by its issue.

use super::CmdResult;

/// Arguments of `report`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs the subcommand.
pub fn run(_args: Args) -> CmdResult {
    Err("not implemented yet".into())
}
