#!/usr/bin/env python3
"""Which delivered parcels health flags, month by month, on the selection months only.

    tracking-core health --eval --rolling --online --hold-out-from 2017-09-01 \
        --replays replays.jsonl HISTORY > report.json
    python3 tools/health-eval/false_alarms.py replays.jsonl report.json HISTORY [2017-09-01]

For every month whose split lies before the hold-out date (default 2017-09-01, the date
docs/health-evaluation.md fixes for the dev history; later months are never read), it sets
health's false alarms beside the fixed rule at health's median first-flag day M:

- `early`: delivered parcels health flagged although they arrived by day M (the rule on day
  M never raises them: these are what health pays for flagging before day M);
- `late`: delivered parcels still on their way on day M (the rule on day M raises all of
  them), split into those health flagged and those it did not;
- `lost by M`: never-delivered parcels health flagged by day M.

and, for each group, what a parcel carries at hand-off or learns on its way: the bound that
fired first, the shop's promised transit (days from hand-off to the promised date), the day
of the first flag against that promise, whether the parcel stays in its origin state, and
its destination region. Standard library only.
"""
import json
import sys
from collections import Counter
from datetime import date, datetime
from statistics import median


def day(text):
    return datetime.fromisoformat(text[:19]) if text else None


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    replays_path, report_path, history_path = sys.argv[1:4]
    hold_out = date.fromisoformat(sys.argv[4] if len(sys.argv) > 4 else "2017-09-01")
    history = {}
    with open(history_path) as f:
        for line in f:
            h = json.loads(line)
            history[h["id"]] = h
    with open(report_path) as f:
        report = json.load(f)
    medians = {}
    for m in report["months"]:
        split = date.fromisoformat(m["split_at"][:10])
        if split < hold_out:
            medians[m["split_at"][:7]] = m["fixed_rule"]["health_median_first_flag"]
    by_month = {}
    with open(replays_path) as f:
        for line in f:
            r = json.loads(line)
            key = r["split_at"][:7]
            if key in medians:
                by_month.setdefault(key, []).append(r)
    for key in sorted(by_month):
        m = medians[key]
        rows = by_month[key]
        print(f"== order month {key}: health's median first flag day {m}")
        if m is None:
            print("   no median: nothing to set beside the rule")
            continue
        groups = {
            "early (health FA, delivered by M)": [
                r for r in rows
                if r["delivered"] and r["first_stall_day"] is not None
                and r["delivered_day"] <= m
            ],
            "late, health flagged": [
                r for r in rows
                if r["delivered"] and r["delivered_day"] > m
                and r["first_stall_day"] is not None
            ],
            "late, not flagged": [
                r for r in rows
                if r["delivered"] and r["delivered_day"] > m and r["first_stall_day"] is None
            ],
            "lost, flagged by M": [
                r for r in rows
                if not r["delivered"] and r["first_stall_day"] is not None
                and r["first_stall_day"] <= m
            ],
            "lost, flagged after M": [
                r for r in rows
                if not r["delivered"]
                and (r["first_stall_day"] is None or r["first_stall_day"] > m)
            ],
        }
        delivered = sum(1 for r in rows if r["delivered"])
        for name, g in groups.items():
            describe(name, g, history, delivered)


def describe(name, group, history, delivered):
    promise, over, basis, local, dest = [], [], Counter(), 0, Counter()
    for r in group:
        h = history.get(r["id"], {})
        shipped = day(h.get("shipped_at"))
        promised = day(h.get("promised_by"))
        if shipped and promised:
            p = (promised - shipped).total_seconds() / 86400
            promise.append(p)
            if r["first_stall_day"] is not None:
                over.append(r["first_stall_day"] - p)
        basis[r.get("first_flag_basis") or "-"] += 1
        o = (h.get("origin") or {}).get("region")
        d = (h.get("destination") or {}).get("region")
        local += o is not None and o == d
        dest[d or "-"] += 1
    n = len(group)
    share = f" ({100 * n / delivered:.1f}% of delivered)" if "lost" not in name else ""
    print(f"   {name}: {n}{share}")
    if not n:
        return
    fmt = lambda v: f"{median(v):.1f}" if v else "-"
    print(f"      first bound: {dict(basis.most_common(4))}")
    print(f"      promised transit days, median: {fmt(promise)}; first flag minus promise,"
          f" median: {fmt(over)}")
    print(f"      inside the origin state: {100 * local / n:.0f}%;"
          f" top destinations: {dict(dest.most_common(4))}")


if __name__ == "__main__":
    main()
