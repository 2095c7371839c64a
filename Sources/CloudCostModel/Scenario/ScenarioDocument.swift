/// A scenario file: the plan and its variants, each a complete, validated scenario.
public struct ScenarioDocument: Sendable, Equatable {
    public let scenario: Scenario
    public let variants: [Variant]

    /// An alternative to the plan: the scenario with the variant's patch applied.
    public struct Variant: Sendable, Equatable {
        public let name: String
        public let scenario: Scenario
    }
}
