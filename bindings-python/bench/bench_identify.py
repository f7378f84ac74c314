"""Per-call time of `identify` from Python: the light result object, reading one field, the
full dicts (`to_dict()`), the batch form and the JSON facade.

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
    if args.calls < 1 or args.repeat < 1:
        ap.error("--calls and --repeat must be at least 1")
    n = args.number
    request = json.dumps({"number": n})
    many = [n] * 1000
    rows = [
        ("identify(number)", lambda: tc.identify(n)),
        ("identify(number).candidates[0].carrier", lambda: tc.identify(n).candidates[0].carrier),
        ("identify(number)['candidates'][0]['carrier']", lambda: tc.identify(n)["candidates"][0]["carrier"]),
        ("identify(number).to_dict() (all as dicts)", lambda: tc.identify(n).to_dict()),
        ("identify(number, carriers=['ups'])", lambda: tc.identify(n, ["ups"])),
        ("validate(number, 'ups')", lambda: tc.validate(n, "ups")),
        ("call('identify', json) (JSON text out)", lambda: tc.call("identify", request)),
    ]
    for name, stmt in rows:
        print(f"{name:<46} {best_us(stmt, args.calls, args.repeat):7.3f} us/call")
    per_list = best_us(lambda: tc.identify_many(many), max(1, args.calls // 1000), args.repeat)
    print(f"{'identify_many(1000 numbers), per number':<46} {per_list / 1000:7.3f} us/call")


if __name__ == "__main__":
    main()
