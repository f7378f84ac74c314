"""tracking_core: offline, explainable order tracking (Python bindings of the Rust core).

Raw carrier scans in; canonical status, milestones and progress, delivery windows, health,
customer messages, notification decisions and analytics out. Nothing here calls the network.

Conventions at the edges:

* statuses, sub-statuses, milestones, verdicts are plain ``str`` codes of the taxonomy
  (``"in_transit"``, ``"in_transit.customs"``), typed as ``Literal`` in the stubs;
* times in: aware ``datetime`` (or RFC 3339 text) for instants; inside event dicts a naive
  ``datetime`` is local wall-clock, resolved in the scan's / carrier's zone; ``date`` for days;
* times out: aware UTC ``datetime`` attributes; ``to_dict()`` gives the JSON shapes of
  docs/shapes.md (ISO text), the same the CLI prints;
* errors: every exception is a :class:`TrackingCoreError`.

>>> import tracking_core as tc
>>> tc.normalize("ups", None, "Delivered").status
'delivered'
"""

from tracking_core import exceptions
from tracking_core._tracking_core import (
    Calendar,
    Candidate,
    Identification,
    Normalized,
    Normalizer,
    Order,
    Shipment,
    Snapshot,
    Tracker,
    TransitModel,
    __version__,
    backtest,
    call,
    carriers,
    decide,
    default_policy,
    digest,
    find_in_text,
    identify,
    identify_many,
    is_terminal,
    learn_dwell,
    message_keys,
    message_placeholders,
    normalize,
    parse_status,
    report,
    resolve_carrier,
    rolling_origin,
    statuses,
    substatuses,
    track,
    validate,
)
from tracking_core.batch import identify_batch, normalize_batch
from tracking_core.exceptions import (
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
    "Calendar",
    "Order",
    "Tracker",
    "TransitModel",
    "backtest",
    "call",
    "carriers",
    "decide",
    "default_policy",
    "digest",
    "find_in_text",
    "identify",
    "identify_batch",
    "identify_many",
    "Candidate",
    "Identification",
    "learn_dwell",
    "message_keys",
    "message_placeholders",
    "report",
    "resolve_carrier",
    "rolling_origin",
    "track",
    "validate",
    "InternalError",
    "InvalidEventError",
    "InvalidInputError",
    "InvalidJsonError",
    "InvalidModelError",
    "InvalidTimeError",
    "InvalidTrackingNumberError",
    "Normalized",
    "Normalizer",
    "Shipment",
    "Snapshot",
    "StatusMismatchError",
    "TrackingCoreError",
    "UnknownCarrierError",
    "UnknownCountryError",
    "UnknownRegionError",
    "UnknownStatusError",
    "UnsupportedLocaleError",
    "__version__",
    "exceptions",
    "is_terminal",
    "normalize",
    "normalize_batch",
    "parse_status",
    "statuses",
    "substatuses",
]
