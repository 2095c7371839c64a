import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    /// `costsim validate`: OK, or every problem.
    static let validate = Command(
        name: "validate",
        summary: "Check a scenario file: prints OK, or every problem as PATH: message.",
        description: """
            Checks FILE against the costsim/1 format, its variants included. Prints OK (exit status 0), or
            every problem found as PATH: message on standard error (exit status 1).
            """,
        options: [.lang, .set],
        run: { invocation in
            let document = try invocation.loadScenario()
            // A valid file must also compute: figures beyond 64-bit yen are reported here too.
            _ = try ScenarioResults(document)
            invocation.output.write("OK\n")
        })
}
