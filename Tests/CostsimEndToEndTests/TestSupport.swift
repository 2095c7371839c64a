import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// The package's root, found from this file's path, so tests can read `Scenarios/` and `Reports/`.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Runs a command in process, as `costsim ARGUMENTS` would, with `stdin` as its standard input.
func costsim(_ arguments: String..., stdin: String = "") -> Costsim.Outcome {
    Costsim(readStandardInput: { Array(stdin.utf8) }).run(arguments)
}

func temporaryFile(_ bytes: [UInt8]) -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-test-\(UUID().uuidString).json").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
}

/// The built `costsim` beside this test bundle (swift test builds it with the tests).
let costsimBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("costsim").path

/// Runs a shell command line with `$COSTSIM` set to the built binary; its exit status and standard error.
func shell(_ script: String) throws -> (status: Int32, standardError: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.environment = ["COSTSIM": costsimBinary, "PATH": "/usr/bin:/bin"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
