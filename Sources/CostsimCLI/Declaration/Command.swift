import CloudCostModel

/// A command, declared once: its name, what it does, its options and how it runs. The overview,
/// each command's help and usage line, parsing, "did you mean" suggestions and dispatch are all
/// derived from the list of these (`Costsim.commands`).
struct Command: Sendable {
    let name: String
    /// One line for the overview (`costsim --help`).
    let summary: String
    /// What it does, for its own help; paragraphs as written.
    let description: String
    let options: [Option]
    /// Runs the command once its arguments have been parsed against `options`.
    let run: @Sendable (Invocation) throws -> Void

    /// The option called `name` (with `--`), if the command has it.
    func option(_ name: String) -> Option? { options.first { $0.name == name } }
}
