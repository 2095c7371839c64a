import CostsimCore

/// The scenario's uncertain inputs (`"uncertainty": {…}`), for `costsim risk`: each optional, each
/// a `Distribution`. A draw is a whole, consistent scenario: one value of each input, applied as
/// written here (see `RiskDraw`).
package struct Uncertainty: Sendable, Equatable {
    /// Yen per USD, in place of `fx`: one value for every fiscal year of a draw, or with `fxEachYear`
    /// one drawn for each fiscal year.
    package let fx: Distribution?
    package let fxEachYear: Bool
    /// Multipliers of a fee's amounts and rates, by label.
    package let fees: [FeeUncertainty]
    /// A multiplier of every Government Cloud cost: each member's `standalone.governmentCloud` and
    /// every fee of category `governmentCloud` (with the fee's own multiplier, when it has one).
    package let governmentCloud: Distribution?
    /// Added to every member's `populationGrowth` (0.005 is half a percentage point a year).
    package let populationGrowth: Distribution?
    /// Multipliers of every member's `personnel.costPerStaff` and of every `joinCost`.
    package let staffCost: Distribution?
    package let joinCost: Distribution?
    /// Whole months by which a member's join slips (drawn for each member on its own); the members
    /// it applies to (nil: every member that joins).
    package let joinDelay: Distribution?
    package let joinDelayMembers: [String]?
    /// Where the ranges come from, as the user writes it (shown with the results).
    package let sources: [String]

    package struct FeeUncertainty: Sendable, Equatable {
        package let label: String
        package let multiplier: Distribution
    }
}
