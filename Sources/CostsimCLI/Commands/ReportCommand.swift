import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    /// `costsim report`: the council report, as Markdown and HTML files in a folder.
    static let report = Command(
        name: "report",
        summary: Words(
            ja: "議会説明用の報告書（Markdown、図入りの HTML、Excel のブック）をフォルダに書きます。",
            en: "Write a council-ready report (Markdown, HTML with charts, an Excel workbook) to a folder."
        ),
        description: Words(
            ja: """
                DIR/NAME.md、DIR/NAME.html、DIR/NAME.xlsx（NAME：シナリオのファイル名から .json を除いたもの）を書
                きます。計画と各バリアントの単独運用との比較、削減目標の達成状況（シナリオに target があるとき）、
                グループの区分別経費と各団体の累積削減額（回収年度付き）の図、年度別経費、ある年度の負担金按分表を
                載せます。HTML は1ファイルで完結し、A4 に印刷できます。xlsx は同じ表をシートごとに、金額を円のまま
                持つ Excel のブックです。3つのファイルはすべて書くか、どれも書かないかのどちらかです。既存のファイ
                ルは --force のときだけ置き換えます。--member ID を付けると、代わりにその団体だけの議会説明資料を 
                DIR/NAME-ID.md、.html、.xlsx に書きます（各ケースの比較、区分別削減額と年度別経費、回収年度付きの
                累積削減額、負担金表のその団体の行）。
                """,
            en: """
                Writes DIR/NAME.md, DIR/NAME.html and DIR/NAME.xlsx (NAME: the scenario file's name without .json):
                the comparison with staying alone for the plan and every variant, the reduction target (when the
                scenario states one), charts of the group's costs by category and of each member's cumulative
                savings with its payback year, the costs by fiscal year, and the apportionment table for one
                fiscal year. The HTML page is self-contained and prints on A4; the workbook holds the same tables,
                a sheet each, with exact yen. All three files are written, or none: existing files are replaced
                only with --force. With --member ID, a council pack for that member alone is written instead, as
                DIR/NAME-ID.md, .html and .xlsx: its comparison, savings by category and costs by fiscal year in
                each case, its cumulative savings with the payback year, and its row of the 負担金 table.
                """),
        options: [
            Option(
                name: .out, value: .text(placeholder: "DIR"), required: true,
                help: Words(ja: "書き込むフォルダ（なければ作ります）。", en: "the folder to write to (made if missing).")),
            .unit(Words(ja: "thousand（既定、千円）、million（百万円）、yen（円）。", en: "thousand (default, 千円), million (百万円) or yen (円).")),
            Option(
                name: .fiscalYear, value: .fiscalYear,
                help: Words(ja: "按分表の年度（既定：期間の最後の年度）。", en: "the year of the apportionment table (default: the last of the period).")),
            .lang,
            .era,
            Option(
                name: .member, value: .text(placeholder: "ID"), repeatable: true,
                help: Words(
                    ja: "グループの報告書の代わりに、この団体の議会説明資料を書きます（繰り返し可）。",
                    en: "write this member's council pack instead of the group's report (repeatable).")),
            Option(
                name: .force, value: .none,
                help: Words(
                    ja: "既存の報告書ファイルを置き換えます（付けなければ何も書きません）。", en: "replace report files that already exist (otherwise nothing is written).")),
            .set,
        ],
        run: { invocation in
            let directory = invocation.arguments.value(.out) ?? "."
            let unit = invocation.choice(.unit, default: DisplayUnit.thousand)
            let year = invocation.fiscalYear
            let file = try invocation.file()
            let (document, provenance) = try invocation.loadTracedScenario()
            try invocation.check(year, in: document.scenario.fiscalYears)
            let results = try ScenarioResults(document)
            var memberIDs: [String] = []
            for words in invocation.arguments.all(.member) { memberIDs.append(try invocation.memberID(words, in: document.scenario)) }
            let name = file == "-" ? "report" : ReportFiles.baseName(of: file)
            var files: [(name: String, contents: (OutputSink) throws -> Void)] = []
            for member in memberIDs.isEmpty ? [nil] : memberIDs.map(Optional.some) {
                let report = ReportDocument(
                    results: results, language: invocation.language, unit: unit, apportionmentYear: year, years: invocation.years,
                    member: member, provenance: provenance)
                let base = member.map { "\(name)-\($0)" } ?? name
                files.append(("\(base).md", { sink throws in try report.markdown(to: sink) }))
                files.append(("\(base).html", { sink throws in try report.html(to: sink) }))
                let workbook = try invocation.workbookBytes({ try report.workbook() }, target: "\(base).xlsx")
                files.append(("\(base).xlsx", { sink in sink.write(bytes: workbook) }))
            }
            let paths = try ReportFiles.write(files, to: directory, force: invocation.arguments.has(.force))
            for path in paths { invocation.output.write(ProgressText.wrote(Echo.plain(path), invocation.language)) }
        })
}
