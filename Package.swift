// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kizuna",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kizuna", targets: ["kizuna"]),
        .library(name: "KizunaCore", targets: ["KizunaCore"]),
    ],
    // The command line allocates with mimalloc where the Makefile asks for it (`--traits Mimalloc`, which needs
    // libmimalloc-dev); plain `swift build` and `swift run` need only libcmark.
    traits: [
        .trait(name: "Mimalloc", description: "Link the command line with mimalloc (libmimalloc-dev).")
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The memory libcmark parses in (see Sources/CmarkArena/arena.c).
        .target(
            name: "CmarkArena",
            dependencies: ["Ccmark"]
        ),
        // Hints to the processor's caches and the system's page cache (see Sources/CPrefetch).
        .target(name: "CPrefetch"),
        // A note's bytes checked as UTF-8 and their lines found, 32 bytes at a time (see Sources/CTextScan).
        .target(name: "CTextScan"),
        // Whether standard output was written in full (see Sources/CStandardOutput).
        .target(name: "CStandardOutput"),
        // The command line's allocator (see Sources/kizuna/Allocator.swift).
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        .target(
            name: "KizunaCore",
            dependencies: [
                "Ccmark",
                "CmarkArena",
                "CPrefetch",
                "CTextScan",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .executableTarget(
            name: "kizuna",
            dependencies: [
                "KizunaCore",
                .target(name: "CMimalloc", condition: .when(traits: ["Mimalloc"])),
                "CStandardOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "KizunaSynth",
            dependencies: ["KizunaCore"]
        ),
        .executableTarget(
            name: "kizuna-bench",
            dependencies: ["KizunaCore", "KizunaSynth", "Ccmark"]
        ),
        // A libFuzzer target over the in-memory journal (`make fuzz`).
        .executableTarget(
            name: "kizuna-fuzz",
            dependencies: ["KizunaCore"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .testTarget(
            name: "KizunaCoreTests",
            dependencies: ["KizunaCore", "KizunaSynth"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "KizunaCLITests",
            dependencies: ["KizunaCore", "KizunaSynth"],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
