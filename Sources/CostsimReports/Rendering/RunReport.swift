import CloudCostModel
import CostsimCore

/// The terminal text of `costsim run`: comparisons with staying alone, then costs by fiscal year.
package struct RunReport {
    package var tables: ReportTables
    /// Member ids whose fiscal-year tables are added.
    package var memberIDs: [String]

    package init(
        results: ScenarioResults, language: Language = .ja, unit: DisplayUnit = .yen, memberIDs: [String] = [],
        years: YearStyle = .western
    ) {
        self.tables = ReportTables(results: results, language: language, unit: unit, years: years)
        self.memberIDs = memberIDs
    }

    /// Every table of the run, in order, each handed to `body` as it is made: for each case compared
    /// with staying alone, the comparison and the savings by category; then for each case the group's
    /// costs and savings by fiscal year; then the requested members' costs and savings by fiscal year.
    ///
    /// The cases are computed one at a time: of each, the tables of its totals are made at once, and
    /// the figures by fiscal year (the group's, and the requested members') kept for the tables after.
    package func forEachTable(_ body: (ReportTable) -> Void) throws {
        var kept: [YearFigures] = []
        try tables.results.forEachCaseWithTarget { result, comparison, target in
            if let comparison {
                body(tables.comparison(result, comparison, targetLine: target.map { tables.targetLine($0, pointing: true) }))
                body(tables.savingsByCategory(result, comparison))
            }
            kept.append(try YearFigures(result, comparison, memberIDs: memberIDs))
        }
        func yearTables(_ figures: YearFigures, _ whose: YearFigures.Whose, name: String?) {
            body(tables.fiscalYears(caseName: figures.caseName, whose: name, years: figures.years, figures: whose.figures))
            if let savings = whose.savings {
                body(tables.savingsByYear(caseName: figures.caseName, whose: name, years: figures.years, savings: savings))
            }
        }
        for figures in kept { yearTables(figures, figures.group, name: nil) }
        for position in memberIDs.indices {
            for figures in kept {
                guard let whose = figures.members[position] else { continue }
                yearTables(figures, whose, name: whose.name)
            }
        }
    }

    package func render(to sink: OutputSink) throws {
        sink.write("\(tables.results.scenario.name)\n\(tables.periodLine)  \(tables.unitLine)\n")
        try forEachTable { sink.write("\n" + $0.text()) }
    }

    package func render() throws -> String { try OutputSink.text { try render(to: $0) } }
}
