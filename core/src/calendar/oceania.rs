//! Holiday rules (stub).

use super::rules::Year;

/// Holidays (stub).
pub(super) fn au(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn nz(_y: &mut Year<'_>) {}

