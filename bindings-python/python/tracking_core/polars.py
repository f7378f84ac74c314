"""polars helpers: add tracking-core result columns to a DataFrame, or use them in
expressions (``map_batches``).

>>> import polars as pl
>>> from tracking_core.polars import add_status_columns
>>> df = pl.DataFrame({"carrier": ["ups", "ups"], "text": ["Delivered", "Out for delivery"]})
>>> add_status_columns(df, description="text")["status"].to_list()
['delivered', 'out_for_delivery']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracking_core import _tracking_core as _native
from tracking_core.batch import SNAPSHOT_COLUMNS, FrameOptions, with_frame_options

if TYPE_CHECKING:
    import polars as pl

__all__ = ["add_status_columns", "normalize_series", "normalize_struct", "track_frame"]


def normalize_series(
    carrier: pl.Series | str,
    code: pl.Series | str | None = None,
    description: pl.Series | str | None = None,
    language: pl.Series | str | None = None,
) -> pl.Series:
    """``normalize_batch`` over polars Series; returns a struct Series (zero-copy input)."""
    import polars as pl

    native = _native.normalize_batch(carrier, code, description, language, None)
    return pl.Series("normalized", native)


def normalize_struct(batch: pl.Series) -> pl.Series:
    """For ``pl.struct(carrier, code, description[, language]).map_batches(normalize_struct)``:
    normalizes a struct Series whose fields are named ``carrier``, ``code``,
    ``description`` and optionally ``language``.
    """
    fields = set(batch.struct.fields)

    def field(name: str) -> Any:
        return batch.struct.field(name) if name in fields else None

    return normalize_series(
        field("carrier"), field("code"), field("description"), field("language")
    )


def add_status_columns(
    df: pl.DataFrame,
    carrier: str = "carrier",
    code: str | None = None,
    description: str | None = "description",
    language: str | None = None,
    prefix: str = "",
) -> pl.DataFrame:
    """``df`` with ``status``, ``substatus``, ``reason``, ``confidence``, ``rule`` and
    ``affects_state`` columns (names prefixed by ``prefix``).

    Arguments name columns of ``df``; ``carrier`` may instead be one carrier slug for every
    row when ``df`` has no column of that name.
    """

    def col(name: str | None, constant_ok: bool = False) -> Any:
        if name is None:
            return None
        if name in df.columns:
            return df.get_column(name)
        if constant_ok:
            return name
        raise KeyError(f"no column {name!r} in the DataFrame")

    result = normalize_series(col(carrier, True), col(code), col(description), col(language))
    unnested = result.struct.unnest()
    return df.hstack(unnested.rename({c: prefix + c for c in unnested.columns}).get_columns())


@with_frame_options
def track_frame(df: pl.DataFrame, options: FrameOptions) -> pl.DataFrame:
    """One row per shipment from a DataFrame of scans, one scan per row: rows are grouped by
    the ``id`` column (in order of first appearance), each group's ``code``, ``description``,
    ``time`` and ``language`` columns become its events, and ``Tracker.track_batch`` tracks
    them. Columns: ``tracking_core.batch.SNAPSHOT_COLUMNS`` (a shipment that failed has
    ``error_kind`` and ``error_message`` set and nothing else but ``id``; ``rejected`` counts
    the scans the timeline refused, ``rejected_reason`` is the first one's reason).

    Keyword arguments (:class:`tracking_core.batch.FrameOptions`) name columns of ``df``
    (``None`` for none); ``carrier`` may instead be one carrier slug for every shipment when
    ``df`` has no column of that name. ``time`` values are aware datetimes, naive ones (the
    scan's local wall-clock) or text.
    """
    import polars as pl

    names = options.event_columns(df.columns)
    events = [pl.col(c).alias(k) for c, k in names.items()]
    carrier, id = options.carrier, options.id
    if carrier is not None and carrier in df.columns:
        carrier_of: Any = pl.col(carrier).first()
    else:
        carrier_of = pl.lit(carrier, dtype=pl.String)
    grouped = df.group_by(id, maintain_order=True).agg(
        carrier_of.alias("__carrier"), pl.struct(events).alias("__events")
    )
    shipments = [
        {"id": None if key is None else str(key), "carrier": c, "events": evs}
        for key, c, evs in grouped.select(id, "__carrier", "__events").iter_rows()
    ]
    cols = options.snapshot_columns(shipments)
    typed: dict[str, Any] = {
        "terminal": pl.Boolean,
        "last_event_at": pl.Datetime("us", "UTC"),
        "delivered_at": pl.Datetime("us", "UTC"),
        "window_earliest": pl.Date,
        "window_latest": pl.Date,
        "rejected": pl.UInt32,
    }
    schema = {c: typed.get(c, pl.String) for c in SNAPSHOT_COLUMNS}
    return pl.DataFrame(cols, schema=schema)
