"""The conversion seam: dicts/JSON shapes and Python time types, both ways."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import tracking_core as tc

NOW = datetime(2024, 5, 1, tzinfo=timezone.utc)


def test_aware_datetime_in_event_keeps_its_offset() -> None:
    t = datetime(2024, 4, 26, 14, 5, tzinfo=ZoneInfo("America/Los_Angeles"))
    s = tc.Shipment.from_dict({"id": "A", "carrier": "ups", "events": [{"description": "Delivered", "time": t}]}, now=NOW)
    snap = s.snapshot()
    assert snap.last_event_at == t
    assert snap.last_event_at is not None and snap.last_event_at.tzinfo is not None
    assert snap.events[0]["time"].endswith("-07:00")


def test_naive_datetime_is_local_wall_clock_of_the_scan_place() -> None:
    naive = datetime(2024, 4, 26, 9, 0)
    s = tc.Shipment.from_dict(
        {
            "id": "A",
            "events": [
                {"description": "Delivered", "time": naive, "location": {"city": "Berlin", "country": "DE"}}
            ],
        },
        now=NOW,
    )
    # 09:00 in Berlin (CEST, +02:00) is 07:00 UTC.
    assert s.snapshot().last_event_at == datetime(2024, 4, 26, 7, 0, tzinfo=timezone.utc)


def test_now_accepts_aware_datetime_zoneinfo_and_text() -> None:
    event = {"description": "Delivered", "time": "2024-04-30T23:00:00Z"}
    early = datetime(2024, 4, 29, tzinfo=ZoneInfo("Europe/Berlin"))
    late = "2024-05-01T00:00:00+02:00"
    rejected = tc.Shipment.from_dict({"id": "A", "events": [event]}, now=early).snapshot().rejected
    assert [r["error"]["kind"] for r in rejected] == ["future_time"]
    accepted = tc.Shipment.from_dict({"id": "A", "events": [event]}, now=late)
    assert len(accepted) == 1


def test_dates_and_json_text_inputs() -> None:
    data = {"id": "A", "promised_by": date(2024, 5, 3), "ordered_at": NOW - timedelta(days=3), "events": []}
    from_dict = tc.Shipment.from_dict(data, now=NOW).to_dict()
    text = json.dumps({**data, "promised_by": "2024-05-03", "ordered_at": "2024-04-28T00:00:00+00:00"})
    from_text = tc.Shipment.from_dict(text, now=NOW).to_dict()
    assert from_dict == from_text
    assert from_dict["promised_by"] == "2024-05-03"


def test_json_shape_round_trips_through_python_objects() -> None:
    snap = tc.Shipment.from_dict(
        {"id": "A", "carrier": "ups", "events": [{"description": "Out for delivery", "time": "2024-04-26T08:00:00Z", "id": "e1"}]},
        now=NOW,
    ).snapshot()
    assert snap.to_dict() == json.loads(snap.to_json())
    d = snap.to_dict()
    assert d["status"] == snap.status == "out_for_delivery"
    assert d["progress"] == snap.progress
    assert isinstance(d["progress"]["fraction"], float)
    assert d["events"][0]["affects_state"] is True


def test_normalized_to_dict_and_equality() -> None:
    a = tc.normalize("ups", None, "Delivered")
    b = tc.Normalizer().normalize("ups", description="Delivered")
    assert a == b
    assert a.to_dict()["status"] == "delivered"
    assert set(a.to_dict()) >= {"status", "substatus", "confidence", "rule"}
