// swift-tools-version:5.9
// The Swift package of tracking-core for iOS and macOS apps. NOT BUILT on this repository's
// Linux CI (no Swift compiler there): on a Mac, run ../scripts/build-xcframework.sh first (it
// writes TrackingCoreFFI.xcframework and Sources/TrackingCore/Generated/TrackingCore.swift),
// then `swift test` here. See docs/mobile.md.
import PackageDescription

let package = Package(
    name: "TrackingCore",
    platforms: [.iOS(.v15), .macOS(.v12)],
    products: [
        .library(name: "TrackingCore", targets: ["TrackingCore"]),
    ],
    targets: [
        // The Rust library as static libraries per platform, with the C header and module map.
        .binaryTarget(name: "TrackingCoreFFI", path: "TrackingCoreFFI.xcframework"),
        // Generated bindings (Generated/TrackingCore.swift) plus hand-written conveniences.
        .target(name: "TrackingCore", dependencies: ["TrackingCoreFFI"]),
        .testTarget(name: "TrackingCoreTests", dependencies: ["TrackingCore"]),
    ]
)
