"""Normalize a large frame of raw carrier events inside a Polars lazy query (map_batches).

    python examples/python/polars_normalize.py --rows 200000
"""

from __future__ import annotations

import argparse
import time

import polars as pl

from tracking_core.polars import normalize_struct

try:
    from synthetic import events
except ImportError:  # imported as examples.python.polars_normalize
    from .synthetic import events  # type: ignore[no-redef]


def run(rows: int) -> pl.DataFrame:
    """Status counts of `rows` generated events, normalized in a lazy Polars query."""
    lazy = pl.LazyFrame(events(rows))
    return (
        lazy.with_columns(
            pl.struct("carrier", "code", "description", "language")
            .map_batches(normalize_struct, return_dtype=pl.Struct({
                "status": pl.String, "substatus": pl.String, "reason": pl.String,
                "confidence": pl.Float32, "rule": pl.String, "affects_state": pl.Boolean,
            }))
            .alias("normalized")
        )
        .unnest("normalized")
        .group_by("status")
        .agg(pl.len().alias("events"), pl.col("confidence").mean().alias("mean_confidence"))
        .sort("status")
        .collect()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    t0 = time.perf_counter()
    counts = run(args.rows)
    print(counts)
    print(f"{args.rows:,} events in {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
