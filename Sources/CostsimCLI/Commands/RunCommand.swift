import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    enum RunFormat: String, CaseIterable {
        case table, json, csv, markdown, html, xlsx

        /// The unit without `--unit`: 千円 on paper (a council page and its workbook), exact yen on the
        /// screen and in data.
        var defaultUnit: DisplayUnit {
            switch self {
            case .markdown, .html, .xlsx: return .thousand
            case .table, .json, .csv: return .yen
            }
        }
    }
    enum CSVTable: String, CaseIterable { case costs, comparison }

    /// `costsim run`: every case compared with staying alone, and the costs by fiscal year.
    static let run = Command(
        name: "run",
        summary: Words(
            ja: "単独運用と計画・各バリアントを比較し、年度別の経費を示します。", en: "Compare staying alone with the plan and each variant; costs by fiscal year."),
        description: Words(
            ja: """
                単独運用（standalone：全団体が単独で運用）、計画（plan：シナリオのとおり）、各バリアントを計算し、単
                独運用以外の各ケースについて、各団体と団体計の単独運用の総額、ケースの総額、削減額、削減率、回収年
                度、削減額の現在価値を示し、続けてケースごとにグループの年度別・区分別の経費を示します。
                """,
            en: """
                Computes the cases standalone (every member stays alone), plan (the scenario as written) and each
                variant, and prints for each case after standalone: every member's and the group's stay-alone total,
                case total, savings, savings rate, payback fiscal year and present value of savings; then the
                group's costs by fiscal year and category for each case.
                """),
        options: [
            .format(
                RunFormat.allCases.map(\.rawValue),
                Words(
                    ja: """
                        table（既定、端末用）、json（costsim-result/1、MODEL.md 参照）、csv（Excel
                        用：BOM 付き UTF-8、CRLF、円単位で正確）、markdown（説明資料に貼る表）、html
                        （図入りで1ファイルで完結、A4 に印刷可）、xlsx（Excel のブック：報告書の表を
                        シートごとに、金額は円のまま表示単位は書式で。--out FILE.xlsx）。
                        """,
                    en: """
                        table (default) for a terminal; json: costsim-result/1 (see MODEL.md);
                        csv: for Excel (UTF-8 with BOM, CRLF, exact yen); markdown: tables to paste
                        into a briefing; html: one self-contained page with charts, printable on A4;
                        xlsx: an Excel workbook of the report's tables, a sheet each, exact yen
                        shown in the unit by a number format (--out FILE.xlsx).
                        """)),
            Option(
                name: .member, value: .text(placeholder: "ID"), repeatable: true,
                help: Words(
                    ja: """
                        この団体（繰り返し可）。table はその年度別の経費と削減額を加えます。json と
                        csv は指定した団体だけを載せます（団体計はグループ全体のまま）。markdown と
                        html はその団体の議会説明資料です（1団体、report --member と同じ）。
                        """,
                    en: """
                        this member (repeatable): table adds its costs and savings by fiscal year; json and
                        csv hold only the members named (the group's figures stay the whole group's);
                        markdown and html are its council pack (one member), as report --member writes.
                        """)),
            .lang,
            .era,
            .unit(
                Words(
                    ja: """
                        table、markdown、html の単位：yen（円）、thousand（千円）、million（百万
                        円）。既定は table が円、markdown と html が千円。各金額をそれぞれ四捨五入し
                        て表示するため、内訳の計と合計が一致しない場合があります。
                        """,
                    en: """
                        yen (円), thousand (千円) or million (百万円) for table, markdown and html;
                        default yen for table, thousand for markdown and html. Each amount is rounded
                        on its own, so the parts shown need not add up to the totals shown.
                        """)),
            Option(
                name: .table, value: .choice(CSVTable.allCases.map(\.rawValue)),
                help: Words(
                    ja: """
                        csv のとき：costs（既定。ケース、団体、年度、区分ごとに1行）または
                        comparison（総額、削減額、回収年度、現在価値）。
                        """,
                    en: """
                        with csv: costs (default; one row per case, member, fiscal year and
                        category) or comparison (totals, savings, payback, NPV).
                        """)),
            Option(
                name: .fiscalYear, value: .fiscalYear,
                help: Words(
                    ja: "markdown または html のとき：按分表の年度（既定：最後の年度）。",
                    en: "with markdown or html: the year of the apportionment table (default: the last).")),
            Option(
                name: .against, value: .text(placeholder: "CASE"),
                help: Words(
                    ja: """
                        各ケースを単独運用ではなく CASE（計画またはバリアント）と比べます。例：新た
                        な団体の参加で既存の団体が得るもの。
                        """,
                    en: """
                        compare every case with CASE (plan or a variant) instead of with staying alone: what
                        changes against it, e.g. what the existing members gain from a newcomer joining.
                        """)),
            Option.workbookOut,
            Option.workbookForce,
            .set,
        ],
        run: { invocation in
            let format = invocation.choice(.format, default: RunFormat.table)
            try invocation.checkWorkbookOptions(format == .xlsx)
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
            if year != nil && format != .html && format != .markdown && format != .xlsx {
                throw invocation.usage(.onlyWithFormat(option: "--fiscal-year", formats: ["markdown", "html", "xlsx"]))
            }
            let named = arguments.all(.member)
            if named.count > 1 && (format == .markdown || format == .html || format == .xlsx) {
                throw invocation.usage(.onePackPerMember(format: format.rawValue))
            }
            let (document, provenance) = try invocation.loadTracedScenario()
            var memberIDs: [String] = []
            for words in named { memberIDs.append(try invocation.memberID(words, in: document.scenario)) }
            try invocation.check(year, in: document.scenario.fiscalYears)
            let against = try invocation.resolveCase(invocation.arguments.value(.against), option: "--against", in: document)
            let results = try ScenarioResults(document, against: against)
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
                    member: memberIDs.first, provenance: provenance
                ).markdown(to: sink)
            case .html:
                try ReportDocument(
                    results: results, language: language, unit: unit, apportionmentYear: year, years: invocation.years,
                    member: memberIDs.first, provenance: provenance
                ).html(to: sink)
            case .xlsx:
                let document = ReportDocument(
                    results: results, language: language, unit: unit, apportionmentYear: year, years: invocation.years,
                    member: memberIDs.first, provenance: provenance)
                try invocation.writeWorkbook { try document.workbook() }
            }
        })
}
