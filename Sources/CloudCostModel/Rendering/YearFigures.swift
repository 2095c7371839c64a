/// What the tables by fiscal year need of a case: its name and period, the group's figures, and those
/// of the requested members (nil where a member is not in the case).
struct YearFigures {
    let caseName: String
    let years: ClosedRange<Int>
    let group: [CategoryFigures]
    let members: [(name: String, figures: [CategoryFigures])?]

    init(_ result: CaseResult, memberIDs: [String]) throws(AmountOverflowError) {
        caseName = result.name
        years = result.fiscalYears
        group = try result.groupFigures()
        members = memberIDs.map { id in
            result.members.firstIndex { $0.id == id }.map { (result.members[$0].name, result.figures[$0]) }
        }
    }
}
