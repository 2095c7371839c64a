// swift-tools-version:6.0
import PackageDescription

// costsim has no dependencies beyond the Swift toolchain, by design.
//
// Four layers, each a target that may use only the ones below it (SwiftPM refuses a cycle between
// targets, so the compiler keeps the layering; docs/ARCHITECTURE.md is the map):
//
//   CostsimCLI      the commands, their options and help, files and streams   (costsim: a thin executable)
//   CostsimReports  every rendering and every word: tables, charts, pages, labels and messages in ja/en
//   CloudCostModel  scenario, reference data, engine, apportionment, results, analyses, risk, schedule
//   CostsimCore     numbers, JSON, output sinks, text escaping and display width, the Language enum
//
// Between targets, `package` access; `public` is what a user of the library calls.
//
// No unsafe flags: they would make costsim unusable as a dependency. The tests run optimised
// (`swift test -Xswiftc -O`, in the README and .ci/run) because they compute tens of thousands of
// schedules and draws, and unoptimised Swift is some 30 times slower at 128-bit arithmetic.
let package = Package(
    name: "costsim",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "CloudCostModel", targets: ["CostsimCore", "CloudCostModel", "CostsimReports"]),
        .executable(name: "costsim", targets: ["costsim"]),
        .executable(name: "costsim-bench", targets: ["costsim-bench"]),
    ],
    targets: [
        .target(name: "CostsimCore"),
        .target(name: "CloudCostModel", dependencies: ["CostsimCore"]),
        .target(name: "CostsimReports", dependencies: ["CostsimCore", "CloudCostModel"]),
        // The command-line interface as a library, so tests can run commands without a process.
        .target(name: "CostsimCLI", dependencies: ["CostsimCore", "CloudCostModel", "CostsimReports"]),
        .executableTarget(name: "costsim", dependencies: ["CostsimCLI"]),
        // Reading the census reference data in ../shared and building national-scale scenarios from it.
        .target(name: "ReferenceData", dependencies: ["CostsimCore", "CloudCostModel"]),
        .executableTarget(
            name: "costsim-bench",
            dependencies: ["CostsimCore", "CloudCostModel", "CostsimReports", "CostsimCLI", "ReferenceData"]),
        // Unit tests of the library's three layers, in folders that mirror Sources/ (CostsimCore/Numbers/…,
        // CloudCostModel/Engine/…, CostsimReports/Rendering/…).
        .testTarget(name: "CloudCostModelTests", dependencies: ["CostsimCore", "CloudCostModel", "CostsimReports", "ReferenceData"]),
        // Unit tests of the command line: declarations, help, usage messages.
        .testTarget(name: "CostsimCLITests", dependencies: ["CostsimCore", "CloudCostModel", "CostsimReports", "CostsimCLI"]),
        // Whole commands as a user runs them, in process and as the built binary: outputs, files,
        // streams, refusals, the golden Reports/, fuzzing.
        .testTarget(
            name: "CostsimEndToEndTests", dependencies: ["CostsimCore", "CloudCostModel", "CostsimReports", "CostsimCLI"]),
    ]
)
