// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Vigil",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Vigil", targets: ["Vigil"]),
        .executable(name: "specs", targets: ["specs"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .systemLibrary(name: "CMalloc"),
        .target(name: "YAMLKit", dependencies: ["CYAML"]),
        .target(name: "VigilCore"),
        .target(name: "VigilModel", dependencies: ["VigilCore"]),
        .target(name: "VigilDSL", dependencies: ["VigilCore", "VigilModel"]),
        .target(name: "VigilBackends", dependencies: ["VigilCore", "VigilModel", "YAMLKit"]),
        .target(
            name: "VigilCompiler",
            dependencies: ["VigilCore", "VigilDSL", "VigilModel", "VigilBackends", "YAMLKit", "CMalloc"]
        ),
        .target(
            name: "VigilImport",
            dependencies: ["VigilCore", "VigilModel", "VigilDSL", "VigilBackends", "VigilCompiler", "YAMLKit"]
        ),
        .target(name: "VigilEndToEnd", dependencies: ["VigilCompiler", "VigilModel", "VigilBackends"]),
        .target(
            name: "Vigil",
            dependencies: [
                "VigilDSL", "VigilBackends", "VigilCompiler", "VigilEndToEnd", "VigilImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "specs", dependencies: ["Vigil"], path: "specs"),
        .executableTarget(
            name: "vigil-bench",
            dependencies: [
                "VigilDSL", "VigilModel", "VigilBackends", "VigilCompiler", "VigilImport", "YAMLKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/VigilBenchmark"
        ),
        .testTarget(name: "YAMLKitTests", dependencies: ["YAMLKit", "CYAML"]),
        .testTarget(name: "VigilCoreTests", dependencies: ["VigilCore"]),
        .testTarget(name: "VigilModelTests", dependencies: ["VigilModel", "VigilCore"]),
        .testTarget(name: "VigilBackendsTests", dependencies: ["VigilBackends", "VigilModel"]),
        .testTarget(name: "VigilDSLTests", dependencies: ["VigilDSL", "YAMLKit"]),
        .testTarget(
            name: "VigilCompilerTests",
            dependencies: ["VigilCompiler", "VigilModel", "VigilBackends", "VigilEndToEnd", "YAMLKit"]
        ),
        .testTarget(
            name: "VigilImportTests", dependencies: ["VigilImport", "VigilCore", "VigilModel"], exclude: ["Fixtures"]
        ),
        .testTarget(name: "VigilTests", dependencies: ["Vigil", "VigilBackends"]),
        .testTarget(
            name: "VigilEndToEndTests", dependencies: ["VigilEndToEnd", "VigilCompiler", "VigilModel", "VigilBackends"]
        ),
        .testTarget(name: "VigilBenchmarkTests", dependencies: ["vigil-bench", "VigilDSL", "VigilImport", "YAMLKit"]),
        .testTarget(
            name: "GuideExamplesTests", dependencies: ["Vigil", "VigilCompiler", "VigilModel", "VigilBackends"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
