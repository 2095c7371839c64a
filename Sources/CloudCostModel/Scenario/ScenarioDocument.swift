import CostsimCore

/// A scenario file: the plan and its variants, each a complete, validated scenario.
public struct ScenarioDocument: Sendable, Equatable {
    public let scenario: Scenario
    public let variants: [Variant]
    /// What the file leaves for the user to fill (未入力): computed as 0 until then, and said so.
    public var warnings: [ValidationIssue] = []

    /// An alternative to the plan: the scenario with the variant's patch applied.
    public struct Variant: Sendable, Equatable {
        public let name: String
        public let scenario: Scenario
    }
}
