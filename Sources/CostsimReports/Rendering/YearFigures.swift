import CloudCostModel
import CostsimCore

/// What the tables by fiscal year need of a case: its name and period, the group's figures and
/// savings, and those of the requested members (nil where a member is not in the case). Savings are
/// nil for the standalone case, which is not compared with itself.
struct YearFigures {
    struct Whose {
        let name: String
        let figures: [CategoryFigures]
        let savings: [CategoryFigures]?
    }

    let caseName: CaseName
    let years: ClosedRange<Int>
    let group: Whose
    let members: [Whose?]

    init(_ result: CaseResult, _ comparison: Comparison?, memberIDs: [String]) throws(AmountOverflowError) {
        caseName = result.name
        years = result.fiscalYears
        group = Whose(name: "", figures: try result.groupFigures(), savings: comparison?.group.yearlyByCategory)
        members = memberIDs.map { id in
            result.members.firstIndex { $0.id == id }.map {
                Whose(name: result.members[$0].name, figures: result.figures[$0], savings: comparison?.members[$0]?.yearlyByCategory)
            }
        }
    }
}
