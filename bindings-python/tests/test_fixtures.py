"""The shared conformance vectors of fixtures/ (see fixtures/README.md): the Python binding
must give the same answers as the Rust core's runner (core/tests/conformance.rs)."""

from __future__ import annotations

import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import tracking_core as tc

from conftest import FIXTURES

SHIPMENTS = sorted((FIXTURES / "shipments").glob("*.json"))
ORDERS = sorted((FIXTURES / "orders").glob("*.json"))
INSTANTS = {"since", "shipped_at", "delivered_at", "last_event_at"}


def same(expected: Any, actual: Any) -> bool:
    """Expected keys must match (extra actual keys ignored inside objects); numbers within
    1e-9; arrays element by element."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and same(v, actual[k]) for k, v in expected.items())
    if isinstance(expected, list):
        return isinstance(actual, list) and len(expected) == len(actual) and all(map(same, expected, actual))
    if isinstance(expected, float) or isinstance(actual, float):
        return isinstance(actual, (int, float)) and math.isclose(expected, actual, abs_tol=1e-9)
    return bool(expected == actual)


def instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_fixtures_exist() -> None:
    assert SHIPMENTS and ORDERS, "fixtures/ vectors are missing"


@pytest.mark.parametrize("path", SHIPMENTS, ids=lambda p: p.stem)
def test_shipment_vector(path: Path) -> None:
    vector = json.loads(path.read_text(encoding="utf-8"))
    snap = tc.Shipment.from_dict(vector["input"], now=vector["now"]).snapshot()
    actual = snap.to_dict()
    for key, want in vector["expected"].items():
        if key in {"status", "substatus", "milestone", "direction", "terminal", "progress"}:
            assert same(want, actual[key]), key
        elif key in INSTANTS:
            assert getattr(snap, key) == instant(want), key
        elif key == "events":
            assert len(snap.events) == want
        elif key == "rejected":
            assert len(snap.rejected) == want
        elif key == "rejected_kinds":
            assert sorted(r["error"]["kind"] for r in snap.rejected) == want
        else:
            pytest.fail(f"unknown expected key {key!r} in {path.name}")


@pytest.mark.parametrize("path", ORDERS, ids=lambda p: p.stem)
def test_order_vector(path: Path) -> None:
    vector = json.loads(path.read_text(encoding="utf-8"))
    snap = tc.Order.from_dict(vector["input"], now=vector["now"]).snapshot(now=vector["now"])
    for key, want in vector["expected"].items():
        if key == "shipments":
            assert {s["id"]: s["status"] for s in snap["shipments"]} == want
        else:
            assert key in snap, f"unknown expected key {key!r} in {path.name}"
            assert same(want, snap[key]), key
