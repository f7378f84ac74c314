"""Records a user builds by hand or from a DataFrame: a value of the wrong type names its
field, pandas' missing values read as missing, and the merchant's own message texts."""

from __future__ import annotations

import json

import pytest

import tracking_core as tc

NOW = "2024-04-27T00:00:00Z"
ARRIVED = {"description": "Arrived at facility", "time": "2024-04-25T10:00:00Z"}
DELIVERED = {"description": "Delivered", "time": "2024-04-26T14:02:00Z"}


def test_a_value_of_the_wrong_type_names_its_field() -> None:
    bad = {"id": "A1", "carrier": "ups", "events": [ARRIVED, {**DELIVERED, "code": 12}]}
    with pytest.raises(tc.InvalidJsonError) as e:
        tc.Tracker().track(bad, now=NOW)
    assert "in `events[1].code`: invalid type: integer `12`, expected a string" in str(e.value)
    # The same from JSON text, with the position.
    with pytest.raises(tc.InvalidJsonError) as e:
        tc.Tracker().track(json.dumps(bad), now=NOW)
    assert "in `events[1].code`" in str(e.value) and "column" in str(e.value)
    epoch = {"id": "A1", "events": [{"description": "Delivered", "time": 1714154520}]}
    with pytest.raises(tc.InvalidJsonError) as e:
        tc.Tracker().track(epoch, now=NOW)
    assert "in `events[0].time`" in str(e.value)
    # A batch returns the error, with the shipment's index and the field.
    out = tc.Tracker().track_batch([{"id": "A0", "events": []}, {"id": "A1", "destination": "NYC"}], now=NOW)
    err = out[1]
    assert isinstance(err, tc.InvalidJsonError) and err.index == 1
    assert "in `destination`: invalid type: string" in str(err)


def test_pandas_missing_values_read_as_missing() -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    df = pd.DataFrame(
        {
            "code": ["I", np.nan],  # an empty cell of a text column
            "description": ["Arrived at facility", "Delivered"],
            "time": pd.to_datetime(["2024-04-25T10:00:00Z", "2024-04-26T14:02:00Z"], utc=True),
        }
    )
    snap = tc.Tracker().track({"id": "A1", "carrier": "ups", "events": df.to_dict("records")}, now=NOW)
    assert snap.status == "delivered" and snap.rejected == []
    assert [e["code"] for e in snap.events] == ["I", None]
    # NaT, pandas' missing time, is a scan without a time: rejected as such.
    snap = tc.Tracker().track({"id": "A1", "events": [{"description": "Delivered", "time": pd.NaT}]}, now=NOW)
    assert snap.rejected[0]["error"]["kind"] == "missing_time"
    # Plain float NaN too (a numpy-free DataFrame export).
    snap = tc.Tracker().track({"id": "A1", "events": [{**DELIVERED, "code": float("nan")}]}, now=NOW)
    assert snap.status == "delivered"
    # Infinity is not a missing value: still refused.
    with pytest.raises(tc.InvalidInputError):
        tc.Tracker().track({"id": "A1", "events": [{**DELIVERED, "code": float("inf")}]}, now=NOW)


def test_the_merchants_own_message_texts() -> None:
    templates = [
        {"locale": "de", "key": "headline.delivered", "template": "{carrier} hat geliefert!"},
        {"locale": "en", "key": "headline.delivered", "template": "It is with you"},
    ]
    tracker = tc.Tracker(templates=templates)
    shipment = {"id": "A1", "carrier": "ups", "events": [DELIVERED]}
    assert tracker.track(shipment, now=NOW, locale="de-AT").message["headline"] == "UPS hat geliefert!"
    assert tracker.track(shipment, now=NOW, locale="en").message["headline"] == "It is with you"
    # Texts not overridden stay built in; the same list as JSON text works too.
    ofd = {"id": "A2", "carrier": "ups", "events": [{"description": "Out for delivery", "time": "2024-04-26T11:00:00Z"}]}
    tracker = tc.Tracker(templates=json.dumps(templates))
    assert tracker.track(ofd, now="2024-04-26T12:00:00Z").message["headline"] == "Your parcel is out for delivery today"
    # A typo fails when the tracker is built, not when a customer's message is rendered.
    with pytest.raises(tc.InvalidInputError) as e:
        tc.Tracker(templates=[{"locale": "en", "key": "headline.delivered", "template": "Hi {nme}"}])
    assert "{nme}" in str(e.value)
    with pytest.raises(tc.InvalidInputError):
        tc.Tracker(templates=[{"locale": "en", "key": "headline.nope", "template": "Hi"}])


def test_message_keys_and_placeholders_say_what_can_be_replaced() -> None:
    keys = tc.message_keys()
    assert "headline.delivered" in keys and len(keys) == len(set(keys)) > 20
    assert {"carrier", "tracking_number"} <= set(tc.message_placeholders("headline.delivered"))
    for key in keys:  # every listed key takes a template made of its own placeholders
        fields = " ".join("{" + p + "}" for p in tc.message_placeholders(key))
        tc.Tracker(templates=[{"locale": "en", "key": key, "template": "x " + fields}])
    with pytest.raises(tc.InvalidInputError):
        tc.message_placeholders("headline.nope")
