/// A whole report for a council briefing (議会説明): the comparisons, the costs by fiscal year and
/// the apportionment table, as Markdown or as one self-contained HTML page with charts.
public struct ReportDocument: Sendable {
    public var tables: ReportTables
    /// The fiscal year of the apportionment table.
    public var apportionmentYear: Int

    /// `apportionmentYear` defaults to the last fiscal year of the period.
    public init(
        results: ScenarioResults, language: Language = .ja, unit: DisplayUnit = .thousand, apportionmentYear: Int? = nil,
        years: YearStyle = .western
    ) {
        tables = ReportTables(results: results, language: language, unit: unit, years: years)
        let years = results.scenario.fiscalYears
        self.apportionmentYear = min(max(apportionmentYear ?? years.upperBound, years.lowerBound), years.upperBound)
    }

    var results: ScenarioResults { tables.results }
    var labels: Labels { tables.labels }

    struct Sections {
        var comparisons: [ReportTable]
        var savings: [ReportTable]
        var years: [ReportTable]
        var apportionment: [ReportTable]
    }

    /// The report's tables, the cases computed one at a time (a variant's figures are let go once its
    /// tables are made).
    func sections() throws -> Sections {
        let table = try ApportionmentTable(results.plan, fiscalYear: apportionmentYear)  // within the period: never nil
        var sections = Sections(comparisons: [], savings: [], years: [], apportionment: table.map { [tables.apportionment($0)] } ?? [])
        try results.forEachCase { result, comparison in
            if let comparison {
                sections.comparisons.append(tables.comparison(result, comparison))
                sections.savings.append(tables.savingsByCategory(result, comparison))
                sections.savings.append(
                    tables.savingsByYear(
                        caseName: result.name, whose: nil, years: result.fiscalYears, savings: comparison.group.yearlyByCategory))
            }
            sections.years.append(try tables.fiscalYears(result))
        }
        return sections
    }

    /// The tables without their notes, and their notes once each, in order: a section's tables
    /// share the same notes, which need saying only once.
    static func notesOnce(_ tables: [ReportTable]) -> ([ReportTable], [String]) {
        var notes: [String] = []
        for note in tables.flatMap(\.notes) where !notes.contains(note) { notes.append(note) }
        return (
            tables.map {
                var table = $0
                table.notes = []
                return table
            }, notes
        )
    }

    // MARK: Markdown

    public func markdown() throws -> String { try OutputSink.text { try markdown(to: $0) } }

    /// The Markdown report, written to `sink` table by table.
    public func markdown(to sink: OutputSink) throws {
        let sections = try sections()
        sink.write("# \(Markdown.escape(results.scenario.name))\n\n\(tables.periodLine)　\(tables.unitLine)\n\n")
        func section(_ title: String, _ tables: [ReportTable]) {
            let (bare, notes) = Self.notesOnce(tables)
            sink.write("## \(title)\n\n")
            for (index, table) in bare.enumerated() { sink.write((index > 0 ? "\n" : "") + table.markdown()) }
            sink.write((notes.isEmpty ? "" : "\n" + notes.map { "※ \(Markdown.escape($0))" }.joined(separator: "  \n") + "\n") + "\n")
        }
        section(labels.reportSummary, sections.comparisons)
        section(labels.reportSavings, sections.savings)
        section(labels.reportYears, sections.years)
        section(labels.reportApportionment, sections.apportionment)
        sink.write("---\n\n\(labels.reportFooter)\n")
    }

    // MARK: HTML

    public func html() throws -> String { try OutputSink.text { try html(to: $0) } }

    /// The HTML page, written to `sink` section by section.
    public func html(to sink: OutputSink) throws {
        let sections = try sections()
        let scenario = results.scenario
        let language = tables.language
        sink.write(
            """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(scenario.name))</title>
            <style>
            \(Self.css)
            </style>
            </head>
            <body>

            """)
        var body = "<header>\n<h1>\(HTML.escape(scenario.name))</h1>\n"
        body += "<p class=\"meta\">\(HTML.escape(tables.periodLine))　\(HTML.escape(tables.unitLine))</p>\n</header>\n"
        func section(_ title: String, _ tables: [ReportTable]) {
            let (bare, notes) = Self.notesOnce(tables)
            sink.write("<section>\n<h2>\(HTML.escape(title))</h2>\n")
            for table in bare { sink.write(table.html()) }
            sink.write(notes.map { "<p class=\"note\">※ \(HTML.escape($0))</p>\n" }.joined() + "</section>\n")
        }
        sink.write(body)
        body = ""
        section(labels.reportSummary, sections.comparisons)

        // Charts, for the plan.
        let plan = results.plan
        let comparison = results.planComparison
        let planName = labels.caseName(plan.name)
        let standaloneFigures = try results.standalone.groupFigures()
        let planFigures = try plan.groupFigures()
        let largest =
            (standaloneFigures + planFigures).map { figures in
                CostCategory.allCases.reduce(Int128(0)) { $0 + Int128(figures[$1].magnitude) }
            }.max() ?? 0
        let chartUnit = tables.unit != .yen ? tables.unit : (largest >= 100_000_000 ? .million : largest >= 100_000 ? .thousand : .yen)
        body += "<section class=\"charts\">\n<h2>\(HTML.escape(labels.reportCharts))</h2>\n"
        body += "<figure>\n<figcaption>\(HTML.escape(labels.chartCostTitle(planName)))</figcaption>\n"
        body += SVGChart.costByCategory(
            standalone: standaloneFigures, plan: planFigures, years: scenario.fiscalYears,
            planName: planName, labels: labels, unit: chartUnit, language: language)
        body += "</figure>\n"
        let shown = min(plan.members.count, SVGChart.seriesColors.count)
        let series = (0..<shown).map { index in
            (
                name: plan.members[index].name, yearly: comparison.members[index].yearlySavings,
                payback: comparison.members[index].paybackFiscalYear
            )
        }
        body += "<figure>\n<figcaption>\(HTML.escape(labels.chartSavingsTitle(planName)))</figcaption>\n"
        body += SVGChart.cumulativeSavings(
            series, years: scenario.fiscalYears, caseName: planName, labels: labels, unit: chartUnit, language: language)
        if shown < plan.members.count {
            body += "<p class=\"note\">※ \(HTML.escape(labels.chartFirstMembers(shown, plan.members.count)))</p>\n"
        }
        body += "</figure>\n</section>\n"
        sink.write(body)
        section(labels.reportSavings, sections.savings)
        section(labels.reportYears, sections.years)
        section(labels.reportApportionment, sections.apportionment)
        sink.write("<footer>\(HTML.escape(labels.reportFooter))</footer>\n</body>\n</html>\n")
    }

    /// Screen and A4 print styles; no fonts, scripts or images from elsewhere.
    static let css = """
        @page { size: A4; margin: 14mm 12mm; }
        @page wide { size: A4 landscape; margin: 12mm 10mm; }
        body { font-family: "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", sans-serif;
               color: #222; max-width: 190mm; margin: 0 auto; padding: 8px; font-size: 10.5pt; line-height: 1.5; }
        h1 { font-size: 16pt; margin: 0 0 2px; }
        h2 { font-size: 13pt; border-bottom: 2px solid #4e79a7; padding-bottom: 2px; margin: 18px 0 8px; }
        .meta { color: #555; margin: 0 0 8px; }
        div.table { overflow-x: auto; }
        table { border-collapse: collapse; margin: 6px 0 4px; font-size: 9pt; width: 100%; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { border: 1px solid #bbb; padding: 2px 5px; }
        th { background: #eef2f7; font-weight: bold; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.text { white-space: nowrap; }
        tr.total td { font-weight: bold; background: #f6f6f6; border-top: 2px solid #666; }
        .note { font-size: 8.5pt; color: #555; margin: 2px 0 10px; }
        figure { margin: 8px 0 14px; break-inside: avoid; }
        figcaption { font-weight: bold; margin-bottom: 4px; }
        svg { width: 100%; height: auto; font-family: inherit; }
        svg text { fill: #333; }
        section { break-inside: auto; }
        table, figure { break-inside: avoid; }
        footer { margin-top: 18px; font-size: 8.5pt; color: #666; border-top: 1px solid #ccc; padding-top: 4px; }
        @media print {
          body { max-width: none; padding: 0; } h2 { break-after: avoid; }
          div.table { overflow: visible; }
          div.table.wide { page: wide; }
          div.table.small table { font-size: 7pt; }
          div.table.wrap th { white-space: normal; }
        }
        """
}
