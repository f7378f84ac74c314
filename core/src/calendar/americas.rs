//! Holiday rules (stub).

use super::rules::Year;

/// Holidays (stub).
pub(super) fn us(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn ca(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn mx(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn br(_y: &mut Year<'_>) {}

