//! Holiday rules (stub).

use super::rules::Year;

/// Holidays (stub).
pub(super) fn gb(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn ie(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn de(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn fr(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn nl(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn be(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn es(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn it(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn pl(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn at(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn ch(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn se(_y: &mut Year<'_>) {}

/// Holidays (stub).
pub(super) fn dk(_y: &mut Year<'_>) {}

