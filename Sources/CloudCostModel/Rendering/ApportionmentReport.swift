/// The terminal text of `costsim apportion`.
public struct ApportionmentReport {
    public var scenarioName: String
    public var table: ReportTable
    /// Each shared fee's basis, under the table.
    public var basis: [ReportTable]
    public var unitLine: String

    public init(
        results: ScenarioResults, apportionment: ApportionmentTable, language: Language = .ja, unit: DisplayUnit = .yen,
        years: YearStyle = .western
    ) {
        let tables = ReportTables(results: results, language: language, unit: unit, years: years)
        scenarioName = results.scenario.name
        table = tables.apportionment(apportionment)
        basis = tables.apportionmentBasis(apportionment)
        unitLine = tables.unitLine
    }

    public func render() -> String {
        "\(scenarioName)  \(unitLine)\n\n" + table.text() + basis.map { "\n" + $0.text() }.joined()
    }
}
