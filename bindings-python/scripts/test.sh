#!/usr/bin/env bash
# Tests of the Python package, from a fresh clone: creates .venv at the repository root if
# missing, installs the pinned test dependencies, builds the extension (release, with the
# test-only `_debug_panic` export) into its own target dir, then runs pytest and stubtest.
# Exits non-zero on any failure. Needs: python3 (>= 3.10) with venv, cargo; Java 17+ for the
# Spark example (installed with apt-get when missing and possible, else those tests skip).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"

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

step "building the extension (maturin develop --release)"
start=$(date +%s)
(cd bindings-python && maturin develop --release --features debug-exports \
    --target-dir "$ROOT/target/maturin-release" --quiet)
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
