import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    enum TargetFormat: String, CaseIterable {
        case table, json, csv, markdown, html, xlsx

        /// 千円 on paper (and in its workbook), exact yen on the screen and in data, as `run`.
        var defaultUnit: DisplayUnit {
            switch self {
            case .markdown, .html, .xlsx: return .thousand
            case .table, .json, .csv: return .yen
            }
        }
    }

    /// `costsim target`: each member against the reduction target (3割削減, 平成30年度比).
    static let target = Command(
        name: "target",
        summary: Words(
            ja: "削減目標（平成30年度比3割削減など）に対する各団体の達成状況と、増減の内訳。",
            en: "Each member against the reduction target (30 % below FY2018), and what moved."),
        description: Words(
            ja: """
                シナリオの target（目標年度、基準年度、削減率、対象経費）について、各ケースの各団体と団体計の基準年
                度の経費（決算、または単独運用の試算・推計）、目標額、目標年度の経費、増減、増減率、達成（○／×）、目
                標超過額を示し、続けて増減の内訳（自団体の経費、共同利用の各経費）を示します。内訳の合計は増減と1円
                まで一致します。html は内訳の滝グラフ付きです。
                """,
            en: """
                For the scenario's target (its year, baseline year, reduction and categories counted): every
                member's and the group's baseline cost (settled, or the stay-alone case's figure, computed or
                estimated), target, cost in the target year, change, change rate, whether it is met (○/×) and the
                yen above the target, in each case; then what moved — the member's own costs and each group fee —
                adding up to the change exactly. html draws the bridge as a waterfall chart.
                """),
        options: [
            .caseName(Words(ja: "このケースだけ（既定：全ケース）。", en: "only this case (default: every case).")),
            Option(
                name: .member, value: .text(placeholder: "ID"), repeatable: true,
                help: Words(
                    ja: "この団体の行だけ（繰り返し可。団体計はグループ全体のまま）。",
                    en: "only this member's rows (repeatable; the group's figures stay the whole group's).")),
            .format(
                TargetFormat.allCases.map(\.rawValue),
                Words(
                    ja: """
                        table（既定）、json（costsim-target/1、MODEL.md 参照）、csv（Excel 用、円単
                        位で正確）、markdown、html（滝グラフ付き、A4 に印刷可）、xlsx（--out
                        FILE.xlsx）。
                        """,
                    en: """
                        table (default), json (costsim-target/1, see MODEL.md), csv (for Excel, exact
                        yen), markdown, html (with the waterfall chart, printable on A4) or xlsx
                        (--out FILE.xlsx).
                        """)),
            .lang,
            .era,
            .unit(
                Words(
                    ja: """
                        table、markdown、html、xlsx の単位：yen（円）、thousand（千円）、million（百
                        万円）。既定は table が円、markdown、html、xlsx が千円。
                        """,
                    en: """
                        yen, thousand or million for table, markdown, html and xlsx; default yen for
                        table, thousand for markdown, html and xlsx.
                        """)),
            Option.workbookOut,
            Option.workbookForce,
            .set,
        ],
        run: { invocation in
            let format = invocation.choice(.format, default: TargetFormat.table)
            try invocation.checkWorkbookOptions(format == .xlsx)
            let arguments = invocation.arguments
            let unit = invocation.choice(.unit, default: format.defaultUnit)
            if (format == .json || format == .csv) && arguments.has(.unit) {
                throw invocation.usage(.unitNotWith(format: format.rawValue, formats: ["table", "markdown", "html"]))
            }
            if (format == .json || format == .csv) && arguments.has(.era) {
                throw invocation.usage(.eraNotWith(format: format.rawValue, formats: ["table", "markdown", "html"]))
            }
            let (document, provenance) = try invocation.loadTracedScenario()
            var memberIDs: [String] = []
            for words in arguments.all(.member) { memberIDs.append(try invocation.memberID(words, in: document.scenario)) }
            let only = arguments.has(.caseName) ? try invocation.caseName(in: document) : nil
            let results = try ScenarioResults(document)
            let lastYear = document.scenario.fiscalYears.upperBound
            guard results.hasTarget else { throw AnalysisError.noTarget(caseName: nil, lastYear: lastYear) }
            var held: [TargetResult] = []
            try results.forEachCaseWithTarget { result, _, target in
                guard only == nil || only == result.name else { return }
                guard let target else {
                    if only != nil { throw AnalysisError.noTarget(caseName: Echo.quoted(result.name.text), lastYear: lastYear) }
                    return
                }
                held.append(memberIDs.isEmpty ? target : target.only(memberIDs))
            }
            let language = invocation.language
            let report = ReportTables(results: results, language: language, unit: unit, years: invocation.years)
            let tables = TargetTables(language: language, unit: unit, years: invocation.years, inputNotes: report.inputNotes)
            let page = TargetPage(held, tables: tables, scenarioName: document.scenario.name)
            let sink = invocation.output
            switch format {
            case .json: JSONWriter.write(TargetTables.json(held, scenario: document.scenario), to: sink)
            case .csv: tables.csvTable(held).csv(to: sink)
            case .table: sink.write(page.text())
            case .markdown: sink.write(page.markdown())
            case .html: sink.write(page.html(provenance: provenance, years: invocation.years))
            case .xlsx:
                let sheets = [
                    WorkbookSheet(language.text(ja: "削減目標", en: "Target"), held.flatMap { page.caseTables($0) }),
                    WorkbookSheet(language.text(ja: "根拠・注記", en: "Sources"), [ReportDocument.sources(provenance, tables: report)]),
                ]
                try invocation.writeWorkbook { try SpreadsheetML(sheets, provenance: provenance).bytes() }
            }
        })
}
