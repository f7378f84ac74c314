"""The exception hierarchy of tracking_core.

Every error raised by the library is a :class:`TrackingCoreError`; each core error kind has
one subclass carrying the kind's fields as attributes, and every instance has ``.kind`` (the
stable snake_case code of the core's error kind, e.g. ``"unknown_carrier"``).

>>> import tracking_core as tc
>>> try:
...     tc.parse_status("teleported")
... except tc.UnknownStatusError as e:
...     print(e.kind, e.code)
unknown_status teleported
"""

from tracking_core._tracking_core import (
    InternalError,
    InvalidEventError,
    InvalidInputError,
    InvalidJsonError,
    InvalidModelError,
    InvalidTimeError,
    InvalidTrackingNumberError,
    StatusMismatchError,
    TrackingCoreError,
    UnknownCarrierError,
    UnknownCountryError,
    UnknownRegionError,
    UnknownStatusError,
    UnsupportedLocaleError,
)

__all__ = [
    "InternalError",
    "InvalidEventError",
    "InvalidInputError",
    "InvalidJsonError",
    "InvalidModelError",
    "InvalidTimeError",
    "InvalidTrackingNumberError",
    "StatusMismatchError",
    "TrackingCoreError",
    "UnknownCarrierError",
    "UnknownCountryError",
    "UnknownRegionError",
    "UnknownStatusError",
    "UnsupportedLocaleError",
]
