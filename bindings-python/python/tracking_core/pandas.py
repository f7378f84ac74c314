"""pandas helpers: add tracking-core result columns to a DataFrame.

>>> import pandas as pd
>>> from tracking_core.pandas import add_status_columns
>>> df = pd.DataFrame({"carrier": ["ups", "ups"], "text": ["Delivered", "Out for delivery"]})
>>> add_status_columns(df, description="text")["status"].tolist()
['delivered', 'out_for_delivery']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracking_core.batch import normalize_batch

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["add_status_columns"]


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
