#!/usr/bin/env bash
# Tests of the Python package, from a fresh clone: creates .venv at the repository root if
# missing, installs the pinned test dependencies, builds the extension into its own target
# dir, then runs stubtest, mypy and pytest (last, so its closing line ends the output).
# The build is a debug build: measured on the 2-core dev machine, a cold debug build took
# about half the time of a release one (LTO), and the tests run in seconds either way.
# Benchmarks need `maturin develop --release` (see bindings-python/bench/).
# Exits non-zero on any failure. Needs: python3 (>= 3.11: the pinned test dependencies, e.g.
# pandas 3, need it; the package itself runs on 3.10) with venv, cargo; Java 17+ for the
# Spark example (installed with apt-get when missing and possible, else those tests skip).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"

# The pinned test dependencies need Python 3.11+: say so up front instead of a pip failure.
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "error: the Python tests need Python 3.11 or newer (found $("$PYTHON" --version 2>&1));" \
         "set PYTHON=/path/to/python3.11 (the package itself runs on 3.10)" >&2
    exit 1
fi

step() { printf '\n==> %s\n' "$*"; }

if [ ! -x .venv/bin/python ]; then
    step "creating .venv"
    "$PYTHON" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate

step "installing pinned test dependencies"
python -m pip install --disable-pip-version-check -q -r bindings-python/requirements-test.txt

if ! command -v java >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    step "installing a Java runtime for the Spark example"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null) \
        || echo "could not install Java: the Spark test will be skipped"
fi

step "building the extension (maturin develop, debug)"
start=$(date +%s)
(cd bindings-python && maturin develop --target-dir "$ROOT/target/maturin" --quiet)
echo "build took $(( $(date +%s) - start )) s"

status=0
step "stubtest (the .pyi against the compiled module)"
python -m mypy.stubtest tracking_core._tracking_core \
    --allowlist bindings-python/.mypy-stubtest-allowlist || status=1

step "mypy --strict on the package"
python -m mypy --config-file bindings-python/pyproject.toml bindings-python/python/tracking_core || status=1

# pytest last, so that its closing line ends the output.
step "pytest"
(cd bindings-python && python -m pytest "$@") || status=$?
exit "$status"
