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

if TYPE_CHECKING:
    import polars as pl

__all__ = ["add_status_columns", "normalize_series", "normalize_struct"]


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
