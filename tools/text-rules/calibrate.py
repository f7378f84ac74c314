#!/usr/bin/env python3
"""Measures how often the text rules are right, per status a rule gives, to set their confidence.

The rules decide before the learned model and do not depend on it, so every labelled text a
rule reads is a measurement. Texts: every built-in table row with a description
(`tracking-core export-texts`) plus an optional labelled file (the format eval-normalize reads).
Each text is read by the text path alone (no code, no carrier), as a carrier without a table
would be. Carriers are dealt into five folds (by name, a fixed order); the figure per status is
the accuracy pooled over all carriers, shrunk towards the accuracy of all rules by a prior
worth 20 texts (so a status with few readings does not get an extreme value), and kept at most
0.95 (a rule never claims more than a code-table hit). The per-fold accuracies are printed so
the spread across unseen carriers can be checked.

    cargo build -p tracking-core-cli
    python3 tools/text-rules/calibrate.py target/debug/tracking-core [labelled.jsonl]

Prints the `CONFIDENCE` table for core/src/normalize/text/rules/mod.rs. Standard library only.
"""
import collections
import json
import re
import subprocess
import sys
import zlib

PRIOR = 20.0
CAP = 0.95
FOLDS = 5


def code(label):
    """CamelCase (`Delivered.Locker`) or snake code to the status code (`delivered`)."""
    head = label.split(".")[0]
    return re.sub(r"(?<!^)([A-Z])", r"_\1", head).lower()


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
    pooled = collections.defaultdict(lambda: [0, 0])
    folds = collections.defaultdict(lambda: [[0, 0] for _ in range(FOLDS)])
    for (carrier, _, want), g in zip(rows, got):
        if not g.get("rule", "").startswith("text:"):
            continue
        ok = int(g["status"] == want)
        fold = zlib.crc32(carrier.encode()) % FOLDS
        for key in (g["status"], "*"):
            pooled[key][0] += ok
            pooled[key][1] += 1
            folds[key][fold][0] += ok
            folds[key][fold][1] += 1
    right, n = pooled["*"]
    base = right / n
    print(f"all rules: {right}/{n} = {base:.3f}")
    for status in sorted(k for k in pooled if k != "*"):
        r, m = pooled[status]
        conf = min(CAP, (r + PRIOR * base) / (m + PRIOR))
        spread = " ".join(f"{a / b:.2f}" if b else "  - " for a, b in folds[status])
        print(f'    ("{status}", {conf:.2f}), // {r}/{m} right; per fold: {spread}')


if __name__ == "__main__":
    main()
