import CostsimCore

/// What one case costs: every member's figures for every fiscal year, and what each member paid
/// of each group fee (for the secretariat's apportionment table).
public struct CaseResult: Sendable {
    public let name: CaseName
    public let fiscalYears: ClosedRange<Int>
    public let members: [Member]
    /// `figures[member][yearIndex]`.
    public let figures: [[CategoryFigures]]
    package let fees: [FeeLedger]

    public func figures(member index: Int, fiscalYear: Int) -> CategoryFigures {
        figures[index][fiscalYear - fiscalYears.lowerBound]
    }

    /// The whole group's figures per fiscal year.
    package func groupFigures() throws(AmountOverflowError) -> [CategoryFigures] {
        var result = [CategoryFigures](repeating: CategoryFigures(), count: fiscalYears.count)
        for member in figures {
            for (year, value) in member.enumerated() {
                result[year] = try CategoryFigures.sum(result[year], value, [.group, .fiscalYear(fiscalYears.lowerBound + year)])
            }
        }
        return result
    }
}
