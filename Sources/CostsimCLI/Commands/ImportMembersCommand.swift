import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    /// `costsim import-members`: a members spreadsheet as the JSON members of a scenario.
    static let importMembers = Command(
        name: "import-members",
        summary: Words(
            ja: "構成団体一覧（CSV または Excel のブック）をシナリオの members（JSON）にして出力。",
            en: "Print the members of a spreadsheet (CSV or xlsx) as the JSON members of a scenario."),
        description: Words(
            ja: """
                CSV（BOM 付き・なしの UTF-8、または日本語版 Excel が書く Shift_JIS）を読みます。見出し（団体コード、
                団体名、人口、参加月、単独運用経費、職員数、人件費単価など。英語の id、code、name、population、
                joins、annualCost、staff、costPerStaff も可。一覧は docs/FORMAT.md）の下に1行1団体。各セルをシナリオ
                の団体として検証し、シナリオの "members" に貼り付ける一覧を出力します。Excel のブック（.xlsx）
                なら最初のシートを読みます。シナリオからファイルを直接指定することもできます："members":
                {"csv": "members.csv"}、または {"xlsx": "members.xlsx", "sheet": "構成団体"}。
                """,
            en: """
                Reads CSV (UTF-8 with or without BOM, or Shift_JIS as Japanese Excel writes it), one member a row
                under headings such as 団体コード, 団体名, 人口, 参加月, 単独運用経費, 職員数, 人件費単価 (or id, code,
                name, population, joins, annualCost, staff, costPerStaff; docs/FORMAT.md lists them all), checks
                every cell as a scenario's member, and prints the list to paste as "members" of a scenario. An
                Excel workbook (.xlsx) is read from its first sheet. A scenario can also name the file itself:
                "members": {"csv": "members.csv"}, or {"xlsx": "members.xlsx", "sheet": "構成団体"}.
                """),
        options: [.lang],
        operand: "SHEET",
        run: { invocation in
            let positional = invocation.arguments.positional
            guard positional.count == 1 else {
                throw invocation.usage(
                    positional.isEmpty
                        ? .missingSpreadsheet
                        : .tooManyFiles(count: positional.count, shown: positional.map(Echo.quoted).joined(separator: " ")))
            }
            let path = positional[0]
            let bytes =
                path == "-" ? try invocation.costsim.readStandardInput() : try SystemIO.readFile(path, limit: ScenarioFile.maximumSize)
            let source: InputError.Source = path == "-" ? .standardInput : .file(Echo.plain(path))
            // The members are checked inside a scenario of one fiscal year with no fees: every rule of a member applies.
            let name = path == "-" ? "-" : Echo.plain(path)
            var wrapper = JSONValue.object(JSONObject())
            wrapper["format"] = .string("costsim/1")
            wrapper["name"] = .string("import-members")
            wrapper.set(.number("2026"), at: ["fiscalYears", "from"])
            wrapper.set(.number("2026"), at: ["fiscalYears", "to"])
            wrapper.set(.array([]), at: ["group", "fees"])
            let document: ScenarioDocument
            let sheet: MemberSheet
            do {
                sheet = try ScenarioFile.sheet(bytes, named: name)
                document = try ScenarioFile.decode(wrapper, sheet: sheet, overrides: [])
            } catch let error as ScenarioError {
                throw InputError.invalidScenario(source, error)
            }
            invocation.warn(document.warnings)
            invocation.output.write(JSONWriter.write(.array(sheet.members)) + "\n")
        })
}
