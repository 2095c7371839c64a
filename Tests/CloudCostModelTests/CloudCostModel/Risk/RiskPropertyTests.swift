import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

/// Risk computes each draw as `run` would: a draw applied to the scenario equals the same values
/// written into the scenario's JSON and decoded, to the yen.
@Suite("Risk properties over random scenarios")
struct RiskPropertyTests {
    /// A point of each input (every distribution collapsed), and the same values written into the JSON.
    struct Points {
        var fx: ExactDecimal?
        var fees: [String: ExactDecimal] = [:]
        var cloud: ExactDecimal?
        var growth: ExactDecimal?
        var staff: ExactDecimal?
        var join: ExactDecimal?
        var delay: Int?

        init(_ scenario: Scenario, _ random: inout SplitMix64) {
            func decimal(_ low: Int, _ high: Int) -> ExactDecimal {
                ExactDecimal(millionths: Int128(Int.random(in: low...high, using: &random)) * 10_000)
            }
            // The exchange rate as one value for every year replaces a by-year one: points only where it is plain.
            if scenario.fx?.entries.count == 1 && Bool.random(using: &random) { fx = decimal(8_000, 17_000) }
            for fee in scenario.group.fees where Bool.random(using: &random) { fees[fee.label] = decimal(50, 200) }
            if Bool.random(using: &random) { cloud = decimal(50, 300) }
            if Bool.random(using: &random) { growth = decimal(-2, 1) }
            if Bool.random(using: &random) { staff = decimal(90, 120) }
            if Bool.random(using: &random) { join = decimal(80, 150) }
            if Bool.random(using: &random) { delay = Int.random(in: 0...6, using: &random) }
        }

        /// The `uncertainty` block, each input a point (a triangle, a range or a list of one value, in turn).
        var uncertainty: JSONValue {
            var count = 0
            func point(_ value: ExactDecimal) -> JSONValue {
                count += 1
                let number = JSONValue.number(value.description)
                switch count % 3 {
                case 0: return .object(JSONObject([("triangular", .array([number, number, number]))]))
                case 1: return .object(JSONObject([("uniform", .array([number, number]))]))
                default:
                    return .object(
                        JSONObject([("discrete", .object(JSONObject([("values", .array([number])), ("weights", .array([.number("1")]))])))])
                    )
                }
            }
            var fields: [(key: String, value: JSONValue)] = []
            if let fx { fields.append(("fx", point(fx))) }
            if !fees.isEmpty {
                fields.append(("fees", .object(JSONObject(fees.sorted { $0.key < $1.key }.map { ($0.key, point($0.value)) }))))
            }
            if let cloud { fields.append(("governmentCloud", point(cloud))) }
            if let growth { fields.append(("populationGrowth", point(growth))) }
            if let staff { fields.append(("staffCost", point(staff))) }
            if let join { fields.append(("joinCost", point(join))) }
            if let delay { fields.append(("joinDelay", point(ExactDecimal(Int64(delay))))) }
            return .object(JSONObject(fields))
        }

        /// The scenario's JSON with the values written in, as a user would write them by hand.
        func written(into json: JSONValue) -> JSONValue {
            var json = json
            let yen = { (m: ExactDecimal) in
                { (v: ExactDecimal) in ExactDecimal(Int64(Yen.floorTimes(v.millionths / ExactDecimal.scale, m))) }
            }
            let usd = { (m: ExactDecimal) in { (v: ExactDecimal) in ExactDecimal(millionths: Yen.floorTimes(v.millionths, m)) } }
            if let fx { json["fx"] = .number(fx.description) }
            json.update("group") { group in
                group.update("fees") { fees in
                    fees.updateEach { _, fee in
                        let dollars = fee["currency"] == .string("USD")
                        guard let kind = Charge.Kind.allCases.first(where: { fee[$0.rawValue] != nil }) else { return }
                        if case .string(let label)? = fee["label"], let m = self.fees[label] {
                            scaleAmounts(of: &fee, kind: kind, dollars ? usd(m) : yen(m))
                        }
                        if fee["category"] == .string("governmentCloud"), let cloud {
                            scaleAmounts(of: &fee, kind: kind, dollars ? usd(cloud) : yen(cloud))
                        }
                    }
                }
            }
            json.update("members") { members in
                members.updateEach { _, member in
                    if let cloud { member.update("standalone") { $0.update("governmentCloud") { $0.mapNumbers(yen(cloud)) } } }
                    if let growth {
                        var rate = ExactDecimal.zero
                        if case .number(let text)? = member["populationGrowth"] { rate = ExactDecimal(jsonText: text) ?? .zero }
                        member["populationGrowth"] = .number((rate + growth).description)
                    }
                    if let staff { member.update("personnel") { $0.update("costPerStaff") { $0.mapNumbers(yen(staff)) } } }
                    if let join { member.update("joinCost") { $0.mapNumbers(yen(join)) } }
                    if let delay, case .string(let text)? = member["joins"], let joins = Month(text) {
                        let slipped = joins.adding(months: delay)
                        if case .string(let leaves)? = member["leaves"], let left = Month(leaves), slipped >= left {
                            member["joins"] = nil
                            member["leaves"] = nil
                        } else {
                            member["joins"] = .string(slipped.description)
                        }
                    }
                }
            }
            return json
        }
    }

    @Test("every distribution collapsed to one point: risk reports exactly what run reports for the scenario with those values")
    func collapsedIsRun() async throws {
        var random = SplitMix64(seed: fuzzSeed &+ 11)
        var compared = 0
        for _ in 0..<max(fuzzCount / 3, 40) {
            let text = randomScenario(&random)
            let base = try load(text).scenario
            let points = Points(base, &random)
            var json = try JSONParser.parse(text)
            json["uncertainty"] = points.uncertainty
            let scenario = try ScenarioDecoder.decode(json).scenario
            // What run says for the same values written into the file (or that it refuses them).
            let written: Comparison?
            do {
                written = try ScenarioResults(try ScenarioDecoder.decode(points.written(into: try JSONParser.parse(text)))).planComparison
            } catch {
                written = nil
            }
            let risk: RiskAnalysis?
            do { risk = try await RiskAnalysis.run(scenario, caseName: .plan, draws: 3, seed: 5) } catch { risk = nil }
            #expect((written == nil) == (risk == nil), "\(text)\n\(JSONWriter.write(points.uncertainty))")
            guard let written, let risk else { continue }
            compared += 1
            for (summary, outcome) in zip(written.members.compactMap { $0 } + [written.group], risk.members + [risk.group]) {
                #expect(
                    outcome.savings.percentiles.allSatisfy { $0 == summary.savings } && outcome.savings.mean == summary.savings, "\(text)")
                #expect(outcome.npvSavings.mean == summary.npvSavings && outcome.npvSavings.minimum == summary.npvSavings, "\(text)")
                #expect(outcome.paybackDraws.map(\.fiscalYear) == (summary.paybackFiscalYear.map { [$0] } ?? []), "\(text)")
            }
        }
        #expect(compared > 20)
    }
}
