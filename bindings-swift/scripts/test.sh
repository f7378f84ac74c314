#!/usr/bin/env bash
# `make test-mobile`: builds the library, generates the Kotlin and Swift bindings from it, runs
# the Kotlin tests on the JVM and checks the Swift and the C header as far as Linux allows.
# Installs its tools on first use (scripts/tools.sh). Run from anywhere.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source bindings-swift/scripts/tools.sh
OUT="$ROOT/target/mobile-test"
rm -rf "$OUT"; mkdir -p "$OUT"
start=$(date +%s)

# 1. The library (debug, with the panic probe for the panic test) and the CLI to agree with.
cargo build -q -p tracking-core-swift --features panic-probe -p tracking-core-cli
LIB="$ROOT/target/debug/libtracking_core_ffi.so"

# 2. The generator, built once in its own target dir (its `uniffi/cli` feature would otherwise
#    leak into the library's build through feature unification), without debug info.
BINDGEN="$ROOT/target/uniffi-bindgen/debug/uniffi-bindgen"
CARGO_PROFILE_DEV_DEBUG=0 cargo build -q -p tracking-core-swift --features bindgen-cli \
  --bin uniffi-bindgen --target-dir "$ROOT/target/uniffi-bindgen"

# 3. Bindings, in library mode: exactly the interface that was compiled.
"$BINDGEN" generate --no-format --library "$LIB" --language kotlin --out-dir "$OUT/kotlin" >/dev/null
"$BINDGEN" generate --no-format --library "$LIB" --language swift --out-dir "$OUT/swift" >/dev/null
echo "mobile: bindings generated ($(( $(date +%s) - start ))s)"

# 4. Kotlin on the JVM.
CP="$JNA_JAR:$GSON_JAR:$KOTLIN_LIB/kotlin-test.jar"
"$KOTLINC" -nowarn -cp "$CP" "$OUT"/kotlin/tracking/core/*.kt bindings-swift/kotlin/test/*.kt \
  -d "$OUT/kotlin-tests.jar" 2> >(grep -v '^warning:' >&2)
# The dev data (not in the repo): only where $TRACKING_CORE_DATA points (`make test` sets it
# when the data sits beside the clone); the tests that need it skip without it.
DATA_OPT=()
if [ -n "${TRACKING_CORE_DATA:-}" ]; then DATA_OPT=(-Ddata="$TRACKING_CORE_DATA"); fi
RUST_BACKTRACE=0 java -cp "$OUT/kotlin-tests.jar:$CP:$KOTLIN_LIB/kotlin-stdlib.jar" \
  -Djna.library.path="$ROOT/target/debug" -Dfixtures="$ROOT/fixtures" \
  -Dcli="$ROOT/target/debug/tracking-core" "${DATA_OPT[@]}" TrackingCoreTestKt
echo "mobile: kotlin done ($(( $(date +%s) - start ))s)"

# 5. Swift: parse the generated and the hand-written Swift; compile-check the C header and
#    its module map with clang (the Swift compiler itself only runs on a Mac: see docs/mobile.md).
"$TS_PYTHON" bindings-swift/scripts/check_swift.py "$OUT/swift/TrackingCore.swift" \
  $(find bindings-swift/swift -name '*.swift' | sort)
HDR="$OUT/swift/TrackingCoreFFI.h"
"$CLANG" -fsyntax-only -x c-header -std=c11 -Wall -Werror "$HDR"
mkdir -p "$OUT/clang/TrackingCoreFFI"
cp "$HDR" "$OUT/clang/TrackingCoreFFI/"
printf 'module TrackingCoreFFI {\n    header "TrackingCoreFFI.h"\n    export *\n}\n' \
  > "$OUT/clang/TrackingCoreFFI/module.modulemap"
# An Objective-C file that imports the module and calls one exported function, as Swift will.
cat > "$OUT/clang/use.m" <<'C'
@import TrackingCoreFFI;
int main(void) {
    RustCallStatus status = {0};
    RustBuffer version = uniffi_tracking_core_ffi_fn_func_core_version(&status);
    return (int)version.len + status.code;
}
C
"$CLANG" -fsyntax-only -fmodules -fmodules-cache-path="$OUT/clang/cache" \
  -I "$OUT/clang/TrackingCoreFFI" "$OUT/clang/use.m"
echo "mobile: swift parsed, C header and module map checked with $("$CLANG" --version | head -1)"
# 6. The first step of build-xcframework.sh (the iOS device library), when this machine has the
#    rustup target; it is never downloaded here. MOBILE_SKIP_IOS=1 skips it.
if [ -z "${MOBILE_SKIP_IOS:-}" ] && rustup target list --installed 2>/dev/null | grep -qx aarch64-apple-ios; then
  bash bindings-swift/scripts/build-xcframework.sh --device-only
  A="$ROOT/target/aarch64-apple-ios/mobile/libtracking_core_ffi.a"
  rm -rf "$OUT/ios" && mkdir -p "$OUT/ios"
  member="$(ar t "$A" | awk '/^tracking_core_ffi/ && !seen { print; seen = 1 }')"
  (cd "$OUT/ios" && ar x "$A" "$member")
  file -b "$OUT/ios/$member" | grep -q "Mach-O 64-bit arm64"
  nm_count="$(strings "$OUT/ios/$member" | grep -c '^_\?uniffi_tracking_core_ffi_fn_' || true)"
  echo "mobile: iOS arm64 archive ($(( $(stat -c %s "$A") / 1024 )) KiB), $nm_count uniffi symbols in its object"
  echo "mobile: iOS device library built ($(( $(date +%s) - start ))s)"
else
  echo "mobile: rustup target aarch64-apple-ios not installed: iOS device library not built"
fi
echo "mobile: all checks passed in $(( $(date +%s) - start ))s"
