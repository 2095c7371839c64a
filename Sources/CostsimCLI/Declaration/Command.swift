import CloudCostModel
import CostsimCore
import CostsimReports

/// A command, declared once: its name, what it does, its options and how it runs. The overview,
/// each command's help and usage line, parsing, "did you mean" suggestions and dispatch are all
/// derived from the list of these (`Costsim.commands`).
struct Command: Sendable {
    let name: String
    /// One line for the overview (`costsim --help`), in each language.
    let summary: Words
    /// What it does, for its own help; paragraphs as written, in each language.
    let description: Words
    let options: [Option]
    /// What the command reads, as the usage line shows it: the scenario `FILE` (most commands), a
    /// spreadsheet, or nothing.
    var operand = "FILE"
    /// Whether it reads a scenario, and so takes `--set` (every command that does).
    var readsScenario: Bool { operand == "FILE" }
    /// Runs the command once its arguments have been parsed against `options`.
    let run: @Sendable (Invocation) throws -> Void

    /// The option called `name`, if the command has it.
    func option(_ name: OptionName) -> Option? { options.first { $0.name == name } }
}
