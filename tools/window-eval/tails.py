#!/usr/bin/env python3
"""Which side the windows miss on: early and late misses, per rolling split.

    tracking-core backtest HISTORY --rolling --online --mode promise \
        --predictions predictions.jsonl > report.json
    python3 tools/window-eval/tails.py predictions.jsonl HISTORY [2017-09-01]

Every prediction line is one question of one rolling split (`{"split", "id", "window"}`).
For each split (month origin) it prints the delivered questions, the share delivered before
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


def day(text):
    return date.fromisoformat(text[:10]) if text else None


def load(predictions_path, history_path):
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
                                  "late_days": 0, "level": None})
    with open(predictions_path) as f:
        for line in f:
            r = json.loads(line)
            w = r.get("window")
            d = delivered.get(r.get("id"))
            if not w or d is None:
                continue
            s = splits[r.get("split", "-")]
            s["level"] = w.get("confidence", 0.9)
            first, last = day(w["earliest"]), day(w["latest"])
            s["n"] += 1
            if d < first:
                s["early"] += 1
                s["early_days"] += (first - d).days
            elif d > last:
                s["late"] += 1
                s["late_days"] += (d - last).days
    return splits


def row(name, s):
    n = s["n"]
    cost = 2 / (1 - s["level"])
    print(f"{name:>12} {n:>5} {s['early'] / n:>6.3f} {s['late'] / n:>6.3f}"
          f" {cost * s['early_days'] / n:>7.2f} {cost * s['late_days'] / n:>7.2f}")


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    hold_out = args[2] if len(args) > 2 else "2017-09-01"
    splits = load(args[0], args[1])
    if not splits:
        sys.exit("no delivered question in the predictions")
    print(f"{'split':>12} {'n':>5} {'early':>6} {'late':>6} {'IS-early':>7} {'IS-late':>7}")
    for name in sorted(splits):
        row(name, splits[name])
    for label, keep in [("selection", lambda k: k < hold_out), ("held-out", lambda k: k >= hold_out)]:
        chosen = [splits[k] for k in splits if keep(k)]
        if not chosen:
            continue
        # Mean over splits (each month counts once, as in `backtest --rolling`).
        m = len(chosen)
        level = chosen[0]["level"]
        cost = 2 / (1 - level)
        early = sum(s["early"] / s["n"] for s in chosen) / m
        late = sum(s["late"] / s["n"] for s in chosen) / m
        ed = sum(cost * s["early_days"] / s["n"] for s in chosen) / m
        ld = sum(cost * s["late_days"] / s["n"] for s in chosen) / m
        print(f"{label:>12} {m:>4}m {early:>6.3f} {late:>6.3f} {ed:>7.2f} {ld:>7.2f}")


if __name__ == "__main__":
    main()
