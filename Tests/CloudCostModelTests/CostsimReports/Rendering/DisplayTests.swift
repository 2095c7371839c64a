import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

@Suite("Display units and reports")
struct DisplayTests {
    @Test("an amount in 千円 or 百万円 is rounded half away from zero, on its own; rates to a tenth of a percent")
    func roundingRule() throws {
        let thousand = CellFormat(unit: .thousand, labels: Labels.of(.ja), language: .ja)
        // 1,499 yen is 1.499 千円 → 1; 1,500 → 1.5 → 2 (half away from zero); −1,500 → −2; −1,499 → −1.
        #expect([1_499, 1_500, -1_500, -1_499].map { thousand.text(.amount($0)) } == ["1", "2", "-2", "-1"])
        // A change keeps its sign; a margin is ±; a count (a population) is never scaled.
        #expect(thousand.text(.change(2_500)) == "+3" && thousand.text(.change(-2_500)) == "-3" && thousand.text(.change(400)) == "0")
        #expect(thousand.text(.margin(1_234_567)) == "±1,235" && thousand.text(.count(30_000)) == "30,000")
        // 828,000,000 yen is exactly 828 百万円.
        #expect(CellFormat(unit: .million, labels: Labels.of(.ja), language: .ja).text(.amount(828_000_000)) == "828")
        // 12,345 / 100,000 = 12.345 % → 12.3 %; −5 / 1,000 = −0.5 %; 1 / 8 = 12.5 % (the half goes up); 0 / 0 → 0.
        #expect(thousand.text(.rate(numerator: 12_345, denominator: 100_000)) == "12.3%")
        #expect(thousand.text(.rate(numerator: -5, denominator: 1_000)) == "-0.5%")
        #expect(thousand.text(.rate(numerator: 1, denominator: 8)) == "12.5%")
        #expect(thousand.text(.rate(numerator: 0, denominator: 0)) == "0.0%")
        // CSV keeps them exact: yen, a rate to six places, Western years, months as 2026-04, no share as 0.
        #expect(CellFormat.exact(.amount(1_499)) == "1499" && CellFormat.exact(.change(2_500)) == "2500")
        #expect(CellFormat.exact(.rate(numerator: 1, denominator: 3)) == "0.333333")
        let april = try #require(Month("2026-04"))
        #expect(CellFormat.exact(.fiscalYear(2026)) == "2026" && CellFormat.exact(.month(april)) == "2026-04")
        #expect(CellFormat.exact(.notCharged) == "0" && thousand.text(.notCharged) == "—")
        #expect(
            Labels.of(.ja, years: .japanese).year(2026)
                == CellFormat(labels: Labels.of(.ja, years: .japanese), language: .ja).text(.fiscalYear(2026)))
    }

    @Test("axis ticks are round numbers and include zero")
    func axis() {
        // Range 1,603,000,000: a fifth is 320,600,000 → steps of 1, 2 or 5 × 10^8 → 5 × 10^8.
        let scale = AxisScale(low: -56_000_000, high: 1_547_000_000, unit: .million)
        #expect(scale.step == 500_000_000)
        #expect(scale.lower == -500_000_000)
        #expect(scale.upper == 2_000_000_000)
        // Tiny values still tick in whole display units.
        #expect(AxisScale(low: 0, high: 40, unit: .thousand).step == 1_000)
    }

    /// Issue 18's defect: with each table rounding its rows to add up (largest remainder), 草津市's
    /// savings showed 991 in the comparison and 990 in the savings by category, the group's 4,971 and
    /// 4,970, and 人件費 savings of exactly ¥828,000,000 as 829 and 830.
    @Test("the same exact amount shows the same digits in every table, in 千円 and 百万円", arguments: [DisplayUnit.thousand, .million])
    func oneAmountOneDisplay(unit: DisplayUnit) throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let tables = ReportTables(results: results, unit: unit)
        for (result, comparison) in zip(try results.cases.dropFirst(), try results.comparisons) {
            let compared = tables.comparison(result, comparison).shownRows
            let byCategory = tables.savingsByCategory(result, comparison).shownRows
            // Every member's and the group's savings: column 3 of the comparison, the last of the breakdown.
            #expect(compared.map { $0[3] } == byCategory.map { $0.last! })
            let byYear = tables.savingsByYear(
                caseName: result.name, whose: nil, years: result.fiscalYears, savings: comparison.group.yearlyByCategory)
            #expect(byYear.shownRows.last!.last! == compared.last![3])  // the group's savings over the period
        }
        let breakdown = tables.savingsByCategory(results.plan, results.planComparison).shownRows.last!
        switch unit {
        case .million:
            // The group's savings, 4,970,447,817 yen: 4,970.4… → 4,970; 人件費 828,000,000 → 828.
            #expect(breakdown.last == "4,970" && breakdown[2] == "828")
        case .thousand: #expect(breakdown.last == "4,970,448" && breakdown[2] == "828,000")
        case .yen: Issue.record("not an argument")
        }
        let apportionment = tables.apportionment(try #require(try ApportionmentTable(results.plan, fiscalYear: 2020)))
        // The FY2020 basic fee, by hand: every month the active members total over 400,000 people, so the rate is
        // 900,000 per 10,000, i.e. exactly 90 yen a person a month. Apr–Sep seven members, 570,728 people:
        // 6 × 90 × 570,728 = 308,193,120; Oct–Mar with 米原市, 607,929: 6 × 90 × 607,929 = 328,281,660.
        // Total 636,474,780 yen → 636,475 thousand, 636 million.
        #expect(apportionment.rows.last![1] == .amount(636_474_780))
        #expect(apportionment.shownRows.last![1] == (unit == .thousand ? "636,475" : "636"))
        #expect(apportionment.shownNotes.first == "金額は表示単位（\(unit.name(.ja))）未満を四捨五入しているため、内訳の計と合計が一致しない場合があります。")
    }

    @Test("CSV for Excel: byte-order mark, CRLF, one row per figure, exact yen")
    func csv() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/worked-example.json", encoding: .utf8))
        let costs = try CSVExport(results: results).costs()
        #expect(costs.hasPrefix("\u{FEFF}ケース,団体ID,団体コード,団体名,年度,区分,金額（円）\r\n"))
        let lines = costs.split(separator: "\r\n", omittingEmptySubsequences: true)
        // header + cases × members × years × MODEL.md's 6 categories (allocationTax too)
        #expect(lines.count == 1 + 2 * 2 * 2 * 6)
        #expect(lines.contains("計画,east,,東町,2024,一時経費,600000"))
        #expect(lines.contains("計画,east,,東町,2024,補助金等,-300000"))
        #expect(!costs.replacing("\r\n", with: "").contains("\n"))
        let comparison = try CSVExport(results: results, language: .en).comparison()
        #expect(comparison.contains("plan,,,Group,19200000,14400000,4800000,0.25,2024,4737255\r\n"))
        let quoted = OutputSink.text { sink in
            var writer = CSVWriter(sink: sink)
            writer.row(["a,b", "say \"hi\"", "x"])
        }
        #expect(quoted == "\u{FEFF}\"a,b\",\"say \"\"hi\"\"\",x\r\n")
    }

    @Test(
        "CSV cells that Excel would run as formulas are neutralised; numbers are not",
        arguments: [
            ("=HYPERLINK(\"http://x\",\"a\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\""),  // quoted: it holds a comma
            ("+1+2", "'+1+2"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\r=1", "\"'\r=1\""),
            ("-300000", "-300000"), ("-0.25", "-0.25"), ("0.25", "0.25"), ("草津市", "草津市"), ("a-b", "a-b"), ("-", "'-"),
        ])
    func formulaInjection(cell: String, expected: String) {
        #expect(CSVWriter.field(cell) == expected)
    }

    @Test("the HTML report is one self-contained page with its three charts")
    func html() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let html = try ReportDocument(results: results).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        // The only address is the SVG namespace.
        #expect(html.split(separator: "http").count - 1 == html.split(separator: "http://www.w3.org/2000/svg").count - 1)
        // Costs by category, cumulative savings, and the waterfall to the reduction target (the scenario states one).
        #expect(html.split(separator: "<svg").count - 1 == 3)
        #expect(html.contains("@page { size: A4"))
        // A payback marker for each of the 8 members (all pay back within the period).
        #expect(html.split(separator: "<circle").count - 1 == 8)
        #expect(html.contains("【2025年度 負担金按分表】計画"))
    }
}

@Suite("Japanese era years")
struct EraTests {
    @Test(
        "fiscal years in eras: 令和元年度 is FY2019, 平成 before it",
        arguments: [
            (2025, "令和7年度", "R7"), (2019, "令和元年度", "R1"), (2020, "令和2年度", "R2"), (2018, "平成30年度", "H30"),
            (1989, "平成元年度", "H1"), (1988, "昭和63年度", "S63"), (2016, "平成28年度", "H28"),
        ])
    func fiscalYears(year: Int, text: String, short: String) {
        let labels = Labels.of(.ja, years: .japanese)
        #expect(labels.year(year) == text)
        #expect(labels.yearShort(year) == short)
        #expect(Labels.of(.ja).year(year) == "\(year)年度")  // the default stays Western
    }

    @Test("months in eras change on 1 May 2019; English names the era")
    func months() throws {
        let labels = Labels.of(.ja, years: .japanese)
        #expect(labels.month(try #require(Month("2019-04"))) == "平成31年4月")
        #expect(labels.month(try #require(Month("2019-05"))) == "令和元年5月")
        #expect(labels.period(2016, 2025) == "対象期間：平成28年度〜令和7年度（10年間）")
        #expect(labels.apportionmentTitle(2025, "計画") == "【令和7年度 負担金按分表】計画")
        #expect(Labels.of(.en, years: .japanese).year(2025) == "FY Reiwa 7")
    }

    @Test("every table and chart of the report uses the era, and no Western fiscal year is left in it")
    func report() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let html = try ReportDocument(results: results, years: .japanese).html()
        #expect(html.contains("対象期間：平成28年度〜令和7年度（10年間）"))
        #expect(html.contains("【令和7年度 負担金按分表】計画"))
        #expect(html.contains(">R7</text>") && html.contains(">H28</text>"))  // chart axes
        for year in 2016...2025 { #expect(!html.contains("\(year)年度"), "\(year)年度") }
        let markdown = try ReportDocument(results: results, years: .japanese).markdown()
        #expect(markdown.contains("| 令和元年度 |"))
    }
}

@Suite("Charts and payback labels")
struct ChartLabelTests {
    @Test("each line of the cumulative-savings chart is named where it ends, in its colour")
    func lineEndNames() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let html = try ReportDocument(results: results).html()
        // The series colours in member order: 草津市 the first, 米原市 the eighth.
        #expect(html.contains(##"font-size="10" fill="#4e79a7">草津市</text>"##))
        #expect(html.contains(##"font-size="10" fill="#ff9da7">米原市</text>"##))
    }

    @Test("a member kept out of a case shows 不参加 for payback, not 回収せず")
    func keptOutInTables() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let comparisons = try results.comparisons
        let cases = try results.cases
        let variant = try #require(comparisons.firstIndex { $0.caseName == .variant("甲賀市不参加") })
        let table = ReportTables(results: results).comparison(cases[variant + 1], comparisons[variant])
        let koka = try #require(table.shownRows.first { $0.first == "甲賀市" })
        #expect(koka[5] == "不参加")
    }
}
