"""Same answers as the CLI: runs the `tracking-core` CLI and the Python bindings on the same
inputs and counts disagreements (normalize, identify, track). Uses the shared dev data when
it exists (never copied into the repository), else the repository's fixtures.

    cargo build -p tracking-core-cli
    python bindings-python/bench/compare_cli.py [--cli target/debug/tracking-core] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import tracking_core as tc

REPO = Path(__file__).resolve().parents[2]
NOW = "2026-01-01T00:00:00Z"


def cli(binary: Path, args: list[str], lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("".join(json.dumps(line) + "\n" for line in lines))
    out = subprocess.run([str(binary), *args, f.name], capture_output=True, text=True, check=False)
    Path(f.name).unlink()
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def compare_normalize(binary: Path, events: list[dict[str, Any]]) -> tuple[int, int]:
    events = [{k: v for k, v in e.items() if k not in ("status", "substatus")} for e in events]
    want = cli(binary, ["normalize"], events)
    got = tc.normalize_batch(
        [e.get("carrier") or "" for e in events], [e.get("code") for e in events],
        [e.get("description") for e in events], [e.get("language") for e in events],
    ).to_pylist()
    bad = 0
    for w, g in zip(want, got, strict=True):
        same = (w["status"], w.get("substatus"), w["rule"]) == (g["status"], g["substatus"], g["rule"])
        bad += not (same and abs(w["confidence"] - g["confidence"]) < 1e-6)
    return len(events), bad


def compare_identify(binary: Path, numbers: list[str]) -> tuple[int, int]:
    want = cli(binary, ["identify", "--input"], [{"number": n} for n in numbers])
    bad = 0
    for n, w in zip(numbers, want, strict=True):
        g = tc.identify(n)
        bad += [c["format"] for c in g["candidates"]] != [c["format"] for c in w.get("candidates", [])]
    return len(numbers), bad


def compare_track(binary: Path, shipments: list[dict[str, Any]]) -> tuple[int, int]:
    want = cli(binary, ["track", "--now", NOW], shipments)
    bad = 0
    for s, w in zip(shipments, want, strict=True):
        g = tc.track(s, now=s.get("as_of") or NOW).to_dict()
        bad += g != w
    return len(shipments), bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cli", type=Path, default=REPO / "target" / "debug" / "tracking-core")
    # The dev data folder (not in the repo): --data, else $TRACKING_CORE_DATA, else fixtures.
    env_data = os.environ.get("TRACKING_CORE_DATA")
    parser.add_argument("--data", type=Path, default=Path(env_data) if env_data else None)
    args = parser.parse_args()
    data = args.data if args.data and args.data.exists() else None
    if data:
        events = [json.loads(l) for l in (data / "carrier_events.dev.jsonl").open(encoding="utf-8")]
        numbers = [json.loads(l)["number"] for l in (data / "tracking_numbers.dev.jsonl").open(encoding="utf-8")]
        shipments = [json.loads(l) for l in (data / "olist" / "history.dev.jsonl").open(encoding="utf-8")]
        print(f"dev data: {data}")
    else:
        vectors = [json.loads(p.read_text()) for p in sorted((REPO / "fixtures" / "shipments").glob("*.json"))]
        shipments = [v["input"] for v in vectors]
        events = [e for s in shipments for e in s.get("events", []) if e.get("code") or e.get("description")]
        numbers = ["1Z879E930346834440", "RB 123 456 785 GB", "287809468872"]
        print("no dev data: using fixtures/")
    failed = False
    for name, (n, bad) in [
        ("normalize", compare_normalize(args.cli, events)),
        ("identify", compare_identify(args.cli, numbers)),
        ("track", compare_track(args.cli, shipments)),
    ]:
        print(f"{name:10} {n:>6} inputs, {bad} differ from the CLI")
        failed |= bad > 0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
