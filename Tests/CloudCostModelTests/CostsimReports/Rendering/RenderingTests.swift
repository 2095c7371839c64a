import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

@Suite("Rendering")
struct RenderingTests {
    @Test("display width: full-width text takes two columns, whatever the locale")
    func width() {
        #expect(DisplayWidth.of("草津市") == 6)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("ｶﾅ") == 2)  // half-width katakana
        #expect(DisplayWidth.of("ＡＢ") == 4)  // full-width Latin
        #expect(DisplayWidth.of("が") == 2)
        #expect(DisplayWidth.of("か\u{3099}") == 2)  // か + combining voiced mark
        #expect(DisplayWidth.of("2016年度〜") == 10)
    }

    /// Ten columns headed "1234567890" (5 ems each, and 1 of padding): 60 ems, too wide for portrait,
    /// so the table goes on a landscape page. 26 rows fit there in 9 pt; 27 (28 members and a total, as
    /// in 紀の国) take the smaller type, so the total is not left alone on the next page.
    @Test("a wide table with more rows than a landscape page holds prints in the smaller type")
    func longWideTable() {
        func table(rows: Int) -> ReportTable {
            ReportTable(
                title: "t", columns: (0..<10).map { _ in .init("1234567890") },
                rows: Array(repeating: Array(repeating: .text("1"), count: 10), count: rows),
                format: CellFormat(labels: Labels.of(.ja), language: .ja))
        }
        #expect(table(rows: 26).printClass == "table wide")
        #expect(table(rows: 27).printClass == "table wide small")
        #expect(table(rows: 27).html().hasPrefix("<div class=\"table wide small\">"))
    }

    /// A heading 60 columns wide (30 full-width characters, like 「事務局経費を均等3・人口7で按分」総額 with a longer
    /// name) over cells 10 wide, and three columns 20 wide. The heading wraps at 16 columns: its column is 16 / 2 + 1
    /// = 9 ems, the others 20 / 2 + 1 = 11: 42 ems, portrait. Counted whole it was 60 / 2 + 1 = 31: 64 ems, a page
    /// turned to landscape for one long case name (issue 18, item 6).
    @Test("a long heading wraps instead of turning the page to landscape")
    func longHeading() {
        let long = String(repeating: "按", count: 30)
        let wide = "12345678901234567890"
        let table = ReportTable(
            title: "t", columns: [.init(long), .init(wide), .init(wide), .init(wide)],
            rows: [[.text("1234567890"), .text(wide), .text(wide), .text(wide)]],
            format: CellFormat(labels: Labels.of(.ja), language: .ja))
        #expect(table.estimatedWidth == 42)
        #expect(table.printClass == "table")
    }

    @Test("a table on a landscape page keeps its notes on that page, and its heading goes with it (issue 18, items 4 and 6)")
    func landscapeNotes() {
        var table = ReportTable(
            title: "t", columns: (0..<10).map { _ in .init("1234567890") },
            rows: [Array(repeating: .amount(1_500), count: 10)],
            format: CellFormat(unit: .thousand, labels: Labels.of(.ja), language: .ja))
        table.notes = ["注記"]
        #expect(table.printsLandscape)
        // The notes, the rounding note first, inside the table's block, so they print on its page.
        let html = table.html()
        #expect(html.hasSuffix("<p class=\"note\">※ 注記</p>\n</div>\n"), "\(html)")
        #expect(html.contains("</table>\n<p class=\"note\">※ 金額は表示単位（千円）未満を四捨五入"))
        // In a report section, a landscape table keeps its own notes; a portrait one's are said once at the end.
        var portrait = ReportTable(
            title: "p", columns: [.init("a")], rows: [[.amount(1_500)]],
            format: CellFormat(unit: .thousand, labels: Labels.of(.ja), language: .ja))
        portrait.notes = ["縦の注記"]
        // A section's heading goes onto the landscape page of the table after it (risk, schedule and report pages).
        #expect(HTML.sectionStart("見出し", before: table) == "<section>\n<h2 class=\"wide\">見出し</h2>\n")
        #expect(HTML.sectionStart("見出し", before: portrait) == "<section>\n<h2>見出し</h2>\n")
        let (bare, notes) = ReportDocument.notesOnce([table, portrait], keepingLandscape: true)
        #expect(bare[0].notes == ["注記"] && bare[0].saysRounding)
        #expect(bare[1].notes.isEmpty && !bare[1].saysRounding)
        #expect(notes == ["金額は表示単位（千円）未満を四捨五入しているため、内訳の計と合計が一致しない場合があります。", "縦の注記"])
    }

    @Test("every table with amounts says its unit in its caption; one without amounts does not (issue 18, item 4)")
    func captionUnit() {
        func table(_ cell: TableCell, _ unit: DisplayUnit, _ language: Language) -> ReportTable {
            ReportTable(
                title: "【表】計画", columns: [.init("a")], rows: [[cell]],
                format: CellFormat(unit: unit, labels: Labels.of(language), language: language))
        }
        #expect(table(.amount(1), .thousand, .ja).caption == "【表】計画（単位：千円）")
        #expect(table(.amount(1), .yen, .ja).caption == "【表】計画（単位：円）")
        #expect(table(.amount(1), .million, .en).caption == "【表】計画 (unit: million yen)")
        #expect(table(.rate(numerator: 1, denominator: 2), .thousand, .ja).caption == "【表】計画")
        let shown = table(.amount(1), .thousand, .ja)
        #expect(shown.text().hasPrefix("【表】計画（単位：千円）\n"))
        #expect(shown.markdown().hasPrefix("### 【表】計画（単位：千円）\n"))
        #expect(shown.html().contains("<caption>【表】計画（単位：千円）</caption>"))
    }

    @Test("a chart with too few colours draws every member that does not save, then the largest and smallest savers (issue 18, item 15)")
    func chartLineChoice() {
        // Savings [5, −1, 9, 3, 7, 0, 2, 8] and room for 5: those that do not save first, −1 (#1) and 0 (#5); then by
        // turns the largest and smallest of the rest: 9 (#2), 2 (#6), 8 (#7). In roster order: 1, 2, 5, 6, 7.
        #expect(ChartLineChoice.chosen(savings: [5, -1, 9, 3, 7, 0, 2, 8], count: 5) == [1, 2, 5, 6, 7])
        // Room for everyone: everyone, in order.
        #expect(ChartLineChoice.chosen(savings: [3, -2, 1], count: 12) == [0, 1, 2])
        // More losers than room: the largest losses.
        #expect(ChartLineChoice.chosen(savings: [-1, -5, -3, 4], count: 2) == [1, 2])
    }

    @Test("tables pad by display width")
    func table() {
        var table = TextTable(columns: [.init("団体", .left), .init("金額")])
        table.add(["草津市", "1,000"])
        table.add(["abc", "5"])
        #expect(
            table.render() == """
                団体     金額
                ------  -----
                草津市  1,000
                abc         5

                """)
    }

    @Test("yen with thousands separators, rates as percentages")
    func numbers() {
        #expect(NumberFormat.yen(0) == "0")
        #expect(NumberFormat.yen(999) == "999")
        #expect(NumberFormat.yen(1_000) == "1,000")
        #expect(NumberFormat.yen(-1_234_567) == "-1,234,567")
        #expect(NumberFormat.yen(.min) == "-9,223,372,036,854,775,808")
        // 1/8 = 12.5%; 2/3 = 66.666…% → 66.7%.
        let eighth = SavingsSummary(standaloneTotal: 8, caseTotal: 7, savings: 1, yearlySavings: [], paybackFiscalYear: nil, npvSavings: 0)
        #expect(NumberFormat.percent(eighth) == "12.5%")
        let twoThirds = SavingsSummary(
            standaloneTotal: 3, caseTotal: 1, savings: 2, yearlySavings: [], paybackFiscalYear: nil, npvSavings: 0)
        #expect(NumberFormat.percent(twoThirds) == "66.7%")
    }

    @Test("JSON output writes exact numbers and escapes text")
    func json() throws {
        let value = JSONValue.object([
            ("a", .string("草津\n\"x\"")), ("b", .integer(Int64.max)), ("c", .decimal(ExactDecimal(jsonText: "0.5")!)),
            ("d", .decimal(.zero)), ("e", .null),
        ])
        let text = JSONWriter.write(value)
        #expect(text.contains(#""a": "草津\n\"x\"""#))
        #expect(text.contains(#""b": 9223372036854775807"#))
        #expect(text.contains(#""d": 0.0"#))
        #expect(try JSONParser.parse(text) == value)
    }
}

@Suite("Safe wherever pasted")
struct PasteSafetyTests {
    @Test("Markdown: raw HTML, table pipes and emphasis in a name are shown as written")
    func markdownEscaping() throws {
        let member =
            #"{"id": "a", "name": "<img src=x onerror=alert(1)>|*町*", "population": 1, "joins": "2020-04", "standalone": {"annualCost": 0}}"#
        let results = try compute(
            scenarioJSON(members: [member]).replacingOccurrences(of: #""name": "test""#, with: ##""name": "# <b>協議会</b>""##))
        let markdown = try ReportDocument(results: results).markdown()
        #expect(!markdown.contains("<img") && !markdown.contains("<b>"))
        #expect(markdown.hasPrefix("# \\# &lt;b&gt;協議会&lt;/b&gt;\n"))
        #expect(markdown.contains("| &lt;img src=x onerror=alert(1)&gt;\\|\\*町\\* |"))
    }
}
