"""The rest of the surface: tracking numbers, transit model, full snapshots, analytics,
notifications, calendars. One seam check each (the behaviour itself is tested in core/)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pytest

import tracking_core as tc

NOW = "2024-06-01T00:00:00Z"


def test_identify_and_validate() -> None:
    found = tc.identify("1z 879 e93 03 4683 444 0")
    assert found["normalized"] == "1Z879E930346834440"
    assert found["candidates"][0]["carrier"] == "ups" and found["candidates"][0]["check_digit_verified"]
    assert tc.validate("1Z879E930346834440", "ups")["format"] == "ups"
    with pytest.raises(tc.InvalidTrackingNumberError) as info:
        tc.validate("1Z879E930346834443", "ups")
    assert (info.value.number, info.value.carrier) == ("1Z879E930346834443", "ups")
    assert "check digit" in info.value.reason
    with pytest.raises(tc.UnknownCarrierError) as unknown:
        tc.validate("1Z879E930346834440", "teleport-express")
    assert unknown.value.carrier == "teleport-express"
    assert [f["number"] for f in tc.find_in_text("UPS 1Z879E930346834440, call 555-123-4567.")] == ["1Z879E930346834440"]


def test_identify_batch_agrees_with_identify() -> None:
    numbers = ["1Z879E930346834440", "RB 123 456 785 GB", "287809468872", "hello", None]
    res = tc.identify_batch(pa.array(numbers))
    rows = res.to_pylist()
    for number, row in zip(numbers, rows):
        if number is None:
            assert row["carrier"] is None and row["normalized"] is None
            continue
        one = tc.identify(number)
        best = one["candidates"][0] if one["candidates"] else None
        assert row["normalized"] == one["normalized"]
        assert row["carrier"] == (best and best["carrier"])
        assert row["ambiguous"] == one["ambiguous"]
        assert row["candidates"] == len(one["candidates"])


def history(n: int = 60) -> list[dict[str, object]]:
    out = []
    for i in range(n):
        shipped = dt.datetime(2024, 3, 4, 10, tzinfo=dt.timezone.utc) + dt.timedelta(days=i % 20)
        out.append({
            "id": f"h{i}", "carrier": "ups", "service": "ground",
            "origin": {"country": "US", "region": "CA"}, "destination": {"country": "US", "region": "NY"},
            "ordered_at": shipped - dt.timedelta(hours=20), "shipped_at": shipped,
            "delivered_at": shipped + dt.timedelta(days=3 + i % 3, hours=5),
        })
    return out


def test_transit_model_learn_estimate_save_load(tmp_path: Path) -> None:
    model = tc.TransitModel.learn(history(), now=NOW)
    assert model.deliveries == 60 and model.levels > 0
    open_shipment = {"id": "o1", "carrier": "ups", "service": "ground",
                     "origin": {"country": "US", "region": "CA"}, "destination": {"country": "US", "region": "NY"},
                     "shipped_at": "2024-05-27T10:00:00Z", "events": []}
    window = model.estimate(open_shipment, now="2024-05-28T00:00:00Z")
    assert window is not None and window["source"] == "model"
    assert window["earliest"] <= window["most_likely"] <= window["latest"]
    path = tmp_path / "model.json"
    model.save(path)
    again = tc.TransitModel.load(path)
    assert again.to_json() == model.to_json()
    assert again.estimate(open_shipment, now="2024-05-28T00:00:00Z") == window
    assert model.observe(history(1)[0], now=NOW) and not model.observe({"id": "x"}, now=NOW)
    promise = model.promise("ups", "ground", ("US", "CA"), ("US", "NY"), "2024-05-27T10:00:00Z")
    assert promise["earliest"] >= "2024-05-27"
    with pytest.raises(tc.InvalidModelError):
        tc.TransitModel.from_json('{"version": 999}')


def test_tracker_full_snapshot_and_notifications() -> None:
    tracker = tc.Tracker(tc.TransitModel.learn(history(), now=NOW))
    base = {"id": "A1", "carrier": "ups", "events": [
        {"status": "in_transit", "description": "Departed facility", "time": "2024-03-25T20:00:00+01:00"}]}
    before = tracker.track(base, now="2024-03-26T06:00:00Z", locale="de")
    after_events = base["events"] + [{"status": "out_for_delivery", "description": "Out for delivery", "time": "2024-03-26T07:10:00+01:00"}]
    after = tracker.track({**base, "events": after_events}, now="2024-03-26T08:00:00Z", locale="de")
    assert after.message is not None and after.message["headline"] == "Ihr Paket wird heute zugestellt"
    assert after.health is not None and after.health["verdict"] == "on_track"
    assert tc.track({**base, "events": after_events}, now="2024-03-26T08:00:00Z", locale="de").message == tc.Tracker().track({**base, "events": after_events}, now="2024-03-26T08:00:00Z", locale="de").message
    sent = tc.decide(before, after, now="2024-03-26T08:00:00Z")
    assert [n["kind"] for n in sent] == ["out_for_delivery"]
    assert tc.decide(after, after, now="2024-03-26T08:00:00Z") == []
    assert "enabled" in tc.default_policy()
    shipment = tc.Shipment.from_dict({**base, "events": after_events}, now="2024-03-26T08:00:00Z")
    assert tracker.snapshot(shipment, now="2024-03-26T08:00:00Z", locale="de").to_dict() == after.to_dict()
    dwell = tc.learn_dwell([shipment], now=NOW)
    assert json.loads(json.dumps(dwell)) == dwell
    assert tc.Tracker(dwell=dwell).track(base, now="2024-03-26T06:00:00Z").health is not None


def test_report() -> None:
    rep = tc.report(history(), now=NOW)
    assert json.dumps(rep)
    text = json.dumps(rep)
    assert "ups" in text


def test_calendar() -> None:
    us = tc.Calendar("US")
    assert not us.is_business_day(dt.date(2024, 7, 4))
    assert us.is_holiday("2024-07-04") is not None
    assert us.next_business_day(dt.date(2024, 7, 3)) == dt.date(2024, 7, 5)
    assert us.add_business_days(dt.datetime(2024, 7, 3, 12, 0), 1) == dt.date(2024, 7, 5)
    assert us.business_days_between(dt.date(2024, 7, 1), dt.date(2024, 7, 8)) >= 4
    assert any(h["date"] == "2024-12-25" for h in us.holidays(2024))
    assert us.country == "US" and "America/" in us.timezone
    with pytest.raises(tc.UnknownCountryError) as info:
        tc.Calendar("XX")
    assert info.value.country == "XX"
    with pytest.raises(tc.UnknownRegionError):
        tc.Calendar("DE", "ZZ")


def test_identify_dicts_match_the_json_shape() -> None:
    """`identify` and `validate` build their dicts directly (not through JSON text): the same
    keys, in the same order, with the same values as the facade's JSON."""
    import json

    numbers = [
        "1Z999AA10123456784",  # UPS, check digit verified
        "RR123456785GB",  # S10: operator and details
        "9400 1000 0000 0000 0000 00",  # USPS routing
        "123456789012",  # ambiguous digits
        "not a number",  # no candidate
    ]
    for number in numbers:
        direct = tc.identify(number)
        via_json = json.loads(tc.call("identify", json.dumps({"number": number})))
        assert direct == via_json, number
        assert json.dumps(direct.to_dict()) == json.dumps(via_json), number
        # The mapping view reads the same keys, in the same order, with the same values.
        assert list(direct) == list(via_json), number
        assert dict(direct)["normalized"] == via_json["normalized"]
        for c, expected in zip(direct["candidates"], via_json["candidates"], strict=True):
            assert list(c.keys()) == list(expected), number
            assert {k: c[k] for k in c} == expected, number
            assert c == expected and c.to_dict() == expected
    valid = tc.validate("1Z999AA10123456784", "ups")
    via_json = json.loads(
        tc.call("validate", json.dumps({"number": "1Z999AA10123456784", "carrier": "ups"}))
    )
    assert json.dumps(valid.to_dict()) == json.dumps(via_json)


def test_identify_result_reads_as_attributes_and_as_a_mapping() -> None:
    found = tc.identify("RR123456785GB")
    assert isinstance(found, tc.Identification)
    best = found.candidates[0]
    assert isinstance(best, tc.Candidate)
    # Attribute and mapping access agree.
    assert (best.carrier, best.format, best.operator) == (best["carrier"], best["format"], best["operator"])
    assert best.details == best["details"] and best.details["country_code"] == "GB"
    assert found.normalized == found["normalized"] == "RR123456785GB"
    assert found.ambiguous is found["ambiguous"]
    # A read-only mapping: unknown keys raise KeyError, `get` falls back, `in` tests keys.
    with pytest.raises(KeyError):
        found["nope"]
    assert found.get("nope", 7) == 7 and found.get(3) is None
    assert "candidates" in found and "nope" not in found and len(found) == 4
    with pytest.raises(AttributeError):
        found.normalized = "x"  # type: ignore[misc]
    # `operator` is absent (not None) when unknown, as in the JSON shape.
    ups = tc.identify("1Z999AA10123456784").candidates[0]
    assert ups.operator is None and "operator" not in ups and ups.get("operator") is None
    with pytest.raises(KeyError):
        ups["operator"]
    assert repr(ups).startswith("Candidate({'carrier': 'ups'")
    # The candidates are made once: each read is a new list of the same objects.
    first, second = found.candidates, found["candidates"]
    assert first is not second and first == second
    assert all(a is b for a, b in zip(first, second, strict=True))
    # Carrier slugs are shared strings: reading them twice gives the same object.
    assert ups.carrier is tc.identify("1Z999AA10123456784").candidates[0].carrier


def test_identify_many_is_identify_per_number() -> None:
    numbers = ["1Z999AA10123456784", "RR123456785GB", "not a number", ""]
    assert tc.identify_many(numbers) == [tc.identify(n) for n in numbers]
    assert tc.identify_many(iter(numbers[:1]))[0].candidates[0].carrier == "ups"
    assert tc.identify_many([]) == []
    with pytest.raises(TypeError):
        tc.identify_many("1Z999AA10123456784")  # a str is not a list of numbers
    with pytest.raises(TypeError):
        tc.identify_many(["1Z999AA10123456784", 7])  # type: ignore[list-item]
    with pytest.raises(tc.InvalidInputError):
        tc.identify_many(["1Z999AA1\ud80001234567"])
    # `numbers` is required: None is a wrong type, not an empty list.
    with pytest.raises(TypeError):
        tc.identify_many(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tc.identify_many()  # type: ignore[call-arg]


def test_identify_results_go_to_json_through_to_dict() -> None:
    """The documented rule: results are light objects, `json.dumps` takes their `to_dict()`
    (as for snapshots), and nested values there are plain dicts and lists."""
    import json

    found = tc.identify("RR123456785GB")
    with pytest.raises(TypeError):
        json.dumps(found)
    plain = found.to_dict()
    assert type(plain) is dict and type(plain["candidates"]) is list
    assert all(type(c) is dict for c in plain["candidates"])
    assert json.loads(json.dumps(plain)) == found
    best = found.candidates[0]
    assert json.loads(json.dumps(best.to_dict())) == best
    assert json.loads(json.dumps([r.to_dict() for r in tc.identify_many(["RR123456785GB"])])) == [found]


def test_tracker_notes_orders_once_and_a_surge_widens_the_window() -> None:
    # Ten weeks of five orders a day, each delivered in 4-7 days, learned; then the shop's
    # backend notes every order of those weeks and a week of twelve a day (2.4x the usual).
    start = dt.datetime(2017, 8, 7, 12, tzinfo=dt.timezone.utc)
    lane = {"carrier": "correios", "origin": {"country": "BR", "region": "SP"},
            "destination": {"country": "BR", "region": "RJ"}}
    placed = [start + dt.timedelta(hours=24 * (i // 5) + i % 5) for i in range(350)]
    past = [{"id": f"p{i}", **lane, "ordered_at": t, "shipped_at": t + dt.timedelta(hours=20),
             "delivered_at": t + dt.timedelta(days=4 + i % 4)} for i, t in enumerate(placed)]
    tracker = tc.Tracker(tc.TransitModel.learn(past, now=NOW))
    week = start + dt.timedelta(days=70)
    now = week + dt.timedelta(days=7, hours=2)
    orders = [{"id": f"p{i}", "carrier": "Correios", "placed_at": t} for i, t in enumerate(placed)]
    orders += [{"id": f"s{d}-{k}", "carrier": "correios", "placed_at": week + dt.timedelta(days=d, minutes=k)}
               for d in range(7) for k in range(12)]
    out = tracker.note_orders(iter(orders), now=now)
    assert out["counted"] == 434 and out["results"][0] == {"result": "counted"}
    again = tracker.note_orders(orders, now=now)
    assert again["counted"] == 0 and {r["result"] for r in again["results"]} == {"duplicate"}
    bad = tracker.note_orders([{"id": "", "placed_at": now}, {"id": "late", "placed_at": now + dt.timedelta(days=3)}], now=now)
    assert [r["error"]["kind"] for r in bad["results"]] == ["invalid_input", "invalid_input"]
    assert bad["results"][1]["error"]["field"] == "orders[1].placed_at"
    shipment = {"id": "N1", **lane, "ordered_at": now}
    snap = tracker.track(shipment, now=now, locale="en")
    assert snap.window is not None and snap.window["surge"] == {"ratio": 2.4, "factor": 1.5}
    assert "busy time" in snap.message["next"]
    plain = tc.Tracker(tc.TransitModel.learn(past, now=NOW)).track(shipment, now=now)
    assert plain.window is not None and "surge" not in plain.window
    assert plain.window["latest"] < snap.window["latest"]
    # The noted orders are saved with the model: a tracker built from it still dedupes.
    saved = tc.Tracker(tracker.transit_model())
    assert saved.note_orders(orders[:3], now=now)["counted"] == 0
    assert saved.track(shipment, now=now).window["surge"] == {"ratio": 2.4, "factor": 1.5}
