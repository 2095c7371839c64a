import CostsimCore

/// What one case costs: every member's figures for every fiscal year, and what each member paid
/// of each group fee (for the secretariat's apportionment table).
package struct CaseResult: Sendable {
    package let name: CaseName
    package let fiscalYears: ClosedRange<Int>
    package let members: [Member]
    /// `figures[member][yearIndex]`.
    package let figures: [[CategoryFigures]]
    package let fees: [FeeLedger]

    package func figures(member index: Int, fiscalYear: Int) -> CategoryFigures {
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
