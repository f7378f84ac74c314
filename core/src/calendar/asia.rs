//! Holiday rules (stub).

use super::rules::Year;

/// Holidays (stub).
pub(super) fn jp(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn cn(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn in_(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn sg(_y: &mut Year<'_>) {}

