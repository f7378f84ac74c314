#!/usr/bin/env python3
"""Which months fall out of the 0.88-0.93 band, on which side, and for which orders.

    tracking-core backtest HISTORY --rolling --online --mode promise \
        --predictions predictions.jsonl > report.json
    python3 tools/window-eval/months.py predictions.jsonl HISTORY [--level 0.9]

Every prediction line is one question of one rolling split (`{"split", "id", "confidence",
"window"}`), as in tools/window-eval/tails.py. For every split (month origin) it prints the
delivered questions' coverage, the share missed early and late, and the level the
calibration drew the window at (read from the window's basis, "drawn to hold N% of past
deliveries"; the requested level when the basis names none), then the same by two facts
known when the window is asked:

- the shop's promised lead (calendar days from the order to `promised_by`): under 14, 14-27,
  28 and more;
- the lane's age: how many deliveries the history holds on the lane (origin state ->
  destination state) delivered before the split, 0-19, 20-99, 100 and more.

A month over the band with few late misses says the windows were drawn wider than the month
needed; under it with many late misses, narrower. Every month is printed; the band is judged
on the months the report reads (docs/windows-and-health.md: choose on the months before
2017-09-01, report the later ones). Standard library only.
"""
import json
import re
import sys
from collections import defaultdict
from datetime import date

from levels import pop_level, request_level  # tools/window-eval/levels.py

LEVEL = re.compile(r"drawn to hold (\d+)% of past deliveries")


def day(text):
    return date.fromisoformat(text[:10]) if text else None


def lead_band(lead):
    if lead is None:
        return "no promise"
    return "<14 d" if lead < 14 else "14-27 d" if lead < 28 else "28+ d"


def age_band(n):
    return "0-19" if n < 20 else "20-99" if n < 100 else "100+"


def load(predictions_path, history_path, given_level=None):
    records = {}
    deliveries = defaultdict(list)
    with open(history_path) as f:
        for line in f:
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not r.get("id"):
                continue
            records[r["id"]] = r
            delivered = day(r.get("delivered_at"))
            if delivered:
                lane = ((r.get("origin") or {}).get("region"),
                        (r.get("destination") or {}).get("region"))
                deliveries[lane].append(delivered)
    for v in deliveries.values():
        v.sort()
    rows = []
    with open(predictions_path) as f:
        for line in f:
            p = json.loads(line)
            w, r = p.get("window"), records.get(p.get("id"))
            level = request_level(p, given_level)
            if not w or not r or not day(r.get("delivered_at")):
                continue
            delivered, ordered = day(r["delivered_at"]), day(r.get("ordered_at"))
            split = day(p["split"])
            first, last = day(w["earliest"]), day(w["latest"])
            lane = ((r.get("origin") or {}).get("region"),
                    (r.get("destination") or {}).get("region"))
            before = sum(1 for d in deliveries[lane] if d < split)
            promised = day(r.get("promised_by"))
            m = LEVEL.search(w.get("basis", ""))
            rows.append({
                "split": p["split"][:7],
                "early": delivered < first,
                "late": delivered > last,
                "drawn": int(m.group(1)) / 100 if m else level,
                "lead": lead_band((promised - ordered).days if promised and ordered else None),
                "age": age_band(before),
            })
    return rows


def line(label, g):
    n = len(g)
    early = sum(r["early"] for r in g) / n
    late = sum(r["late"] for r in g) / n
    drawn = sum(r["drawn"] for r in g) / n
    mark = "over" if 1 - early - late > 0.93 else "under" if 1 - early - late < 0.88 else ""
    print(f"  {label:>12} {n:>5} {1 - early - late:>6.3f} {early:>6.3f} {late:>6.3f}"
          f" {drawn:>6.3f} {mark:>5}")


def main():
    args = sys.argv[1:]
    given = pop_level(args, __doc__)
    if len(args) < 2:
        sys.exit(__doc__)
    rows = load(args[0], args[1], given)
    if not rows:
        sys.exit("no delivered question")
    months = defaultdict(list)
    for r in rows:
        months[r["split"]].append(r)
    print(f"  {'':>12} {'n':>5} {'cover':>6} {'early':>6} {'late':>6} {'drawn':>6}")
    for month in sorted(months):
        g = months[month]
        print(month)
        line("all", g)
        for key, bands in (("lead", ["<14 d", "14-27 d", "28+ d", "no promise"]),
                           ("age", ["0-19", "20-99", "100+"])):
            for band in bands:
                sub = [r for r in g if r[key] == band]
                if sub:
                    line(band, sub)


if __name__ == "__main__":
    main()
