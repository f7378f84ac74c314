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
# A rule (concept) gets a figure of its own only when it read at least this many texts and its
# shrunk accuracy differs from its status's figure by at least CONCEPT_GAP; it is shrunk
# towards its status's figure by CONCEPT_PRIOR texts.
CONCEPT_MIN = 20
CONCEPT_PRIOR = 20.0
CONCEPT_GAP = 0.05


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


def fit_concepts(readings, status_table, base):
    """Confidence per rule concept from (status, concept, right) triples, shrunk towards its
    status's figure; only concepts that read CONCEPT_MIN texts and differ by CONCEPT_GAP."""
    pooled = collections.defaultdict(lambda: [0, 0, None])
    for status, concept, ok in readings:
        p = pooled[concept]
        p[0] += ok
        p[1] += 1
        p[2] = status
    table = {}
    for concept, (r, m, status) in pooled.items():
        prior = status_table.get(status, base)
        c = min(CAP, (r + CONCEPT_PRIOR * prior) / (m + CONCEPT_PRIOR))
        if m >= CONCEPT_MIN and abs(c - prior) >= CONCEPT_GAP:
            table[concept] = c
    return table, pooled


def unseen_factor(reads):
    """How much less often the rules are right on the sealed carriers (whose wording no rule
    writer read) than on all: the share a carrier without a table should expect."""
    sealed = [ok for _, is_sealed, _, _, ok in reads if is_sealed]
    everything = [ok for *_, ok in reads]
    if not sealed:
        return 1.0
    return min(1.0, (sum(sealed) / len(sealed)) / (sum(everything) / len(everything)))


def brier(readings):
    return sum((c - ok) ** 2 for c, ok in readings) / max(1, len(readings))


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
    # (fold, sealed, status given, rule concept, right) for every text a rule decided.
    reads = []
    for (carrier, _, want), g in zip(rows, got):
        if g.get("rule", "").startswith("text:"):
            fold = zlib.crc32(carrier.encode()) % FOLDS
            concept = g["rule"].split(":", 2)[2]
            reads.append((fold, carrier in sealed, g["status"], concept, int(g["status"] == want)))
    # Out of fold, three ways: one figure per status; per concept where it differs; and the
    # latter scaled by how much less often the rules are right on carriers nobody wrote rules
    # from (sealed accuracy / all accuracy, on the training folds).
    out_of_fold = []
    for f in range(FOLDS):
        train = [r for r in reads if r[0] != f]
        table, base, _ = fit([(s, ok) for _, _, s, _, ok in train])
        ctable, _ = fit_concepts([(s, c, ok) for _, _, s, c, ok in train], table, base)
        factor = unseen_factor(train)
        for fold, is_sealed, s, c, ok in reads:
            if fold == f:
                conf = ctable.get(c, table.get(s, base))
                out_of_fold.append((is_sealed, table.get(s, base), conf, conf * factor, ok))
    for name, k in (("per status", 1), ("per status and concept", 2), ("... x unseen factor", 3)):
        for group, keep in (("all carriers", lambda s: True), ("sealed carriers", lambda s: s)):
            rs = [(r[k], r[4]) for r in out_of_fold if keep(r[0])]
            reliability(f"out of fold, {name}, {group} (Brier {brier(rs):.4f})", rs)
    table, base, pooled = fit([(s, ok) for _, _, s, _, ok in reads])
    ctable, cpooled = fit_concepts([(s, c, ok) for _, _, s, c, ok in reads], table, base)
    right, n = pooled["*"]
    print(f"all rules, every fold: {right}/{n} = {base:.3f}")
    for status in sorted(table):
        r, m = pooled[status]
        spread = []
        for f in range(FOLDS):
            k = [ok for fold, _, s, _, ok in reads if fold == f and s == status]
            spread.append(f"{sum(k) / len(k):.2f}" if k else "  - ")
        print(f'    ("{status}", {table[status]:.2f}), // {r}/{m} right; per fold: '
              f'{" ".join(spread)}')
    print(f"unseen-carrier factor, every fold: {unseen_factor(reads):.3f}")
    print("rules whose figure differs from their status's (CONCEPT_CONFIDENCE):")
    for concept in sorted(ctable):
        r, m, status = cpooled[concept]
        print(f'    ("{concept}", {ctable[concept]:.2f}), // {r}/{m} right, {status} '
              f'{table.get(status, base):.2f}')


if __name__ == "__main__":
    main()
