import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    enum ApportionFormat: String, CaseIterable { case table, json, csv, markdown }

    /// `costsim apportion`: the secretariat's 負担金 table for one fiscal year.
    static let apportion = Command(
        name: "apportion",
        summary: "The secretariat's 負担金 table: each member's share of each group fee in one fiscal year.",
        description: """
            What each member pays of each group fee in fiscal year Y (April Y to March Y+1), summed over the
            months, with the subsidy on it. Each fee's shares add up to its total exactly.
            """,
        options: [
            Option(name: .fiscalYear, value: .fiscalYear, required: true, help: "the fiscal year (required)."),
            .caseName("plan (default), standalone, or a variant's name."),
            .format(
                ApportionFormat.allCases.map(\.rawValue),
                """
                table (default), json (costsim-apportionment/1, see MODEL.md), csv (for Excel,
                exact yen) or markdown.
                """),
            .lang,
            .era,
            .unit("yen (default), thousand or million, for table and markdown."),
            Option(
                name: .layout, value: .choice(["tidy", "wide"]),
                help: """
                    with csv: tidy (default; one row per fee and member) or wide (the 負担金 table as
                    printed: a row per member, a column per fee, with the totals).
                    """),
            .set,
        ],
        run: { invocation in
            let format = invocation.choice(.format, default: ApportionFormat.table)
            let unit = invocation.choice(.unit, default: DisplayUnit.yen)
            if (format == .csv || format == .json) && unit != .yen {
                throw invocation.usage(.unitNotWith(format: format.rawValue, formats: ["table", "markdown"]))
            }
            if format != .csv && invocation.arguments.has(.layout) {
                throw invocation.usage(.onlyWithFormat(option: "--layout", formats: ["csv"]))
            }
            if (format == .csv || format == .json) && invocation.arguments.has(.era) {
                throw invocation.usage(.eraNotWith(format: format.rawValue, formats: ["table", "markdown"]))
            }
            let year = invocation.fiscalYear ?? 0  // required: the parser has checked it is there
            let caseName = invocation.caseName
            let document = try invocation.loadScenario()
            let results = try ScenarioResults(document)
            guard let (result, _) = try results.result(named: caseName) else {
                throw invocation.usage(.noSuchCase(quoted: Echo.quoted(caseName.text), cases: results.caseNames.map(\.text)))
            }
            // A variant may have a period of its own: the year is checked against the case's.
            switch caseName {
            case .standalone, .plan: try invocation.check(year, in: result.fiscalYears)
            case .variant(let name): try invocation.check(year, in: result.fiscalYears, caseName: name)
            }
            guard let table = try ApportionmentTable(result, fiscalYear: year) else { return }
            let language = invocation.language
            let sink = invocation.output
            switch format {
            case .json: JSONWriter.write(ResultJSON.apportionment(table), to: sink)
            case .csv:
                if invocation.arguments.value(.layout) == "wide" {
                    CSVExport.apportionmentWide(table, language: language, to: sink)
                } else {
                    CSVExport.apportionment(table, language: language, to: sink)
                }
            case .table:
                sink.write(
                    ApportionmentReport(results: results, apportionment: table, language: language, unit: unit, years: invocation.years)
                        .render())
            case .markdown:
                let tables = ReportTables(results: results, language: language, unit: unit, years: invocation.years)
                sink.write(
                    "# \(Markdown.escape(results.scenario.name))\n\n\(tables.unitLine)\n\n" + tables.apportionment(table).markdown()
                        + tables.apportionmentBasis(table).map { "\n" + $0.markdown() }.joined())
            }
        })
}
