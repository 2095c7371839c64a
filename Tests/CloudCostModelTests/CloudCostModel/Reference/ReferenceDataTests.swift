import Foundation
import ReferenceData
import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

/// The reference data shipped inside costsim (the 2020 census, the national IT cost survey) and
/// what is made from it: members named by their code, and the band estimate of a stand-alone cost.
@Suite("Reference data: census, codes and the band estimate")
struct ReferenceDataTests {
    @Test("the shipped census: 1,741 municipalities, the national total, the size bands")
    func shippedCensus() {
        let all = Census2020.municipalities
        // Facts from shared/data/README.md, checked on the shipped copy (no ../shared needed).
        #expect(all.count == 1_741)
        #expect(all.reduce(0) { $0 + $1.population } == 126_226_568)
        let bands = ITCostSurvey2017.bands
        #expect(bands.map { band in all.filter { band.contains($0.population) }.count } == [814, 401, 242, 154, 44, 86])
        #expect(Census2020.municipality(code: "25206")?.population == 143_958)
        #expect(Census2020.municipality(code: "252069")?.name == "草津市")
        #expect(Census2020.municipality(code: "252061") == nil)  // a wrong check digit names nothing
        #expect(Census2020.municipality(code: "07546")?.population == 0)  // 双葉町: nobody lived there in 2020
        #expect(Census2020.municipality(code: "13100") == nil)  // the 23 wards' total is not a municipality
        #expect(Census2020.municipality(code: "13101")?.name == "千代田区")
        #expect(Census2020.municipality(code: "01101") == nil)  // 札幌市中央区, a ward of a designated city
    }

    @Test("the shipped census is the file in ../shared/data, row for row", whenSharedDataIsThere)
    func sameAsSource() throws {
        let source = try CensusPopulation(path: censusPath).municipalities
        let shipped = Census2020.municipalities
        #expect(source.count == shipped.count)
        for (a, b) in zip(source, shipped) {
            #expect(a.areaCode == b.areaCode && a.name == b.name && a.population == b.population, "\(a.areaCode) \(b.areaCode)")
        }
    }

    @Test("the estimate's anchors are the census band means, rounded to a person, and the survey's cost per body")
    func anchors() {
        let all = Census2020.municipalities
        for (band, anchor) in zip(ITCostSurvey2017.bands, BandEstimate.anchors) {
            let members = all.filter { band.contains($0.population) }
            let sum = members.reduce(Int64(0)) { $0 + $1.population }
            let count = Int64(members.count)
            #expect(anchor.population == (2 * sum + count) / (2 * count), "\(band.lower)")  // round half up
            #expect(anchor.cost == band.perBody)
        }
    }

    @Test("the band estimate by hand at the band edges and the ends")
    func byHand() {
        // 19,999 and 20,000 lie between the anchors (8,103, ¥60,000,000) and (33,275, ¥130,000,000), span 25,172:
        //   (60,000,000 × 25,172 + 70,000,000 × 11,896) / 25,172 = 2,343,040,000,000 / 25,172 = 93,081,201 r 8,428
        //   (60,000,000 × 25,172 + 70,000,000 × 11,897) / 25,172 = 2,343,110,000,000 / 25,172 = 93,083,982 r 5,096
        #expect(BandEstimate.nationalAverage(population: 19_999) == 93_081_201)
        #expect(BandEstimate.nationalAverage(population: 20_000) == 93_083_982)
        // 300,000 lies between (247,035, ¥890,000,000) and (663,206, ¥2,380,000,000), span 416,171:
        //   (890,000,000 × 416,171 + 1,490,000,000 × 52,965) / 416,171 = 449,310,040,000,000 / 416,171 = 1,079,628,421 r 404,009
        #expect(BandEstimate.nationalAverage(population: 300_000) == 1_079_628_421)
        // At each anchor, exactly the survey's cost per body.
        for anchor in BandEstimate.anchors { #expect(BandEstimate.nationalAverage(population: anchor.population) == anchor.cost) }
        // Below the first anchor, the first line continued: at 0 people 60,000,000 − 70,000,000 × 8,103 / 25,172,
        //   i.e. (1,510,320,000,000 − 567,210,000,000) / 25,172 = 943,110,000,000 / 25,172 = 37,466,629 r 3,112.
        #expect(BandEstimate.nationalAverage(population: 0) == 37_466_629)
        // 甲良町 (6,365 people) with factor 0.8: (1,510,320,000,000 − 70,000,000 × 1,738) / 25,172 = 55,166,852; × 0.8 = 44,133,481.
        #expect(BandEstimate(factor: ExactDecimal(millionths: 800_000)).annualCost(population: 6_365) == 44_133_481)
    }

    @Test("no cliff: the estimate never falls as population grows, and one more person adds at most ¥4,178")
    func smooth() {
        // The steepest line is between 139,315 and 247,035: 450,000,000 / 107,720 = 4,177.5 yen a person.
        var previous = BandEstimate.nationalAverage(population: 0)
        for population in stride(from: Int64(1), through: 2_000_000, by: 7) {
            let estimate = BandEstimate.nationalAverage(population: population)
            #expect(estimate >= previous && estimate - previous <= 7 * 4_178, "\(population)")
            previous = estimate
        }
    }

    @Test("a member named by its code alone takes the census name and population; a 5-digit code is accepted")
    func memberByCode() throws {
        let json = """
            {"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2026, "to": 2027},
             "members": [{"id": "a", "code": "25441", "populationGrowth": -0.01, "standalone": {"annualCost": 1}},
                         {"id": "b", "code": "254428", "name": "甲良", "population": 6000, "standalone": {"annualCost": 1}}],
             "group": {"fees": []}}
            """
        let members = try ScenarioDecoder.load(Array(json.utf8)).scenario.members
        #expect(members[0].name == "豊郷町" && members[0].code == "254410")
        // 7,139 in the first fiscal year, then floor(7,139 × 0.99) = 7,067.
        #expect(members[0].billedPopulations == [7_139, 7_067])
        #expect(members[1].name == "甲良" && members[1].billedPopulations == [6_000, 6_000])  // given figures win
    }

    @Test("an unknown code is refused, naming the nearest codes of its prefecture")
    func unknownCode() {
        let json = """
            {"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2026, "to": 2026},
             "members": [{"id": "a", "code": "25440", "standalone": {"annualCost": 1}}], "group": {"fees": []}}
            """
        #expect(throws: ScenarioError.self) { try ScenarioDecoder.load(Array(json.utf8)) }
        do {
            _ = try ScenarioDecoder.load(Array(json.utf8))
        } catch {
            #expect(
                error.text(.ja)
                    == "members[0].code: \"25440\" は2020年国勢調査のどの市区町村のコードでもありません。近いコード: 25441 豊郷町、25442 甲良町、25443 多賀町")
        }
    }

    @Test("an estimated stand-alone cost is the band estimate of each year's population, and says so")
    func estimatedMember() throws {
        let json = """
            {"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2026, "to": 2027},
             "members": [{"id": "a", "code": "25442", "standalone": {"annualCost": {"estimate": "band", "factor": 0.8}},
                          "personnel": {"staff": "未入力", "costPerStaff": "未入力"}, "joinCost": "未入力"}],
             "group": {"fees": []}}
            """
        let document = try ScenarioDecoder.load(Array(json.utf8))
        let member = document.scenario.members[0]
        #expect(member.standalone.annualCost.value(in: 2026) == 44_133_481)  // worked in byHand()
        #expect(member.standalone.annualCostEstimate == BandEstimate(factor: ExactDecimal(millionths: 800_000)))
        #expect(member.personnel == nil && member.joinCost == 0)
        // The member never joins (no joins): the plan is staying alone, and that is said too.
        #expect(document.warnings.map(\.path) == ["members[0].personnel", "members[0].joinCost", "members"])
        let results = try ScenarioResults(document)
        let table = try RunReport(results: results).render()
        #expect(table.contains("※ 推計: 甲良町の単独運用のシステム経費は、人口規模別の全国平均（総務省「市区町村における情報システム経費の調査結果」（平成29年度当初予算））から"))
        #expect(table.contains("※ 未入力: 人件費（甲良町）、移行経費（甲良町）は未入力のため計上していません（0 円として計算）。"))
        #expect(try ResultJSON.result(results).contains(#""method": "band""#))
    }
}
