import Foundation
import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

/// Members from a spreadsheet: Excel's CSV in UTF-8 or Shift_JIS, headings in Japanese or English.
@Suite("Members from a spreadsheet")
struct SpreadsheetTests {
    @Test("CSV records: quotes, doubled quotes, line breaks in a cell, CRLF, blank lines at the end")
    func records() throws {
        let table = try CSVTable(parsing: "団体名,備考\r\n\"草津市\",\"a, \"\"b\"\"\r\nc\"\r\n守山市,\r\n\r\n")
        #expect(table.records == [["団体名", "備考"], ["草津市", "a, \"b\"\r\nc"], ["守山市", ""]])
        #expect(throws: CSVTable.Failure.unclosedQuote(record: 2)) { try CSVTable(parsing: "a\n\"b\n") }
    }

    @Test("Shift_JIS as Japanese Excel writes it (CP932): the characters town names and forms carry")
    func shiftJIS() throws {
        // CP932 bytes, worked out from the code page: ① 8740, 髙 FBFC, ～ 8160, － 817C, 﨑 FAB1, ∥ 8161,
        // ￢ 81CA, ― 815C, ｱ B1 (half-width katakana), 草津市 9190 92C3 8E73.
        let bytes: [UInt8] = [
            0x87, 0x40, 0xFB, 0xFC, 0x81, 0x60, 0x81, 0x7C, 0xFA, 0xB1, 0x81, 0x61, 0x81, 0xCA, 0x81, 0x5C, 0xB1, 0x91, 0x90, 0x92, 0xC3,
            0x8E, 0x73,
        ]
        let decoded = try #require(SpreadsheetText.decode(bytes))
        #expect(decoded.encoding == .shiftJIS)
        #expect(decoded.text == "①髙～－﨑∥￢―ｱ草津市")
        #expect(SpreadsheetText.decode([0xEF, 0xBB, 0xBF] + Array("団体名".utf8))! == ("団体名", .utf8))
        #expect(SpreadsheetText.decode([0xFF, 0xFE, 0x41, 0x00]) == nil)  // UTF-16: Excel's Unicode text, not CSV
    }

    @Test("cells as Excel writes them: thousands separators, percents, dates, 推計 and 未入力")
    func cells() throws {
        let table = try CSVTable(
            parsing: """
                団体コード,人口（人）,参加月,単独運用経費 (円),移行経費補助率,職員数,人件費単価
                25441,"7,139",2026/10/1,"12,345,678",50%,1.5,未入力
                25442,,2027年4月,推計,0.25,,
                25443,,2027/4,,,,
                """)
        let sheet = MemberSheet(table, file: "m.csv")
        #expect(sheet.problems.isEmpty)
        func expected(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }
        #expect(
            sheet.members[0]
                == (try expected(
                    #"{"id": "254410", "code": "25441", "population": 7139, "joins": "2026-10", "standalone": {"annualCost": 12345678}, "joinSubsidyRate": 0.5, "personnel": {"staff": 1.5, "costPerStaff": "未入力"}}"#
                )))
        #expect(
            sheet.members[1]
                == (try expected(
                    #"{"id": "254428", "code": "25442", "joins": "2027-04", "standalone": {"annualCost": {"estimate": "band"}}, "joinSubsidyRate": 0.25, "personnel": {"staff": "未入力", "costPerStaff": "未入力"}}"#
                )))
        // Blank cells: 人口 and 単独運用経費 left out (the census gives the one, the decoder asks for the other),
        // 移行経費補助率 left out (0 %), but 職員数 and 人件費単価 are owed: 未入力, never a silent 0.
        #expect(
            sheet.members[2]
                == (try expected(
                    #"{"id": "254436", "code": "25443", "joins": "2027-04", "personnel": {"staff": "未入力", "costPerStaff": "未入力"}}"#)))
        // Not Excel's forms: left as written, for the decoder to say what is wrong.
        #expect(MemberSheet.month("2019-4") == nil && MemberSheet.month("2019/4/2") == nil && MemberSheet.month("2019/13") == nil)
        #expect(MemberSheet.number("1,23,456") == nil && MemberSheet.number("７０００") == nil)
    }

    @Test("the join window for costsim schedule: 参加可能月, 参加期限, 予算化年度 as Excel writes them")
    func window() throws {
        let table = try CSVTable(
            parsing: """
                団体コード,参加可能月,参加期限,予算化年度
                25441,2027/4/1,2030年3月,"2027,2028"
                25442,2027年10月,,2028年度・2029年度
                25443,,,令和9年度、令和元年度
                25444,,,2027年
                """)
        let sheet = MemberSheet(table, file: "m.csv")
        func expected(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }
        #expect(
            sheet.members[0]
                == (try expected(
                    #"{"id": "254410", "code": "25441", "earliestJoin": "2027-04", "latestJoin": "2030-03", "budgetYears": [2027, 2028]}"#))
        )
        #expect(
            sheet.members[1]
                == (try expected(#"{"id": "254428", "code": "25442", "earliestJoin": "2027-10", "budgetYears": [2028, 2029]}"#)))
        // Era years: 令和9年度 is FY2027, 令和元年度 FY2019.
        #expect(sheet.members[2] == (try expected(#"{"id": "254436", "code": "25443", "budgetYears": [2027, 2019]}"#)))
        // A calendar year is not a fiscal year: kept as written, for the decoder to say what is wrong.
        #expect(sheet.members[3] == (try expected(#"{"id": "254444", "code": "25444", "budgetYears": "2027年"}"#)))
    }

    @Test("the baseline of the reduction target: 基準年度経費 or 平成30年度経費, yen, 推計, 未入力 or blank")
    func baselineColumn() throws {
        let table = try CSVTable(
            parsing: """
                団体コード,平成30年度経費（円）
                25441,"58,000,000"
                25442,推計
                25443,未入力
                25444,
                """)
        let sheet = MemberSheet(table, file: "m.csv")
        #expect(sheet.problems.isEmpty)
        func expected(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }
        #expect(sheet.members[0] == (try expected(#"{"id": "254410", "code": "25441", "baseline": 58000000}"#)))
        #expect(sheet.members[1] == (try expected(#"{"id": "254428", "code": "25442", "baseline": {"estimate": "band"}}"#)))
        #expect(sheet.members[2] == (try expected(#"{"id": "254436", "code": "25443", "baseline": "未入力"}"#)))
        // Blank: left out, as a member without it (then the stand-alone figure, or the decoder's error naming the row).
        #expect(sheet.members[3] == (try expected(#"{"id": "254444", "code": "25444"}"#)))
        #expect(MemberColumn(heading: "基準年度経費") == .baseline)
        #expect(MemberColumn(heading: "baseline") == .baseline)
    }

    @Test("headings: Japanese or English, a unit in brackets; unknown and repeated ones are errors with a suggestion")
    func headings() throws {
        #expect(MemberColumn(heading: "　人口（人）") == .population)
        #expect(MemberColumn(heading: "AnnualCost [yen]") == .annualCost)
        let sheet = MemberSheet(try CSVTable(parsing: "団体名,人工数,団体名\n甲町,1,乙町,x\n"), file: "m.csv")
        #expect(
            sheet.problems.map { $0.text(.ja) } == [
                "m.csv:1:人工数: \"人工数\" という見出しはありません。\"人口\" の誤りではありませんか？",
                "m.csv:1:団体名: 見出し \"団体名\" が2回あります",
                "m.csv:2: この行には 4 個のセルがありますが、見出しは 3 個です",
                "m.csv:2: 団体ID（id）か団体コード（code）が必要です",
            ])
    }

    @Test("a code that Excel shortened by its leading 0 is named, with the code restored")
    func leadingZero() throws {
        let sheet = MemberSheet(try CSVTable(parsing: "団体コード\n1100\n"), file: "m.csv")
        #expect(
            sheet.problems.map { $0.text(.en) } == [
                "m.csv:2:団体コード: 1100 has lost its leading 0 (Excel drops it from a number): write 01100, "
                    + "and format the column as text (文字列) so that Excel keeps it"
            ])
    }
}
