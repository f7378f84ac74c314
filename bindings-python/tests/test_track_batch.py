"""Tracker.track_batch: one answer per shipment, in input order; a bad shipment gets its typed
error in its place and never costs the others their snapshots."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

import tracking_core as tc

NOW = "2024-06-01T00:00:00Z"


def fixture_shipments(repo: Path) -> list[tuple[dict[str, Any], str, dict[str, Any]]]:
    """(input, its clock, expected) of each committed shipment fixture."""
    out = []
    for path in sorted((repo / "fixtures" / "shipments").glob("*.json")):
        case = json.loads(path.read_text())
        out.append((case["input"], case["now"], case["expected"]))
    return out


def test_each_shipment_matches_track_and_its_fixture(repo: Path) -> None:
    cases = fixture_shipments(repo)
    assert len(cases) >= 5
    tracker = tc.Tracker()
    # One `now` for the batch; each shipment's own `as_of` overrides it.
    batch = [dict(inp, as_of=clock) for inp, clock, _ in cases]
    out = tracker.track_batch(batch, now=NOW, locale="de")
    assert len(out) == len(cases)
    for snap, (inp, clock, expected) in zip(out, cases):
        assert isinstance(snap, tc.Snapshot), snap
        assert snap.id == inp["id"]
        assert snap.status == expected["status"]
        one = tracker.track(inp, now=clock, locale="de")
        assert snap.to_dict() == one.to_dict()


def test_bad_shipments_get_typed_errors_in_place(repo: Path) -> None:
    good, clock, expected = fixture_shipments(repo)[1]
    shipments: list[Any] = [
        good,
        {"id": "late-1", "carrier": "ups", "as_of": "the day before yesterday"},
        42,
        {"id": "x", "events": [{"description": "Delivered", "time": {1, 2}}]},
        '{"id": "as-text", "carrier": "ups"}',
        "{not json",
        {"id": "clock", "as_of": "someday"},
        {"id": "events", "events": "Delivered"},
        good,
    ]
    out = tc.Tracker().track_batch(shipments, now=clock)
    assert len(out) == len(shipments)
    kinds = [r.kind if isinstance(r, tc.TrackingCoreError) else r.status for r in out]
    assert kinds == [
        expected["status"],
        "invalid_time",
        "invalid_json",
        "invalid_input",
        "pending",
        "invalid_json",
        "invalid_time",
        "invalid_json",
        expected["status"],
    ]
    bad = out[1]
    assert isinstance(bad, tc.InvalidTimeError)
    assert bad.input == "the day before yesterday" and bad.index == 1
    assert [r.index for r in out if isinstance(r, tc.TrackingCoreError)] == [1, 2, 3, 5, 6, 7]
    # An error record can still be raised, as the one-shipment call would have.
    with pytest.raises(tc.InvalidTimeError):
        raise bad
    with pytest.raises(tc.InvalidTimeError):
        tc.call("track", json.dumps({"shipment": shipments[1], "now": clock}))


def test_arguments_of_the_whole_call_still_raise() -> None:
    tracker = tc.Tracker()
    assert tracker.track_batch([], now=NOW) == []
    with pytest.raises(tc.InvalidTimeError):
        tracker.track_batch([{"id": "A"}], now="yesterday")
    with pytest.raises(tc.InvalidInputError) as info:
        tracker.track_batch('[{"id": "A"}]', now=NOW)  # type: ignore[arg-type]
    assert info.value.field == "shipments"
    with pytest.raises(TypeError):
        tracker.track_batch(7, now=NOW)  # type: ignore[arg-type]


def test_a_generator_of_shipments_and_threads_share_one_tracker(repo: Path) -> None:
    cases = fixture_shipments(repo)
    tracker = tc.Tracker()
    expected = [s.to_dict() for s in tracker.track_batch((dict(i, as_of=c) for i, c, _ in cases))]
    results: list[list[dict[str, Any]]] = []

    def work() -> None:
        batch = tracker.track_batch([dict(i, as_of=c) for i, c, _ in cases] * 20)
        results.append([s.to_dict() for s in batch[: len(cases)]])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def scan_rows(repo: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    """The fixture shipments with a plain carrier, flattened to one row per scan (the shape
    of a CSV export), the same shipments as dicts, and one clock after every scan."""
    rows: list[dict[str, Any]] = []
    shipments: list[dict[str, Any]] = []
    for inp, _, _ in fixture_shipments(repo):
        events = [{k: e.get(k) for k in ("code", "description", "time")}
                  for e in inp.get("events", []) if isinstance(e.get("time"), str)]
        if not events:
            continue
        shipments.append({"id": inp["id"], "carrier": inp.get("carrier"), "events": events})
        for e in events:
            rows.append({"id": inp["id"], "carrier": inp.get("carrier"), "code": e.get("code"),
                         "description": e.get("description"), "time": e["time"]})
    return rows, shipments, NOW


def test_polars_track_frame_is_track_batch_per_shipment(repo: Path) -> None:
    pl = pytest.importorskip("polars")
    from tracking_core.batch import SNAPSHOT_COLUMNS
    from tracking_core.polars import track_frame

    rows, shipments, now = scan_rows(repo)
    assert len(shipments) >= 2
    bad = [{"id": "bad-1", "carrier": "ups", "code": None, "description": "Delivered", "time": "whenever"},
           {"id": None, "carrier": "ups", "code": None, "description": "Delivered", "time": "2024-05-01T10:00:00Z"}]
    df = pl.DataFrame(rows + bad, schema={"id": pl.String, "carrier": pl.String, "code": pl.String,
                                          "description": pl.String, "time": pl.String})
    out = track_frame(df, code="code", now=now, locale="de")
    with pytest.raises(KeyError, match="'when'"):
        track_frame(df, time="when", now=now)
    assert tuple(out.columns) == SNAPSHOT_COLUMNS
    assert out.height == len(shipments) + 2
    snaps = tc.Tracker().track_batch(shipments, now=now, locale="de")
    for row, snap in zip(out.head(len(shipments)).iter_rows(named=True), snaps):
        assert isinstance(snap, tc.Snapshot)
        assert (row["id"], row["status"], row["milestone"], row["terminal"]) == (
            snap.id, snap.status, snap.milestone, snap.terminal)
        assert row["last_event_at"] == snap.last_event_at
        assert row["headline"] == (snap.message or {}).get("headline")
        assert row["error_kind"] is None
    tail = out.tail(2).select("id", "status", "error_kind").rows()
    # A scan with a time nobody can read is rejected, not fatal; a scan without an id is
    # its own error row.
    assert tail[0][0] == "bad-1" and tail[0][2] is None
    assert tail[1] == (None, None, "invalid_json")
    # The dropped scan shows: counted, with its reason (an error row has neither).
    counts = out.select("id", "rejected", "rejected_reason").rows()
    assert counts[-2] == ("bad-1", 1, "unparseable_time")
    assert counts[-1] == (None, None, None)
    for (_, n, why), snap in zip(counts, snaps):
        assert isinstance(snap, tc.Snapshot)
        assert n == len(snap.rejected)
        assert why == (snap.rejected[0]["error"]["kind"] if snap.rejected else None)


def test_a_shipment_whose_only_scan_has_no_time_shows_the_dropped_scan() -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    from tracking_core.pandas import track_frame as pandas_frame
    from tracking_core.polars import track_frame as polars_frame

    rows = [
        {"id": "A", "carrier": "ups", "description": "Delivered", "time": None},
        {"id": "B", "carrier": "ups", "description": "Delivered", "time": "2024-05-01T10:00:00Z"},
    ]
    want = [("A", "pending", 1, "missing_time"), ("B", "delivered", 0, None)]
    polars = polars_frame(pl.DataFrame(rows, schema={c: pl.String for c in rows[0]}), now=NOW)
    assert polars.select("id", "status", "rejected", "rejected_reason").rows() == want
    assert polars.schema["rejected"] == pl.UInt32
    pandas = pandas_frame(pd.DataFrame(rows), now=NOW)
    got = [tuple(None if pd.isna(v) else v for v in row)
           for row in pandas[["id", "status", "rejected", "rejected_reason"]].itertuples(index=False)]
    assert got == want
    assert str(pandas["rejected"].dtype) == "Int64"


def test_pandas_track_frame_agrees_with_polars(repo: Path) -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    from tracking_core.pandas import track_frame as pandas_frame
    from tracking_core.polars import track_frame as polars_frame

    rows, _, now = scan_rows(repo)
    frame = pd.DataFrame(rows)
    frame.loc[0, "code"] = float("nan")  # a missing value as pandas writes it
    got = pandas_frame(frame, code="code", now=now)
    want = polars_frame(pl.DataFrame(rows), code="code", now=now)
    assert list(got["id"]) == want["id"].to_list()
    assert list(got["status"]) == want["status"].to_list()
    assert list(got["window_latest"]) == want["window_latest"].to_list()
    got_times = [None if pd.isna(t) else t.to_pydatetime() for t in got["last_event_at"]]
    assert got_times == want["last_event_at"].to_list()
    assert got["last_event_at"].notna().sum() >= 2


def test_both_track_frames_take_the_one_keyword_signature(repo: Path) -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    import inspect

    from tracking_core import pandas as tc_pandas
    from tracking_core import polars as tc_polars
    from tracking_core.batch import FrameOptions

    keywords = inspect.signature(FrameOptions).parameters
    assert list(keywords)[:3] == ["id", "carrier", "code"]
    for helper in (tc_pandas.track_frame, tc_polars.track_frame):
        params = list(inspect.signature(helper).parameters.values())
        # help() shows the frame, then every keyword with its default, not **kwargs.
        assert params[0].name == "df" and params[0].kind is inspect.Parameter.POSITIONAL_ONLY
        assert {p.name: (p.kind, p.default) for p in params[1:]} == {
            k: (p.kind, p.default) for k, p in keywords.items()}
        assert helper.__doc__ and "One row per shipment" in helper.__doc__
    rows, _, now = scan_rows(repo)
    # One carrier for every shipment when the frame has no such column; keywords only.
    scans = [{k: v for k, v in r.items() if k != "carrier"} for r in rows if r["carrier"] == "ups"]
    assert scans
    for frame, helper in ((pd.DataFrame(scans), tc_pandas.track_frame), (pl.DataFrame(scans), tc_polars.track_frame)):
        out = helper(frame, carrier="ups", code="code", now=now)
        assert list(out["error_kind"]) == [None] * len(out)
        with pytest.raises(TypeError):
            helper(frame, "id")
        with pytest.raises(TypeError):
            helper(frame, column="id")


def test_track_honours_the_shipments_own_as_of_as_track_batch_does(repo: Path) -> None:
    tracker = tc.Tracker()
    for inp, clock, _ in fixture_shipments(repo):
        dated = dict(inp, as_of=clock)
        want = tracker.track(inp, now=clock, locale="de").to_dict()
        # `now` a few years later is overridden by the shipment's own as_of, in every entry.
        assert tracker.track(dated, now="2030-01-01T00:00:00Z", locale="de").to_dict() == want
        assert tracker.track_batch([dated], now="2030-01-01T00:00:00Z", locale="de")[0].to_dict() == want
        assert tc.track(dated, now="2030-01-01T00:00:00Z", locale="de").to_dict() == want
    with pytest.raises(tc.InvalidTimeError):
        tracker.track({"id": "x", "as_of": "someday"})


def test_locale_none_is_the_default_locale_everywhere(repo: Path) -> None:
    inp, clock, _ = fixture_shipments(repo)[0]
    tracker = tc.Tracker()
    english = tracker.track(inp, now=clock).to_dict()
    assert tracker.track(inp, now=clock, locale=None).to_dict() == english
    assert tc.track(inp, now=clock, locale=None).to_dict() == english
    assert tracker.track_batch([inp], now=clock, locale=None)[0].to_dict() == english
    shipment = tc.Shipment.from_dict(inp, now=clock)
    assert tracker.snapshot(shipment, now=clock, locale=None).to_dict() == english
    order = tc.Order.from_dict({"id": "O1", "shipments": [inp]}, now=clock)
    assert order.snapshot(now=clock, locale=None) == order.snapshot(now=clock)
    from tracking_core.batch import snapshot_columns

    assert snapshot_columns([inp], clock, None)["headline"] == [english["message"]["headline"]]
    with pytest.raises(TypeError):
        tracker.track(inp, now=clock, locale=5)  # type: ignore[arg-type]
