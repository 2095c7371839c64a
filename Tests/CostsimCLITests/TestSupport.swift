import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// Runs a command in process, as `costsim ARGUMENTS` would, with `stdin` as its standard input.
func costsim(_ arguments: String..., stdin: String = "") -> Costsim.Outcome {
    Costsim(readStandardInput: { Array(stdin.utf8) }).run(arguments)
}
