import CloudCostModel
import CostsimCore

/// The terminal text of `costsim apportion`.
package struct ApportionmentReport {
    package var scenarioName: String
    package var table: ReportTable
    /// Each shared fee's basis, under the table.
    package var basis: [ReportTable]
    package var unitLine: String

    package init(
        results: ScenarioResults, apportionment: ApportionmentTable, language: Language = .ja, unit: DisplayUnit = .yen,
        years: YearStyle = .western
    ) {
        let tables = ReportTables(results: results, language: language, unit: unit, years: years)
        scenarioName = results.scenario.name
        table = tables.apportionment(apportionment)
        basis = tables.apportionmentBasis(apportionment)
        unitLine = tables.unitLine
    }

    package func render() -> String {
        "\(scenarioName)  \(unitLine)\n\n" + table.text() + basis.map { "\n" + $0.text() }.joined()
    }
}
