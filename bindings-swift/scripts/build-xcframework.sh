#!/usr/bin/env bash
# Builds TrackingCoreFFI.xcframework and the generated Swift for the Swift package in swift/.
# Runs on a Mac with Xcode and the rustup targets aarch64-apple-ios, aarch64-apple-ios-sim,
# x86_64-apple-ios, aarch64-apple-darwin and x86_64-apple-darwin (the macOS slice lets
# `swift test` run the XCTest suite on the Mac itself). NOT RUN on the Linux CI of this repository: only step 1 for the device
# (`--device-only`) was checked here, where the aarch64-apple-ios target could be installed.
#
#   bindings-swift/scripts/build-xcframework.sh            # everything, on a Mac
#   bindings-swift/scripts/build-xcframework.sh --device-only   # step 1, device slice only
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PKG="$ROOT/bindings-swift/swift"
OUT="$ROOT/target/xcframework"
mkdir -p "$OUT"

# 1. Static libraries with the `mobile` profile (size-optimised, LTO, panics unwind so they
#    become TrackingError.Internal). `cargo rustc --crate-type staticlib` keeps the crate's
#    normal crate types (cdylib, lib) out of the iOS build.
build() {
  cargo rustc -q -p tracking-core-swift --profile mobile --target "$1" --crate-type staticlib \
    ${PANIC_PROBE:+--features panic-probe}
}
build aarch64-apple-ios
echo "xcframework: device library target/aarch64-apple-ios/mobile/libtracking_core_ffi.a"
if [ "${1:-}" = "--device-only" ]; then exit 0; fi
build aarch64-apple-ios-sim
build x86_64-apple-ios
build aarch64-apple-darwin
build x86_64-apple-darwin
mkdir -p "$OUT/sim" "$OUT/macos"
lipo -create target/aarch64-apple-ios-sim/mobile/libtracking_core_ffi.a \
  target/x86_64-apple-ios/mobile/libtracking_core_ffi.a -output "$OUT/sim/libtracking_core_ffi.a"
lipo -create target/aarch64-apple-darwin/mobile/libtracking_core_ffi.a \
  target/x86_64-apple-darwin/mobile/libtracking_core_ffi.a -output "$OUT/macos/libtracking_core_ffi.a"

# 2. Swift bindings from the unstripped device library (the metadata lives in its symbols).
CARGO_PROFILE_DEV_DEBUG=0 cargo build -q -p tracking-core-swift --features bindgen-cli \
  --bin uniffi-bindgen --target-dir "$ROOT/target/uniffi-bindgen"
rm -rf "$OUT/gen"
"$ROOT/target/uniffi-bindgen/debug/uniffi-bindgen" generate --library \
  target/aarch64-apple-ios/mobile/libtracking_core_ffi.a --language swift --out-dir "$OUT/gen"

# 3. Headers with the module map under the name an XCFramework needs.
rm -rf "$OUT/Headers" "$PKG/TrackingCoreFFI.xcframework"
mkdir -p "$OUT/Headers"
cp "$OUT/gen/TrackingCoreFFI.h" "$OUT/Headers/"
cp "$OUT/gen/TrackingCoreFFI.modulemap" "$OUT/Headers/module.modulemap"
xcodebuild -create-xcframework \
  -library target/aarch64-apple-ios/mobile/libtracking_core_ffi.a -headers "$OUT/Headers" \
  -library "$OUT/sim/libtracking_core_ffi.a" -headers "$OUT/Headers" \
  -library "$OUT/macos/libtracking_core_ffi.a" -headers "$OUT/Headers" \
  -output "$PKG/TrackingCoreFFI.xcframework"

# 4. The generated Swift into the package; then `swift test` (or Xcode) in bindings-swift/swift.
mkdir -p "$PKG/Sources/TrackingCore/Generated"
cp "$OUT/gen/TrackingCore.swift" "$PKG/Sources/TrackingCore/Generated/"
echo "xcframework: $PKG/TrackingCoreFFI.xcframework; now: cd bindings-swift/swift && swift test"
