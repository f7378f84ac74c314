#!/usr/bin/env python3
"""Which side the windows miss on: early and late misses, per rolling split.

    tracking-core backtest HISTORY --rolling --online --mode promise \
        --predictions predictions.jsonl > report.json
    python3 tools/window-eval/tails.py predictions.jsonl HISTORY [2017-09-01] [--level 0.9]

Every prediction line is one question of one rolling split (`{"split", "id", "confidence",
"window"}`). The interval score's level is the one the windows were asked at: the line's
`confidence` (the backtest's `--confidence`), never the window's own field, which a window
may set apart from the request (a clamped level, a fallback window). A file written before
the lines carried it needs `--level 0.9`; a `--level` that a line's `confidence` contradicts
is refused, and so are levels that differ between lines (a mean over two levels is no
interval score); tools/window-eval/levels.py. For each split (month origin) it prints the delivered questions, the share delivered before
the window's first day (early) and after its last day (late), and what each side adds to
the mean interval score at the windows' level, (2 / alpha) x days missed (Gneiting &
Raftery 2007): the interval score is width + early part + late part. A window at 0.9 with
equal tails misses about 0.05 on each side when its distribution is right; a lopsided
split says the distribution's shape is off on one side (docs/windows-and-health.md reads
it). The months before the hold-out date (default 2017-09-01, the date
docs/windows-and-health.md fixes for the dev history) and from it are summed apart.
Standard library only.
"""
import json
import sys
from collections import defaultdict
from datetime import date

from levels import pop_level, request_level  # tools/window-eval/levels.py


def day(text):
    return date.fromisoformat(text[:10]) if text else None


def load(predictions_path, history_path, given_level=None):
    delivered = {}
    with open(history_path) as f:
        for line in f:
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                continue
            if r.get("id") and r.get("delivered_at"):
                delivered[r["id"]] = day(r["delivered_at"])
    splits = defaultdict(lambda: {"n": 0, "early": 0, "late": 0, "early_days": 0,
                                  "late_days": 0})
    level = None
    with open(predictions_path) as f:
        for line in f:
            r = json.loads(line)
            asked = request_level(r, given_level)
            if level is not None and asked != level:
                sys.exit(f"the predictions mix levels {level} and {asked}")
            level = asked
            w = r.get("window")
            d = delivered.get(r.get("id"))
            if not w or d is None:
                continue
            s = splits[r.get("split", "-")]
            first, last = day(w["earliest"]), day(w["latest"])
            s["n"] += 1
            if d < first:
                s["early"] += 1
                s["early_days"] += (first - d).days
            elif d > last:
                s["late"] += 1
                s["late_days"] += (d - last).days
    return splits, level


def row(name, s, level):
    n = s["n"]
    cost = 2 / (1 - level)
    print(f"{name:>12} {n:>5} {s['early'] / n:>6.3f} {s['late'] / n:>6.3f}"
          f" {cost * s['early_days'] / n:>7.2f} {cost * s['late_days'] / n:>7.2f}")


def main():
    args = sys.argv[1:]
    given = pop_level(args, __doc__)
    if len(args) < 2:
        sys.exit(__doc__)
    hold_out = args[2] if len(args) > 2 else "2017-09-01"
    splits, level = load(args[0], args[1], given)
    if not splits:
        sys.exit("no delivered question in the predictions")
    print(f"{'split':>12} {'n':>5} {'early':>6} {'late':>6} {'IS-early':>7} {'IS-late':>7}")
    for name in sorted(splits):
        row(name, splits[name], level)
    for label, keep in [("selection", lambda k: k < hold_out), ("held-out", lambda k: k >= hold_out)]:
        chosen = [splits[k] for k in splits if keep(k)]
        if not chosen:
            continue
        # Mean over splits (each month counts once, as in `backtest --rolling`).
        m = len(chosen)
        cost = 2 / (1 - level)
        early = sum(s["early"] / s["n"] for s in chosen) / m
        late = sum(s["late"] / s["n"] for s in chosen) / m
        ed = sum(cost * s["early_days"] / s["n"] for s in chosen) / m
        ld = sum(cost * s["late_days"] / s["n"] for s in chosen) / m
        print(f"{label:>12} {m:>4}m {early:>6.3f} {late:>6.3f} {ed:>7.2f} {ld:>7.2f}")


if __name__ == "__main__":
    main()
