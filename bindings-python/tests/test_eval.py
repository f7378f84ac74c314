"""Backtests from Python (core `eval`): the same scores the CLI's `backtest` prints."""

from __future__ import annotations

import datetime as dt

import pytest

import tracking_core as tc

UTC = dt.timezone.utc


def orders(n: int = 400) -> list[dict[str, object]]:
    """Two orders a day from 2024-01-01 on one lane, 3-6 days to deliver, a 20-day promise."""
    out = []
    start = dt.datetime(2024, 1, 1, 10, tzinfo=UTC)
    for i in range(n):
        ordered = start + dt.timedelta(hours=12 * i)
        out.append({
            "id": f"o{i}",
            "origin": {"country": "BR", "region": "SP"}, "destination": {"country": "BR", "region": "RJ"},
            "ordered_at": ordered, "shipped_at": ordered + dt.timedelta(days=1),
            "delivered_at": ordered + dt.timedelta(days=3 + i % 4),
            "promised_by": (ordered + dt.timedelta(days=20)).date(),
        })
    return out


def test_backtest_scores_model_and_baselines() -> None:
    r = tc.backtest(orders(), "2024-05-01T00:00:00Z", mode="in_flight", online=True, now="2025-01-01T00:00:00Z")
    model, shop = r["overall"]["model"], r["overall"]["shop_promise"]
    assert r["mode"] == "in_flight" and r["online"] is True
    assert model["n"] == r["questions"] > 50
    assert model["coverage"] >= 0.85
    # A window far narrower than the 20-day promise that still holds: a better interval score.
    assert model["interval_score"] < shop["interval_score"]
    assert sum(m["model"]["n"] for m in r["by_month"].values()) == model["n"]


def test_rolling_origin_splits_every_month() -> None:
    r = tc.rolling_origin(orders(), min_train=100, now="2025-01-01T00:00:00Z")
    assert len(r["splits"]) >= 3
    assert r["model"]["splits"] == len(r["splits"])
    assert r["model"]["min_coverage"] <= r["model"]["coverage"] <= r["model"]["max_coverage"]


def test_rolling_origin_reports_held_out_months_apart() -> None:
    r = tc.rolling_origin(orders(), min_train=100, now="2025-01-01T00:00:00Z")
    assert "held_out" not in r and "selection" not in r
    splits = [s["split_at"] for s in r["splits"]]
    cut = splits[len(splits) // 2]
    h = tc.rolling_origin(orders(), min_train=100, now="2025-01-01T00:00:00Z", hold_out_from=cut)
    before = sum(1 for s in splits if s < cut)
    assert h["selection"]["model"]["splits"] == before >= 1
    assert h["held_out"]["model"]["splits"] == len(splits) - before >= 1
    # The same months, only grouped: the means over all of them do not move.
    assert h["model"] == r["model"]
    with pytest.raises(tc.InvalidTimeError):
        tc.rolling_origin(orders(), min_train=100, hold_out_from="not a time")


def test_bad_mode_is_a_typed_error() -> None:
    with pytest.raises(tc.InvalidInputError):
        tc.backtest(orders(10), "2024-01-02T00:00:00Z", mode="sideways")
    with pytest.raises(tc.InvalidTimeError):
        tc.backtest(orders(10), "not a time")
