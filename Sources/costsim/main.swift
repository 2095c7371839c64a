import CostsimCLI
import Foundation

let outcome = Costsim(readStandardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) })
    .run(Array(CommandLine.arguments.dropFirst()))
FileHandle.standardOutput.write(Data(outcome.standardOutput.utf8))
FileHandle.standardError.write(Data(outcome.standardError.utf8))
exit(outcome.status)
