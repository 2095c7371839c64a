// swift-tools-version:6.0
import PackageDescription

// costsim has no dependencies beyond the Swift toolchain, by design.
let package = Package(
    name: "costsim",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "CloudCostModel", targets: ["CloudCostModel"]),
        .executable(name: "costsim", targets: ["costsim"]),
        .executable(name: "costsim-bench", targets: ["costsim-bench"]),
    ],
    targets: [
        // The model: scenario input and validation, the engine, apportionment, comparison, rendering.
        // Optimised in debug builds too: the tests compute tens of thousands of schedules and draws with
        // the engine, and unoptimised Swift is some 30 times slower at its 128-bit integer arithmetic
        // (the whole test run: about a minute more). Overflow checks stay on; -Ounchecked is never used.
        .target(name: "CloudCostModel", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // The command-line interface as a library, so tests can run commands without a process.
        .target(name: "CostsimCLI", dependencies: ["CloudCostModel"]),
        // Thin executables.
        .executableTarget(name: "costsim", dependencies: ["CostsimCLI"]),
        // Reading the census reference data in ../shared and building national-scale scenarios from it.
        .target(name: "ReferenceData", dependencies: ["CloudCostModel"]),
        .executableTarget(name: "costsim-bench", dependencies: ["CloudCostModel", "CostsimCLI", "ReferenceData"]),
        .testTarget(name: "CloudCostModelTests", dependencies: ["CloudCostModel", "ReferenceData"]),
        .testTarget(name: "CostsimCLITests", dependencies: ["CostsimCLI", "CloudCostModel"]),
    ]
)
