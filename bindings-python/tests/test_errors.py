"""Every core error kind maps to its own TrackingCoreError subclass, with fields; panics too."""

from __future__ import annotations

import json
import pickle

import pytest

import tracking_core as tc
from tracking_core import exceptions

LEAVES = {
    "UnknownStatus": tc.UnknownStatusError,
    "StatusMismatch": tc.StatusMismatchError,
    "UnknownCarrier": tc.UnknownCarrierError,
    "UnknownCountry": tc.UnknownCountryError,
    "UnknownRegion": tc.UnknownRegionError,
    "InvalidTime": tc.InvalidTimeError,
    "InvalidEvent": tc.InvalidEventError,
    "InvalidJson": tc.InvalidJsonError,
    "InvalidInput": tc.InvalidInputError,
    "InvalidTrackingNumber": tc.InvalidTrackingNumberError,
    "InvalidModel": tc.InvalidModelError,
    "UnsupportedLocale": tc.UnsupportedLocaleError,
    "Internal": tc.InternalError,
}


def test_issubclass_tree() -> None:
    assert issubclass(tc.TrackingCoreError, Exception)
    assert not issubclass(tc.TrackingCoreError, (ValueError, RuntimeError))
    for kind, cls in LEAVES.items():
        assert issubclass(cls, tc.TrackingCoreError), kind
        assert cls.__name__ == f"{kind}Error"
        assert cls.__module__ == "tracking_core"
        assert getattr(exceptions, cls.__name__) is cls
    # Leaves are siblings: no kind catches another.
    for a in LEAVES.values():
        for b in LEAVES.values():
            assert issubclass(a, b) == (a is b)


def test_every_exported_exception_is_in_the_tree() -> None:
    exported = {n for n in exceptions.__all__}
    assert exported == {c.__name__ for c in LEAVES.values()} | {"TrackingCoreError"}


def test_unknown_status_fields_and_pickle() -> None:
    with pytest.raises(tc.UnknownStatusError) as info:
        tc.parse_status("teleported")
    err = info.value
    assert err.kind == "unknown_status"
    assert err.code == "teleported"
    assert "teleported" in str(err)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is tc.UnknownStatusError
    assert again.code == "teleported" and again.kind == "unknown_status"


def test_status_mismatch_fields() -> None:
    with pytest.raises(tc.StatusMismatchError) as info:
        tc.is_terminal("delivered", "in_transit.customs")
    assert info.value.kind == "status_mismatch"
    assert info.value.status == "delivered"
    assert info.value.substatus == "in_transit.customs"


def test_invalid_event_fields() -> None:
    with pytest.raises(tc.InvalidEventError) as info:
        tc.Normalizer().normalize_event({"carrier": "ups", "time": "2024-01-01T00:00:00Z"})
    assert info.value.reason == {"kind": "no_code_or_text"}


def test_normalize_without_code_or_text_is_an_invalid_event() -> None:
    # As normalize_event (and Node's normalizeEvent) refuse it: the core decides.
    for call in (
        lambda: tc.normalize("ups", None, None),
        lambda: tc.normalize("ups", "  ", ""),
        lambda: tc.Normalizer().normalize("ups"),
    ):
        with pytest.raises(tc.InvalidEventError) as info:
            call()
        assert info.value.reason == {"kind": "no_code_or_text"}
    assert tc.normalize("ups", "D", None).status == "delivered"


def test_invalid_json_fields() -> None:
    with pytest.raises(tc.InvalidJsonError) as info:
        tc.Shipment.from_dict('{"id": "A", "events": [')
    assert info.value.kind == "invalid_json"
    assert info.value.line is None
    assert info.value.message


def test_invalid_time_for_naive_now() -> None:
    from datetime import datetime

    with pytest.raises(tc.InvalidTimeError) as info:
        tc.Shipment.from_dict({"id": "A"}, now=datetime(2024, 1, 1))
    assert info.value.kind == "invalid_time"
    # Text without an offset follows the core's time policy: read as UTC. Scans may lie up
    # to 26 hours after the clock: 25.5 h passes, 26.5 h is rejected.
    events = [
        {"status": "in_transit", "description": "x", "time": "2024-01-02T11:30:00Z"},
        {"status": "in_transit", "description": "y", "time": "2024-01-02T12:30:00Z"},
    ]
    snap = tc.Shipment.from_dict({"id": "A", "events": events}, now="2024-01-01 10:00").snapshot()
    assert [r["error"]["kind"] for r in snap.rejected] == ["future_time"]
    assert snap.rejected[0]["event"]["description"] == "y"


def test_invalid_input_from_conversion() -> None:
    with pytest.raises(tc.InvalidInputError) as info:
        tc.Shipment.from_dict({"id": "A", "events": [{"description": object()}]})
    assert info.value.field == "value"
    with pytest.raises(tc.InvalidInputError) as info:
        tc.normalize_batch("ups", None, ["Delivered", 3])
    assert info.value.field == "description"


@pytest.mark.skipif(
    not hasattr(tc._tracking_core, "_debug_panic"),
    reason="release build without the `debug-exports` feature (scripts/test.sh builds debug)",
)
def test_panic_becomes_internal_error() -> None:
    with pytest.raises(tc.TrackingCoreError) as info:
        tc._tracking_core._debug_panic()
    assert type(info.value) is tc.InternalError
    assert info.value.kind == "internal"
    assert "deliberate panic" in info.value.message
    # The interpreter is still fine afterwards.
    assert tc.normalize("ups", None, "Delivered").status == "delivered"


def test_every_core_error_kind_has_its_class() -> None:
    """The core's one list of error kinds (`ErrorKind::ALL`, via `error_kinds()`): each kind
    has its own subclass, named after it (a kind added to the core without one would fall
    back to the root class)."""
    kinds = tc._tracking_core.error_kinds()
    assert kinds, "the core lists no error kinds"
    assert {name.removesuffix("Error") for _, name in kinds} == set(LEAVES)
    for code, name in kinds:
        assert getattr(tc, name) is LEAVES[name.removesuffix("Error")]
        assert code.islower() and " " not in code


def test_facade_call_and_its_error_records() -> None:
    import json

    out = json.loads(tc.call("identify", json.dumps({"number": "1Z999AA10123456784"})))
    assert out["candidates"][0]["carrier"] == "ups"
    with pytest.raises(tc.InvalidTrackingNumberError) as info:
        tc.call("validate", json.dumps({"number": "1Z999AA10123456785", "carrier": "ups"}))
    assert info.value.kind == "invalid_tracking_number"
    assert info.value.number == "1Z999AA10123456785"
    assert info.value.look_alike is None


def test_a_refused_look_alike_carries_its_class_and_the_reason_in_the_locale() -> None:
    # A placeholder of zeros for Nova Poshta (docs/tracking-numbers.md, look-alikes).
    with pytest.raises(tc.InvalidTrackingNumberError) as de:
        tc.validate("20000000000001", "nova_poshta", locale="de")
    assert de.value.look_alike == "padding"
    assert "Nullen" in de.value.reason
    with pytest.raises(tc.InvalidTrackingNumberError) as en:
        tc.validate("20000000000001", "nova_poshta")
    assert en.value.look_alike == "padding"
    assert en.value.reason != de.value.reason
    request = {"number": "20000000000001", "carrier": "nova_poshta", "locale": "de"}
    with pytest.raises(tc.InvalidTrackingNumberError) as facade:
        tc.call("validate", json.dumps(request))
    assert facade.value.look_alike == "padding"
    assert facade.value.reason == de.value.reason
    with pytest.raises(tc.InvalidInputError) as bad:
        tc.call("teleport", "{}")
    assert bad.value.field == "operation"


def test_validate_has_one_default_locale_and_reads_it_as_text() -> None:
    # The core decides the default (MessageCatalog::validate_number): the function without a
    # locale, with None, and the facade without one say the same English sentence.
    reasons = []
    for call in [
        lambda: tc.validate("20000000000001", "nova_poshta"),
        lambda: tc.validate("20000000000001", "nova_poshta", None),
        lambda: tc.validate("20000000000001", "nova_poshta", locale="en"),
        lambda: tc.call("validate", json.dumps({"number": "20000000000001", "carrier": "nova_poshta"})),
    ]:
        with pytest.raises(tc.InvalidTrackingNumberError) as info:
            call()
        reasons.append(info.value.reason)
    assert len(set(reasons)) == 1 and "zeros" in reasons[0]
    # The locale is a text argument like the others (a lone surrogate: test_robustness.py).
    with pytest.raises(TypeError):
        tc.validate("20000000000001", "nova_poshta", locale=5)  # type: ignore[arg-type]
