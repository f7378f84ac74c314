"""The examples in examples/python run, at scale, and agree with the per-event API."""

from __future__ import annotations

import shutil
from pathlib import Path
import subprocess
import sys
from collections import Counter

import pytest

import tracking_core as tc

from conftest import REPO

EXAMPLES = REPO / "examples" / "python"
sys.path.insert(0, str(EXAMPLES))

import synthetic  # noqa: E402

ROWS = 200_000


def expected_counts(rows: int) -> dict[str, int]:
    cols = synthetic.events(rows)
    cache: dict[tuple[str | None, ...], str] = {}
    counts: Counter[str] = Counter()
    for key in zip(cols["carrier"], cols["code"], cols["description"], cols["language"]):
        if key not in cache:
            cache[key] = tc.normalize(key[0] or "", key[1], key[2], key[3]).status
        counts[cache[key]] += 1
    return dict(counts)


def test_polars_map_batches_example() -> None:
    import polars_normalize

    counts = polars_normalize.run(ROWS)
    got = dict(zip(counts["status"].to_list(), counts["events"].to_list()))
    assert sum(got.values()) == ROWS
    assert got == expected_counts(ROWS)


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime")
# PySpark 4.3 warns that pandas 3 support is incomplete; the example passes Arrow, not pandas.
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_spark_map_in_arrow_example() -> None:
    import spark_normalize

    got = spark_normalize.run(ROWS)
    assert sum(got.values()) == ROWS
    assert got == expected_counts(ROWS)


def test_polars_example_runs_as_a_script() -> None:
    out = subprocess.run(
        [sys.executable, str(EXAMPLES / "polars_normalize.py"), "--rows", "5000"],
        capture_output=True, text=True, check=True,
    )
    assert "5,000 events" in out.stdout


def test_transit_notebook_example(tmp_path: Path) -> None:
    import transit_notebook

    out = tmp_path / "transit.png"
    result = transit_notebook.run(EXAMPLES / "history.sample.jsonl", out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert result["model"].deliveries == 400
    assert len(result["report"]["by_lane"]) == len(result["lanes"]) == 5
    window = result["window"]
    assert window is not None and window["earliest"] <= window["latest"]
