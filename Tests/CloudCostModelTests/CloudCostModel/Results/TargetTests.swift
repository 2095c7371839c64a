import Testing

@testable import CloudCostModel
@testable import CostsimCore

@Suite("The reduction target (3割削減)")
struct TargetTests {
    /// Three members over FY2018–2020, the target checked in 2020 against 2018:
    /// - a (10,000 people, ¥1,200,000 a year alone) joins 2019-04, no baseline written: its 2018 stand-alone figure;
    /// - b (30,000 people, ¥3,000,000 alone) joins 2019-10, its 決算 ¥2,400,000 written;
    /// - c never joins; alone ¥600,000 a year, ¥900,000 from 2020.
    /// Fees: 利用料 ¥50,000 a month per 10,000 people (system); ガバクラ ¥360,000 a year shared equally
    /// (governmentCloud), subsidised 50 %.
    static func scenario(target: String = #""target": {"fiscalYear": 2020}"#, variants: String = "") -> String {
        let members = [
            memberJSON("a", population: 10_000, joins: "2019-04", annualCost: 1_200_000),
            memberJSON("b", population: 30_000, joins: "2019-10", annualCost: 3_000_000, #""baseline": 2400000"#),
            memberJSON("c", population: 20_000, joins: nil, standalone: #"{"annualCost": {"2018": 600000, "2020": 900000}}"#),
        ]
        let fees = [
            #"{"label": "利用料", "perTenThousand": {"monthly": 50000}}"#,
            #"{"label": "ガバクラ", "category": "governmentCloud", "shared": {"annual": 360000}, "split": {"equal": 1}, "subsidyRate": 0.5}"#,
        ]
        return scenarioJSON(from: 2018, to: 2020, members: members, fees: fees, top: target + variants)
    }

    static func targets(_ json: String) throws -> [TargetResult] {
        var found: [TargetResult] = []
        try compute(json).forEachCaseWithTarget { _, _, target in if let target { found.append(target) } }
        return found
    }

    @Test("each member against its baseline, worked by hand; the bridge adds up to the change")
    func handWorked() throws {
        let cases = try Self.targets(Self.scenario())
        #expect(cases.map(\.caseName) == [.standalone, .plan])
        let plan = cases[1]
        // a: baseline = its 2018 stand-alone system cost 1,200,000 (computed, not an estimate);
        //    target = 1,200,000 − floor(1,200,000 × 0.3) = 840,000.
        //    2020: own system 0 (joined), 利用料 1 unit × 50,000 × 12 = 600,000, ガバクラ 360,000 / 2 = 180,000
        //    (a and b active all year); the subsidy is not counted by default. cost 780,000, change −420,000 (−35 %),
        //    met, excess 0. Bridge: own = −420,000 − 780,000 = −1,200,000, then 600,000 and 180,000.
        #expect(plan.sources[0] == .standalone(estimated: false))
        #expect(
            plan.figures[0]
                == TargetFigures(
                    baseline: 1_200_000, targetCost: 840_000, cost: 780_000, change: -420_000, excess: 0,
                    bridge: [
                        .init(item: .own, amount: -1_200_000), .init(item: .fee("利用料"), amount: 600_000),
                        .init(item: .fee("ガバクラ"), amount: 180_000),
                    ]))
        #expect(plan.figures[0].met)
        // b: baseline 2,400,000 (決算), target 2,400,000 − 720,000 = 1,680,000. 2020: 3 units × 50,000 × 12 =
        //    1,800,000 + 180,000 = 1,980,000; change −420,000 (−17.5 %); not met, excess 300,000.
        #expect(plan.sources[1] == .settled)
        #expect(
            plan.figures[1]
                == TargetFigures(
                    baseline: 2_400_000, targetCost: 1_680_000, cost: 1_980_000, change: -420_000, excess: 300_000,
                    bridge: [
                        .init(item: .own, amount: -2_400_000), .init(item: .fee("利用料"), amount: 1_800_000),
                        .init(item: .fee("ガバクラ"), amount: 180_000),
                    ]))
        #expect(plan.figures[1].changeRate == (-420_000, 2_400_000))
        // c: baseline 600,000 (2018 alone), target 420,000, cost 900,000, change +300,000 all its own, excess 480,000.
        #expect(
            plan.figures[2]
                == TargetFigures(
                    baseline: 600_000, targetCost: 420_000, cost: 900_000, change: 300_000, excess: 480_000,
                    bridge: [.init(item: .own, amount: 300_000)]))
        // The group: baseline 4,200,000, target 2,940,000, cost 3,660,000, change −540,000; not met (the sums);
        // excess 0 + 300,000 + 480,000 = 780,000; one member meets it. Bridge: own −3,300,000, 利用料 2,400,000,
        // ガバクラ 360,000: −3,300,000 + 2,400,000 + 360,000 = −540,000.
        #expect(
            plan.group
                == TargetFigures(
                    baseline: 4_200_000, targetCost: 2_940_000, cost: 3_660_000, change: -540_000, excess: 780_000,
                    bridge: [
                        .init(item: .own, amount: -3_300_000), .init(item: .fee("利用料"), amount: 2_400_000),
                        .init(item: .fee("ガバクラ"), amount: 360_000),
                    ]))
        #expect(!plan.group.met)
        #expect(plan.membersMet == 1)
        // Staying alone: a pays 1,200,000 in 2020 as in 2018: change 0, above its target by 360,000.
        let alone = cases[0]
        #expect(alone.figures[0].change == 0)
        #expect(alone.figures[0].excess == 360_000)
        #expect(alone.figures[0].bridge == [.init(item: .own, amount: 0)])
    }

    @Test("counting the subsidy puts it in the fee's step; the cost equals run's figures of the counted categories")
    func subsidyCounted() throws {
        let json = Self.scenario(target: #""target": {"fiscalYear": 2020, "categories": ["system", "governmentCloud", "subsidy"]}"#)
        let plan = try Self.targets(json)[1]
        // a's ガバクラ step: its share 180,000 and the subsidy on it, −floor(180,000 × 0.5) = −90,000: 90,000.
        #expect(plan.figures[0].bridge.last == .init(item: .fee("ガバクラ"), amount: 90_000))
        #expect(plan.figures[0].cost == 690_000)
        // The same as run's figures for a in 2020.
        let results = try compute(json)
        let figures = try #require(try results.result(named: .plan)).result.figures(member: 0, fiscalYear: 2020)
        #expect(Int64(figures.system + figures.governmentCloud + figures.subsidy) == plan.figures[0].cost)
    }

    @Test("the target rounds the reduction down: ¥1,000,001 less floor(300,000.3) is ¥700,001")
    func targetRounding() {
        #expect(ReductionTarget(fiscalYear: 2026).targetCost(baseline: 1_000_001) == 700_001)
        #expect(ReductionTarget(fiscalYear: 2026, reduction: .one).targetCost(baseline: 5) == 0)
        #expect(ReductionTarget(fiscalYear: 2026, reduction: .zero).targetCost(baseline: 5) == 5)
    }

    @Test("a variant may patch the target; --set changes it as the file would")
    func variantAndSet() throws {
        let variant = #", "variants": [{"name": "2019年度", "patch": {"target": {"fiscalYear": 2019}}}]"#
        let cases = try Self.targets(Self.scenario(variants: variant))
        #expect(cases.map(\.target.fiscalYear) == [2020, 2020, 2019])
        let set = try ScenarioDecoder.load(Array(Self.scenario().utf8), overrides: ["target.fiscalYear=2019", "target.reduction=0.5"])
        #expect(set.scenario.target == ReductionTarget(fiscalYear: 2019, reduction: ExactDecimal(millionths: 500_000)))
    }

    @Test("a baseline estimated from the survey is marked 推計")
    func estimatedBaseline() throws {
        let json = Self.scenario().replacingOccurrences(of: #""baseline": 2400000"#, with: #""baseline": {"estimate": "band"}"#)
        let plan = try Self.targets(json)[1]
        // 30,000 people: between the anchors (8,103, ¥60,000,000) and (33,275, ¥130,000,000):
        // 60,000,000 + floor(70,000,000 × 21,897 / 25,172) = 60,000,000 + floor(1,532,790,000,000 / 25,172)
        // = 60,000,000 + 60,892,658 (25,172 × 60,892,658 = 1,532,789,987,176, remainder 12,824) = 120,892,658.
        #expect(plan.sources[1] == .surveyEstimate)
        #expect(plan.figures[1].baseline == 120_892_658)
    }

    @Test("what is wrong with a target is said where it is")
    func problemsOfATarget() {
        #expect(
            problems(Self.scenario(target: #""target": {"fiscalYear": 2021}"#))
                == ["target.fiscalYear: the target year 2021 lies outside the period (2018–2020): write a fiscal year of the period"])
        #expect(
            problems(Self.scenario(target: #""target": {"fiscalYear": 2018}"#))
                == ["target.fiscalYear: the target year 2018 is not after the baseline year 2018: write a later fiscal year"])
        #expect(problems(Self.scenario(target: #""target": {"fiscalYear": 2020, "categories": []}"#)).count == 1)
        #expect(
            problems(Self.scenario(target: #""target": {"fiscalYear": 2020, "categories": ["system", "system"]}"#))
                == [#"target.categories[1]: "system" is listed twice: name each category once"#])
        #expect(
            problems(Self.scenario(target: #""target": {"fiscalYear": 2020, "categories": ["systems"]}"#)).first?.hasPrefix(
                "target.categories[0]:") == true)
        #expect(
            problems(Self.scenario(target: #""target": {"fiscalYear": 2020, "reduction": 1.5}"#)).first?.hasPrefix("target.reduction:")
                == true)
        #expect(problems(Self.scenario(target: #""target": {"year": 2020}"#)).count == 2)  // unknown key, fiscalYear missing
        // Baseline year 2017, before the period: a and c have no baseline to take (b's is written).
        let missing = problems(Self.scenario(target: #""target": {"fiscalYear": 2020, "baselineFiscalYear": 2017}"#))
        #expect(missing.count == 2)
        #expect(missing.first?.hasPrefix("members[0].baseline: the baseline year 2017 lies outside the period (2018–2020)") == true)
    }

    @Test("a variant's target year outside its own period names the variant")
    func variantPeriod() {
        let variant = #", "variants": [{"name": "短縮", "patch": {"fiscalYears": {"from": 2018, "to": 2019}}}]"#
        let found = problems(Self.scenario(variants: variant))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("variants[0] (短縮) target.fiscalYear:") == true)
    }
}

@Suite("The reduction target in risk draws")
struct TargetRiskTests {
    @Test("with nothing uncertain every draw is the plan: P(met) is 1 where the plan meets it, 0 where not")
    func nothingUncertain() async throws {
        let scenario = try load(TargetTests.scenario()).scenario
        let risk = try await RiskAnalysis.run(scenario, caseName: .plan, draws: 20, seed: 1)
        // From `handWorked`: a meets its target, b and c do not, nor does the group.
        #expect(risk.members.map(\.metTargetDraws) == [20, 0, 0])
        #expect(risk.group.metTargetDraws == 0)
        #expect(risk.target == scenario.target)
    }

    @Test("without a target, no P(met)")
    func noTarget() async throws {
        let json = TargetTests.scenario(target: "").replacingOccurrences(of: #", "baseline": 2400000"#, with: "")
        let risk = try await RiskAnalysis.run(try load(json).scenario, caseName: .plan, draws: 5, seed: 1)
        #expect(risk.members.allSatisfy { $0.metTargetDraws == nil })
    }

    @Test("a draw's P(met) follows the fee: 利用料 ×0.5…×1.5 moves b across its target")
    func followsTheFee() async throws {
        // b's cost is 1,800,000 × m + 180,000 against 1,680,000: met when m ≤ 1,500,000 / 1,800,000 = 0.8333…;
        // with m uniform on [0.5, 1.5] that is (0.8333 − 0.5) / 1 = 1/3 of the draws, about (Latin hypercube: within a draw or two).
        let json = TargetTests.scenario(
            variants: #", "uncertainty": {"fees": {"利用料": {"uniform": [0.5, 1.5]}}}"#)
        let risk = try await RiskAnalysis.run(try load(json).scenario, caseName: .plan, draws: 300, seed: 7)
        let met = try #require(risk.members[1].metTargetDraws)
        #expect(abs(met - 100) <= 2)
    }
}

@Suite("The reduction target over random scenarios")
struct TargetPropertyTests {
    /// A random valid scenario with a random target: a baseline year within the period (the stand-alone
    /// figures) or before it (every member's baseline written), and a random non-empty set of categories.
    static func randomScenario(_ random: inout SplitMix64) throws -> (text: String, written: [Int64]?) {
        var json = try JSONParser.parse(CloudCostModelTests.randomScenario(&random))
        guard case .object(let top)? = Optional(json), case .object(let years)? = top["fiscalYears"],
            case .number(let fromText)? = years["from"], case .number(let toText)? = years["to"], let from = Int(fromText),
            let to = Int(toText)
        else { throw TargetPropertyFailure() }
        let inside = to > from && Bool.random(using: &random)
        let baselineYear = inside ? Int.random(in: from..<to, using: &random) : from - Int.random(in: 1...3, using: &random)
        var categories = CostCategory.allCases.filter { _ in Bool.random(using: &random) }
        if categories.isEmpty { categories = [.system] }
        let reduction = ExactDecimal(millionths: Int128(Int.random(in: 0...1_000_000, using: &random)))
        json["target"] = .object(
            JSONObject([
                ("baselineFiscalYear", .number(String(baselineYear))),
                ("fiscalYear", .number(String(Int.random(in: max(from, baselineYear + 1)...to, using: &random)))),
                ("reduction", .number(reduction.description)), ("categories", .array(categories.map { .string($0.rawValue) })),
            ]))
        var written: [Int64]?
        if !inside, case .array(var members)? = json["members"] {
            written = members.indices.map { _ in Int64.random(in: 0...2_000_000_000, using: &random) }
            for index in members.indices { members[index]["baseline"] = .number(String(written![index])) }
            json["members"] = .array(members)
        }
        return (JSONWriter.write(json), written)
    }

    @Test("every case: cost is run's figures of the counted categories; the bridge adds up to the change; the group is the sums")
    func rulesHold() throws {
        var random = SplitMix64(seed: fuzzSeed &+ 19)
        for _ in 0..<fuzzCount {
            let (text, written) = try Self.randomScenario(&random)
            let results = try compute(text)
            let target = try #require(results.scenario.target)
            try results.forEachCaseWithTarget { result, _, held in
                let held = try #require(held)
                var sums = (baseline: Int128(0), targetCost: Int128(0), cost: Int128(0), excess: Int128(0))
                for (index, figures) in held.figures.enumerated() {
                    // The cost: the case's own figures for the year, the counted categories summed.
                    let year = result.figures(member: index, fiscalYear: target.fiscalYear)
                    #expect(Int128(figures.cost) == target.categories.reduce(Int128(0)) { $0 + Int128(year[$1]) }, "\(text)")
                    // The baseline: as written, or the stand-alone case's figure of the baseline year.
                    let expected =
                        written.map { Int128($0[index]) }
                        ?? target.categories.reduce(Int128(0)) {
                            $0 + Int128(results.standalone.figures(member: index, fiscalYear: target.baselineFiscalYear)[$1])
                        }
                    #expect(Int128(figures.baseline) == expected, "\(text)")
                    // target = baseline − floor(baseline · reduction), the reduction in millionths.
                    let cut = Int128(figures.baseline) * target.reduction.millionths
                    let floored = cut >= 0 ? cut / 1_000_000 : -((-cut + 999_999) / 1_000_000)
                    #expect(Int128(figures.targetCost) == Int128(figures.baseline) - floored, "\(text)")
                    #expect(figures.met == (figures.cost <= figures.targetCost))
                    #expect(figures.excess == max(0, figures.cost - figures.targetCost))
                    #expect(figures.bridge.first?.item == .own)
                    #expect(figures.bridge.dropFirst().allSatisfy { $0.amount != 0 })
                    #expect(figures.bridge.reduce(Int128(0)) { $0 + Int128($1.amount) } == Int128(figures.change), "\(text)")
                    #expect(Int128(figures.change) == Int128(figures.cost) - Int128(figures.baseline))
                    sums.baseline += Int128(figures.baseline)
                    sums.targetCost += Int128(figures.targetCost)
                    sums.cost += Int128(figures.cost)
                    sums.excess += Int128(figures.excess)
                }
                #expect(Int128(held.group.baseline) == sums.baseline)
                #expect(Int128(held.group.targetCost) == sums.targetCost)
                #expect(Int128(held.group.cost) == sums.cost)
                #expect(Int128(held.group.excess) == sums.excess)
                #expect(held.membersMet == held.figures.filter(\.met).count)
                #expect(held.group.bridge.reduce(Int128(0)) { $0 + Int128($1.amount) } == Int128(held.group.change))
            }
        }
    }
}

struct TargetPropertyFailure: Error {}
