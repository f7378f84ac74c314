"""Issue 18: every failure of the library is a TrackingCoreError subclass.

The rule (docs/robustness.md): an argument of the wrong *type* raises TypeError, as Python
convention says. A value of the right type that the library cannot use raises a
TrackingCoreError subclass: a str holding a lone surrogate, an int beyond 64 bits, a model
file that cannot be read or written, an out-of-range option, a malformed record.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tracking_core as tc

NOW = "2024-06-01T00:00:00Z"
EVENT = {"time": "2024-05-30T09:00:00Z", "status": "in_transit"}


def test_wrong_types_stay_type_errors() -> None:
    with pytest.raises(TypeError):
        tc.identify(123)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tc.TransitModel().estimate({"id": "a", "events": []}, now=NOW, confidence="high")  # type: ignore[arg-type]


def test_lone_surrogates_in_records_are_invalid_input() -> None:
    with pytest.raises(tc.InvalidInputError) as e:
        tc.track({"id": "a\ud800", "events": [EVENT]}, now=NOW)
    assert "surrogate" in str(e.value)
    with pytest.raises(tc.InvalidInputError):
        tc.track({"id": "a", "events": [{**EVENT, "description": "\udfff"}]}, now=NOW)


def test_lone_surrogates_in_pasted_numbers_are_invalid_input() -> None:
    for call in (
        lambda: tc.identify("1Z999AA1\ud80001234567"),
        lambda: tc.validate("\udfff", "ups"),
        lambda: tc.find_in_text("ship \ud800 1Z999AA10123456784"),
    ):
        with pytest.raises(tc.InvalidInputError):
            call()
    assert tc.identify("1Z999AA10123456784")["candidates"]


def test_integers_beyond_64_bits_are_invalid_input() -> None:
    with pytest.raises(tc.InvalidInputError):
        tc.track({"id": "a", "events": [EVENT], "extra": 10**30}, now=NOW)


def test_unreadable_and_unwritable_model_files(tmp_path: Path) -> None:
    with pytest.raises(tc.InvalidInputError) as e:
        tc.TransitModel.load(tmp_path / "missing.json")
    assert "missing.json" in str(e.value)
    with pytest.raises(tc.InvalidInputError):
        tc.TransitModel().save(tmp_path / "no" / "such" / "dir" / "m.json")
    assert isinstance(e.value, tc.TrackingCoreError)


def test_confidence_is_checked_like_the_cli() -> None:
    model = tc.TransitModel()
    for bad in (2.0, 0.0, 1.0, -1.0, float("nan")):
        with pytest.raises(tc.InvalidInputError):
            model.estimate({"id": "a", "events": [EVENT]}, now=NOW, confidence=bad)


def test_bad_models_name_the_field() -> None:
    good = tc.TransitModel().to_json()
    assert tc.TransitModel.from_json(good).to_json() == good
    # The version as a string, whatever the current version number is.
    bad = re.sub(r'"version":(\d+)', r'"version":"\1"', good)
    assert bad != good
    with pytest.raises(tc.InvalidModelError) as e:
        tc.TransitModel.from_json(bad)
    assert "version" in str(e.value)


def test_strict_shapes_and_expired() -> None:
    for bad in ([], {}, {"id": ""}):
        with pytest.raises(tc.TrackingCoreError):
            tc.track(bad, now=NOW)  # type: ignore[arg-type]
    snap = tc.track({"id": "a", "events": [EVENT, {**EVENT, "status": "expired"}]}, now=NOW)
    assert len(snap.events) == 1
    assert snap.rejected[0]["error"]["kind"] == "derived_only_status"


def test_extreme_years_are_rejected_events() -> None:
    snap = tc.track({"id": "a", "events": [EVENT, {**EVENT, "time": "+262143-12-31T23:59:59Z"}]}, now=NOW)
    assert len(snap.events) == 1
    assert snap.rejected[0]["error"]["kind"] == "unparseable_time"
