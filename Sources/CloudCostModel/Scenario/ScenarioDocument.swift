import CostsimCore

/// A scenario file: the plan and its variants, each a complete, validated scenario.
package struct ScenarioDocument: Sendable, Equatable {
    package let scenario: Scenario
    package let variants: [Variant]
    /// What the file leaves for the user to fill (未入力): computed as 0 until then, and said so.
    package var warnings: [ValidationIssue] = []

    /// An alternative to the plan: the scenario with the variant's patch applied.
    package struct Variant: Sendable, Equatable {
        package let name: String
        package let scenario: Scenario
    }
}
