"""Normalize a large frame of raw carrier events inside Spark (local mode) with mapInArrow:
each Arrow record batch of a partition goes through `normalize_batch` in one call.

    python examples/python/spark_normalize.py --rows 200000

Needs Java 17+ and `pip install pyspark`.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator

import pyarrow as pa

import tracking_core as tc

try:
    from synthetic import events
except ImportError:  # imported as examples.python.spark_normalize
    from .synthetic import events  # type: ignore[no-redef]

OUT_SCHEMA = (
    "carrier string, code string, description string, language string, "
    "status string, substatus string, reason string, confidence float, rule string, affects_state boolean"
)


def normalize_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """mapInArrow function: the input columns plus the normalization result columns."""
    for batch in batches:
        result = tc.normalize_batch(
            batch.column("carrier"), batch.column("code"), batch.column("description"), batch.column("language")
        )
        columns = list(batch.columns) + [result.field(i) for i in range(result.type.num_fields)]
        names = list(batch.schema.names) + [f.name for f in result.type]
        yield pa.RecordBatch.from_arrays(columns, names=names)


def run(rows: int, partitions: int = 4) -> dict[str, int]:
    """Status counts of `rows` generated events normalized by Spark executors."""
    import sys

    from pyspark import cloudpickle
    from pyspark.sql import SparkSession

    # Ship this module's functions by value: the Python workers do not have examples/ on
    # their path when it is imported (not run as a script).
    if __name__ != "__main__":
        cloudpickle.register_pickle_by_value(sys.modules[__name__])

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("tracking-core-example")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(partitions))
        .getOrCreate()
    )
    try:
        spark.sparkContext.setLogLevel("ERROR")
        table = pa.table(events(rows))
        df = spark.createDataFrame(table).repartition(partitions)
        out = df.mapInArrow(normalize_batches, OUT_SCHEMA)
        return {r["status"]: r["count"] for r in out.groupBy("status").count().collect()}
    finally:
        spark.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    t0 = time.perf_counter()
    counts = run(args.rows)
    for status, n in sorted(counts.items()):
        print(f"{status:22} {n:>9,}")
    print(f"{args.rows:,} events in {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
