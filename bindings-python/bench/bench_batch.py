"""Batch normalization throughput: `normalize_batch` over Arrow columns vs a per-row Python
loop over the single-event `normalize`, on the same generated events, in one run.

    python bindings-python/bench/bench_batch.py [--rows 1000000] [--repeat 3]

Events are drawn from a pool of distinct (carrier, code, text, language) combinations with a
skewed (Zipf-like) frequency, like real scan feeds: a few common scans, a long tail of texts
with place names. Build the extension in release mode first (`maturin develop --release`).
"""

from __future__ import annotations

import argparse
import random
import time

import pyarrow as pa

import tracking_core as tc

# Coherent scans per carrier: codes and texts each carrier publishes, in its language.
SCANS = [
    ("ups", "I", "Arrived at Facility", "en"),
    ("ups", "I", "Departed from Facility", "en"),
    ("ups", "M", "Shipper created a label, UPS has not received the package yet.", "en"),
    ("ups", "O", "Out For Delivery Today", "en"),
    ("ups", "D", "Delivered", "en"),
    ("ups", "X", "The receiver was not available for delivery. We'll make a second attempt the next business day.", "en"),
    ("fedex", "AR", "Arrived at FedEx location", "en"),
    ("fedex", "DP", "Departed FedEx location", "en"),
    ("fedex", "OD", "On FedEx vehicle for delivery", "en"),
    ("fedex", "DL", "Delivered", "en"),
    ("fedex", "DE", "Delivery exception", "en"),
    ("usps", None, "Arrived at USPS Regional Facility", "en"),
    ("usps", None, "Out for Delivery", "en"),
    ("usps", None, "Delivered, In/At Mailbox", "en"),
    ("usps", None, "Notice Left (No Authorized Recipient Available)", "en"),
    ("dhl", None, "Die Sendung wurde im Start-Paketzentrum bearbeitet.", "de"),
    ("dhl", None, "Die Sendung wurde in das Zustellfahrzeug geladen.", "de"),
    ("dhl", None, "Die Sendung wurde erfolgreich zugestellt.", "de"),
    ("dhl", None, "Die Sendung liegt in der Packstation zur Abholung bereit.", "de"),
    ("postnl", None, "Pakket is gesorteerd", "nl"),
    ("postnl", None, "Bezorger is onderweg", "nl"),
    ("postnl", None, "Pakket is bezorgd", "nl"),
    ("correios", "BDE", "Objeto entregue ao destinatário", "pt-BR"),
    ("correios", "RO", "Objeto em trânsito - por favor aguarde", "pt-BR"),
    ("correios", "OEC", "Objeto saiu para entrega ao destinatário", "pt-BR"),
    ("hermes", None, "Die Sendung wurde zugestellt.", "de"),
    ("royal-mail", None, "We've got it", "en"),
    ("royal-mail", None, "Delivered", "en"),
]
CITIES = ["MEMPHIS, TN", "LOUISVILLE, KY", "KÖLN", "SÃO PAULO", "UTRECHT", "LEIPZIG", "CHICAGO, IL"]


def make_pool(size: int, rng: random.Random) -> list[tuple[str, str | None, str | None, str | None]]:
    """Distinct events: the base scans, half of them with a place and a number appended (as
    carriers do), so the pool has `size` distinct rows at most."""
    pool = []
    for _ in range(size):
        carrier, code, text, lang = rng.choice(SCANS)
        if rng.random() < 0.5:
            text = f"{text} {rng.choice(CITIES)} {rng.randint(1, 400)}"
        pool.append((carrier, code, text, lang))
    return pool


def make_events(rows: int, pool_size: int, seed: int = 7) -> list[tuple[str, str | None, str | None, str | None]]:
    rng = random.Random(seed)
    pool = make_pool(pool_size, rng)
    weights = [1.0 / (rank + 1) for rank in range(pool_size)]
    return rng.choices(pool, weights=weights, k=rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--pool", type=int, default=20_000, help="distinct events in the feed")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    events = make_events(args.rows, args.pool)
    carriers, codes, texts, langs = (list(col) for col in zip(*events))
    arrow = [pa.array(col, type=pa.string()) for col in (carriers, codes, texts, langs)]

    batch_times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = tc.normalize_batch(*arrow)
        batch_times.append(time.perf_counter() - t0)
    batch = min(batch_times)

    normalize = tc.normalize
    t0 = time.perf_counter()
    loop = [normalize(c, k, d, lang) for c, k, d, lang in zip(carriers, codes, texts, langs)]
    per_row = time.perf_counter() - t0

    # Same answers both ways.
    statuses = result.field("status").to_pylist()
    assert statuses == [n.status for n in loop], "batch and per-row results differ"

    distinct = len(set(events))
    print(f"rows: {args.rows:,} ({distinct:,} distinct events)")
    print(f"normalize_batch (Arrow columns): {batch:.3f} s  (best of {args.repeat}; {batch / args.rows * 1e9:.0f} ns/row)")
    print(f"per-row Python loop over normalize(): {per_row:.3f} s  ({per_row / args.rows * 1e9:.0f} ns/row)")
    print(f"speed-up: {per_row / batch:.1f}x")


if __name__ == "__main__":
    main()
