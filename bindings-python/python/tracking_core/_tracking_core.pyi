"""Type stubs of the compiled module ``tracking_core._tracking_core`` (written by hand,
checked by ``python -m mypy.stubtest``)."""

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from os import PathLike
from typing import Any, Literal, Protocol, TypeAlias, final

__version__: str

StatusCode: TypeAlias = Literal[
    "pending",
    "info_received",
    "in_transit",
    "out_for_delivery",
    "available_for_pickup",
    "delivered",
    "attempt_fail",
    "exception",
    "return_to_sender",
    "cancelled",
    "expired",
    "unknown",
]
"""A canonical status code (README, "Statuses")."""

MilestoneCode: TypeAlias = Literal[
    "ordered",
    "processing",
    "shipped",
    "in_transit",
    "out_for_delivery",
    "ready_for_pickup",
    "delivered",
    "issue",
    "returning",
    "cancelled",
]
"""A customer-facing milestone code."""

class ArrowArrayExportable(Protocol):
    """Any object with the Arrow PyCapsule array interface (pyarrow, polars, arro3, ...)."""

    def __arrow_c_array__(self, requested_schema: object | None = None) -> tuple[object, object]: ...

class ArrowStreamExportable(Protocol):
    """Any object with the Arrow PyCapsule stream interface (chunked arrays, polars Series)."""

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...

Column: TypeAlias = ArrowArrayExportable | ArrowStreamExportable | Sequence[str | None] | str
"""A column argument: an Arrow array, a list of ``str``/``None``, or one ``str`` for all rows."""

Instant: TypeAlias = datetime | str
"""An aware ``datetime`` or RFC 3339 text."""

JsonDict: TypeAlias = dict[str, Any]

# --- errors -----------------------------------------------------------------------------

class TrackingCoreError(Exception):
    """Root of every error raised by tracking_core."""

    kind: str
    """The stable snake_case code of the core's error kind (``"unknown_carrier"``)."""
    message: str
    """The full sentence (also ``str(err)``)."""
    index: int
    """Only on the errors ``Tracker.track_batch`` returns: the shipment's position."""

class UnknownStatusError(TrackingCoreError):
    code: str

class StatusMismatchError(TrackingCoreError):
    status: str
    substatus: str

class UnknownCarrierError(TrackingCoreError):
    carrier: str

class UnknownCountryError(TrackingCoreError):
    country: str

class UnknownRegionError(TrackingCoreError):
    country: str
    region: str

class InvalidTimeError(TrackingCoreError):
    input: str
    reason: str

class InvalidEventError(TrackingCoreError):
    reason: JsonDict

class InvalidJsonError(TrackingCoreError):
    line: int | None

class InvalidInputError(TrackingCoreError):
    field: str
    reason: str

class InvalidTrackingNumberError(TrackingCoreError):
    number: str
    carrier: str | None
    reason: str
    look_alike: str | None

class InvalidModelError(TrackingCoreError):
    reason: str

class UnsupportedLocaleError(TrackingCoreError):
    locale: str

class InternalError(TrackingCoreError): ...

def error_kinds() -> list[tuple[str, str]]:
    """``[(code, class name)]`` of every core error kind, from the core's one list."""

def call(operation: str, request: str) -> str:
    """The binding facade: one operation (``"track"``, ``"identify"``, ...) on a JSON request,
    returning the JSON response (docs/bindings-facade.md); errors raise as usual."""

# --- status -----------------------------------------------------------------------------

def statuses() -> list[StatusCode]:
    """Every status code, in taxonomy order."""

def substatuses() -> list[str]:
    """Every sub-status code (``"<status>.<sub>"``), in taxonomy order."""

def parse_status(code: str) -> StatusCode:
    """The canonical code of a status code or label; raises ``UnknownStatusError``."""

def is_terminal(status: str, substatus: str | None = None) -> bool:
    """Whether a status (with an optional sub-status) ends a shipment's life."""

# --- normalize --------------------------------------------------------------------------

@final
class Normalized:
    """The canonical reading of one raw event."""

    @property
    def status(self) -> StatusCode: ...
    @property
    def substatus(self) -> str | None: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def confidence(self) -> float: ...
    @property
    def rule(self) -> str: ...
    @property
    def affects_state(self) -> bool: ...
    @property
    def note(self) -> str | None: ...
    def to_dict(self) -> JsonDict: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: None  # type: ignore[assignment]

@final
class Normalizer:
    """Normalizes raw carrier events to canonical statuses; thread-safe, share one."""

    def __new__(cls) -> Normalizer: ...
    def normalize(
        self,
        carrier: str,
        code: str | None = None,
        description: str | None = None,
        language: str | None = None,
    ) -> Normalized: ...
    def normalize_event(
        self, event: Mapping[str, Any] | str, default_carrier: str | None = None
    ) -> Normalized: ...

def normalize(
    carrier: str,
    code: str | None = None,
    description: str | None = None,
    language: str | None = None,
) -> Normalized:
    """Normalizes one event with the built-in tables."""

def normalize_batch(
    carrier: Column,
    code: Column | None = None,
    description: Column | None = None,
    language: Column | None = None,
    normalizer: Normalizer | None = None,
) -> ArrowArrayExportable:
    """Normalizes columns; an Arrow struct array (status, substatus, reason, confidence,
    rule, affects_state). The GIL is released during the work."""

# --- timeline ---------------------------------------------------------------------------

@final
class Shipment:
    """A shipment's timeline with idempotent, order-independent ingest."""

    def __new__(
        cls, id: str, carrier: str | None = None, tracking_number: str | None = None
    ) -> Shipment: ...
    @staticmethod
    def from_dict(
        data: Mapping[str, Any] | str,
        now: Instant | None = None,
        normalizer: Normalizer | None = None,
    ) -> Shipment: ...
    def ingest(
        self,
        events: Iterable[Mapping[str, Any]] | str,
        now: Instant | None = None,
        normalizer: Normalizer | None = None,
    ) -> JsonDict: ...
    def snapshot(self) -> Snapshot: ...
    @property
    def id(self) -> str: ...
    @property
    def carrier(self) -> str | None: ...
    @property
    def tracking_number(self) -> str | None: ...
    @property
    def shipped_at(self) -> datetime | None: ...
    @property
    def delivered_at(self) -> datetime | None: ...
    def __len__(self) -> int: ...
    def to_dict(self) -> JsonDict: ...
    def _repr_html_(self) -> str: ...

@final
class Snapshot:
    """A shipment at one moment (status, milestone, progress, window, health, message)."""

    @property
    def id(self) -> str: ...
    @property
    def status(self) -> StatusCode: ...
    @property
    def substatus(self) -> str | None: ...
    @property
    def terminal(self) -> bool: ...
    @property
    def milestone(self) -> MilestoneCode: ...
    @property
    def progress(self) -> JsonDict: ...
    @property
    def since(self) -> datetime | None: ...
    @property
    def last_event_at(self) -> datetime | None: ...
    @property
    def shipped_at(self) -> datetime | None: ...
    @property
    def delivered_at(self) -> datetime | None: ...
    @property
    def window(self) -> JsonDict | None: ...
    @property
    def health(self) -> JsonDict | None: ...
    @property
    def message(self) -> JsonDict | None: ...
    @property
    def events(self) -> list[JsonDict]: ...
    @property
    def rejected(self) -> list[JsonDict]: ...
    def to_dict(self) -> JsonDict: ...
    def to_json(self) -> str: ...
    def _repr_html_(self) -> str: ...

# --- tracking numbers -------------------------------------------------------------------

def carriers() -> list[JsonDict]:
    """Every supported carrier: ``{"slug", "name", "aliases", "countries", "code_table", "tracking_number_formats", "tracking_url"}``."""

def resolve_carrier(
    text: str, countries: Sequence[str] | None = None, tracking_number: str | None = None
) -> JsonDict:
    """How a carrier text is read at ingest: ``{"carrier", "name", "basis"[, "warning"]}``."""

@final
class Candidate:
    """One carrier format that accepts a number: attributes, or the read-only mapping of the
    JSON shape (``c["carrier"]``; ``operator`` only when known); ``to_dict()`` for a dict."""

    @property
    def carrier(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def format_name(self) -> str: ...
    @property
    def check_digit_verified(self) -> bool: ...
    @property
    def confidence(self) -> float: ...
    @property
    def number(self) -> str: ...
    @property
    def trackable(self) -> str: ...
    @property
    def operator(self) -> str | None: ...
    @property
    def details(self) -> dict[str, str]: ...
    @property
    def tracking_url(self) -> str | None: ...
    def __getitem__(self, key: str, /) -> Any: ...
    def get(self, key: object, default: Any = None) -> Any: ...
    def keys(self) -> tuple[str, ...]: ...
    def __iter__(self) -> Iterator[str]: ...
    def __len__(self) -> int: ...
    def __contains__(self, key: object, /) -> bool: ...
    def to_dict(self) -> JsonDict: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: None  # type: ignore[assignment]

@final
class Identification:
    """What ``identify`` returns: attributes, or the read-only mapping of the JSON shape
    ``{"input", "normalized", "ambiguous", "candidates"}``; ``to_dict()`` for plain dicts."""

    @property
    def input(self) -> str: ...
    @property
    def normalized(self) -> str: ...
    @property
    def ambiguous(self) -> bool: ...
    @property
    def candidates(self) -> list[Candidate]: ...
    def __getitem__(self, key: str, /) -> Any: ...
    def get(self, key: object, default: Any = None) -> Any: ...
    def keys(self) -> tuple[str, ...]: ...
    def __iter__(self) -> Iterator[str]: ...
    def __len__(self) -> int: ...
    def __contains__(self, key: object, /) -> bool: ...
    def to_dict(self) -> JsonDict: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: None  # type: ignore[assignment]

def identify(number: str, carriers: Sequence[str] | None = None, country: str | None = None) -> Identification:
    """Ranked carrier candidates of a tracking number (``r.candidates[0].carrier`` or ``r["candidates"][0]["carrier"]``)."""

def identify_many(numbers: Iterable[str]) -> list[Identification]:
    """``[identify(n) for n in numbers]`` in one call."""

def validate(number: str, carrier: str, locale: str | None = None) -> Candidate:
    """The accepting candidate; raises ``InvalidTrackingNumberError`` / ``UnknownCarrierError``.

    A look-alike's ``.reason`` is in ``locale`` (English by default), its class in ``.look_alike``.
    """

def find_in_text(text: str) -> list[JsonDict]:
    """Tracking numbers found in free text, with spans and candidates."""

def identify_batch(numbers: Column) -> ArrowArrayExportable:
    """Identifies a column of numbers; an Arrow struct array (best candidate per row)."""

# --- estimate ---------------------------------------------------------------------------

@final
class TransitModel:
    """Transit-time model per lane, learned from delivered shipments."""

    def __new__(cls) -> TransitModel: ...
    @staticmethod
    def learn(history: Iterable[Mapping[str, Any]] | str, now: Instant | None = None) -> TransitModel: ...
    def observe(self, shipment: Shipment | Mapping[str, Any] | str, now: Instant | None = None) -> bool: ...
    def estimate(
        self, shipment: Shipment | Mapping[str, Any] | str, now: Instant | None = None, confidence: float = 0.9
    ) -> JsonDict | None: ...
    def promise(
        self,
        carrier: str | None,
        service: str | None,
        origin: tuple[str | None, str | None],
        destination: tuple[str | None, str | None],
        ordered_at: Instant,
        confidence: float = 0.9,
    ) -> JsonDict: ...
    @property
    def deliveries(self) -> int: ...
    @property
    def levels(self) -> int: ...
    def to_json(self) -> str: ...
    @staticmethod
    def from_json(text: str) -> TransitModel: ...
    def save(self, path: str | PathLike[str]) -> None: ...
    @staticmethod
    def load(path: str | PathLike[str]) -> TransitModel: ...

def backtest(
    history: Iterable[Mapping[str, Any]] | str,
    split_at: Instant,
    mode: Literal["promise", "in_flight", "inflight"] = "promise",
    online: bool = False,
    confidence: float = 0.9,
    now: Instant | None = None,
) -> JsonDict:
    """Backtest of delivery windows at one split: model vs shop promise vs lane quantile."""

def rolling_origin(
    history: Iterable[Mapping[str, Any]] | str,
    mode: Literal["promise", "in_flight", "inflight"] = "promise",
    online: bool = True,
    confidence: float = 0.9,
    min_train: int = 300,
    now: Instant | None = None,
    hold_out_from: Instant | None = None,
) -> JsonDict:
    """Rolling-origin evaluation: a backtest at every month start; means over months.

    With ``hold_out_from``, the splits from that instant on are also reported apart
    (``held_out``) from those before it (``selection``)."""

# --- pipeline, health, message ----------------------------------------------------------

@final
class Tracker:
    """Builds full snapshots (timeline, window, health, message) with the given models."""

    def __new__(
        cls,
        model: TransitModel | None = None,
        dwell: Mapping[str, Any] | str | None = None,
        templates: Iterable[Mapping[str, str]] | str | None = None,
    ) -> Tracker: ...
    def track(self, shipment: Mapping[str, Any] | str, now: Instant | None = None, locale: str | None = ...) -> Snapshot: ...
    def snapshot(
        self, shipment: Shipment | Mapping[str, Any] | str, now: Instant | None = None, locale: str | None = ...
    ) -> Snapshot: ...
    def track_batch(
        self, shipments: Iterable[Mapping[str, Any] | str], now: Instant | None = None, locale: str | None = ...
    ) -> list[Snapshot | TrackingCoreError]:
        """One ``Snapshot`` per shipment in input order, or its error (returned, with ``.index``)."""
    def note_orders(self, orders: Iterable[Mapping[str, Any]], now: Instant | None = None) -> JsonDict:
        """Counts placed orders (``{"id", "carrier"?, "placed_at"}``) for surge-widened windows, once per id."""
    def transit_model(self) -> TransitModel:
        """A copy of the transit model behind the windows, with the orders noted so far."""

def track(shipment: Mapping[str, Any] | str, now: Instant | None = None, locale: str | None = ...) -> Snapshot:
    """One-shot full snapshot with default models."""

def message_keys() -> list[str]:
    """Every message key ``Tracker(templates=...)`` can replace (``headline.delivered``, ...)."""

def message_placeholders(key: str) -> list[str]:
    """The ``{placeholders}`` a key's template may use; ``InvalidInputError`` for an unknown key."""

def learn_dwell(shipments: Iterable[Shipment | Mapping[str, Any] | str], now: Instant | None = None) -> JsonDict:
    """A dwell model (health) learned from shipments, for ``Tracker(dwell=...)``."""

# --- analytics, order, notify, calendar --------------------------------------------------

def report(shipments: Iterable[Mapping[str, Any] | str], now: Instant | None = None) -> JsonDict:
    """Merchant analytics (percentiles, on-time %, rates) by carrier, lane and month."""

@final
class Order:
    """One order, many shipments."""

    @staticmethod
    def from_dict(data: Mapping[str, Any] | str, now: Instant | None = None) -> Order: ...
    def snapshot(self, now: Instant | None = None, locale: str | None = ...) -> JsonDict: ...
    @property
    def id(self) -> str: ...

def decide(
    previous: Snapshot | None,
    current: Snapshot,
    policy: Mapping[str, Any] | str | None = None,
    now: Instant | None = None,
) -> list[JsonDict]:
    """Notifications to send for the change from ``previous`` to ``current``."""

def digest(items: Sequence[tuple[str, Mapping[str, Any]]]) -> list[JsonDict]:
    """Merges a split order's notifications into digests."""

def default_policy() -> JsonDict:
    """The default notification policy."""

@final
class Calendar:
    """Business days of a country (and region)."""

    def __new__(cls, country: str, region: str | None = None) -> Calendar: ...
    def is_business_day(self, day: date | datetime | str) -> bool: ...
    def is_holiday(self, day: date | datetime | str) -> JsonDict | None: ...
    def holidays(self, year: int) -> list[JsonDict]: ...
    def next_business_day(self, day: date | datetime | str) -> date: ...
    def add_business_days(self, day: date | datetime | str, n: int) -> date: ...
    def business_days_between(self, start: date | datetime | str, end: date | datetime | str) -> int: ...
    @property
    def timezone(self) -> str: ...
    @property
    def country(self) -> str: ...

def _debug_panic() -> None:
    """Panics inside Rust (test builds only); surfaces as ``InternalError``."""

