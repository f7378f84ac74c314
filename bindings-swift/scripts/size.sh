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
# Relative relocations packed (DT_RELR, glibc >= 2.36, Android >= 11 with lld's
# --pack-dyn-relocs=relr): the tables of string pointers otherwise cost ~0.9 MB of .rela.dyn.
cargo rustc -q -p tracking-core-swift --profile mobile --lib --crate-type cdylib \
  -- -C link-arg=-Wl,-z,pack-relative-relocs
SO="$ROOT/target/mobile/libtracking_core_ffi.so"
cp "$SO" "$OUT/libtracking_core_ffi.unstripped.so"
strip --strip-all -o "$OUT/libtracking_core_ffi.so" "$SO"
kb() { echo "$(( $(stat -c %s "$1") / 1024 )) KiB"; }
echo "size: linux x86_64 .so, mobile profile: $(kb "$OUT/libtracking_core_ffi.unstripped.so") with symbols, $(kb "$OUT/libtracking_core_ffi.so") stripped"
size -A "$OUT/libtracking_core_ffi.so" | awk '$2 > 65536 {printf "  section %-20s %6d KiB\n", $1, $2/1024}'
# Symbol sizes by crate (text and data), from the copy with symbols.
nm --size-sort -S -C "$OUT/libtracking_core_ffi.unstripped.so" | python3 -c '
import re, sys, collections
by = collections.Counter()
for line in sys.stdin:
    parts = line.split(maxsplit=3)
    if len(parts) < 4:
        continue
    m = re.match(r"<?(?:&|\*const |\*mut |dyn )?([a-z_][a-z_0-9]*)::", parts[3])
    by[m.group(1) if m else "(unnamed: tables, vtables, statics)"] += int(parts[1], 16)
for crate, size in by.most_common(8):
    print(f"  symbols {crate:36s} {size // 1024:6d} KiB")
'
if rustup target list --installed 2>/dev/null | grep -qx aarch64-apple-ios; then
  cargo rustc -q -p tracking-core-swift --profile mobile --target aarch64-apple-ios --crate-type staticlib
  A="$ROOT/target/aarch64-apple-ios/mobile/libtracking_core_ffi.a"
  echo "size: iOS arm64 static library (before the app's linker strips it): $(kb "$A")"
else
  echo "size: rustup target aarch64-apple-ios not installed: iOS static library not built"
fi
