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


BAD = "\ud800"
SHIP = {"id": "a", "events": [EVENT]}


def _every_str_argument(tmp_path: Path) -> list[tuple[str, object]]:
    """One call per `str` parameter of every entry point, that parameter holding a lone
    surrogate (records and columns are covered by the tests above)."""
    model = tc.TransitModel()
    normalizer = tc.Normalizer()
    tracker = tc.Tracker()
    place = ("US", "NY")
    return [
        ("call operation", lambda: tc.call(BAD, "{}")),
        ("call request", lambda: tc.call("identify", BAD)),
        ("parse_status", lambda: tc.parse_status(BAD)),
        ("is_terminal status", lambda: tc.is_terminal(BAD)),
        ("is_terminal substatus", lambda: tc.is_terminal("delivered", BAD)),
        ("normalize carrier", lambda: tc.normalize(BAD, "D", "Delivered")),
        ("normalize code", lambda: tc.normalize("ups", BAD)),
        ("normalize description", lambda: tc.normalize("ups", None, BAD)),
        ("normalize language", lambda: tc.normalize("ups", None, "Delivered", BAD)),
        ("Normalizer.normalize carrier", lambda: normalizer.normalize(BAD)),
        ("Normalizer.normalize code", lambda: normalizer.normalize("ups", BAD)),
        ("Normalizer.normalize description", lambda: normalizer.normalize("ups", None, BAD)),
        ("Normalizer.normalize language", lambda: normalizer.normalize("ups", "D", None, BAD)),
        (
            "Normalizer.normalize_event default_carrier",
            lambda: normalizer.normalize_event({"description": "Delivered"}, BAD),
        ),
        ("Shipment id", lambda: tc.Shipment(BAD)),
        ("Shipment carrier", lambda: tc.Shipment("a", BAD)),
        ("Shipment tracking_number", lambda: tc.Shipment("a", None, BAD)),
        ("identify carriers", lambda: tc.identify("1Z999AA10123456784", [BAD])),
        ("identify country", lambda: tc.identify("1Z999AA10123456784", None, BAD)),
        ("validate carrier", lambda: tc.validate("1Z999AA10123456784", BAD)),
        ("validate locale", lambda: tc.validate("1Z999AA10123456784", "ups", BAD)),
        ("TransitModel.from_json", lambda: tc.TransitModel.from_json(BAD)),
        ("TransitModel.load", lambda: tc.TransitModel.load(str(tmp_path / BAD))),
        ("TransitModel.save", lambda: model.save(str(tmp_path / BAD))),
        ("promise carrier", lambda: model.promise(BAD, None, place, place, NOW)),
        ("promise service", lambda: model.promise("ups", BAD, place, place, NOW)),
        ("promise origin", lambda: model.promise("ups", None, (BAD, None), place, NOW)),
        ("promise destination", lambda: model.promise("ups", None, place, ("US", BAD), NOW)),
        ("backtest mode", lambda: tc.backtest([], NOW, mode=BAD)),
        ("rolling_origin mode", lambda: tc.rolling_origin([], mode=BAD)),
        ("track locale", lambda: tc.track(SHIP, now=NOW, locale=BAD)),
        ("Tracker.track locale", lambda: tracker.track(SHIP, now=NOW, locale=BAD)),
        ("Tracker.snapshot locale", lambda: tracker.snapshot(SHIP, now=NOW, locale=BAD)),
        ("digest shipment id", lambda: tc.digest([(BAD, {})])),
        ("Calendar country", lambda: tc.Calendar(BAD)),
        ("Calendar region", lambda: tc.Calendar("US", BAD)),
        ("Calendar day", lambda: tc.Calendar("US").is_business_day(BAD)),
        ("now", lambda: tc.track(SHIP, now=BAD)),
        ("normalize_batch column", lambda: tc.normalize_batch("ups", [BAD], None)),
        ("identify_batch column", lambda: tc.identify_batch([BAD])),
    ]


def test_lone_surrogates_in_every_str_argument_are_invalid_input(tmp_path: Path) -> None:
    for name, call in _every_str_argument(tmp_path):
        with pytest.raises(tc.InvalidInputError) as e:
            call()  # type: ignore[operator]
        assert "surrogate" in str(e.value), name


def test_str_arguments_of_the_wrong_type_stay_type_errors(tmp_path: Path) -> None:
    for call in (
        lambda: tc.normalize(1),  # type: ignore[arg-type]
        lambda: tc.Calendar(b"US"),  # type: ignore[arg-type]
        lambda: tc.identify("1Z999AA10123456784", "ups"),  # a str is not a list of carriers
        lambda: tc.track(SHIP, now=NOW, locale=5),  # type: ignore[arg-type]
        lambda: tc.TransitModel.load(12),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError):
            call()
    # Paths still take str and os.PathLike.
    tc.TransitModel().save(tmp_path / "m.json")
    assert tc.TransitModel.load(str(tmp_path / "m.json")).deliveries == 0
