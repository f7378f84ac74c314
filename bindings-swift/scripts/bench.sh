#!/usr/bin/env bash
# `make bench-mobile`: times `track` of the same 20-scan shipment (bench/shipment20.json) from
# Kotlin on the JVM through the generated bindings, and in Rust (criterion: the facade call with
# its conversions, and the core call alone), with the `mobile` profile's library.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source bindings-swift/scripts/tools.sh
OUT="$ROOT/target/mobile-bench"
rm -rf "$OUT"; mkdir -p "$OUT"
cargo rustc -q -p tracking-core-swift --profile mobile --lib --crate-type cdylib \
  -- -C link-arg=-Wl,-z,pack-relative-relocs
LIB="$ROOT/target/mobile/libtracking_core_ffi.so"
CARGO_PROFILE_DEV_DEBUG=0 cargo build -q -p tracking-core-swift --features bindgen-cli \
  --bin uniffi-bindgen --target-dir "$ROOT/target/uniffi-bindgen"
"$ROOT/target/uniffi-bindgen/debug/uniffi-bindgen" generate --no-format --library "$LIB" \
  --language kotlin --out-dir "$OUT/kotlin" >/dev/null
CP="$JNA_JAR"
"$KOTLINC" -nowarn -cp "$CP" "$OUT"/kotlin/tracking/core/*.kt bindings-swift/kotlin/bench/Bench.kt \
  -d "$OUT/bench.jar" 2> >(grep -v '^warning:' >&2)
java -cp "$OUT/bench.jar:$CP:$KOTLIN_LIB/kotlin-stdlib.jar" -Djna.library.path="$ROOT/target/mobile" \
  -Dshipment="$ROOT/bindings-swift/bench/shipment20.json" BenchKt
cargo bench -q -p tracking-core-swift --bench track -- --warm-up-time 1 --measurement-time 3
