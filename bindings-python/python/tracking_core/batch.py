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

import dataclasses
import datetime as _dt
import functools
import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from tracking_core import _tracking_core as _native

if TYPE_CHECKING:
    import pyarrow as pa

    from tracking_core._tracking_core import Column, Instant, Normalizer, Tracker

__all__ = [
    "SNAPSHOT_COLUMNS",
    "FrameOptions",
    "identify_batch",
    "normalize_batch",
    "snapshot_columns",
    "to_pyarrow",
    "with_frame_options",
]

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
    "rejected",
    "rejected_reason",
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
    locale: str | None = None,
    tracker: Tracker | None = None,
) -> dict[str, list[Any]]:
    """``Tracker.track_batch`` as columns (:data:`SNAPSHOT_COLUMNS`), one row per shipment in
    input order: the snapshot's fields (window days as ``date``, ``health`` its verdict,
    ``headline`` the customer message's, ``rejected`` the number of scans the timeline
    refused and ``rejected_reason`` the first one's reason, e.g. ``missing_time``), or, for a
    shipment that failed, its ``id`` with ``error_kind`` and ``error_message`` and nothing else.
    """
    shipments = list(shipments)
    results = (tracker or _native.Tracker()).track_batch(shipments, now, locale)
    cols: dict[str, list[Any]] = {c: [] for c in SNAPSHOT_COLUMNS}
    for shipment, r in zip(shipments, results):
        if isinstance(r, _native.TrackingCoreError):
            row: dict[str, Any] = {"id": shipment.get("id"), "error_kind": r.kind, "error_message": r.message}
        else:
            window = r.window or {}
            rejected = r.rejected
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
                "rejected": len(rejected),
                "rejected_reason": rejected[0]["error"]["kind"] if rejected else None,
            }
        for c in SNAPSHOT_COLUMNS:
            cols[c].append(row.get(c))
    return cols


@dataclasses.dataclass(frozen=True, kw_only=True)
class FrameOptions:
    """The keyword arguments of the DataFrame helpers' ``track_frame``
    (``tracking_core.polars`` and ``tracking_core.pandas``), defined once here.

    Column arguments name columns of the DataFrame (``None`` for none); ``carrier`` may
    instead be one carrier slug for every shipment when the DataFrame has no column of that
    name. ``now``, ``locale`` and ``tracker`` are those of ``Tracker.track_batch``.
    """

    id: str = "id"
    carrier: str | None = "carrier"
    code: str | None = None
    description: str | None = "description"
    time: str | None = "time"
    language: str | None = None
    now: Instant | None = None
    locale: str | None = None
    tracker: Tracker | None = None

    def event_columns(self, columns: Iterable[str]) -> dict[str, str]:
        """``{column: event field}`` of the event columns; ``KeyError`` for the first
        argument that names no column of ``columns``."""
        have = set(columns)
        fields = {"code": self.code, "description": self.description, "time": self.time, "language": self.language}
        for c in (self.id, *fields.values()):
            if c is not None and c not in have:
                raise KeyError(f"no column {c!r} in the DataFrame")
        return {c: k for k, c in fields.items() if c is not None}

    def snapshot_columns(self, shipments: Iterable[Mapping[str, Any]]) -> dict[str, list[Any]]:
        """:func:`snapshot_columns` of ``shipments`` with these options."""
        return snapshot_columns(shipments, self.now, self.locale, self.tracker)


_Frame = TypeVar("_Frame")
_Out = TypeVar("_Out")
_Options = ParamSpec("_Options")


def _keywords_of(
    spec: Callable[_Options, FrameOptions],
) -> Callable[[Callable[[_Frame, FrameOptions], _Out]], Callable[Concatenate[_Frame, _Options], _Out]]:
    def decorate(impl: Callable[[_Frame, FrameOptions], _Out]) -> Callable[Concatenate[_Frame, _Options], _Out]:
        @functools.wraps(impl)
        def call(df: _Frame, /, *args: _Options.args, **kwargs: _Options.kwargs) -> _Out:
            return impl(df, spec(*args, **kwargs))

        # help() and IDEs show the keywords themselves, not ``**kwargs``.
        df_param = next(iter(inspect.signature(impl).parameters.values()))
        keywords = inspect.signature(spec).parameters.values()
        call.__signature__ = inspect.signature(impl).replace(  # type: ignore[attr-defined]
            parameters=[df_param.replace(kind=inspect.Parameter.POSITIONAL_ONLY), *keywords]
        )
        return call

    return decorate


#: Decorates a DataFrame helper ``impl(df, options: FrameOptions)`` into
#: ``track_frame(df, *, id="id", carrier="carrier", ...)`` with :class:`FrameOptions`'
#: keywords, so the keyword signature is written once (typed for mypy, shown by ``help``).
with_frame_options = _keywords_of(FrameOptions)
