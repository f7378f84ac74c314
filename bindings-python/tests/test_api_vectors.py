"""The facade's conformance vectors (fixtures/api/, format and matcher in fixtures/README.md),
run through ``tc.call``: every binding must give the answers the core's runner
(core/tests/api_vectors.rs) checks. Errors arrive as exceptions whose attributes carry the
error record."""

from __future__ import annotations

import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import tracking_core as tc

from conftest import FIXTURES

VECTORS = sorted((FIXTURES / "api").rglob("*.json"))


def _instant(s: str) -> datetime | None:
    if "T" not in s:
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


def matches(expected: Any, actual: Any, path: str = "") -> str | None:
    """The documented matcher: None when `actual` matches, else the first differing path."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{path}: expected an object, got {actual!r}"
        for k, v in expected.items():
            diff = matches(v, actual.get(k), f"{path}.{k}" if path else k)
            if diff:
                return diff
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return f"{path}: expected {len(expected)} elements, got {actual!r}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            diff = matches(e, a, f"{path}[{i}]")
            if diff:
                return diff
        return None
    if isinstance(expected, bool) or isinstance(actual, bool):
        return None if expected is actual else f"{path}: expected {expected!r}, got {actual!r}"
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return None if math.isclose(expected, actual, rel_tol=0, abs_tol=1e-9) else f"{path}: expected {expected}, got {actual}"
    if isinstance(expected, str) and isinstance(actual, str):
        e, a = _instant(expected), _instant(actual)
        if (e is not None and e == a) or expected == actual:
            return None
    if expected == actual:
        return None
    return f"{path}: expected {expected!r}, got {actual!r}"


def test_there_are_vectors_for_every_concept() -> None:
    concepts = {p.parent.name for p in VECTORS}
    assert {"normalize", "identify", "window", "health", "message", "notify", "order", "timeline"} <= concepts


@pytest.mark.parametrize("path", VECTORS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_vector(path: Path) -> None:
    v = json.loads(path.read_text(encoding="utf-8"))
    request = json.dumps(v["request"])
    if "error" in v:
        with pytest.raises(tc.TrackingCoreError) as info:
            tc.call(v["operation"], request)
        record = {k: val for k, val in vars(info.value).items()}
        assert matches(v["error"], record) is None, matches(v["error"], record)
    else:
        actual = json.loads(tc.call(v["operation"], request))
        diff = matches(v["expected"], actual)
        assert diff is None, diff


def test_the_matcher_follows_its_rules() -> None:
    assert matches({"a": 1}, {"a": 1.0, "b": 2}) is None
    assert matches({"a": None}, {}) is None
    assert matches({"a": 1}, {}) is not None
    assert matches([1, 2], [1, 2, 3]) is not None
    assert matches("2024-01-01T00:00:00Z", "2024-01-01T01:00:00+01:00") is None
    assert matches("2024-01-01", "2024-01-02") is not None
    assert matches({"r": [{"k": "x"}]}, {"r": [{"k": "y"}]}) == "r[0].k: expected 'x', got 'y'"


ORDER_VECTORS = [p for p in VECTORS if p.parent.name == "order"]


@pytest.mark.parametrize("path", ORDER_VECTORS, ids=lambda p: p.stem)
def test_order_vectors_through_the_order_api(path: Path) -> None:
    """``Order.snapshot`` answers what the facade's ``order`` does (headline, full parcels)."""
    v = json.loads(path.read_text(encoding="utf-8"))
    req = v["request"]
    order = tc.Order.from_dict(req["order"], now=req["now"])
    if "locale" in req:
        actual = order.snapshot(now=req["now"], locale=req["locale"])
    else:
        actual = order.snapshot(now=req["now"])
    diff = matches(v["expected"], actual)
    assert diff is None, diff
    assert actual == json.loads(tc.call("order", json.dumps(req)))
