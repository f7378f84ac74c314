"""Batch normalization over lists, pyarrow, polars and pandas: same answers as per-row calls."""

from __future__ import annotations

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import tracking_core as tc

CARRIERS = ["ups", "dhl", "fedex", None, "postnl", "ups"]
CODES = [None, "1N", None, "D", None, None]
TEXTS = ["Delivered", None, "Out for delivery", "Arrived at facility", "Zugestellt", "Delivered"]
LANGS = ["en", None, None, None, "de", "en"]
FIELDS = ["status", "substatus", "reason", "confidence", "rule", "affects_state"]


def expected() -> list[dict[str, object]]:
    rows = []
    for c, k, d, lang in zip(CARRIERS, CODES, TEXTS, LANGS):
        n = tc.normalize(c or "", k, d, lang)
        rows.append({f: getattr(n, f) for f in FIELDS})
    return rows


def as_rows(result: pa.StructArray) -> list[dict[str, object]]:
    assert result.type.names == FIELDS
    rows: list[dict[str, object]] = result.to_pylist()
    for r in rows:
        r["confidence"] = pytest.approx(r["confidence"])
    return rows


def test_lists() -> None:
    assert as_rows(tc.normalize_batch(CARRIERS, CODES, TEXTS, LANGS)) == expected()


@pytest.mark.parametrize("typ", [pa.string(), pa.large_string(), pa.string_view()])
def test_pyarrow_string_types(typ: pa.DataType) -> None:
    cols = [pa.array(c, type=typ) for c in (CARRIERS, CODES, TEXTS, LANGS)]
    assert as_rows(tc.normalize_batch(*cols)) == expected()


def test_pyarrow_chunked_and_dictionary() -> None:
    carriers = pa.chunked_array([CARRIERS[:2], CARRIERS[2:]], type=pa.string())
    texts = pa.array(TEXTS).dictionary_encode()
    assert as_rows(tc.normalize_batch(carriers, CODES, texts, LANGS)) == expected()


def test_scalar_carrier_broadcasts() -> None:
    res = tc.normalize_batch("ups", None, pa.array(["Delivered", "Out for delivery", None]))
    assert res.field("status").to_pylist() == ["delivered", "out_for_delivery", "unknown"]
    assert len(tc.normalize_batch("ups", None, [])) == 0


def test_length_mismatch_is_an_input_error() -> None:
    with pytest.raises(tc.InvalidInputError) as info:
        tc.normalize_batch(["ups", "dhl"], None, ["Delivered"])
    assert info.value.field == "description"


def test_non_string_arrow_column_is_cast() -> None:
    res = tc.normalize_batch("ups", pa.array([1, 2]), None)
    assert len(res) == 2
    with pytest.raises(tc.InvalidInputError):
        tc.normalize_batch("ups", pa.array([{"a": 1}, {"a": 2}]), None)


def test_polars_series_and_helper() -> None:
    df = pl.DataFrame({"carrier": CARRIERS, "code": CODES, "text": TEXTS, "lang": LANGS})
    from tracking_core.polars import add_status_columns

    out = add_status_columns(df, code="code", description="text", language="lang", prefix="n_")
    assert out.columns == ["carrier", "code", "text", "lang"] + [f"n_{f}" for f in FIELDS]
    assert out["n_status"].to_list() == [r["status"] for r in expected()]
    assert out["n_rule"].to_list() == [r["rule"] for r in expected()]


def test_polars_map_batches_in_lazy_query() -> None:
    from tracking_core.polars import normalize_struct

    df = pl.DataFrame({"carrier": CARRIERS, "code": CODES, "description": TEXTS, "language": LANGS})
    out = (
        df.lazy()
        .with_columns(pl.struct("carrier", "code", "description", "language").map_batches(normalize_struct).alias("n"))
        .select(pl.col("n").struct.field("status"))
        .collect()
    )
    assert out["status"].to_list() == [r["status"] for r in expected()]


def test_pandas_helper_keeps_index() -> None:
    from tracking_core.pandas import add_status_columns

    df = pd.DataFrame({"carrier": CARRIERS, "code": CODES, "text": TEXTS, "lang": LANGS}, index=range(10, 16))
    out = add_status_columns(df, code="code", description="text", language="lang")
    assert list(out.index) == list(range(10, 16))
    assert out["status"].tolist() == [r["status"] for r in expected()]
    assert "status" not in df.columns  # the input frame is untouched
    one_carrier = add_status_columns(df.drop(columns="carrier"), carrier="ups", description="text")
    assert one_carrier["status"].iloc[0] == "delivered"
    with pytest.raises(KeyError):
        add_status_columns(df, description="nope")


def test_custom_normalizer_is_used() -> None:
    n = tc.Normalizer()
    assert tc.normalize_batch("ups", None, ["Delivered"], normalizer=n).field("status").to_pylist() == ["delivered"]


def test_large_batch_runs_in_threads_without_the_gil() -> None:
    import threading

    texts = pa.array(["Delivered", "Out for delivery", "Arrived at facility"] * 100_000)
    results: list[pa.StructArray] = []
    threads = [threading.Thread(target=lambda: results.append(tc.normalize_batch("ups", None, texts))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [len(r) for r in results] == [300_000, 300_000]
    assert results[0].equals(results[1])


def test_gil_is_released_during_the_core_work() -> None:
    """While a big batch runs in a worker thread, the main thread keeps running Python: the
    longest pause it sees is far shorter than the batch (it would span the whole core work if
    the GIL were held)."""
    import threading
    import time

    texts = pa.array([f"Delivered to neighbour at house {i}" for i in range(400_000)])
    done = threading.Event()
    took: list[float] = []

    def work() -> None:
        t0 = time.perf_counter()
        tc.normalize_batch("ups", None, texts)
        took.append(time.perf_counter() - t0)
        done.set()

    worker = threading.Thread(target=work)
    last = time.perf_counter()
    longest = 0.0
    worker.start()
    while not done.is_set():
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    worker.join()
    if took[0] < 0.05:
        pytest.skip(f"batch too fast ({took[0]:.3f} s) to observe the GIL")
    assert longest < took[0] / 2, (longest, took[0])
