import CostsimCore

/// Where a member's baseline came from, as every table says beside it.
package enum BaselineSource: Sendable, Equatable {
    /// Written in the scenario: the member's 決算.
    case settled
    /// Written as the survey's estimate (推計).
    case surveyEstimate
    /// Not written: the stand-alone case's figure for the baseline year, computed; `estimated` when
    /// that figure rests on an estimate itself (a stand-alone cost estimated from the survey: 推計).
    case standalone(estimated: Bool)
}

/// One step of the bridge from the baseline to the target year's cost.
package struct BridgeStep: Sendable, Equatable {
    /// What moved: the member's own costs, or a group fee (by its label).
    package enum Item: Sendable, Equatable {
        case own
        case fee(String)
    }

    package let item: Item
    package let amount: Int64
}

/// A member's (or the group's) figures against the reduction target (MODEL.md, "The reduction
/// target"), in yen: the baseline, the target, the cost in the target year, and the bridge between.
package struct TargetFigures: Sendable, Equatable {
    package let baseline: Int64
    /// `baseline − floor(baseline · reduction)`; for the group, the members' sum.
    package let targetCost: Int64
    /// The counted categories in the target year.
    package let cost: Int64
    /// `cost − baseline`.
    package let change: Int64
    /// `max(0, cost − targetCost)`; for the group, the members' excesses summed.
    package let excess: Int64
    /// The steps from `baseline` to `cost`: `own` first, then each group fee with a step that is not 0.
    /// They add up to `change` exactly.
    package let bridge: [BridgeStep]

    /// `cost ≤ targetCost`.
    package var met: Bool { cost <= targetCost }

    /// `change / baseline` as an exact fraction (0 where the baseline is 0).
    package var changeRate: (numerator: Int64, denominator: Int64) { baseline == 0 ? (0, 1) : (change, baseline) }
}
