import CloudCostModel
import CostsimCore

/// A whole report for a council briefing (議会説明): the comparisons, the costs by fiscal year and
/// the apportionment table, as Markdown or as one self-contained HTML page with charts.
public struct ReportDocument: Sendable {
    package var tables: ReportTables
    /// The fiscal year of the apportionment table.
    package var apportionmentYear: Int
    /// For a member's council pack: its id (nil: the whole group's report).
    package var member: String?
    /// What made the report, said under it (nil: nothing said, as in the library's own use).
    package var provenance: Provenance?

    /// The footer's second line: version, inputs and day (every case is in a report: no case named).
    var trace: String? { provenance?.text(tables.language, years: tables.years) }

    /// `apportionmentYear` defaults to the last fiscal year of the period. With `member`, the report is
    /// that member's alone: its comparison in each case, its savings by category and fiscal year, its
    /// costs by fiscal year staying alone and in each case, its cumulative savings in each case, and
    /// its row of the 負担金 table.
    public init(
        results: ScenarioResults, language: Language = .ja, unit: DisplayUnit = .thousand, apportionmentYear: Int? = nil,
        years: YearStyle = .western, member: String? = nil, provenance: Provenance? = nil
    ) {
        tables = ReportTables(results: results, language: language, unit: unit, years: years)
        let years = results.scenario.fiscalYears
        self.apportionmentYear = min(max(apportionmentYear ?? years.upperBound, years.lowerBound), years.upperBound)
        self.member = member
        self.provenance = provenance
    }

    var results: ScenarioResults { tables.results }
    var labels: Labels { tables.labels }

    struct Sections {
        var comparisons: [ReportTable] = []
        var savings: [ReportTable] = []
        var years: [ReportTable] = []
        var apportionment: [ReportTable] = []
        /// The costs chart: stay-alone and plan figures by fiscal year (the group's, or the member's).
        var costs: (standalone: [CategoryFigures], plan: [CategoryFigures]) = ([], [])
        /// The cumulative-savings chart: a line for each member in the plan, or for a member, one for each case.
        var savingsLines: [(name: String, yearly: [Int64], payback: Int?)] = []
        /// Lines left out of the chart (beyond its colours): members' names, or for a member, cases'.
        var linesLeftOut: [String] = []
        /// The reduction target's tables (every case's, then the plan's bridge) and the plan's figures
        /// for its chart; empty when the scenario states no target.
        var target: [ReportTable] = []
        var targetChart: TargetResult?
    }

    /// The report's tables and chart data, the cases computed one at a time (a variant's figures are
    /// let go once its tables are made).
    func sections() throws -> Sections {
        let table = try ApportionmentTable(results.plan, fiscalYear: apportionmentYear)  // within the period: never nil
        var sections = Sections()
        if let member {
            try memberSections(member, apportionment: table, into: &sections)
            return sections
        }
        sections.apportionment = table.map { [tables.apportionment($0)] + tables.apportionmentBasis($0) } ?? []
        let targetTables = self.targetTables
        var bridge: ReportTable?
        try results.forEachCaseWithTarget { result, comparison, target in
            if let target {
                sections.target.append(targetTables.table(target))
                if result.name == .plan {
                    bridge = targetTables.bridge(target)
                    sections.targetChart = target
                }
            }
            if let comparison {
                sections.comparisons.append(tables.comparison(result, comparison, targetLine: target.map { tables.targetLine($0) }))
                sections.savings.append(tables.savingsByCategory(result, comparison))
                sections.savings.append(
                    tables.savingsByYear(
                        caseName: result.name, whose: nil, years: result.fiscalYears, savings: comparison.group.yearlyByCategory))
            }
            sections.years.append(try tables.fiscalYears(result))
        }
        if let bridge { sections.target.append(bridge) }
        sections.costs = (try results.standalone.groupFigures(), try results.plan.groupFigures())
        let plan = results.plan
        let compared = plan.members.indices.filter { results.planComparison.members[$0] != nil }
        let summaries = compared.compactMap { results.planComparison.members[$0] }
        let chosen = Set(ChartLineChoice.chosen(savings: summaries.map(\.savings), count: SVGChart.seriesColors.count))
        for (position, (index, summary)) in zip(compared, summaries).enumerated() {
            if chosen.contains(position) {
                sections.savingsLines.append((plan.members[index].name, summary.yearlySavings, summary.paybackFiscalYear))
            } else {
                sections.linesLeftOut.append(plan.members[index].name)
            }
        }
        return sections
    }

    /// A member's council pack: its rows of the comparison and savings tables in each case, its own
    /// tables by fiscal year, its row of the 負担金 table, and charts of its own figures.
    func memberSections(_ id: String, apportionment: ApportionmentTable?, into sections: inout Sections) throws {
        guard let index = results.scenario.members.firstIndex(where: { $0.id == id }) else {
            throw AnalysisError.noSuchMember(option: "--member", quoted: Echo.quoted(id))
        }
        let name = results.scenario.members[index].name
        // The member's row of a table whose rows are the members in order (two members may share a name).
        func onlyTheMember(_ table: ReportTable, row position: Int) -> ReportTable {
            var table = table
            table.rows = table.rows.indices.contains(position) ? [table.rows[position]] : []
            table.totalRowCount = 0
            table.sums = []  // the rows a sum is of are not there
            return table
        }
        sections.years.append(try tables.fiscalYears(results.standalone, member: index))
        let targetTables = self.targetTables
        var bridge: ReportTable?
        try results.forEachCaseWithTarget { result, comparison, target in
            guard let position = result.members.firstIndex(where: { $0.id == id }) else { return }
            if let target {
                sections.target.append(targetTables.table(target, members: [position], group: false))
                if result.name == .plan {
                    bridge = targetTables.bridge(target, members: [position], group: false)
                    sections.targetChart = target.only([id])
                }
            }
            if let comparison, let summary = comparison.members[position] {
                sections.comparisons.append(
                    onlyTheMember(
                        tables.comparison(result, comparison, targetLine: target.map { tables.targetLine($0, member: position) }),
                        row: position))
                sections.savings.append(onlyTheMember(tables.savingsByCategory(result, comparison), row: position))
                sections.savings.append(
                    tables.savingsByYear(
                        caseName: result.name, whose: name, years: result.fiscalYears,
                        savings: summary.yearlyByCategory))
                if sections.savingsLines.count < SVGChart.seriesColors.count {
                    sections.savingsLines.append((labels.caseName(result.name), summary.yearlySavings, summary.paybackFiscalYear))
                } else {
                    sections.linesLeftOut.append(labels.caseName(result.name))
                }
                sections.years.append(try tables.fiscalYears(result, member: position))
            }
        }
        sections.apportionment =
            apportionment.map { table in
                ([tables.apportionment(table)] + tables.apportionmentBasis(table)).map { onlyTheMember($0, row: index) }
            } ?? []
        if let bridge { sections.target.append(bridge) }
        sections.costs = (results.standalone.figures[index], results.plan.figures[index])
    }

    /// The reduction target's tables, in the report's language, unit and years, with its input notes.
    var targetTables: TargetTables {
        TargetTables(language: tables.language, unit: tables.unit, years: tables.years, inputNotes: tables.inputNotes)
    }

    /// The report's title: the scenario's name, with the member's for a council pack.
    var title: String { memberName.map { "\($0)　\(results.scenario.name)" } ?? results.scenario.name }

    /// The name of the member of a council pack (nil: the group's report).
    var memberName: String? { member.flatMap { id in results.scenario.members.first { $0.id == id }?.name } }

    /// The tables without their notes, and their notes once each, in order: a section's tables
    /// share the same notes, which need saying only once. With `keepingLandscape` (print), a table
    /// that prints on a landscape page of its own keeps its notes, so that the page taken out for a
    /// meeting carries them and they are not pushed onto the next page.
    static func notesOnce(_ tables: [ReportTable], keepingLandscape: Bool = false) -> ([ReportTable], [String]) {
        let kept = { (table: ReportTable) in keepingLandscape && table.printsLandscape }
        var notes: [String] = []
        for note in tables.filter({ !kept($0) }).flatMap(\.shownNotes) where !notes.contains(note) { notes.append(note) }
        return (
            tables.map {
                guard !kept($0) else { return $0 }
                var table = $0
                table.notes = []
                table.saysRounding = false
                return table
            }, notes
        )
    }

    // MARK: Markdown

    public func markdown() throws -> String { try OutputSink.text { try markdown(to: $0) } }

    /// The Markdown report, written to `sink` table by table.
    package func markdown(to sink: OutputSink) throws {
        let sections = try sections()
        sink.write("# \(Markdown.escape(title))\n\n\(tables.periodLine)　\(tables.unitLine)\n\n")
        func section(_ title: String, _ tables: [ReportTable]) {
            let (bare, notes) = Self.notesOnce(tables)
            sink.write("## \(title)\n\n")
            for (index, table) in bare.enumerated() { sink.write((index > 0 ? "\n" : "") + table.markdown()) }
            sink.write((notes.isEmpty ? "" : "\n" + notes.map { "※ \(Markdown.escape($0))" }.joined(separator: "  \n") + "\n") + "\n")
        }
        section(labels.reportSummary, sections.comparisons)
        if !sections.target.isEmpty { section(TargetLabels.pageSection(tables.language), sections.target) }
        section(labels.reportSavings, sections.savings)
        section(labels.reportYears, sections.years)
        section(labels.reportApportionment, sections.apportionment)
        sink.write(Markdown.footer(labels.reportFooter, trace: trace))
    }

    // MARK: HTML

    public func html() throws -> String { try OutputSink.text { try html(to: $0) } }

    /// The HTML page, written to `sink` section by section.
    package func html(to sink: OutputSink) throws {
        let sections = try sections()
        let scenario = results.scenario
        let language = tables.language
        sink.write(HTML.pageStart(language: language, title: title, meta: "\(tables.periodLine)　\(tables.unitLine)"))
        /// A section of tables, with `figure` (a chart) above them when given: the heading then stays
        /// with the chart on its page, whatever the first table's page.
        func section(_ title: String, _ tables: [ReportTable], figure: String? = nil) {
            let (bare, notes) = Self.notesOnce(tables, keepingLandscape: true)
            sink.write(HTML.sectionStart(title, before: figure == nil ? tables.first : nil) + (figure ?? ""))
            for table in bare { sink.write(table.html()) }
            sink.write(notes.map { "<p class=\"note\">※ \(HTML.escape($0))</p>\n" }.joined() + "</section>\n")
        }
        section(labels.reportSummary, sections.comparisons)

        // Charts, for the plan: the group's (or the member's) costs, and cumulative savings.
        let planName = labels.caseName(results.plan.name)
        let largest =
            (sections.costs.standalone + sections.costs.plan).map { figures in
                CostCategory.allCases.reduce(Int128(0)) { $0 + Int128(figures[$1].magnitude) }
            }.max() ?? 0
        let chartUnit = tables.unit != .yen ? tables.unit : (largest >= 100_000_000 ? .million : largest >= 100_000 ? .thousand : .yen)
        let whose = memberName
        var body = "<section class=\"charts\">\n<h2>\(HTML.escape(labels.reportCharts))</h2>\n"
        body +=
            "<figure>\n<figcaption>\(HTML.escape(whose.map { "\($0)：" + labels.chartMemberCostTitle(planName) } ?? labels.chartCostTitle(planName)))</figcaption>\n"
        body += SVGChart.costByCategory(
            standalone: sections.costs.standalone, plan: sections.costs.plan, years: scenario.fiscalYears,
            planName: planName, labels: labels, unit: chartUnit, language: language)
        body += "</figure>\n"
        let savingsTitle = whose.map { labels.chartMemberSavingsTitle($0) } ?? labels.chartSavingsTitle(planName)
        body += "<figure>\n<figcaption>\(HTML.escape(savingsTitle))</figcaption>\n"
        body += SVGChart.cumulativeSavings(
            sections.savingsLines, years: scenario.fiscalYears, caseName: planName, labels: labels, unit: chartUnit, language: language)
        if !sections.linesLeftOut.isEmpty {
            let shown = sections.savingsLines.count
            let note =
                whose == nil
                ? labels.chartChosenMembers(shown, sections.linesLeftOut) : labels.chartFirstCases(shown, sections.linesLeftOut)
            body += "<p class=\"note\">※ \(HTML.escape(note))</p>\n"
        }
        body += "</figure>\n</section>\n"
        sink.write(body)
        if !sections.target.isEmpty {
            // The plan's bridge as a waterfall: the group's, or in a council pack the member's.
            let chart = sections.targetChart.map { chart in
                TargetPage([chart], tables: targetTables, scenarioName: scenario.name)
                    .figure(chart, member: member == nil ? nil : 0, id: "target")
            }
            section(TargetLabels.pageSection(language), sections.target, figure: chart ?? "")
        }
        section(labels.reportSavings, sections.savings)
        section(labels.reportYears, sections.years)
        section(labels.reportApportionment, sections.apportionment)
        sink.write(HTML.pageEnd(footer: labels.reportFooter, trace: trace))
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
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
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
        footer .trace { font-size: 7.5pt; overflow-wrap: anywhere; }
        @media print {
          body { max-width: none; padding: 0; } h2 { break-after: avoid; }
          div.table { overflow: visible; }
          div.table.wide, h2.wide { page: wide; }
          div.table.small table { font-size: 7pt; }
          div.table.wrap th { white-space: normal; }
        }
        """
}
