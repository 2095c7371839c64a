import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

@Suite("Display units and reports")
struct DisplayTests {
    @Test("rounding to 千円: parts add up to the rounded total, leftovers to the largest remainders")
    func largestRemainder() {
        // 1,400 + 1,400 + 1,200 = 4,000 → 4 thousand. Floors 1, 1, 1 = 3; one unit missing; remainders 400, 400, 200:
        // the tie at 400 goes to the first listed.
        #expect(DisplayRounding.round([1_400, 1_400, 1_200], unit: 1_000) == [2, 1, 1])
        // −1,500 + 2,600 = 1,100 → 1. Floors −2 (remainder 500) and 2 (remainder 600) = 0; one missing → the 600.
        #expect(DisplayRounding.round([-1_500, 2_600], unit: 1_000) == [-2, 3])
        // Halves away from zero for the total: 1,500 → 2; −1,500 → −2.
        #expect(DisplayRounding.round([1_500], unit: 1_000) == [2])
        #expect(DisplayRounding.round([-1_500], unit: 1_000) == [-2])
        // Yen: nothing changes.
        #expect(DisplayRounding.round([7, -3, 12_345], unit: 1) == [7, -3, 12_345])
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

    @Test("tables in 千円 and 百万円 add up across and down", arguments: [DisplayUnit.thousand, .million])
    func consistency(unit: DisplayUnit) throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let tables = ReportTables(results: results, unit: unit)
        func number(_ cell: String) -> Int64 { Int64(cell.replacing(",", with: ""))! }
        for result in try results.cases {
            let table = try tables.fiscalYears(result)
            for row in table.rows {  // categories add up to the row's total
                #expect(row[1...5].map(number).reduce(0, +) == number(row[6]))
            }
            for column in 1...6 {  // the years add up to the totals row
                #expect(table.rows.dropLast().map { number($0[column]) }.reduce(0, +) == number(table.rows.last![column]))
            }
        }
        for (result, comparison) in zip(try results.cases.dropFirst(), try results.comparisons) {
            let table = tables.comparison(result, comparison)
            for column in 1...3 {
                #expect(table.rows.dropLast().map { number($0[column]) }.reduce(0, +) == number(table.rows.last![column]))
            }
            for row in table.rows { #expect(number(row[1]) - number(row[2]) == number(row[3])) }
        }
        let apportionment = tables.apportionment(try #require(try ApportionmentTable(results.plan, fiscalYear: 2020)))
        for column in 1..<apportionment.columns.count {
            #expect(apportionment.rows.dropLast().map { number($0[column]) }.reduce(0, +) == number(apportionment.rows.last![column]))
        }
        // The FY2020 basic fee, by hand: every month the active members total over 400,000 people, so the rate is
        // 900,000 per 10,000, i.e. exactly 90 yen a person a month. Apr–Sep seven members, 570,728 people:
        // 6 × 90 × 570,728 = 308,193,120; Oct–Mar with 米原市, 607,929: 6 × 90 × 607,929 = 328,281,660.
        // Total 636,474,780 yen → 636,475 thousand, 636 million.
        let fee = number(apportionment.rows.last![1])
        #expect(fee == (unit == .thousand ? 636_475 : 636))
    }

    @Test("CSV for Excel: byte-order mark, CRLF, one row per figure, exact yen")
    func csv() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/worked-example.json", encoding: .utf8))
        let costs = try CSVExport(results: results).costs()
        #expect(costs.hasPrefix("\u{FEFF}ケース,団体ID,団体名,年度,区分,金額（円）\r\n"))
        let lines = costs.split(separator: "\r\n", omittingEmptySubsequences: true)
        // header + cases × members × years × MODEL.md's 6 categories (allocationTax too)
        #expect(lines.count == 1 + 2 * 2 * 2 * 6)
        #expect(lines.contains("計画,east,東町,2024,一時経費,600000"))
        #expect(lines.contains("計画,east,東町,2024,補助金等,-300000"))
        #expect(!costs.replacing("\r\n", with: "").contains("\n"))
        let comparison = try CSVExport(results: results, language: .en).comparison()
        #expect(comparison.contains("plan,,Group,19200000,14400000,4800000,0.25,2024,4737255\r\n"))
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

    @Test("the HTML report is one self-contained page with two charts")
    func html() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let html = try ReportDocument(results: results).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        // The only address is the SVG namespace.
        #expect(html.split(separator: "http").count - 1 == html.split(separator: "http://www.w3.org/2000/svg").count - 1)
        #expect(html.split(separator: "<svg").count - 1 == 2)
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
        let koka = try #require(table.rows.first { $0.first == "甲賀市" })
        #expect(koka[5] == "不参加")
    }
}
