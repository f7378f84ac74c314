"""Column functions over lists and Arrow-compatible arrays (pyarrow, polars, pandas+Arrow).

Inputs are read through the Arrow PyCapsule interface (no copy for ``utf8``/``utf8_view``
columns) or as Python lists; the core work runs with the GIL released. Results are Arrow
arrays: ``pyarrow`` objects when pyarrow is installed, otherwise the native Arrow object
(it implements ``__arrow_c_array__``, so ``polars.Series(...)`` and others can read it).

>>> import tracking_core as tc
>>> res = tc.normalize_batch("ups", None, ["Delivered", "Out for delivery"])
>>> res.field("status").to_pylist()
['delivered', 'out_for_delivery']
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from tracking_core import _tracking_core as _native

if TYPE_CHECKING:
    import pyarrow as pa

    from tracking_core._tracking_core import Column, Instant, Normalizer, Tracker

__all__ = ["SNAPSHOT_COLUMNS", "event_columns", "identify_batch", "normalize_batch", "snapshot_columns", "to_pyarrow"]

#: The columns of :func:`snapshot_columns` (and of the DataFrame helpers' ``track_frame``),
#: one row per shipment.
SNAPSHOT_COLUMNS = (
    "id",
    "status",
    "substatus",
    "milestone",
    "terminal",
    "last_event_at",
    "delivered_at",
    "window_earliest",
    "window_latest",
    "health",
    "headline",
    "error_kind",
    "error_message",
)


def to_pyarrow(array: Any) -> Any:
    """A native Arrow result as a pyarrow array (unchanged when pyarrow is not installed)."""
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - exercised only without pyarrow
        return array
    return pa.array(array)


def normalize_batch(
    carrier: Column,
    code: Column | None = None,
    description: Column | None = None,
    language: Column | None = None,
    *,
    normalizer: Normalizer | None = None,
) -> pa.StructArray:
    """Normalizes columns of raw carrier events in one call.

    ``carrier`` is a column or one slug for every row; ``code``, ``description`` and
    ``language`` are columns, one value, or ``None``. Returns a struct array with fields
    ``status``, ``substatus``, ``reason``, ``confidence``, ``rule``, ``affects_state``:
    row ``i`` equals ``tc.normalize(carrier[i], code[i], description[i], language[i])``.
    """
    result: pa.StructArray = to_pyarrow(
        _native.normalize_batch(carrier, code, description, language, normalizer)
    )
    return result


def identify_batch(numbers: Column) -> pa.StructArray:
    """Identifies a column of tracking numbers; a struct array with ``normalized``,
    ``carrier``, ``format``, ``check_digit_verified``, ``ambiguous``, ``candidates``,
    ``confidence`` and ``tracking_url`` of the best candidate (row ``i`` agrees with
    ``tc.identify(numbers[i])``).
    """
    result: pa.StructArray = to_pyarrow(_native.identify_batch(numbers))
    return result


def _day(text: Any) -> _dt.date | None:
    return _dt.date.fromisoformat(text) if isinstance(text, str) else None


def snapshot_columns(
    shipments: Iterable[Mapping[str, Any]],
    now: Instant | None = None,
    locale: str = "en",
    tracker: Tracker | None = None,
) -> dict[str, list[Any]]:
    """``Tracker.track_batch`` as columns (:data:`SNAPSHOT_COLUMNS`), one row per shipment in
    input order: the snapshot's fields (window days as ``date``, ``health`` its verdict,
    ``headline`` the customer message's), or, for a shipment that failed, its ``id`` with
    ``error_kind`` and ``error_message`` and nothing else.
    """
    shipments = list(shipments)
    results = (tracker or _native.Tracker()).track_batch(shipments, now, locale)
    cols: dict[str, list[Any]] = {c: [] for c in SNAPSHOT_COLUMNS}
    for shipment, r in zip(shipments, results):
        if isinstance(r, _native.TrackingCoreError):
            row: dict[str, Any] = {"id": shipment.get("id"), "error_kind": r.kind, "error_message": r.message}
        else:
            window = r.window or {}
            row = {
                "id": r.id,
                "status": r.status,
                "substatus": r.substatus,
                "milestone": r.milestone,
                "terminal": r.terminal,
                "last_event_at": r.last_event_at,
                "delivered_at": r.delivered_at,
                "window_earliest": _day(window.get("earliest")),
                "window_latest": _day(window.get("latest")),
                "health": (r.health or {}).get("verdict"),
                "headline": (r.message or {}).get("headline"),
            }
        for c in SNAPSHOT_COLUMNS:
            cols[c].append(row.get(c))
    return cols


def event_columns(
    columns: Iterable[str],
    id: str,
    code: str | None,
    description: str | None,
    time: str | None,
    language: str | None,
) -> dict[str, str]:
    """``{column: event field}`` of the DataFrame helpers' ``track_frame`` arguments (``None``
    for none); ``KeyError`` for the first one that names no column of ``columns``."""
    have = set(columns)
    fields = {"code": code, "description": description, "time": time, "language": language}
    for c in (id, *fields.values()):
        if c is not None and c not in have:
            raise KeyError(f"no column {c!r} in the DataFrame")
    return {c: k for k, c in fields.items() if c is not None}
