#!/usr/bin/env bash
# Builds the library with the `mobile` profile and reports what an app would ship: the stripped
# Linux x86_64 / Android-like shared library, and the iOS arm64 static library when the rustup
# target aarch64-apple-ios is installed (never downloaded here). Also lists the largest
# sections of the stripped shared library's code by crate (bloat estimate from symbol sizes).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
OUT="$ROOT/target/mobile-size"
mkdir -p "$OUT"
cargo build -q -p tracking-core-swift --profile mobile
SO="$ROOT/target/mobile/libtracking_core_ffi.so"
cp "$SO" "$OUT/libtracking_core_ffi.unstripped.so"
strip --strip-all -o "$OUT/libtracking_core_ffi.so" "$SO"
kb() { echo "$(( $(stat -c %s "$1") / 1024 )) KiB"; }
echo "size: linux x86_64 .so, mobile profile: $(kb "$OUT/libtracking_core_ffi.unstripped.so") with symbols, $(kb "$OUT/libtracking_core_ffi.so") stripped"
size -A "$OUT/libtracking_core_ffi.so" | awk '$2 > 65536 {printf "  section %-20s %6d KiB\n", $1, $2/1024}'
# Symbol sizes by crate, from the unstripped copy (text and read-only data).
nm --size-sort -S -C "$OUT/libtracking_core_ffi.unstripped.so" 2>/dev/null | awk '
  { size = strtonum("0x" $2); name = $4; for (i = 5; i <= NF; i++) name = name " " $i;
    crate = name; sub(/^</, "", crate); sub(/::.*/, "", crate); sub(/ .*/, "", crate);
    if (crate !~ /^[a-z_0-9]+$/) crate = "(other)"; by[crate] += size }
  END { for (c in by) if (by[c] > 32768) printf "  symbols %-22s %6d KiB\n", c, by[c] / 1024 }' | sort -k3 -n -r
if rustup target list --installed 2>/dev/null | grep -qx aarch64-apple-ios; then
  cargo rustc -q -p tracking-core-swift --profile mobile --target aarch64-apple-ios --crate-type staticlib
  A="$ROOT/target/aarch64-apple-ios/mobile/libtracking_core_ffi.a"
  echo "size: iOS arm64 static library (before the app's linker strips it): $(kb "$A")"
else
  echo "size: rustup target aarch64-apple-ios not installed: iOS static library not built"
fi
