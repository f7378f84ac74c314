"""Column functions over lists and Arrow-compatible arrays (pyarrow, polars, pandas+Arrow).

Inputs are read through the Arrow PyCapsule interface (no copy for ``utf8``/``utf8_view``
columns) or as Python lists; the core work runs with the GIL released. Results are Arrow
arrays: ``pyarrow`` objects when pyarrow is installed, otherwise the native Arrow object
(it implements ``__arrow_c_array__``, so ``polars.Series(...)`` and others can read it).

>>> import tracking_core as tc
>>> res = tc.normalize_batch("ups", None, ["Delivered", "Out for delivery"])
>>> res.field("status").to_pylist()
['delivered', 'out_for_delivery']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracking_core import _tracking_core as _native

if TYPE_CHECKING:
    import pyarrow as pa

    from tracking_core._tracking_core import Column, Normalizer

__all__ = ["identify_batch", "normalize_batch", "to_pyarrow"]


def to_pyarrow(array: Any) -> Any:
    """A native Arrow result as a pyarrow array (unchanged when pyarrow is not installed)."""
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - exercised only without pyarrow
        return array
    return pa.array(array)


def normalize_batch(
    carrier: Column,
    code: Column | None = None,
    description: Column | None = None,
    language: Column | None = None,
    *,
    normalizer: Normalizer | None = None,
) -> pa.StructArray:
    """Normalizes columns of raw carrier events in one call.

    ``carrier`` is a column or one slug for every row; ``code``, ``description`` and
    ``language`` are columns, one value, or ``None``. Returns a struct array with fields
    ``status``, ``substatus``, ``reason``, ``confidence``, ``rule``, ``affects_state``:
    row ``i`` equals ``tc.normalize(carrier[i], code[i], description[i], language[i])``.
    """
    result: pa.StructArray = to_pyarrow(
        _native.normalize_batch(carrier, code, description, language, normalizer)
    )
    return result


def identify_batch(numbers: Column) -> pa.StructArray:
    """Identifies a column of tracking numbers; a struct array with ``normalized``,
    ``carrier``, ``format``, ``check_digit_verified``, ``ambiguous``, ``candidates``,
    ``confidence`` and ``tracking_url`` of the best candidate (row ``i`` agrees with
    ``tc.identify(numbers[i])``).
    """
    result: pa.StructArray = to_pyarrow(_native.identify_batch(numbers))
    return result
