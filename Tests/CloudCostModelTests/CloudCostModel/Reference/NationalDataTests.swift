import Foundation
import ReferenceData
import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

/// The census reference data in ../shared/data, beside this package: the tests that read it are
/// skipped when a clone has nothing beside it (the national-scale tests use the shipped copy).
let censusPath = CensusPopulation.defaultPath(packageRoot: packageRoot)

/// Enables a test only when `../shared/data` is beside the package, saying why it is skipped.
let whenSharedDataIsThere = Testing.ConditionTrait.enabled(
    "needs ../shared/data beside the package (a fresh clone has only the shipped copy)"
) {
    FileManager.default.fileExists(atPath: censusPath)
}

@Suite("National scale, on the 2020 census")
struct NationalDataTests {
    @Test("the census file in ../shared/data gives the 1,741 municipalities and the national total", whenSharedDataIsThere)
    func census() throws {
        let census = try CensusPopulation(path: censusPath)
        // Facts from shared/data/README.md.
        #expect(census.municipalities.count == 1_741)
        #expect(census.total == 126_226_568)
        let bands = [0..<20_000, 20_000..<50_000, 50_000..<100_000, 100_000..<200_000, 200_000..<300_000, 300_000..<Int64.max]
        #expect(bands.map { band in census.municipalities.filter { band.contains($0.population) }.count } == [814, 401, 242, 154, 44, 86])
        #expect(census.municipalities.first { $0.areaCode == "25206" }?.population == 143_958)  // 草津市
        #expect(census.municipalities.first { $0.areaCode == "07546" }?.population == 0)  // 双葉町
    }

    @Test("all 1,741 members: every fee adds up to its bill, to the yen")
    func nationalApportionment() throws {
        let census = CensusPopulation.shipped
        let document = try ScenarioDecoder.load(Array(SyntheticScenario.json(census.municipalities, fiscalYears: 2).utf8))
        let plan = try Engine.run(document.scenario, mode: .asWritten, name: .plan)
        let fy2016 = try #require(try ApportionmentTable(plan, fiscalYear: 2016))
        func total(_ label: String) -> Int64? { fy2016.fees.first { $0.label == label }?.total }
        // The first member joins in April 2016, so some member is active every month:
        // 事務局経費 60,000,000 a year; 運用保守 25,000,000 × 12 = 300,000,000; 初期構築費 1,200,000,000 once.
        #expect(total("事務局経費") == 60_000_000)
        #expect(total("運用保守") == 300_000_000)
        #expect(total("初期構築費") == 1_200_000_000)
        for fee in fy2016.fees {
            #expect(fee.shares.reduce(0) { $0 + $1.amount } == fee.total)
            #expect(fee.shares.count == 1_741)
        }
        // 初期構築費's subsidy is −floor(share × 0.5) for each share: between −600,000,000 and −600,000,000 + 1,741.
        let subsidy = fy2016.fees.first { $0.label == "初期構築費" }!.shares.reduce(0) { $0 + $1.subsidy }
        #expect(subsidy >= -600_000_000 && subsidy <= -600_000_000 + 1_741)
    }
}
