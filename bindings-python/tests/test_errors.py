"""Every core error kind maps to its own TrackingCoreError subclass, with fields; panics too."""

from __future__ import annotations

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
    assert err.kind == "UnknownStatus"
    assert err.code == "teleported"
    assert "teleported" in str(err)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is tc.UnknownStatusError
    assert again.code == "teleported" and again.kind == "UnknownStatus"


def test_status_mismatch_fields() -> None:
    with pytest.raises(tc.StatusMismatchError) as info:
        tc.is_terminal("delivered", "in_transit.customs")
    assert info.value.kind == "StatusMismatch"
    assert info.value.status == "delivered"
    assert info.value.substatus == "in_transit.customs"


def test_invalid_event_fields() -> None:
    with pytest.raises(tc.InvalidEventError) as info:
        tc.Normalizer().normalize_event({"carrier": "ups", "time": "2024-01-01T00:00:00Z"})
    assert info.value.reason == {"kind": "no_code_or_text"}


def test_invalid_json_fields() -> None:
    with pytest.raises(tc.InvalidJsonError) as info:
        tc.Shipment.from_dict('{"id": "A", "events": [')
    assert info.value.kind == "InvalidJson"
    assert info.value.line is None
    assert info.value.message


def test_invalid_time_for_naive_now() -> None:
    from datetime import datetime

    with pytest.raises(tc.InvalidTimeError) as info:
        tc.Shipment.from_dict({"id": "A"}, now=datetime(2024, 1, 1))
    assert info.value.kind == "InvalidTime"
    with pytest.raises(tc.InvalidTimeError):
        tc.Shipment.from_dict({"id": "A"}, now="2024-01-01 10:00")


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
    assert info.value.kind == "Internal"
    assert "deliberate panic" in info.value.message
    # The interpreter is still fine afterwards.
    assert tc.normalize("ups", None, "Delivered").status == "delivered"


def test_every_core_error_kind_has_its_class() -> None:
    """core/src/error.rs `Error::kind()` names every kind; each must have its own subclass
    (a kind added to the core without one would fall back to the root class)."""
    import re

    from conftest import REPO

    source = (REPO / "core" / "src" / "error.rs").read_text(encoding="utf-8")
    kinds = set(re.findall(r'Error::\w+ \{ \.\. \} => "(\w+)"', source))
    assert kinds, "no kinds found in core/src/error.rs"
    assert kinds == set(LEAVES), kinds ^ set(LEAVES)
