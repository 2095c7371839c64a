import CostsimCore

extension Scenario {
    /// The scenario with `edit` applied to the JSON it came from, validated exactly as a file is.
    ///
    /// Every what-if change goes through here (a moved join month, an input scaled by `sensitivity`),
    /// so no analysis can compute with a scenario that `validate` would refuse: what a change makes
    /// invalid (a population grown past the limit, an amount past 10^13 yen) is thrown as the same
    /// `PATH: message` problems a file gets. Members whose JSON the edit leaves as it was are taken
    /// over without decoding them again.
    package func revised(_ edit: (inout JSONValue) -> Void) throws(ScenarioError) -> Scenario {
        var json = source
        edit(&json)
        let diagnostics = Diagnostics()
        let scenario = ScenarioDecoder.decodeScenario(json, diagnostics: diagnostics, base: (source, self))
        guard let scenario, diagnostics.issues.isEmpty else { throw .invalid(diagnostics.issues) }
        return scenario
    }

    /// The scenario with member `index`'s JSON edited by `edit` (see `revised(_:)`).
    package func revised(member index: Int, _ edit: (inout JSONValue) -> Void) throws(ScenarioError) -> Scenario {
        try revised { json in
            json.update("members") { members in
                members.updateEach { position, member in if position == index { edit(&member) } }
            }
        }
    }
}
