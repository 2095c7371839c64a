import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    enum RunFormat: String, CaseIterable {
        case table, json, csv, markdown, html

        /// The unit without `--unit`: 千円 on paper (a council page), exact yen on the screen and in data.
        var defaultUnit: DisplayUnit {
            switch self {
            case .markdown, .html: return .thousand
            case .table, .json, .csv: return .yen
            }
        }
    }
    enum CSVTable: String, CaseIterable { case costs, comparison }

    /// `costsim run`: every case compared with staying alone, and the costs by fiscal year.
    static let run = Command(
        name: "run",
        summary: "Compare staying alone with the plan and each variant; costs by fiscal year.",
        description: """
            Computes the cases standalone (every member stays alone), plan (the scenario as written) and each
            variant, and prints for each case after standalone: every member's and the group's stay-alone total,
            case total, savings, savings rate, payback fiscal year and present value of savings; then the
            group's costs by fiscal year and category for each case.
            """,
        options: [
            .format(
                RunFormat.allCases.map(\.rawValue),
                """
                table (default) for a terminal; json: costsim-result/1 (see MODEL.md);
                csv: for Excel (UTF-8 with BOM, CRLF, exact yen); markdown: tables to paste
                into a briefing; html: one self-contained page with charts, printable on A4.
                """),
            Option(
                name: .member, value: .text(placeholder: "ID"), repeatable: true,
                help: """
                    this member (repeatable): table adds its costs and savings by fiscal year; json and
                    csv hold only the members named (the group's figures stay the whole group's);
                    markdown and html are its council pack (one member), as report --member writes.
                    """),
            .lang,
            .era,
            .unit(
                """
                yen (円), thousand (千円) or million (百万円) for table, markdown and html;
                default yen for table, thousand for markdown and html. Rounding is for display
                only, and the parts shown add up to the totals shown.
                """),
            Option(
                name: .table, value: .choice(CSVTable.allCases.map(\.rawValue)),
                help: """
                    with csv: costs (default; one row per case, member, fiscal year and
                    category) or comparison (totals, savings, payback, NPV).
                    """),
            Option(
                name: .fiscalYear, value: .fiscalYear,
                help: "with markdown or html: the year of the apportionment table (default: the last)."),
            Option(
                name: .against, value: .text(placeholder: "CASE"),
                help: """
                    compare every case with CASE (plan or a variant) instead of with staying alone: what
                    changes against it, e.g. what the existing members gain from a newcomer joining.
                    """),
            .set,
        ],
        run: { invocation in
            let format = invocation.choice(.format, default: RunFormat.table)
            let arguments = invocation.arguments
            let unit = invocation.choice(.unit, default: format.defaultUnit)
            if arguments.has(.table) && format != .csv { throw invocation.usage(.onlyWithFormat(option: "--table", formats: ["csv"])) }
            if format == .csv && unit != .yen {
                throw invocation.usage(.unitNotWith(format: "CSV", formats: ["table", "markdown", "html"]))
            }
            if (format == .json || format == .csv) && arguments.has(.era) {
                throw invocation.usage(.eraNotWith(format: format.rawValue, formats: ["table", "markdown", "html"]))
            }
            if format == .json && arguments.has(.unit) {
                throw invocation.usage(.unitNotWith(format: "JSON", formats: ["table", "markdown", "html"]))
            }
            let year = invocation.fiscalYear
            if year != nil && format != .html && format != .markdown {
                throw invocation.usage(.onlyWithFormat(option: "--fiscal-year", formats: ["markdown", "html"]))
            }
            let memberIDs = arguments.all(.member)
            if memberIDs.count > 1 && (format == .markdown || format == .html) {
                throw invocation.usage(.onePackPerMember(format: format.rawValue))
            }
            let document = try invocation.loadScenario()
            for id in memberIDs { try invocation.checkMember(id, in: document.scenario) }
            try invocation.check(year, in: document.scenario.fiscalYears)
            let results = try ScenarioResults(document, against: invocation.arguments.value(.against).map(CaseName.init))
            let language = invocation.language
            let sink = invocation.output
            switch format {
            case .json: try ResultJSON.result(results, to: sink, members: memberIDs.isEmpty ? nil : Set(memberIDs))
            case .table:
                try RunReport(results: results, language: language, unit: unit, memberIDs: memberIDs, years: invocation.years)
                    .render(to: sink)
            case .csv:
                let export = CSVExport(results: results, language: language, members: memberIDs.isEmpty ? nil : Set(memberIDs))
                if invocation.choice(.table, default: CSVTable.costs) == .costs {
                    try export.costs(to: sink)
                } else {
                    try export.comparison(to: sink)
                }
            case .markdown:
                try ReportDocument(
                    results: results, language: language, unit: unit, apportionmentYear: year, years: invocation.years,
                    member: memberIDs.first
                ).markdown(to: sink)
            case .html:
                try ReportDocument(
                    results: results, language: language, unit: unit, apportionmentYear: year, years: invocation.years,
                    member: memberIDs.first
                ).html(to: sink)
            }
        })
}
