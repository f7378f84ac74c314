"""pandas helpers: add tracking-core result columns to a DataFrame.

>>> import pandas as pd
>>> from tracking_core.pandas import add_status_columns
>>> df = pd.DataFrame({"carrier": ["ups", "ups"], "text": ["Delivered", "Out for delivery"]})
>>> add_status_columns(df, description="text")["status"].tolist()
['delivered', 'out_for_delivery']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracking_core.batch import SNAPSHOT_COLUMNS, FrameOptions, normalize_batch, with_frame_options

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["add_status_columns", "track_frame"]


def _column(df: pd.DataFrame, name: str | None, constant_ok: bool = False) -> Any:
    import pyarrow as pa

    if name is None:
        return None
    if name in df.columns:
        try:
            return pa.Array.from_pandas(df[name])
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            # A mixed-type object column (str and int rows): pyarrow cannot type it. Hand the
            # Series over row by row instead, so the core's check names the column and the
            # first bad row in an InvalidInputError (a TrackingCoreError), not a pyarrow error.
            return df[name]
    if constant_ok:
        return name
    raise KeyError(f"no column {name!r} in the DataFrame")


def add_status_columns(
    df: pd.DataFrame,
    carrier: str = "carrier",
    code: str | None = None,
    description: str | None = "description",
    language: str | None = None,
    prefix: str = "",
) -> pd.DataFrame:
    """A copy of ``df`` with ``status``, ``substatus``, ``reason``, ``confidence``, ``rule``
    and ``affects_state`` columns (names prefixed by ``prefix``).

    Arguments name columns of ``df``; ``carrier`` may instead be one carrier slug for every
    row when ``df`` has no column of that name.
    """
    result = normalize_batch(
        _column(df, carrier, constant_ok=True),
        _column(df, code),
        _column(df, description),
        _column(df, language),
    )
    out = df.copy()
    for i, field in enumerate(result.type):
        out[prefix + field.name] = result.field(i).to_pandas().set_axis(df.index)
    return out


@with_frame_options
def track_frame(df: pd.DataFrame, options: FrameOptions) -> pd.DataFrame:
    """One row per shipment from a DataFrame of scans, one scan per row, as
    ``tracking_core.polars.track_frame`` (same keyword arguments, :class:`FrameOptions`, and
    columns; missing values, ``NaN`` and ``NaT`` included, are absent fields).
    """
    import pandas as pd

    names = options.event_columns(df.columns)
    carrier = options.carrier
    by_carrier = carrier is not None and carrier in df.columns
    shipments = []
    # dropna=False: scans without an id still come back, as that shipment's error row.
    for key, group in df.groupby(options.id, sort=False, dropna=False):
        scans = group[list(names)].rename(columns=names).astype(object)
        events = scans.where(scans.notna(), None).to_dict("records")
        c = group[carrier].iloc[0] if by_carrier else carrier
        shipments.append({"id": None if pd.isna(key) else str(key), "carrier": None if pd.isna(c) else c, "events": events})
    out = pd.DataFrame(options.snapshot_columns(shipments), columns=list(SNAPSHOT_COLUMNS))
    for c in ("last_event_at", "delivered_at"):
        out[c] = pd.to_datetime(out[c], utc=True)
    out["rejected"] = out["rejected"].astype("Int64")  # nullable: an error row has no count
    return out
