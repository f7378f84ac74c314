# %% [markdown]
# # Transit times from a shipment history (notebook-style script)
#
# Learns a `TransitModel` from a history file (JSON lines in the shipment shape of
# docs/shapes.md), prints lane percentiles and on-time % from the analytics report,
# estimates a delivery window for an open shipment, and plots the transit-time distribution of
# each lane to a PNG.
#
#     pip install matplotlib    # for the plot; the package's extras do not include it
#     python examples/python/transit_notebook.py [--history FILE] [--out transit.png]
#
# `history.sample.jsonl` beside this script is synthetic (see synthetic.py): five lanes, 400
# delivered orders.

# %%
from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt

import tracking_core as tc

HERE = Path(__file__).resolve().parent
NOW = "2024-07-01T00:00:00Z"  # the clock of this analysis (history ends before it)


def load_history(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def transit_days(record: dict[str, Any]) -> float | None:
    shipped, delivered = record.get("shipped_at"), record.get("delivered_at")
    if not shipped or not delivered:
        return None
    return (datetime.fromisoformat(delivered) - datetime.fromisoformat(shipped)).total_seconds() / 86400


def lane_of(record: dict[str, Any]) -> str:
    o, d = record.get("origin") or {}, record.get("destination") or {}
    return f"{record.get('carrier')} {o.get('country')}-{o.get('region')} -> {d.get('country')}-{d.get('region')}"


# %%
def run(history_path: Path, out: Path) -> dict[str, Any]:
    history = load_history(history_path)
    model = tc.TransitModel.learn(history, now=NOW)
    report = tc.report(history, now=NOW)
    print(f"learned from {model.deliveries} deliveries ({model.levels} lane levels)")

    # %% Lane percentiles and on-time %, as the analytics report computes them.
    print(f"{'lane':40} {'n':>5} {'p50':>6} {'p90':>6} {'on-time':>8}")
    for lane, stats in sorted(report["by_lane"].items()):
        days = stats["ship_to_delivery_days"] or {}
        on_time = (stats.get("on_time") or {}).get("rate")
        print(f"{lane:40} {stats['delivered']:>5} {days.get('p50', float('nan')):>6.2f} "
              f"{days.get('p90', float('nan')):>6.2f} {'' if on_time is None else f'{on_time:.1%}':>8}")
    overall = report["overall"]["on_time"]
    print(f"overall on-time: {overall['rate']:.1%} of {overall['n']}")

    # %% A live window for a parcel shipped on the slowest lane.
    open_parcel = {**history[0], "id": "open-1", "delivered_at": None,
                   "shipped_at": "2024-06-27T10:00:00+00:00", "events": []}
    window = model.estimate(open_parcel, now="2024-06-28T09:00:00Z")
    print("window for open-1:", window)

    # %% Transit-time distribution per lane.
    by_lane: dict[str, list[float]] = {}
    for record in history:
        days = transit_days(record)
        if days is not None:
            by_lane.setdefault(lane_of(record), []).append(days)
    fig, ax = plt.subplots(figsize=(9, 5))
    for lane, values in sorted(by_lane.items()):
        ax.hist(values, bins=30, range=(0, 12), alpha=0.5, label=f"{lane} (n={len(values)})")
    ax.set_xlabel("ship -> delivery (days)")
    ax.set_ylabel("shipments")
    ax.set_title("Transit-time distribution by lane")
    ax.legend(fontsize="small")
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
    print(f"plot written to {out}")
    return {"model": model, "report": report, "window": window, "lanes": by_lane}


def main() -> None:
    parser = argparse.ArgumentParser(description="Learn transit times from a history file")
    parser.add_argument("--history", type=Path, default=HERE / "history.sample.jsonl")
    parser.add_argument("--out", type=Path, default=Path("transit.png"))
    args = parser.parse_args()
    run(args.history, args.out)


if __name__ == "__main__":
    main()
