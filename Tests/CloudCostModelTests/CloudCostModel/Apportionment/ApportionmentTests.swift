import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

@Suite("Apportionment (按分)")
struct ApportionmentTests {
    let equal = { (n: Int) in Apportionment.Basis(coefficient: .one, weights: Array(repeating: 1, count: n)) }

    @Test("equal split: the yen left over go to the member listed first on a full tie")
    func equalTie() {
        // 100 / 3 = 33 each, 1 left; every (a·b) mod B = 1 and every b = 1: first listed.
        #expect(Apportionment.apportion(100, bases: [equal(3)], memberCount: 3) == [34, 33, 33])
    }

    @Test("population split: the largest remainder gets the yen")
    func population() {
        // B = 600. 1000·100 = 100000 = 166·600 + 400; 1000·200 = 200000 = 333·600 + 200; 1000·300 = 500·600.
        // Floors 166 + 333 + 500 = 999, 1 left → remainder 400 → the first member.
        let basis = Apportionment.Basis(coefficient: .one, weights: [100, 200, 300])
        #expect(Apportionment.apportion(1000, bases: [basis], memberCount: 3) == [167, 333, 500])
    }

    @Test("equal remainders: the larger basis wins before the order of listing")
    func tieToLargerBasis() {
        // B = 8, a = 4: 4·1 = 4 (0 r 4), 4·5 = 20 (2 r 4), 4·2 = 8 (1 r 0). 1 yen left; members 0 and 1 tie on
        // remainder 4; member 1 has the larger basis (5 > 1).
        let basis = Apportionment.Basis(coefficient: .one, weights: [1, 5, 2])
        #expect(Apportionment.apportion(4, bases: [basis], memberCount: 3) == [0, 3, 1])
    }

    @Test("parts: equal 0.3 and population 0.7; the last part takes the rest")
    func parts() {
        // Equal part floor(1001·0.3) = 300 → 150 each. Population part 1001 − 300 = 701, B = 400:
        // 701·100 = 70100 = 175·400 + 100; 701·300 = 210300 = 525·400 + 300 → 1 left → member 1.
        // Shares: 150+175 = 325, 150+526 = 676; 325 + 676 = 1001.
        let split = [
            Apportionment.Basis(coefficient: ExactDecimal(jsonText: "0.3")!, weights: [1, 1]),
            Apportionment.Basis(coefficient: ExactDecimal(jsonText: "0.7")!, weights: [100, 300]),
        ]
        #expect(Apportionment.apportion(1001, bases: split, memberCount: 2) == [325, 676])
    }

    @Test("remainder \"representative\": every yen left over goes to the 代表団体")
    func representative() {
        #expect(Apportionment.apportion(100, bases: [equal(3)], memberCount: 3, representative: 2) == [33, 33, 34])
        // Population 1000 by [100, 200, 300] leaves 1 yen (see above); the representative (member 1) takes it.
        let basis = Apportionment.Basis(coefficient: .one, weights: [100, 200, 300])
        #expect(Apportionment.apportion(1000, bases: [basis], memberCount: 3, representative: 1) == [166, 334, 500])
    }

    @Test("a basis that is zero for everyone divides equally")
    func zeroBasis() {
        let basis = Apportionment.Basis(coefficient: .one, weights: [0, 0, 0])
        #expect(Apportionment.apportion(10, bases: [basis], memberCount: 3) == [4, 3, 3])
    }

    @Test("10^13 yen over populations near 10^8 loses nothing")
    func largestFigures() {
        // B = 10^8 + (10^8 − 1) + 1 = 2·10^8. 10^13·10^8 / (2·10^8) = 5·10^12 exactly;
        // 10^13·(10^8−1)/(2·10^8) = 5·10^12 − 50000 exactly; 10^13·1/(2·10^8) = 50000 exactly.
        let basis = Apportionment.Basis(coefficient: .one, weights: [100_000_000, 99_999_999, 1])
        let shares = Apportionment.apportion(10_000_000_000_000, bases: [basis], memberCount: 3)
        #expect(shares == [5_000_000_000_000, 4_999_999_950_000, 50_000])
    }

    @Test("property: shares always add up to the amount, each within a yen per part of its exact share")
    func conservation() {
        var random = SplitMix64(seed: 20_161_001)
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...60, using: &random)
            let amount =
                Bool.random(using: &random)
                ? Int64.random(in: 0...10_000_000_000_000, using: &random)
                : Int64.random(in: 0...1_000, using: &random)
            // Random coefficients in millionths summing to exactly 10^6.
            let cut1 = Int128.random(in: 0...1_000_000, using: &random)
            let cut2 = Int128.random(in: cut1...1_000_000, using: &random)
            let coefficients = [cut1, cut2 - cut1, 1_000_000 - cut2].map { ExactDecimal(millionths: $0) }
            let bases = coefficients.map { coefficient in
                Apportionment.Basis(
                    coefficient: coefficient,
                    weights: (0..<count).map { _ in
                        Int.random(in: 0..<8, using: &random) == 0 ? 0 : Int64.random(in: 1...100_000_000, using: &random)
                    })
            }
            let representative = Bool.random(using: &random) ? Int.random(in: 0..<count, using: &random) : nil
            let shares = Apportionment.apportion(amount, bases: bases, memberCount: count, representative: representative)
            #expect(shares.reduce(0, +) == amount)
            #expect(shares.allSatisfy { $0 >= 0 })
            if representative == nil {
                // Exact share Σ_parts part·b_i/B; with largest remainders each member is within 1 yen per part.
                var parts: [Int128] = []
                var left = Int128(amount)
                let used = bases.filter { $0.coefficient != .zero }
                for (index, basis) in used.enumerated() {
                    let part = index == used.count - 1 ? left : Int128(amount) * basis.coefficient.millionths / 1_000_000
                    parts.append(part)
                    left -= part
                }
                for i in 0..<count {
                    var low: Int128 = 0
                    for (part, basis) in zip(parts, used) {
                        let total = basis.weights.reduce(Int128(0)) { $0 + Int128($1) }
                        low += total == 0 ? part / Int128(count) : part * Int128(basis.weights[i]) / total
                    }
                    #expect(Int128(shares[i]) >= low && Int128(shares[i]) <= low + Int128(used.count))
                }
            }
        }
    }

    @Test("property: the fast remainder selection gives exactly what MODEL.md's rule, read literally, gives")
    func matchesLiteralRule() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...40, using: &random)
            let part = Int64.random(in: 0...1_000_000, using: &random)
            // Small weights make equal remainders and equal weights common, so every tie rule is exercised.
            let weights = (0..<count).map { _ in Int64.random(in: 0...4, using: &random) }
            let actual = Apportionment.apportion(part, bases: [.init(coefficient: .one, weights: weights)], memberCount: count)
            // The rule as written: floor(a·b_i/B) each; the r yen left go one each to the r members with the
            // largest (a·b_i) mod B, ties to the larger b_i, then to the member listed first (B = 0: equal).
            let b = weights.allSatisfy { $0 == 0 } ? Array(repeating: Int64(1), count: count) : weights
            let total = b.reduce(0, +)
            var expected = b.map { part * $0 / total }
            let r = part - expected.reduce(0, +)
            let ranked = (0..<count).sorted { x, y in
                let (mx, my) = ((part * b[x]) % total, (part * b[y]) % total)
                return mx != my ? mx > my : (b[x] != b[y] ? b[x] > b[y] : x < y)
            }
            for i in ranked.prefix(Int(r)) { expected[i] += 1 }
            #expect(actual == expected)
        }
    }
}

@Suite("The secretariat's 負担金 table: basis and layout")
struct SecretariatTableTests {
    @Test("each member's parts by basis, by hand: 事務局経費 in the worked example, FY2025")
    func basis() throws {
        // 1,000,000 a year spread: 8 months of 83,333 and 4 of 83,334. Half equally, half by population (3:1).
        // 83,333: equal part floor(41,666.5) = 41,666 → 20,833 each; population part 41,667 → 31,250.25 and
        //   10,416.75 → 31,250 and 10,416, the yen left to 西町 (.75): 10,417.
        // 83,334: equal part 41,667 → 20,833 each and the yen left to 東町 (equal remainders: listed first);
        //   population part 41,667 as above.
        // 東町: equal 8 × 20,833 + 4 × 20,834 = 250,000, population 12 × 31,250 = 375,000: 625,000.
        // 西町: equal 12 × 20,833 = 249,996, population 12 × 10,417 = 125,004: 375,000.
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/worked-example.json", encoding: .utf8))
        let table = try #require(try ApportionmentTable(results.plan, fiscalYear: 2025))
        let fee = try #require(table.fees.first { $0.label == "事務局経費" })
        #expect(fee.shares.map(\.parts) == [[250_000, 375_000, 0], [249_996, 125_004, 0]])
        #expect(fee.shares.map(\.amount) == [625_000, 375_000])
        #expect(table.bases.map(\.population) == [30_000, 10_000])
        let basis = ReportTables(results: results).apportionmentBasis(table)
        #expect(basis.count == 1)  // the per-10,000 fee has no split
        #expect(basis[0].title == "【按分の基礎】事務局経費（均等割 0.5・人口割 0.5）")
        #expect(
            basis[0].shownRows == [
                ["東町", "30,000", "250,000", "375,000", "625,000"], ["西町", "10,000", "249,996", "125,004", "375,000"],
                ["合計", "", "499,996", "500,004", "1,000,000"],
            ])
    }

    @Test("the wide CSV: heading rows (year, case, unit), a row per member, a column per fee, the totals; exact yen")
    func wideCSV() throws {
        // FY2025: 東町 システム利用料 3 units × 100,000 × 12 = 3,600,000 and 事務局経費 625,000; 西町 1,200,000 and 375,000.
        // The worked example's towns have no 団体コード: the column is blank (issue 18, item 14).
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/worked-example.json", encoding: .utf8))
        let table = try #require(try ApportionmentTable(results.plan, fiscalYear: 2025))
        let csv = OutputSink.text { CSVExport.apportionmentWide(table, to: $0) }
        #expect(
            csv == "\u{FEFF}【2025年度 負担金按分表】計画\r\n年度,2025\r\nケース,計画\r\n単位,円\r\n\r\n"
                + "団体ID,団体コード,団体名,システム利用料,事務局経費,負担金計,補助金等,差引負担額\r\n"
                + "east,,東町,3600000,625000,4225000,0,4225000\r\n" + "west,,西町,1200000,375000,1575000,0,1575000\r\n"
                + ",,合計,4800000,1000000,5800000,0,5800000\r\n")
    }

    @Test("CSV member rows carry 団体コード where the member has one (issue 18, item 14)")
    func memberCodes() throws {
        // 紀の国's 海南市 has code 30202 + check digit: 3·6 + 0·5 + 2·4 + 0·3 + 2·2 = 30; 30 mod 11 = 8; 11 − 8 = 3: 302023.
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/kinokuni-cloud.json", encoding: .utf8))
        let comparison = try CSVExport(results: results).comparison()
        #expect(comparison.hasPrefix("\u{FEFF}ケース,団体ID,団体コード,団体名,"))
        #expect(comparison.contains("\r\n計画,kainan,302023,海南市,"))
        #expect(try CSVExport(results: results).costs().contains("\r\n単独運用,kainan,302023,海南市,2026,"))
        let table = try #require(try ApportionmentTable(results.plan, fiscalYear: 2027))
        let tidy = OutputSink.text { CSVExport.apportionment(table, to: $0) }
        #expect(tidy.contains(",kainan,302023,海南市,"))
        let wide = OutputSink.text { CSVExport.apportionmentWide(table, language: .en, to: $0) }
        #expect(wide.contains("\r\nfiscal_year,2027\r\ncase,plan\r\nunit,yen\r\n\r\nmember_id,member_code,member,"))
        #expect(wide.contains("\r\nkainan,302023,海南市,"))
    }

    @Test("a fee that charged nobody that year has no column")
    func endedFee() throws {
        // おうみ's Government Cloud fees begin in 2025-04: the FY2020 table has no column for them.
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let shown = ReportTables(results: results).apportionment(try #require(try ApportionmentTable(results.plan, fiscalYear: 2020)))
        #expect(!shown.columns.map(\.header).contains("ガバメントクラウド利用料"))
        #expect(!shown.columns.map(\.header).contains("接続回線"))
        #expect(shown.columns.map(\.header).contains("事務局経費"))
    }
}
