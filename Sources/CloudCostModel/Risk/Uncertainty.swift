/// The scenario's uncertain inputs (`"uncertainty": {…}`), for `costsim risk`: each optional, each
/// a `Distribution`. A draw is a whole, consistent scenario: one value of each input, applied as
/// written here (see `RiskDraw`).
public struct Uncertainty: Sendable, Equatable {
    /// Yen per USD, in place of `fx`: one value for every fiscal year of a draw, or with `fxEachYear`
    /// one drawn for each fiscal year.
    public let fx: Distribution?
    public let fxEachYear: Bool
    /// Multipliers of a fee's amounts and rates, by label.
    public let fees: [FeeUncertainty]
    /// A multiplier of every Government Cloud cost: each member's `standalone.governmentCloud` and
    /// every fee of category `governmentCloud` (with the fee's own multiplier, when it has one).
    public let governmentCloud: Distribution?
    /// Added to every member's `populationGrowth` (0.005 is half a percentage point a year).
    public let populationGrowth: Distribution?
    /// Multipliers of every member's `personnel.costPerStaff` and of every `joinCost`.
    public let staffCost: Distribution?
    public let joinCost: Distribution?
    /// Whole months by which a member's join slips (drawn for each member on its own); the members
    /// it applies to (nil: every member that joins).
    public let joinDelay: Distribution?
    public let joinDelayMembers: [String]?
    /// Where the ranges come from, as the user writes it (shown with the results).
    public let sources: [String]

    public struct FeeUncertainty: Sendable, Equatable {
        public let label: String
        public let multiplier: Distribution
    }
}
