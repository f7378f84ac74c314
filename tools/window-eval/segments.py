#!/usr/bin/env python3
"""Where the promise window's width goes: width, coverage and interval score by segment.

    tracking-core backtest HISTORY --rolling --online --mode promise \
        --predictions predictions.jsonl > report.json
    python3 tools/window-eval/segments.py predictions.jsonl HISTORY [2017-09-01] [--later]
        [--level 0.9]

Every prediction line is one question of one rolling split (`{"split", "id", "confidence",
"window"}`). A day missed costs 2 / (1 - level) in the interval score, the level being the one
the window was asked at (the line's `confidence`; `--level 0.9` for a file written before the
lines carried it, refused when a line's `confidence` contradicts it), as in
tools/window-eval/tails.py; tools/window-eval/levels.py decides it for both.
By default only the months before the hold-out date (2017-09-01, the date
docs/windows-and-health.md fixes for the dev history) are read: the selection months, where
a variant may be chosen. `--later` reads the months from that date on instead (to report,
never to choose).

For each segment known at purchase (the shop's promised lead in calendar days, the
destination's macro-region, whether the parcel stays in its origin state, the weekday of the
order) it prints, beside the model's coverage, mean width and interval score and the shop's
mean width:

- the spread of the segment's order-to-delivery days (5th, 50th, 95th percentile);
- `oracle`: the mean width of a window cut at the 5th and 95th percentile of the segment's
  own deliveries (in sample: a lower bound on what conditioning on that segment alone could
  give at 90%, not a model).

and, last, the oracle width of each way of grouping the orders, overall: which information
known at purchase narrows the spread most. Standard library only.
"""
import json
import sys
from collections import defaultdict
from datetime import date
from statistics import mean

from levels import pop_level, request_level  # tools/window-eval/levels.py

MACRO = {
    "SP": "SP",
    "RJ": "SE", "MG": "SE", "ES": "SE",
    "PR": "S", "SC": "S", "RS": "S",
}


def day(text):
    return date.fromisoformat(text[:10]) if text else None


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(p * len(v))))]


def load(predictions_path, history_path, hold_out, later, given_level=None):
    windows = {}
    levels = {}
    with open(predictions_path) as f:
        for line in f:
            r = json.loads(line)
            if r.get("window"):
                windows[r["id"]] = r["window"]
                levels[r["id"]] = request_level(r, given_level)
    rows = []
    with open(history_path) as f:
        for line in f:
            r = json.loads(line)
            w = windows.get(r.get("id"))
            ordered, delivered = day(r.get("ordered_at")), day(r.get("delivered_at"))
            if w is None or ordered is None or delivered is None:
                continue
            if (ordered >= hold_out) != later:
                continue
            alpha = 1 - levels[r.get("id")]
            first, last = day(w["earliest"]), day(w["latest"])
            missed = max(0, (first - delivered).days, (delivered - last).days)
            width = (last - first).days + 1
            promised = day(r.get("promised_by"))
            dest = (r.get("destination") or {}).get("region")
            origin = (r.get("origin") or {}).get("region")
            rows.append({
                "lead": (promised - ordered).days if promised else None,
                "width": width,
                "held": missed == 0,
                "score": width + 2 / alpha * missed,
                "days": (delivered - ordered).days,
                "dest": MACRO.get(dest, "N/NE/CO" if dest else "?"),
                "state": dest,
                "same_state": dest is not None and dest == origin,
                "weekday": ordered.strftime("%a"),
                "lane": (origin, dest),
            })
    return rows


def oracle(rows, key, min_n=20):
    """Mean width of the segment's own 5-95% window (the pooled one for small segments)."""
    groups = defaultdict(list)
    for r in rows:
        groups[key(r)].append(r["days"])
    pooled = [r["days"] for r in rows]
    total = 0
    for r in rows:
        v = groups[key(r)]
        v = v if len(v) >= min_n else pooled
        total += pct(v, 0.95) - pct(v, 0.05) + 1
    return total / len(rows)


def table(title, rows, key):
    groups = defaultdict(list)
    for r in rows:
        groups[key(r)].append(r)
    print(f"\n{title}")
    print(f"{'segment':>10} {'n':>5} {'cover':>6} {'width':>6} {'shop':>6} {'IS':>6}"
          f" {'p5':>4} {'p50':>4} {'p95':>4} {'oracle':>7}")
    for k in sorted(groups, key=lambda k: (k is None, str(k).zfill(8))):
        g = groups[k]
        shop = [r["lead"] + 1 for r in g if r["lead"] is not None]
        days = [r["days"] for r in g]
        print(f"{str(k):>10} {len(g):>5} {mean(r['held'] for r in g):>6.3f}"
              f" {mean(r['width'] for r in g):>6.1f} {mean(shop) if shop else 0:>6.1f}"
              f" {mean(r['score'] for r in g):>6.1f} {pct(days, .05):>4} {pct(days, .5):>4}"
              f" {pct(days, .95):>4} {pct(days, .95) - pct(days, .05) + 1:>7}")


def main():
    args = [a for a in sys.argv[1:] if a != "--later"]
    given = pop_level(args, __doc__)
    if len(args) < 2:
        sys.exit(__doc__)
    later = "--later" in sys.argv[1:]
    hold_out = date.fromisoformat(args[2] if len(args) > 2 else "2017-09-01")
    rows = load(args[0], args[1], hold_out, later, given)
    if not rows:
        sys.exit("no delivered question in those months")
    side = "from" if later else "before"
    print(f"{len(rows)} delivered questions ordered {side} {hold_out}")
    lead = lambda r: None if r["lead"] is None else min(r["lead"] // 7, 6) * 7  # noqa: E731
    table("promised lead (calendar days, weeks from)", rows, lead)
    table("destination", rows, lambda r: r["dest"])
    table("stays in its origin state", rows, lambda r: r["same_state"])
    table("weekday of the order", rows, lambda r: r["weekday"])
    shop = mean(r["lead"] + 1 for r in rows if r["lead"] is not None)
    print(f"\nmodel: coverage {mean(r['held'] for r in rows):.3f}, width "
          f"{mean(r['width'] for r in rows):.1f}, shop width {shop:.1f}")
    print("oracle width (in sample, 5-95% of each group's own deliveries), by grouping:")
    for name, key in [
        ("none", lambda r: 0),
        ("promised lead (weeks)", lead),
        ("destination state", lambda r: r["state"]),
        ("destination macro-region", lambda r: r["dest"]),
        ("lane (origin -> destination state)", lambda r: r["lane"]),
        ("same state", lambda r: r["same_state"]),
        ("weekday", lambda r: r["weekday"]),
        ("lead x destination state", lambda r: (lead(r), r["state"])),
    ]:
        print(f"  {name:36} {oracle(rows, key):5.1f}")


if __name__ == "__main__":
    main()
