/// The terminal text of `costsim run`: comparisons with staying alone, then costs by fiscal year.
public struct RunReport {
    public var tables: ReportTables
    /// Member ids whose fiscal-year tables are added.
    public var memberIDs: [String]

    public init(
        results: ScenarioResults, language: Language = .ja, unit: DisplayUnit = .yen, memberIDs: [String] = [],
        years: YearStyle = .western
    ) {
        self.tables = ReportTables(results: results, language: language, unit: unit, years: years)
        self.memberIDs = memberIDs
    }

    /// Every table of the run, in order, each handed to `body` as it is made: comparisons, the
    /// group's years for each case, then the requested members' years for each case.
    ///
    /// The cases are computed one at a time: of each, only the comparison table is made at once, and the
    /// figures by fiscal year (the group's, and the requested members') kept for the tables after.
    public func forEachTable(_ body: (ReportTable) -> Void) throws {
        var kept: [YearFigures] = []
        try tables.results.forEachCase { result, comparison in
            if let comparison { body(tables.comparison(result, comparison)) }
            kept.append(try YearFigures(result, memberIDs: memberIDs))
        }
        for figures in kept {
            body(tables.fiscalYears(caseName: figures.caseName, whose: nil, years: figures.years, figures: figures.group))
        }
        for (position, _) in memberIDs.enumerated() {
            for figures in kept {
                guard let (name, yearly) = figures.members[position] else { continue }
                body(tables.fiscalYears(caseName: figures.caseName, whose: name, years: figures.years, figures: yearly))
            }
        }
    }

    public func render(to sink: OutputSink) throws {
        sink.write("\(tables.results.scenario.name)\n\(tables.periodLine)  \(tables.unitLine)\n")
        try forEachTable { sink.write("\n" + $0.text()) }
    }

    public func render() throws -> String { try OutputSink.text { try render(to: $0) } }
}
