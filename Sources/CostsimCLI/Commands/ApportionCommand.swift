import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    enum ApportionFormat: String, CaseIterable { case table, json, csv, markdown, xlsx }

    /// `costsim apportion`: the secretariat's 負担金 table for one fiscal year.
    static let apportion = Command(
        name: "apportion",
        summary: Words(
            ja: "事務局の負担金表：ある年度の各経費の団体ごとの負担額。", en: "The secretariat's 負担金 table: each member's share of each group fee in one fiscal year."),
        description: Words(
            ja: """
                Y 年度（Y 年4月〜翌年3月）に各団体が各経費について負担する額を、月ごとの負担の合計として、補助金とと
                もに示します。各経費の負担額の合計は経費の総額と1円まで一致します。
                """,
            en: """
                What each member pays of each group fee in fiscal year Y (April Y to March Y+1), summed over the
                months, with the subsidy on it. Each fee's shares add up to its total exactly.
                """),
        options: [
            Option(name: .fiscalYear, value: .fiscalYear, required: true, help: Words(ja: "年度（必須）。", en: "the fiscal year (required).")),
            .caseName(Words(ja: "計画（plan、既定）、単独運用（standalone）、またはバリアントの名前。", en: "plan (default), standalone, or a variant's name.")),
            .format(
                ApportionFormat.allCases.map(\.rawValue),
                Words(
                    ja: """
                        table（既定）、json（costsim-apportionment/1、MODEL.md 参照）、csv（Excel
                        用、円単位で正確）、markdown、xlsx（負担金計と計が SUM 式のブック。--out
                        FILE.xlsx）。
                        """,
                    en: """
                        table (default), json (costsim-apportionment/1, see MODEL.md), csv (for Excel,
                        exact yen), markdown, or xlsx (a workbook whose 負担金計 and 計 are SUM
                        formulas; --out FILE.xlsx).
                        """)),
            .lang,
            .era,
            .unit(
                Words(
                    ja: """
                        table、markdown、xlsx の単位：yen（円、既定）、thousand（千円）、million（百
                        万円）。
                        """, en: "yen (default), thousand or million, for table, markdown and xlsx.")),
            Option(
                name: .layout, value: .choice(["tidy", "wide"]),
                help: Words(
                    ja: """
                        csv のとき：tidy（既定。経費と団体ごとに1行）または wide（印刷する負担金表の
                        形：団体ごとに1行、経費ごとに1列、合計付き）。
                        """,
                    en: """
                        with csv: tidy (default; one row per fee and member) or wide (the 負担金 table as
                        printed: a row per member, a column per fee, with the totals).
                        """)),
            Option.workbookOut,
            Option.workbookForce,
            .set,
        ],
        run: { invocation in
            let format = invocation.choice(.format, default: ApportionFormat.table)
            try invocation.checkWorkbookOptions(format == .xlsx)
            let unit = invocation.choice(.unit, default: DisplayUnit.yen)
            if (format == .csv || format == .json) && unit != .yen {
                throw invocation.usage(.unitNotWith(format: format.rawValue, formats: ["table", "markdown", "xlsx"]))
            }
            if format != .csv && invocation.arguments.has(.layout) {
                throw invocation.usage(.onlyWithFormat(option: "--layout", formats: ["csv"]))
            }
            if (format == .csv || format == .json) && invocation.arguments.has(.era) {
                throw invocation.usage(.eraNotWith(format: format.rawValue, formats: ["table", "markdown", "xlsx"]))
            }
            let year = invocation.fiscalYear ?? 0  // required: the parser has checked it is there
            let (document, provenance) = try invocation.loadTracedScenario()
            let caseName = try invocation.caseName(in: document)
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
            case .xlsx:
                let tables = ReportTables(results: results, language: language, unit: unit, years: invocation.years)
                try invocation.writeWorkbook {
                    try SpreadsheetML(ReportWorkbooks.apportionment(table, tables: tables, provenance: provenance), provenance: provenance)
                        .bytes()
                }
            case .markdown:
                let tables = ReportTables(results: results, language: language, unit: unit, years: invocation.years)
                sink.write(
                    "# \(Markdown.escape(results.scenario.name))\n\n\(tables.unitLine)\n\n" + tables.apportionment(table).markdown()
                        + tables.apportionmentBasis(table).map { "\n" + $0.markdown() }.joined())
            }
        })
}
