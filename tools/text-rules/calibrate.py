#!/usr/bin/env python3
"""Measures how often the text rules are right, per status a rule gives, to set their confidence.

The rules decide before the learned model and do not depend on it, so every labelled text a
rule reads is a measurement. Texts: every built-in table row with a description
(`tracking-core export-texts`) plus an optional labelled file (the format eval-normalize reads).
Each text is read by the text path alone (no code, no carrier), as a carrier without a table
would be. The figure per status is the accuracy of the rules giving it, shrunk towards the
accuracy of all rules by a prior worth 20 texts (so a status with few readings does not get an
extreme value), and kept at most 0.95 (a rule never claims more than a code-table hit).

Fitting a confidence and judging it on the same texts flatters it, so the figures to quote
are out of fold: carriers are dealt into five folds (by a hash of the name, a fixed order);
each fold's texts get the confidences fitted on the other four folds, and the reliability
table (confidence shown against how often the status was right) is computed from those
readings. The same is printed for the sealed carriers alone (every fourth table name, see
`sealed.py`), whose wording no rule writer has read.

    cargo build -p tracking-core-cli
    python3 tools/text-rules/calibrate.py target/debug/tracking-core [labelled.jsonl]

Prints the out-of-fold reliability and the `CONFIDENCE` table (fitted on every fold) for
core/src/normalize/text/rules/mod.rs. Standard library only.
"""
import collections
import json
import os
import re
import subprocess
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sealed import sealed_tables  # noqa: E402

PRIOR = 20.0
CAP = 0.95
FOLDS = 5


def code(label):
    """CamelCase (`Delivered.Locker`) or snake code to the status code (`delivered`)."""
    head = label.split(".")[0]
    return re.sub(r"(?<!^)([A-Z])", r"_\1", head).lower()


def fit(readings):
    """Confidence per status from (status given, right) pairs, and the all-rules accuracy."""
    pooled = collections.defaultdict(lambda: [0, 0])
    for status, ok in readings:
        for key in (status, "*"):
            pooled[key][0] += ok
            pooled[key][1] += 1
    right, n = pooled["*"]
    base = right / n if n else 0.0
    table = {
        s: min(CAP, (r + PRIOR * base) / (m + PRIOR)) for s, (r, m) in pooled.items() if s != "*"
    }
    return table, base, pooled


def reliability(title, readings):
    """Buckets of the confidence shown against the share right; mean gap weighted by texts."""
    buckets = collections.defaultdict(lambda: [0, 0, 0.0])
    for conf, ok in readings:
        b = buckets[min(9, int(conf * 10))]
        b[0] += ok
        b[1] += 1
        b[2] += conf
    n_all = sum(b[1] for b in buckets.values())
    if not n_all:
        return
    gap = sum(abs(b[2] - b[0]) for b in buckets.values()) / n_all
    right = sum(b[0] for b in buckets.values())
    print(f"{title}: {right}/{n_all} right = {right / n_all:.3f}; mean |confidence - right| "
          f"per bucket, weighted: {gap:.3f}")
    for k in sorted(buckets):
        r, n, c = buckets[k]
        print(f"    {k / 10:.1f}-{(k + 1) / 10:.1f}  n={n:<5} mean confidence {c / n:.2f}"
              f"  right {r / n:.2f}")


def main():
    binary = sys.argv[1]
    texts = subprocess.run([binary, "export-texts"], check=True, capture_output=True, text=True)
    rows = []
    for line in texts.stdout.splitlines():
        r = json.loads(line)
        rows.append((r["table"], r["description"], code(r["label"])))
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("description"):
                    rows.append((r.get("carrier", "?"), r["description"], code(r["status"])))
    events = "".join(json.dumps({"description": d}, ensure_ascii=False) + "\n" for _, d, _ in rows)
    out = subprocess.run([binary, "normalize", "-"], input=events, capture_output=True, text=True)
    got = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(got) == len(rows), "one output per text"
    sealed = sealed_tables()
    # (fold, sealed, status given, right) for every text a rule decided.
    reads = []
    for (carrier, _, want), g in zip(rows, got):
        if g.get("rule", "").startswith("text:"):
            fold = zlib.crc32(carrier.encode()) % FOLDS
            reads.append((fold, carrier in sealed, g["status"], int(g["status"] == want)))
    out_of_fold = []
    for f in range(FOLDS):
        table, base, _ = fit([(s, ok) for fold, _, s, ok in reads if fold != f])
        for fold, is_sealed, s, ok in reads:
            if fold == f:
                out_of_fold.append((is_sealed, table.get(s, base), ok))
    reliability("out of fold, all carriers", [(c, ok) for _, c, ok in out_of_fold])
    reliability("out of fold, sealed carriers", [(c, ok) for s, c, ok in out_of_fold if s])
    table, base, pooled = fit([(s, ok) for _, _, s, ok in reads])
    right, n = pooled["*"]
    print(f"all rules, every fold: {right}/{n} = {base:.3f}")
    for status in sorted(table):
        r, m = pooled[status]
        spread = []
        for f in range(FOLDS):
            k = [ok for fold, _, s, ok in reads if fold == f and s == status]
            spread.append(f"{sum(k) / len(k):.2f}" if k else "  - ")
        print(f'    ("{status}", {table[status]:.2f}), // {r}/{m} right; per fold: '
              f'{" ".join(spread)}')


if __name__ == "__main__":
    main()
