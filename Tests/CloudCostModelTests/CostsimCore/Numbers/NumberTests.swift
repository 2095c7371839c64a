import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

@Suite("Exact numbers")
struct NumberTests {
    @Test("decimals are read exactly from their text")
    func exactDecimals() {
        #expect(ExactDecimal(jsonText: "0.3")?.millionths == 300_000)
        #expect(ExactDecimal(jsonText: "110")?.millionths == 110_000_000)
        #expect(ExactDecimal(jsonText: "-0.015")?.millionths == -15_000)
        #expect(ExactDecimal(jsonText: "1e3")?.millionths == 1_000_000_000)
        #expect(ExactDecimal(jsonText: "100e-8")?.millionths == 1)  // 0.000001
        #expect(ExactDecimal(jsonText: "0.1000000")?.millionths == 100_000)  // trailing zeros are not places
        #expect(ExactDecimal(jsonText: "0.123456")?.millionths == 123_456)
    }

    @Test("zero is zero whatever its exponent; other huge exponents are refused")
    func zeroExponent() {
        #expect(ExactDecimal(jsonText: "0e-9999")?.millionths == 0)
        #expect(ExactDecimal(jsonText: "0.0E+99999")?.millionths == 0)
        #expect(ExactDecimal(jsonText: "1e-9999") == nil)
        #expect(ExactDecimal(jsonText: "1e99999") == nil)
        #expect(ExactDecimal(jsonText: "0e") == nil)
    }

    @Test("more than six decimal places are refused, not rounded")
    func sevenPlaces() {
        #expect(ExactDecimal(jsonText: "0.1234567") == nil)
        #expect(ExactDecimal(jsonText: "1e-7") == nil)
        #expect(ExactDecimal(jsonText: "1e400") == nil)
    }

    @Test("an annual amount is spread over months and adds back up exactly")
    func spreading() {
        // floor(100k/12): 8, 16, 25, 33, 41, 50, 58, 66, 75, 83, 91, 100 → differences:
        let hundred = (1...12).map { Yen.monthlyShare(ofAnnual: 100, month: $0) }
        #expect(hundred == [8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8, 9])
        // floor(11k/12): 0, 1, 2, …, 11 → April carries nothing, every other month 1.
        let eleven = (1...12).map { Yen.monthlyShare(ofAnnual: 11, month: $0) }
        #expect(eleven == [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
        let large: Int64 = 9_999_999_999_999
        #expect((1...12).reduce(Int64(0)) { $0 + Yen.monthlyShare(ofAnnual: large, month: $1) } == large)
    }

    @Test("months and fiscal years")
    func months() {
        let march = Month("2021-03")!
        #expect(march.fiscalYear == 2020)
        #expect(march.monthOfFiscalYear == 12)
        #expect(Month("2020-04")!.monthOfFiscalYear == 1)
        #expect(Month("2019-4") == nil)
        #expect(Month("2019-13") == nil)
        #expect(Month("2019-00") == nil)
        #expect(Month("20190-1") == nil)
        #expect(Month("2020-12")!.adding(months: 2).description == "2021-02")
    }

    @Test("the 全国地方公共団体コード check digit")
    func checkDigit() {
        // 草津市 25206: 6·2 + 5·5 + 4·2 + 3·0 + 2·6 = 12+25+8+0+12 = 57; 57 mod 11 = 2; (11−2) mod 10 = 9.
        #expect(LocalGovernmentCode.checkDigit(for: "25206") == 9)
        #expect(LocalGovernmentCode.problem(with: "252069") == nil)
        #expect(LocalGovernmentCode.problem(with: "252061") != nil)
        // 札幌市 01100: 0+5+4+0+0 = 9; 11−9 = 2.
        #expect(LocalGovernmentCode.checkDigit(for: "01100") == 2)
        // 10000: 6·1 = 6; 11 − 6 = 5.
        #expect(LocalGovernmentCode.checkDigit(for: "10000") == 5)
        #expect(LocalGovernmentCode.checkDigit(for: "00000") == 1)  // (11 − 0) mod 10
    }

    @Test("present values are exact, rounded to the nearest yen")
    func presentValue() throws {
        // 100 + 100/1.1 = 190.909… → 191.
        #expect(try PresentValue.npv([100, 100], rate: ExactDecimal(jsonText: "0.1")!) == 191)
        // −100 + 0 + 121/1.21 = 0 exactly.
        #expect(try PresentValue.npv([-100, 0, 121], rate: ExactDecimal(jsonText: "0.1")!) == 0)
        // 1 + 1/2 = 1.5 → 2; halves go away from zero, so −1.5 → −2.
        #expect(try PresentValue.npv([1, 1], rate: .one) == 2)
        #expect(try PresentValue.npv([-1, -1], rate: .one) == -2)
        // Rate 0: the plain sum.
        #expect(try PresentValue.npv([5, -3, 7], rate: .zero) == 9)
        // 1,000,000 + 1,000,000/1.02 = 1,980,392.156… → 1,980,392.
        #expect(try PresentValue.npv([1_000_000, 1_000_000], rate: ExactDecimal(jsonText: "0.02")!) == 1_980_392)
        // 50 years at 0.000001: far beyond 128 bits inside, still exact. Each year 10^12 / 1.000001^t;
        // the sum is within 50·10^12 and above 49.99·10^12.
        let long = try PresentValue.npv(Array(repeating: 1_000_000_000_000, count: 50), rate: ExactDecimal(jsonText: "0.000001")!)
        #expect(long > 49_990_000_000_000 && long < 50_000_000_000_000)
    }

    @Test("property: the 128-bit and big-integer present values agree")
    func presentValuePaths() throws {
        var random = SplitMix64(seed: 2025)
        for _ in 0..<500 {
            let years = Int.random(in: 1...12, using: &random)
            let amounts = (0..<years).map { _ in Int64.random(in: -10_000_000_000...10_000_000_000, using: &random) }
            // Round rates (0.5 % steps) reduce to small fractions and take the 128-bit path; others overflow it.
            let rate = ExactDecimal(
                millionths: Bool.random(using: &random)
                    ? 5_000 * Int128.random(in: 0...20, using: &random)
                    : Int128.random(in: 0...100_000, using: &random))
            #expect(try PresentValue.npv(amounts, rate: rate, allow128: true) == PresentValue.npv(amounts, rate: rate, allow128: false))
        }
    }
}

/// Months and fiscal years as Japanese offices write them (issue 18, item 8).
@Suite("Months and fiscal years as written")
struct WrittenDateTests {
    @Test(
        "a month: 2026-04, 2026/4, 2026/04/01, 2026年4月, 令和8年4月, 令和元年5月, 平成31年4月",
        arguments: [
            ("2026-04", 2026, 4), ("2026/4", 2026, 4), ("2026/04/01", 2026, 4), ("2026/4/1", 2026, 4), ("2026年4月", 2026, 4),
            ("2026年10月", 2026, 10), ("令和8年4月", 2026, 4), ("令和元年5月", 2019, 5), ("平成31年4月", 2019, 4),
        ])
    func months(text: String, year: Int, month: Int) {
        #expect(Month(written: text) == Month(year: year, month: month))
    }

    @Test("not a month: 2026-4, a day other than the 1st, month 13, a two-digit year, an era year 0")
    func notMonths() {
        for text in ["2026-4", "2026/4/2", "2026/13", "26/4", "2026年4", "令和0年4月", "令和8年13月", "2026/", "/4", "2300/4"] {
            #expect(Month(written: text) == nil, "\(text)")
        }
    }

    @Test(
        "a fiscal year: 2020, 2020年度, 令和2, 令和2年度, R2, R2年度, 令和元年度 (FY2019), 平成30年度, H30",
        arguments: [
            ("2020", 2020), ("2020年度", 2020), ("令和2", 2020), ("令和2年度", 2020), ("R2", 2020), ("r2", 2020), ("R2年度", 2020),
            ("令和元年度", 2019), ("令和元", 2019), ("平成30年度", 2018), ("H30", 2018), ("平成元年度", 1989),
        ])
    func fiscalYears(text: String, year: Int) {
        #expect(FiscalYearText.parse(text) == year)
    }

    @Test("not a fiscal year: 20, R, 令和0, 令和123, 2020年, 1899, ２０２０")
    func notFiscalYears() {
        for text in ["20", "R", "令和0", "令和123", "2020年", "1899", "２０２０", "", "年度"] {
            #expect(FiscalYearText.parse(text) == nil, "\(text)")
        }
    }
}
