#!/usr/bin/env bash
# Builds the addon with the napi CLI: `tracking-core.<platform>.node`, the loader `index.js`
# and the types `index.d.ts` (hand-written JSON shapes from types-header.d.ts, then the
# generated declarations of every export). Usage: build.sh [--release] [extra napi args].
# Then writes the parameter table args.js from index.d.ts (scripts/gen-args.mjs) and the ESM
# entry index.mjs from index.js's exports (scripts/gen-esm.mjs).
# The committed index.js / index.mjs / index.d.ts / args.js must equal what this writes (checked by
# scripts/test.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
npx --no-install napi build --platform --no-const-enum --no-dts-cache \
    --dts-header "$(cat types-header.d.ts)" "$@"
# The loader then installs the JavaScript fast paths (fast.js) on the native module, and the
# argument check (guard.js) over every export, with the parameter table args.js read from
# the declarations.
printf '\n// Fast paths in JavaScript over the native calls (fast.js; see src/fast.rs).\nrequire("./fast.js").install(nativeBinding)\n' >> index.js
printf '// Arguments of the wrong type throw INVALID_INPUT naming the argument (guard.js).\nrequire("./guard.js").install(nativeBinding)\n' >> index.js
node scripts/gen-args.mjs
node scripts/gen-esm.mjs
