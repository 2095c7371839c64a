import CloudCostModel
import CostsimCore

/// The reduction target as the three formats for people show it: terminal text, Markdown, and one
/// self-contained HTML page with a waterfall chart for each case. The report (`ReportDocument`)
/// puts the same tables and charts on its own target page.
package struct TargetPage: Sendable {
    package var results: [TargetResult]
    package var tables: TargetTables
    package var scenarioName: String

    package init(_ results: [TargetResult], tables: TargetTables, scenarioName: String) {
        self.results = results
        self.tables = tables
        self.scenarioName = scenarioName
    }

    var language: Language { tables.language }
    var unitLine: String { tables.labels.unit(tables.unit.name(language)) }

    /// Each case's two tables, the council's and the bridge.
    package func caseTables(_ result: TargetResult, members: [Int]? = nil, group: Bool = true) -> [ReportTable] {
        [tables.table(result, members: members, group: group), tables.bridge(result, members: members, group: group)]
    }

    package func text() -> String {
        "\(scenarioName)\n\(unitLine)\n" + results.flatMap { caseTables($0) }.map { "\n" + $0.text() }.joined()
    }

    package func markdown() -> String {
        "# \(Markdown.escape(scenarioName))\n\n\(unitLine)\n\n"
            + results.flatMap { caseTables($0) }.map { $0.markdown() }.joined(separator: "\n")
    }

    /// The waterfall of a case for the group (`member` nil) or one member, in a `<figure>` with its caption.
    package func figure(_ result: TargetResult, member: Int? = nil, id: String) -> String {
        let labels = tables.labels
        let whose = member.map { result.members[$0].name } ?? labels.groupTotal
        let title = TargetLabels.chartTitle(whose, labels.caseName(result.caseName), language)
        let figures = member.map { result.figures[$0] } ?? result.group
        return "<figure>\n<figcaption>\(HTML.escape(title))</figcaption>\n"
            + WaterfallChart.svg(
                figures, target: result.target, id: id, title: title, labels: labels, format: tables.format, language: language,
                ownName: TargetLabels.own(language))
            + "</figure>\n"
    }

    package func html(provenance: Provenance? = nil, years: YearStyle = .western) -> String {
        var page = HTML.pageStart(language: language, title: scenarioName, meta: unitLine)
        for (index, result) in results.enumerated() {
            let caseTables = caseTables(result)
            page += HTML.sectionStart(tables.labels.caseName(result.caseName), before: caseTables.first)
            page += figure(result, id: "case\(index)")
            for table in caseTables { page += table.html() }
            page += "</section>\n"
        }
        return page + HTML.pageEnd(footer: tables.labels.reportFooter, trace: provenance?.text(language, years: years))
    }
}
