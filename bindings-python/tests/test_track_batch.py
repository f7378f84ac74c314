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
        {"id": "late-1", "carrier": "ups", "ordered_at": "the day before yesterday"},
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
        tc.Tracker().track(shipments[1], now=clock)


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
