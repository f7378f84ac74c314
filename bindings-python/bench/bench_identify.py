"""Per-call time of `identify` from Python, beside the same work without the dict building.

    python bindings-python/bench/bench_identify.py [--number 1Z999AA10123456784] [--repeat 5]

Build the extension in release mode first (`maturin develop --release`): a debug build is
several times slower. Prints the best of `--repeat` timeit runs, in microseconds per call.
"""

from __future__ import annotations

import argparse
import json
import timeit

import tracking_core as tc


def best_us(stmt: object, number: int, repeat: int) -> float:
    return min(timeit.repeat(stmt, number=number, repeat=repeat)) / number * 1e6  # type: ignore[arg-type]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--number", default="1Z999AA10123456784")
    ap.add_argument("--calls", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    n = args.number
    request = json.dumps({"number": n})
    rows = [
        ("identify(number)", lambda: tc.identify(n)),
        ("identify(number, carriers=['ups'])", lambda: tc.identify(n, ["ups"])),
        ("validate(number, 'ups')", lambda: tc.validate(n, "ups")),
        ("call('identify', json) (JSON text out)", lambda: tc.call("identify", request)),
    ]
    for name, stmt in rows:
        print(f"{name:<42} {best_us(stmt, args.calls, args.repeat):7.3f} us/call")


if __name__ == "__main__":
    main()
