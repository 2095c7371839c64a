import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// `"members": {"csv": …}` and `import-members`, as a finance officer uses them: a file saved by
/// Japanese Excel (Shift_JIS) beside the scenario.
@Suite("Members from a spreadsheet, on the command line")
struct SpreadsheetCLITests {
    /// The 19 municipalities of Shiga (滋賀県), by their 5-digit codes.
    static let shiga = [
        "25201", "25202", "25203", "25204", "25206", "25207", "25208", "25209", "25210", "25211", "25212", "25213", "25214",
        "25383", "25384", "25425", "25441", "25442", "25443",
    ]

    /// A folder with `town.json` naming `members.csv`, the CSV written in `encoding`.
    static func folder(csv: String, encoding: String.Encoding) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-sheet-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let scenario = """
            {"format": "costsim/1", "name": "滋賀県内共同利用（試算）", "fiscalYears": {"from": 2026, "to": 2026},
             "members": {"csv": "members.csv"},
             "group": {"fees": [{"label": "利用料", "perMember": {"monthly": 500000}}]}}
            """
        try scenario.write(toFile: folder + "/town.json", atomically: true, encoding: .utf8)
        let data = try #require(csv.replacingOccurrences(of: "\n", with: "\r\n").data(using: encoding))
        try data.write(to: URL(fileURLWithPath: folder + "/members.csv"))
        return folder
    }

    @Test("a Shift_JIS CSV of Shiga's 19 municipalities runs: names and populations from the census, costs as given")
    func shigaInShiftJIS() throws {
        // 豊郷町 (25441) by hand: ¥12,000,000 a year alone; it joins in 2026-10, so April–September alone,
        // floor(12,000,000 · 6/12) = 6,000,000, then 6 months of ¥500,000 = 3,000,000: 9,000,000, saving 3,000,000.
        var rows = ["団体コード,参加月,単独運用経費（円）,職員数,人件費単価"]
        for code in Self.shiga {
            switch code {
            case "25441": rows.append("25441,2026/10/1,\"12,000,000\",0,0")
            case "25206": rows.append("25206,2026年4月,推計,未入力,未入力")
            default: rows.append("\(code),,推計,0,0")
            }
        }
        let folder = try Self.folder(csv: rows.joined(separator: "\n") + "\n", encoding: .shiftJIS)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = costsim("run", folder + "/town.json", "--format", "json")
        #expect(json.status == 0, "\(json.standardError)")
        let result = try JSONParser.parse(json.standardOutput)
        guard case .array(let comparisons)? = result["comparisons"], case .array(let members)? = comparisons.first?["members"] else {
            Issue.record("no comparison")
            return
        }
        #expect(members.count == 19)
        let toyosato = members.first { $0["id"] == .string("254410") }
        #expect(toyosato?["caseTotal"] == .number("9000000") && toyosato?["savings"] == .number("3000000"))
        let table = costsim("run", folder + "/town.json")
        #expect(table.standardOutput.contains("大津市") && table.standardOutput.contains("多賀町"))
        // 草津市's placeholders are warned of, by file, row and column.
        #expect(table.standardError.contains("members.csv:6:職員数: 未入力です"))
        #expect(table.standardOutput.contains("※ 未入力: 人件費（草津市）は未入力のため計上していません"))
        #expect(costsim("validate", folder + "/town.json").standardOutput == "OK\n")
    }

    @Test("blank cells are 未入力, not 0: the warning and the note say so, as for the word itself (issue 18, item 2)")
    func blankCellsArePending() throws {
        // The issue's row: 豊郷町 joins in 2026-04 with ¥60,000,000 a year alone; its staff, staff after
        // joining, staff cost and migration cost are left blank. Before the fix this validated OK and the
        // blanks were zeros (no personnel, no migration cost) with no word of it.
        let csv = "団体コード,参加月,単独運用経費,職員数,参加後職員数,人件費単価,移行経費\n25441,2026/4,60000000,,,,\n"
        let folder = try Self.folder(csv: csv, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let validate = costsim("validate", folder + "/town.json")
        #expect(validate.status == 0)
        #expect(validate.standardError.contains("警告 2 件"))
        #expect(validate.standardError.contains("members.csv:2:職員数: 未入力です。"))
        #expect(validate.standardError.contains("members.csv:2:移行経費: 未入力です。入力するまで移行経費を 0 円として計算しています"))
        let table = costsim("run", folder + "/town.json").standardOutput
        #expect(table.contains("※ 未入力: 人件費（豊郷町）、移行経費（豊郷町）は未入力"))
    }

    @Test("a row shorter than the headings is refused, naming the row; a sheet where nobody joins is warned of")
    func shortRowsAndNobodyJoining() throws {
        let short = try Self.folder(csv: "団体コード,参加月,単独運用経費,職員数\n25441,2026/4,60000000\n", encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: short) }
        let refused = costsim("validate", short + "/town.json")
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("members.csv:2: この行には 3 個のセルしかありませんが、見出しは 4 個です"))
        // No 参加月 column: every member stays alone, which is worth a word before a council sees a plan
        // that saves nothing.
        let alone = try Self.folder(csv: "団体コード,単独運用経費\n25441,60000000\n", encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: alone) }
        let warned = costsim("validate", alone + "/town.json")
        #expect(warned.status == 0)
        #expect(warned.standardError.contains("members: どの団体も期間中に参加しません"))
    }

    @Test("a bad month and an unknown heading: two messages naming the file, row and column")
    func twoMistakes() throws {
        let folder = try Self.folder(csv: "団体コード,参加月,単独運用経費,職員数量\n25441,2019-4,1000,2\n", encoding: .shiftJIS)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = costsim("validate", folder + "/town.json")
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError.hasSuffix(
                """
                2 件の問題があります:
                members.csv:1:職員数量: "職員数量" という見出しはありません。"職員数" の誤りではありませんか？
                members.csv:2:参加月: "2019-4" は年月ではありません。"YYYY-MM" で書いてください（例: "2019-04"。年は1900〜2199、月は01〜12）

                """))
        let english = costsim("validate", folder + "/town.json", "--lang", "en").standardError
        #expect(english.contains("members.csv:2:参加月: \"2019-4\" is not a month"))
        // A required column that is missing is named by its heading all the same.
        let missing = try Self.folder(csv: "団体コード\n25441\n", encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: missing) }
        #expect(
            costsim("validate", missing + "/town.json").standardError.hasSuffix(
                "members.csv:2:単独運用経費: 必須です: 単独運用の経費（少なくとも {\"annualCost\": …}）\n"))
    }

    @Test("import-members prints the JSON members; a missing file says so")
    func importMembers() throws {
        let folder = try Self.folder(csv: "団体ID,団体コード,参加月,単独運用経費\nkora,25442,2027/4,推計\n", encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = costsim("import-members", folder + "/members.csv")
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let members = try JSONParser.parse(outcome.standardOutput)
        #expect(
            members
                == (try JSONParser.parse(
                    #"[{"id": "kora", "code": "25442", "joins": "2027-04", "standalone": {"annualCost": {"estimate": "band"}}}]"#)))
        #expect(costsim("import-members", folder + "/nothing.csv").standardError.hasSuffix("nothing.csv: ファイルがありません\n"))
        #expect(costsim("import-members").status == 2)
    }
}
