import CostsimCore

/// A figure went beyond what 64-bit yen can hold (about 9.2 × 10^18 yen): where, as the member,
/// fiscal year, fee and category (or the figure) it was computed for.
public struct AmountOverflowError: Error, Equatable {
    /// One part of where the figure was computed.
    package enum Part: Equatable, Sendable {
        /// A name from the scenario: a member's, a fee's label.
        case name(String)
        /// The whole group, all members together.
        case group
        case fiscalYear(Int)
        case month(Month)
        case category(CostCategory)
        case figure(Figure)
    }

    /// Which figure, when it is not a category of one member's year.
    package enum Figure: Equatable, Sendable {
        case standaloneTotal, total, savings, cumulativeSavings, ownCosts, coalitionGain, coalitionSavings, groupSavings
        case shapleyValue, changeInSavings, presentValue, targetYearCost, changeFromBaseline
    }

    package var context: [Part]
    package init(context: [Part]) { self.context = context }
}
