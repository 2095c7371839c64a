/// The terminal text of `costsim run`: comparisons with staying alone, then costs by fiscal year.
public struct RunReport {
    public var tables: ReportTables
    /// Member ids whose fiscal-year tables are added.
    public var memberIDs: [String]

    public init(results: ScenarioResults, language: Language = .ja, unit: DisplayUnit = .yen, memberIDs: [String] = []) {
        self.tables = ReportTables(results: results, language: language, unit: unit)
        self.memberIDs = memberIDs
    }

    /// Every table of the run, in order, each handed to `body` as it is made: comparisons, the
    /// group's years for each case, then the requested members' years for each case.
    public func forEachTable(_ body: (ReportTable) -> Void) throws(AmountOverflowError) {
        let results = tables.results
        for index in results.comparisons.indices { body(tables.comparison(caseIndex: index + 1)) }
        for index in results.cases.indices { body(try tables.fiscalYears(caseIndex: index)) }
        for id in memberIDs {
            for index in results.cases.indices {
                guard let member = results.cases[index].members.firstIndex(where: { $0.id == id }) else { continue }
                body(try tables.fiscalYears(caseIndex: index, member: member))
            }
        }
    }

    public func render(to sink: OutputSink) throws(AmountOverflowError) {
        sink.write("\(tables.results.scenario.name)\n\(tables.periodLine)  \(tables.unitLine)\n")
        try forEachTable { sink.write("\n" + $0.text()) }
    }

    public func render() throws(AmountOverflowError) -> String {
        let (sink, bytes) = OutputSink.collecting()
        try render(to: sink)
        return String(decoding: bytes(), as: UTF8.self)
    }
}

/// The terminal text of `costsim apportion`.
public struct ApportionmentReport {
    public var scenarioName: String
    public var table: ReportTable
    public var unitLine: String

    public init(results: ScenarioResults, apportionment: ApportionmentTable, language: Language = .ja, unit: DisplayUnit = .yen) {
        let tables = ReportTables(results: results, language: language, unit: unit)
        scenarioName = results.scenario.name
        table = tables.apportionment(apportionment)
        unitLine = tables.unitLine
    }

    public func render() -> String {
        "\(scenarioName)  \(unitLine)\n\n" + table.text()
    }
}
