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
