import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

/// Two groups in one scenario: a vendor's SaaS shared by three towns and a Government Cloud
/// environment shared by two of them. A fee that names its `members` is charged among them alone.
@Suite("Fees of some members only (two groups in one scenario)")
struct FeeMembersTests {
    /// a 30,000, b 20,000, c 10,000 people, all on the shared system for the whole of FY2026.
    static let json = """
        {"format": "costsim/1", "name": "二つのグループ", "fiscalYears": {"from": 2026, "to": 2026},
         "members": [
           {"id": "a", "name": "甲町", "population": 30000, "joins": "2026-04", "standalone": {"annualCost": 0}},
           {"id": "b", "name": "乙町", "population": 20000, "joins": "2026-04", "standalone": {"annualCost": 0}},
           {"id": "c", "name": "丙村", "population": 10000, "joins": "2026-04", "standalone": {"annualCost": 0}}],
         "group": {"fees": [
           {"label": "SaaS利用料", "members": ["a", "b", "c"], "shared": {"monthly": 600000}, "split": {"equal": 0.5, "population": 0.5}},
           {"label": "ガバメントクラウド利用料", "members": ["b", "c"], "category": "governmentCloud",
            "shared": {"monthly": 100000}, "split": {"population": 1}},
           {"label": "運用支援", "members": ["a", "c"],
            "perTenThousand": {"monthly": [{"upTo": 50000, "rate": 1000000}, {"upTo": null, "rate": 800000}]}}]}}
        """

    @Test("each fee is apportioned among its own members only, to the yen (by hand)")
    func byHand() throws {
        let document = try ScenarioDecoder.load(Array(Self.json.utf8))
        let plan = try Engine.run(document.scenario, mode: .asWritten, name: .plan)
        let table = try #require(try ApportionmentTable(plan, fiscalYear: 2026))
        func amounts(_ label: String) -> [Int64] { table.fees.first { $0.label == label }!.shares.map(\.amount) }
        // SaaS利用料, a month: 均等割 300,000 / 3 = 100,000 each; 人口割 300,000 × 30/60, 20/60, 10/60 =
        // 150,000, 100,000, 50,000. Shares 250,000, 200,000, 150,000; × 12 = 3,000,000, 2,400,000, 1,800,000.
        #expect(amounts("SaaS利用料") == [3_000_000, 2_400_000, 1_800_000])
        // ガバメントクラウド利用料, among b and c only (30,000 people): b floor(100,000 × 2/3) = 66,666 (remainder
        // 20,000 of 30,000), c 33,333 (remainder 10,000); the 1 yen left goes to the larger remainder, b: 66,667.
        // × 12: b 800,004, c 399,996; a is not in this group and pays nothing.
        #expect(amounts("ガバメントクラウド利用料") == [0, 800_004, 399_996])
        // 運用支援: the tier is chosen by a and c alone, 40,000 people ≤ 50,000: ¥1,000,000 per 10,000 a month
        // (all three, 60,000, would have chosen ¥800,000). a 3 × 1,000,000 × 12 = 36,000,000; c 12,000,000.
        #expect(amounts("運用支援") == [36_000_000, 0, 12_000_000])
        #expect(table.fees.map(\.total) == [7_200_000, 1_200_000, 48_000_000])
        // 乙町's category totals: system 2,400,000 (SaaS), governmentCloud 800,004.
        let b = plan.figures[1][0]
        #expect(b.system == 2_400_000 && b.governmentCloud == 800_004)
    }

    @Test("the 負担金 table shows no share of a fee for a member outside it, and its basis lists only the fee's members")
    func secretariatTable() throws {
        let results = try ScenarioResults(try ScenarioDecoder.load(Array(Self.json.utf8)))
        let plan = try Engine.run(results.scenario, mode: .asWritten, name: .plan)
        let table = try #require(try ApportionmentTable(plan, fiscalYear: 2026))
        let tables = ReportTables(results: results)
        let rows = tables.apportionment(table).shownRows
        #expect(rows[0][2] == "—" && rows[1][3] == "—" && rows[0][1] == "3,000,000")
        let basis = tables.apportionmentBasis(table)
        #expect(basis[1].shownRows.map(\.first) == ["乙町", "丙村", "合計"])  // ガバメントクラウド利用料: b and c
        let json = JSONWriter.write(ResultJSON.apportionment(table))
        // Added field in costsim-apportionment/1: the members of a fee that names them; every member still has a share.
        let fees = try #require(try JSONParser.parse(json)["fees"])
        guard case .array(let list) = fees else {
            Issue.record("no fees")
            return
        }
        #expect(list[1]["members"] == .array([.string("b"), .string("c")]))
        #expect(list[0]["members"] == .array([.string("a"), .string("b"), .string("c")]))
        guard case .array(let shares)? = list[1]["shares"] else {
            Issue.record("no shares")
            return
        }
        #expect(shares.count == 3 && shares[0]["amount"] == .number("0"))
    }

    @Test("a fee's members must be members of the scenario, each once, and the list not empty")
    func validated() {
        let bad = Self.json.replacingOccurrences(of: #""members": ["b", "c"]"#, with: #""members": ["b", "koka", "b"]"#)
            .replacingOccurrences(of: #""members": ["a", "c"]"#, with: #""members": []"#)
        do {
            _ = try ScenarioDecoder.load(Array(bad.utf8))
            Issue.record("expected problems")
        } catch {
            #expect(
                error.text(.en) == """
                    group.fees[1].members[1]: "koka" is not the id of a member
                    group.fees[1].members[2]: "b" is listed twice
                    group.fees[2].members: the list is empty; leave "members" out for a fee that applies to every member
                    """)
        }
    }
}
