#!/usr/bin/env python3
"""Per-segment deadlines for a leg without scans, measured against the fixed rules.

    tracking-core health --eval --rolling --online --hold-out-from 2017-09-01 \
        --replays replays.jsonl HISTORY > report.json
    python3 tools/health-eval/segment_deadline.py replays.jsonl HISTORY [--later]

A prototype of the bound the brief of round 13 asked to measure before building: flag a
parcel without scans on the day the delivered-by-then share of its segment crosses one level,
the same level in every segment (the Neyman-Pearson view: each segment spends the
false-alarm budget where its own deliveries have thinned out), with the 30-day hard cap on
top. A segment is the promise length (octave of the promised transit in days: 1, 2-3, 4-7,
8-15, 16-31, 32+; a scale fixed without looking) times the lane family (origin and
destination in the same state, in the same IBGE macro-region, or farther); a segment with
fewer than 30 delivered parcels backs off to its lane family, then to all parcels. Settings:

- `q LEVEL`: the LEVEL quantile of the hand-off-to-delivery days of the matured parcels
  (handed off 45 to 150 days before the month's split), learned once at the split.
- `aci LEVEL STEP`: the same, with the level moved after every delivery seen from the split
  on (adaptive conformal inference, Gibbs & Candes 2021): up by STEP x 0.97 when the parcel
  arrived after its segment's deadline, down by STEP x 0.03 otherwise.
- `km LEVEL`: read online, on every day of the replay, from a Kaplan-Meier estimate of the
  hand-off-to-delivery days of the parcels handed off in the 120 days before that day (those
  still open at 45 days count as lost and are left out; younger open ones are censored).

The parcels, their month and their delivery day come from the replays file (so the months
are the replay's); the figures are computed as `eval::compare_fixed_rules` does (health's
false-alarm rate matched to the earliest whole day N of the fixed rule that raises no more;
median first flag over the never-delivered parcels, an unflagged one counting as never).
`base` recomputes the replay's own figures as a check. Only the months before 2017-09-01
are printed unless `--later` is given: choose on those, then read the later months once.
Standard library only.
"""
import bisect
import json
import math
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta

# IBGE macro-regions of the Brazilian states (https://www.ibge.gov.br/geociencias/
# organizacao-do-territorio/divisao-regional).
REGIONS = {
    "N": "AC AM AP PA RO RR TO",
    "NE": "AL BA CE MA PB PE PI RN SE",
    "CO": "DF GO MS MT",
    "SE": "ES MG RJ SP",
    "S": "PR RS SC",
}
REGION = {s: r for r, states in REGIONS.items() for s in states.split()}
HOLD_OUT = "2017-09"
MIN_SEGMENT = 30
MATURE_DAYS = 45
CAP_DAYS = 30


def when(text):
    return datetime.fromisoformat(text[:19]) if text else None


def load_history(path):
    parcels = {}
    with open(path) as f:
        for line in f:
            h = json.loads(line)
            shipped = when(h["shipped_at"])
            if not shipped:
                continue
            o, d = h["origin"]["region"], h["destination"]["region"]
            family = "same" if o == d else ("region" if REGION.get(o) == REGION.get(d) else "far")
            band = None
            if h["promised_by"]:
                days = (date.fromisoformat(h["promised_by"]) - shipped.date()).days
                band = "<=0" if days <= 0 else str(int(math.log2(days)))
            parcels[h["id"]] = {
                "shipped": shipped,
                "delivered": when(h["delivered_at"]),
                "keys": ((band, family), (family,), ("all",)),
            }
    return parcels


def compare(replays, flags):
    """Health against the fixed rules, as `eval::compare_fixed_rules`."""
    delivered = [(r, f) for r, f in zip(replays, flags) if r["delivered"]]
    lost = sorted(f if f is not None else math.inf for r, f in zip(replays, flags) if not r["delivered"])
    fa = sum(f is not None for _, f in delivered) / len(delivered)
    median = lost[math.ceil(len(lost) / 2) - 1] if lost else None
    median = None if median == math.inf else median

    def rate(n):
        return sum(r["delivered_day"] > n for r, _ in delivered) / len(delivered)

    rule_day = next((n for n in range(1, 61) if rate(n) <= fa + 1e-12), None)
    dominated = bool(lost) and rule_day is not None and (median is None or rule_day <= median)
    lead = rule_day - median if rule_day is not None and median is not None else None
    flagged = sum(f is not None for _, f in delivered)
    return {"fa": fa, "median": median, "rule_day": rule_day, "lead": lead,
            "dominated": dominated, "delivered": len(delivered), "flagged": flagged}


def days_to(p):
    return max(1, math.ceil((p["delivered"] - p["shipped"]).total_seconds() / 86400))


def matured(parcels, split):
    """Delivery days of the parcels handed off 45 to 150 days before `split`, by segment."""
    days = defaultdict(list)
    for p in parcels.values():
        if split - timedelta(days=150) <= p["shipped"] < split - timedelta(days=MATURE_DAYS):
            if p["delivered"] and p["delivered"] < split:
                for k in p["keys"]:
                    days[k].append(days_to(p))
    return {k: sorted(v) for k, v in days.items()}


def segment(days, p):
    for k in p["keys"]:
        if len(days.get(k, ())) >= MIN_SEGMENT:
            return days[k]
    return days.get(("all",), [CAP_DAYS])


def quantile(sorted_days, q):
    i = min(len(sorted_days), max(1, math.ceil(q * len(sorted_days)))) - 1
    return sorted_days[i]


def first_flag(r, deadline):
    """The replay's first flag: the first day at or past the deadline (capped) before delivery."""
    until = r["delivered_day"] if r["delivered"] else math.inf
    for d in range(1, CAP_DAYS + 1):
        if until <= d:
            return None
        if d >= CAP_DAYS or d >= deadline(d):
            return d
    return None


def kaplan_meier_deadline(ordered, shipped_at, at, key, q):
    lo = bisect.bisect_left(shipped_at, at - timedelta(days=120))
    hi = bisect.bisect_left(shipped_at, at)
    events = [0] * (MATURE_DAYS + 2)
    censored = [0] * (MATURE_DAYS + 2)
    n = 0
    for p in ordered[lo:hi]:
        if key not in p["keys"]:
            continue
        if p["delivered"] and p["delivered"] < at:
            d = days_to(p)
            if d <= MATURE_DAYS:
                events[d] += 1
                n += 1
        else:
            age = int((at - p["shipped"]).total_seconds() // 86400)
            if age < MATURE_DAYS:
                censored[age] += 1
    if n < MIN_SEGMENT:
        return None
    at_risk = n + sum(censored)
    survival = [1.0]
    for t in range(1, MATURE_DAYS + 1):
        at_risk -= censored[t - 1] + (events[t - 1] if t > 1 else 0)
        survival.append(survival[-1] * (1 - (events[t] / at_risk if at_risk > 0 else 0.0)))
    reached = 1 - survival[MATURE_DAYS]
    return next((t for t in range(1, MATURE_DAYS + 1) if (1 - survival[t]) / reached >= q), MATURE_DAYS)


def run(setting, parcels, months):
    out = {}
    ordered = sorted(parcels.values(), key=lambda p: p["shipped"])
    shipped_at = [p["shipped"] for p in ordered]
    km_cache = {}
    for month, replays in sorted(months.items()):
        split = when(replays[0]["split_at"])
        days = matured(parcels, split)
        kind = setting[0]
        if kind == "base":
            flags = [r["first_stall_day"] for r in replays]
        elif kind == "q":
            level = float(setting[1])
            flags = [first_flag(r, lambda d, s=segment(days, parcels[r["id"]]): quantile(s, level))
                     for r in replays]
        elif kind == "aci":
            level, step = float(setting[1]), float(setting[2])
            seen = sorted(
                ((p["delivered"], p) for p in parcels.values()
                 if p["delivered"] and p["delivered"] >= split
                 and split - timedelta(days=40) <= p["shipped"] < split + timedelta(days=31)),
                key=lambda e: e[0])
            q, times, levels = level, [split], [level]
            for at, p in seen:
                late = days_to(p) > min(CAP_DAYS, quantile(segment(days, p), q))
                q = min(0.999, max(0.5, q + step * ((1.0 if late else 0.0) - 0.03)))
                times.append(at)
                levels.append(q)

            def level_at(t):
                return levels[bisect.bisect_right(times, t) - 1]

            flags = []
            for r in replays:
                p = parcels[r["id"]]
                s = segment(days, p)
                flags.append(first_flag(r, lambda d: quantile(s, level_at(p["shipped"] + timedelta(days=d)))))
        elif kind == "km":
            level = float(setting[1])

            def deadline(p, d):
                t = p["shipped"] + timedelta(days=d)
                at = datetime(t.year, t.month, t.day)
                for key in p["keys"]:
                    k = (at, key)
                    if k not in km_cache:
                        km_cache[k] = kaplan_meier_deadline(ordered, shipped_at, at, key, level)
                    if km_cache[k] is not None:
                        return km_cache[k]
                return CAP_DAYS

            flags = [first_flag(r, lambda d, p=parcels[r["id"]]: deadline(p, d)) for r in replays]
        else:
            sys.exit(f"unknown setting {setting}")
        out[month] = compare(replays, flags)
    return out


def summary(name, rows):
    if not rows:
        return f"{name}: no month"
    leads = [r["lead"] for r in rows.values() if r["lead"] is not None]
    fa = sum(r["flagged"] for r in rows.values()) / sum(r["delivered"] for r in rows.values())
    dominated = sum(r["dominated"] for r in rows.values())
    mean = f"{sum(leads) / len(leads):.2f}" if leads else "-"
    cells = " ".join(
        f"{m[2:]}:{r['fa'] * 100:.1f}%/{r['median']}/{r['rule_day']}/{r['lead']}{'D' if r['dominated'] else ''}"
        for m, r in rows.items())
    return f"{name:16s} FA {fa * 100:4.1f}%  dominated {dominated}  mean lead {mean:>5}  | {cells}"


SETTINGS = [("base",)] + [("q", q) for q in ("0.95", "0.96", "0.97")] + [
    ("aci", q, s) for q in ("0.95", "0.97") for s in ("0.005", "0.01", "0.02")] + [
    ("km", q) for q in ("0.95", "0.96", "0.97")]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) < 2:
        sys.exit(__doc__)
    later = "--later" in sys.argv
    parcels = load_history(args[1])
    months = defaultdict(list)
    with open(args[0]) as f:
        for line in f:
            r = json.loads(line)
            month = r["split_at"][:7]
            if (month >= HOLD_OUT) == later:
                months[month].append(r)
    settings = [tuple(a.split()) for a in args[2:]] or SETTINGS
    print("cells: month:FA/median first flag/fixed rule day at that FA/lead (D = dominated)")
    for s in settings:
        print(summary(" ".join(s), run(s, parcels, months)))


if __name__ == "__main__":
    main()
