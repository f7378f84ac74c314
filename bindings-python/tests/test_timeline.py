"""Shipment / Snapshot end to end, and the notebook HTML."""

from __future__ import annotations

from datetime import datetime, timezone

import tracking_core as tc

NOW = datetime(2024, 5, 1, tzinfo=timezone.utc)
EVENTS = [
    {"description": "Shipment information received", "time": "2024-04-22T10:00:00Z", "id": "1"},
    {"description": "Departed facility", "time": "2024-04-23T10:00:00Z", "id": "2"},
    {"description": "Arrived at facility", "time": "2024-04-24T10:00:00Z", "id": "3"},
    {"description": "Out for delivery", "time": "2024-04-25T07:00:00Z", "id": "4"},
]


def test_ingest_is_idempotent_and_reports_counts() -> None:
    s = tc.Shipment("A1", carrier="ups", tracking_number="1Z999AA10123456784")
    first = s.ingest(EVENTS, now=NOW)
    assert (first["added"], first["duplicates"], first["rejected"]) == (4, 0, [])
    again = s.ingest(list(reversed(EVENTS)), now=NOW)
    assert (again["added"], again["duplicates"]) == (0, 4)
    assert len(s) == 4
    snap = s.snapshot()
    assert snap.status == "out_for_delivery"
    assert snap.milestone == "out_for_delivery"
    assert snap.progress == {"step": 5, "of": 6, "fraction": 0.8}
    times = [e["time"] for e in snap.events]
    assert times == sorted(times) and times[0].startswith("2024-04-22")
    assert s.carrier == "ups" and s.tracking_number == "1Z999AA10123456784" and s.id == "A1"


def test_bad_events_are_rejected_with_reasons() -> None:
    s = tc.Shipment("A2")
    report = s.ingest([{"description": "Delivered"}, {"time": "2024-04-25T07:00:00Z"}, {"description": "Delivered", "time": "yesterday-ish"}], now=NOW)
    kinds = sorted(r["error"]["kind"] for r in report["rejected"])
    assert kinds == ["missing_time", "no_code_or_text", "unparseable_time"]
    assert s.snapshot().status == "pending"
    assert len(s.snapshot().rejected) == 3


def test_shipment_dates_and_attributes() -> None:
    s = tc.Shipment.from_dict({"id": "A3", "events": EVENTS + [{"description": "Delivered", "time": "2024-04-25T15:00:00Z"}]}, now=NOW)
    snap = s.snapshot()
    assert snap.status == "delivered" and snap.terminal
    assert snap.delivered_at == datetime(2024, 4, 25, 15, tzinfo=timezone.utc) == s.delivered_at
    assert snap.shipped_at is not None and snap.since == snap.delivered_at
    assert snap.window is None and snap.health is None and snap.message is None
    assert "A3" in repr(snap) and "delivered" in repr(s)


def test_html_shows_status_stepper_and_escapes_user_text() -> None:
    hostile = '<script>alert("x")</script> & more'
    s = tc.Shipment.from_dict(
        {"id": "<b>id</b>", "events": [{"description": f"Out for delivery {hostile}", "time": "2024-04-25T07:00:00Z", "location": {"city": "<img src=x>"}}]},
        now=NOW,
    )
    html = s.snapshot()._repr_html_()
    assert "<script>" not in html and "<img" not in html and "<b>id</b>" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x&gt;" in html
    assert "out_for_delivery" in html
    assert html.count("<td style=") == 6  # the six-step stepper
    assert s._repr_html_() == html
