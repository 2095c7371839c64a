import CostsimCore

extension Scenario {
    /// The scenario with some members joining in other months (`months`: member index → join month),
    /// built directly rather than through `revised(_:)`: `schedule` computes thousands of schedules,
    /// and re-reading the JSON would be most of the work. A test requires the result to compute
    /// exactly as the revised JSON does. `source` stays the base's, so revise the base, not this.
    func joining(_ months: [Int: Month]) -> Scenario {
        var members = self.members
        for (index, month) in months { members[index] = members[index].joining(month) }
        return Scenario(
            name: name, fiscalYears: fiscalYears, discountRate: discountRate, fx: fx, members: members, group: group,
            uncertainty: uncertainty, source: source)
    }

    /// The JSON route to the same scenario, validated as a file is: what `run` computes for the
    /// schedule's variant patch.
    package func revisedJoining(_ months: [Int: Month]) throws(ScenarioError) -> Scenario {
        try revised { json in
            json.update("members") { list in
                list.updateEach { position, member in
                    if let month = months[position] { member["joins"] = .string(month.description) }
                }
            }
        }
    }
}
