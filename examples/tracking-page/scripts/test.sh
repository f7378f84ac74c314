#!/usr/bin/env bash
# Browser tests of the tracking page, from a fresh clone: Debian Chromium (apt-get when
# missing), the pinned npm packages (playwright-core, axe-core), the Node addon (built by
# bindings-node/scripts/build.sh when missing), then `node --test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(cd ../.. && pwd)"

step() { printf '\n==> %s\n' "$*"; }

if [ ! -x /usr/bin/chromium ]; then
    step "installing Debian's chromium (apt-get)"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if ! ls "$ROOT"/bindings-node/*.node >/dev/null 2>&1; then
    step "building the Node addon"
    (cd "$ROOT/bindings-node" && npm ci --no-audit --no-fund --loglevel=error && bash scripts/build.sh)
fi

step "npm ci (playwright-core, axe-core)"
npm ci --no-audit --no-fund --loglevel=error

step "node --test (unit and browser tests)"
node --test --test-concurrency=1 test/
