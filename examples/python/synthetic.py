"""Synthetic data for the examples: raw carrier events and a shipment history.

Generated, not real: no dev data ships with the repository. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

SCANS = [
    ("ups", None, "Shipment information received", "en"),
    ("ups", None, "Departed facility", "en"),
    ("ups", None, "Arrived at facility", "en"),
    ("ups", None, "Out for delivery", "en"),
    ("ups", None, "Delivered", "en"),
    ("dhl", None, "Zugestellt", "de"),
    ("dhl", None, "Delivery attempted - recipient not home", "en"),
    ("fedex", None, "In transit", "en"),
    ("fedex", None, "Delivery exception: weather delay", "en"),
    ("postnl", None, "Ready for pickup at service point", "en"),
    ("usps", None, "Returned to sender", "en"),
    ("correios", None, "Objeto entregue ao destinatário", "pt-BR"),
]
CITIES = ["MEMPHIS, TN", "LOUISVILLE, KY", "LEIPZIG", "UTRECHT", "CHICAGO, IL", "SAO PAULO"]


def events(rows: int, seed: int = 1) -> dict[str, list[str | None]]:
    """Columns carrier, code, description, language of `rows` raw events."""
    rng = random.Random(seed)
    cols: dict[str, list[str | None]] = {"carrier": [], "code": [], "description": [], "language": []}
    for _ in range(rows):
        carrier, code, text, lang = rng.choice(SCANS)
        if rng.random() < 0.3:
            text = f"{text} - {rng.choice(CITIES)}"
        cols["carrier"].append(carrier)
        cols["code"].append(code)
        cols["description"].append(text)
        cols["language"].append(lang)
    return cols


LANES = [
    # carrier, service, origin (country, region), destination (country, region), mean days, spread
    ("ups", "ground", ("US", "CA"), ("US", "NY"), 4.5, 1.0),
    ("ups", "ground", ("US", "CA"), ("US", "CA"), 1.8, 0.6),
    ("fedex", "express", ("US", "TX"), ("US", "IL"), 2.2, 0.5),
    ("dhl", "paket", ("DE", "BE"), ("DE", "BY"), 1.6, 0.5),
    ("correios", "pac", ("BR", "SP"), ("BR", "RJ"), 6.0, 2.0),
]


def history(shipments: int, seed: int = 2) -> list[dict[str, Any]]:
    """Completed shipments in the JSON shape of docs/shapes.md (ordered, shipped,
    delivered; a promised date two days past the lane's mean)."""
    rng = random.Random(seed)
    out = []
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    for i in range(shipments):
        carrier, service, (oc, orr), (dc, dr), mean, spread = rng.choice(LANES)
        ordered = start + timedelta(hours=rng.uniform(0, 24 * 150))
        shipped = ordered + timedelta(hours=rng.uniform(4, 40))
        days = max(0.4, rng.gauss(mean, spread))
        delivered = shipped + timedelta(days=days)
        promised = (shipped + timedelta(days=mean + 2)).date()
        out.append(
            {
                "id": f"H{i:06d}",
                "carrier": carrier,
                "service": service,
                "origin": {"country": oc, "region": orr},
                "destination": {"country": dc, "region": dr},
                "ordered_at": ordered.isoformat(),
                "shipped_at": shipped.isoformat(),
                "delivered_at": delivered.isoformat(),
                "promised_by": promised.isoformat(),
                "events": [],
            }
        )
    return out
