import Foundation
import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

/// How many random scenarios the property tests try, and from which seed: small and fixed in CI;
/// `COSTSIM_FUZZ_COUNT=5000 COSTSIM_FUZZ_SEED=42 swift test --filter PropertyTests` runs longer.
let fuzzCount = ProcessInfo.processInfo.environment["COSTSIM_FUZZ_COUNT"].flatMap(Int.init) ?? 150
let fuzzSeed = ProcessInfo.processInfo.environment["COSTSIM_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_161_001

/// A random valid scenario: members joining, leaving or staying out; every fee kind, in yen or USD,
/// with windows, tiers, splits, subsidies and either remainder rule.
func randomScenario(_ random: inout SplitMix64) -> String {
    let from = Int.random(in: 2016...2022, using: &random)
    let years = Int.random(in: 1...4, using: &random)
    let to = from + years - 1
    func month(_ random: inout SplitMix64) -> String {
        Month.firstOfFiscalYear(from).adding(months: Int.random(in: -3...(years * 12 + 2), using: &random)).description
    }
    let count = Int.random(in: 1...7, using: &random)
    var members: [String] = []
    for index in 0..<count {
        var fields = [
            #""id": "m\#(index)""#, #""name": "町\#(index)""#,
            #""population": \#(Bool.random(using: &random) ? "0" : String(Int.random(in: 1...3_000_000, using: &random)))"#,
            #""usage": \#(Int.random(in: 0...500, using: &random)).\#(Int.random(in: 0...99, using: &random))"#,
            #""standalone": {"annualCost": \#(Int.random(in: 0...900_000_000, using: &random)), "governmentCloud": \#(Int.random(in: 0...50_000_000, using: &random)), "renewals": [{"month": "\#(month(&random))", "amount": \#(Int.random(in: 0...90_000_000, using: &random))}]}"#,
        ]
        if Bool.random(using: &random) { fields.append(#""populationGrowth": -0.0\#(Int.random(in: 0...9, using: &random))"#) }
        if Int.random(in: 0..<4, using: &random) > 0 {
            let joins = month(&random)
            fields.append(#""joins": "\#(joins)""#)
            if Int.random(in: 0..<4, using: &random) == 0 {
                fields.append(#""leaves": "\#(Month(joins)!.adding(months: Int.random(in: 1...30, using: &random)))""#)
                fields.append(#""leaveCost": \#(Int.random(in: 0...9_000_000, using: &random))"#)
            }
        }
        fields.append(#""overlapMonths": \#(Int.random(in: 0...4, using: &random))"#)
        fields.append(
            #""joinCost": \#(Int.random(in: 0...50_000_000, using: &random)), "joinSubsidyRate": 0.\#(Int.random(in: 0...9, using: &random))"#
        )
        if Bool.random(using: &random) {
            fields.append(#""joinAllocationTaxRate": 0.\#(Int.random(in: 0...99, using: &random))"#)
        }
        if Bool.random(using: &random) {
            fields.append(
                #""personnel": {"staff": \#(Int.random(in: 0...9, using: &random)).5, "staffShared": \#(Int.random(in: 0...5, using: &random)), "costPerStaff": 7800000}"#
            )
        }
        members.append("{" + fields.joined(separator: ", ") + "}")
    }
    var fees: [String] = []
    for index in 0..<Int.random(in: 0...5, using: &random) {
        let usd = Int.random(in: 0..<3, using: &random) == 0
        func amount(_ random: inout SplitMix64, _ limit: Int) -> String {
            usd
                ? "\(Int.random(in: 0...(limit / 100), using: &random)).\(Int.random(in: 0...999_999, using: &random))"
                : String(Int.random(in: 0...limit, using: &random))
        }
        var fields = [#""label": "fee\#(index)""#]
        if Int.random(in: 0..<3, using: &random) == 0 {  // a fee of some members only (two groups in one scenario)
            let chosen = (0..<count).filter { _ in Bool.random(using: &random) }
            let ids = (chosen.isEmpty ? [Int.random(in: 0..<count, using: &random)] : chosen).map { "\"m\($0)\"" }
            fields.append(#""members": [\#(ids.joined(separator: ", "))]"#)
        }
        if usd { fields.append(#""currency": "USD""#) }
        if Bool.random(using: &random) { fields.append(#""category": "governmentCloud""#) }
        var windowStart = Month.firstOfFiscalYear(from)
        if Int.random(in: 0..<3, using: &random) == 0 {
            windowStart = Month(month(&random))!
            fields.append(#""from": "\#(windowStart)""#)
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
            fields.append(#""to": "\#(windowStart.adding(months: Int.random(in: 0...36, using: &random)))""#)
        }
        if Bool.random(using: &random) { fields.append(#""subsidyRate": 0.\#(Int.random(in: 0...999, using: &random))"#) }
        if Int.random(in: 0..<3, using: &random) == 0 {
            fields.append(#""allocationTaxRate": 0.\#(Int.random(in: 0...999, using: &random))"#)
        }
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            fields.append(
                #""perTenThousand": {"monthly": \#(amount(&random, 2_000_000)), "units": "\#(["exact", "ceil", "floor"].randomElement(using: &random)!)"}"#
            )
        case 1:
            fields.append(
                #""perTenThousand": {"monthly": [{"upTo": \#(Int.random(in: 0...2_000_000, using: &random)), "rate": \#(amount(&random, 2_000_000))}, {"upTo": null, "rate": \#(amount(&random, 2_000_000))}]}"#
            )
        case 2:
            fields.append(#""perMember": {"monthly": \#(amount(&random, 500_000))}"#)
        default:
            let shared = [
                #"{"monthly": \#(amount(&random, 90_000_000))}"#, #"{"annual": \#(amount(&random, 900_000_000))}"#,
                #"{"once": "\#(month(&random))", "amount": \#(amount(&random, 900_000_000))}"#,
            ].randomElement(using: &random)!
            let a = Int.random(in: 0...1_000_000, using: &random)
            let b = Int.random(in: 0...(1_000_000 - a), using: &random)
            let split =
                #"{"equal": \#(ExactDecimal(millionths: Int128(a))), "population": \#(ExactDecimal(millionths: Int128(b))), "usage": \#(ExactDecimal(millionths: Int128(1_000_000 - a - b)))}"#
            fields.append(#""shared": \#(shared), "split": \#(split)"#)
        }
        fees.append("{" + fields.joined(separator: ", ") + "}")
    }
    let remainder =
        Bool.random(using: &random)
        ? #""remainder": "representative", "representative": "m\#(Int.random(in: 0..<count, using: &random))""# : #""remainder": "largest""#
    return """
        {"format": "costsim/1", "name": "random", "fiscalYears": {"from": \(from), "to": \(to)}, "discountRate": 0.0\(Int.random(in: 0...9, using: &random)),
         "fx": {"\(from)": \(Int.random(in: 80...170, using: &random)).\(Int.random(in: 0...99, using: &random))\(to > from ? ", \"\(to)\": 150" : "")},
         "members": [\(members.joined(separator: ",\n"))],
         "group": {\(remainder), "fees": [\(fees.joined(separator: ",\n"))]}}
        """
}

@Suite("Properties over random valid scenarios")
struct PropertyTests {
    @Test("every shared fee's monthly bill is charged in full to the active members, to the yen")
    func feesAddUp() throws {
        var random = SplitMix64(seed: fuzzSeed)
        for _ in 0..<fuzzCount {
            let text = randomScenario(&random)
            let scenario = try load(text).scenario
            let plan = try Engine.run(scenario, mode: .asWritten, name: .plan)
            for (feeIndex, fee) in scenario.group.fees.enumerated() {
                guard case .shared(let shared, _) = fee.charge else { continue }
                for (yearIndex, year) in scenario.fiscalYears.enumerated() {
                    // The bill worked out independently: each month with someone on the system, in the window.
                    let fx = scenario.fx!.value(in: year)
                    func yen(_ amount: ExactDecimal) -> Int64 {
                        fee.currency == .jpy
                            ? amount.integerValue! : Int64(Yen.floorDivide(amount.millionths * fx.millionths, 1_000_000_000_000))
                    }
                    var bill: Int64 = 0
                    for k in 1...12 {
                        let month = Month.firstOfFiscalYear(year).adding(months: k - 1)
                        let someone = scenario.members.contains { member in
                            (fee.members?.contains(member.id) ?? true)
                                && member.joins.map { $0 <= month } == true && (member.leaves.map { month < $0 } ?? true)
                        }
                        guard someone && fee.applies(in: month) else { continue }
                        switch shared {
                        case .monthly(let amount): bill += yen(amount)
                        case .annual(let amounts): bill += Yen.monthlyShare(ofAnnual: yen(amounts.value(in: year)), month: k)
                        case .once(let when, let amount): bill += when == month ? yen(amount) : 0
                        }
                    }
                    let charged = plan.fees[feeIndex].amounts.reduce(Int64(0)) { $0 + $1[yearIndex] }
                    #expect(charged == bill, "\(fee.label) FY\(year)\n\(text)")
                    // A member outside a fee that names its members pays none of it, nor gets a subsidy on it.
                    for (memberIndex, member) in scenario.members.enumerated() where fee.members?.contains(member.id) == false {
                        #expect(plan.fees[feeIndex].amounts[memberIndex][yearIndex] == 0, "\(fee.label) \(member.id)\n\(text)")
                    }
                }
            }
        }
    }

    @Test("staying alone never depends on the group's fees; a member that never joins costs the same in every case")
    func standaloneIndependent() throws {
        var random = SplitMix64(seed: fuzzSeed &+ 1)
        for _ in 0..<fuzzCount {
            let text = randomScenario(&random)
            let scenario = try load(text).scenario
            let alone = try Engine.run(scenario, mode: .standalone, name: .standalone)
            let plan = try Engine.run(scenario, mode: .asWritten, name: .plan)
            for (index, member) in scenario.members.enumerated() where member.joins == nil {
                #expect(plan.figures[index] == alone.figures[index])
            }
            let noFees = try decodedAfterEditing(text) { json in json.update("group") { $0["fees"] = .array([]) } }
            #expect(try Engine.run(noFees, mode: .standalone, name: .standalone).figures == alone.figures)
        }
    }

    @Test("removing a fee never raises anyone's total")
    func removingAFee() throws {
        var random = SplitMix64(seed: fuzzSeed &+ 2)
        for _ in 0..<fuzzCount {
            let text = randomScenario(&random)
            let scenario = try load(text).scenario
            guard !scenario.group.fees.isEmpty else { continue }
            let before = try Engine.run(scenario, mode: .asWritten, name: .plan)
            let removed = Int.random(in: 0..<scenario.group.fees.count, using: &random)
            let fewer = try decodedAfterEditing(text) { json in
                json.update("group") { group in
                    group.update("fees") { fees in
                        if case .array(var items) = fees {
                            items.remove(at: removed)
                            fees = .array(items)
                        }
                    }
                }
            }
            let after = try Engine.run(fewer, mode: .asWritten, name: .plan)
            for member in scenario.members.indices {
                for year in 0..<scenario.fiscalYears.count {
                    #expect(after.figures[member][year].total <= before.figures[member][year].total)
                }
            }
        }
    }

    @Test("fairness equals a brute force: every coalition run through the engine, Shapley values from those, to the yen")
    func fairnessIsTheEngines() throws {
        var random = SplitMix64(seed: fuzzSeed &+ 3)
        for _ in 0..<max(fuzzCount / 5, 20) {
            let text = randomScenario(&random)
            let scenario = try load(text).scenario
            let n = scenario.members.count
            guard n <= 5 else { continue }  // 2^5 engine runs each
            let fairness = try Fairness(scenario, caseName: .plan)
            // v(S) for every coalition, by the engine.
            var values = [Int128](repeating: 0, count: 1 << n)
            for mask in 1..<(1 << n) {
                values[mask] = try coalitionValueByTheEngine((0..<n).filter { mask & (1 << $0) != 0 }, of: scenario)
            }
            let savings = fairness.members.map(\.savings)
            #expect(Int128(fairness.grandCoalitionSavings) == values[(1 << n) - 1], "\(text)")
            #expect(fairness.grandCoalitionSavings == savings.reduce(0, +))
            // Shapley: n!·φ_i = Σ_S |S|!(n−|S|−1)!·(v(S∪i) − v(S)), summed in 128 bits (n ≤ 5: n! = 120).
            let factorial = (0...n).map { k in (1...max(k, 1)).reduce(Int128(1)) { $0 * Int128($1) } }
            var scaled = [Int128](repeating: 0, count: n)
            for i in 0..<n {
                for mask in 0..<(1 << n) where mask & (1 << i) == 0 {
                    let size = mask.nonzeroBitCount
                    scaled[i] += factorial[size] * factorial[n - 1 - size] * (values[mask | (1 << i)] - values[mask])
                }
            }
            // Each rounded value is the floor or the ceiling of the exact one, and they add up to v(N).
            for i in 0..<n {
                let exact = scaled[i]
                let denominator = factorial[n]
                let floor = exact >= 0 ? exact / denominator : -((-exact + denominator - 1) / denominator)
                let shown = Int128(fairness.members[i].shapley)
                #expect(shown == floor || (shown == floor + 1 && exact % denominator != 0), "\(text)")
            }
            #expect(fairness.members.reduce(Int128(0)) { $0 + Int128($1.shapley) } == values[(1 << n) - 1])
            // Blocking: exactly the coalitions (but the whole group) whose value exceeds their members' savings.
            var blocking = 0
            for mask in 1..<((1 << n) - 1) {
                let members = (0..<n).filter { mask & (1 << $0) != 0 }
                if values[mask] > members.reduce(Int128(0), { $0 + Int128(savings[$1]) }) { blocking += 1 }
            }
            #expect(fairness.blockingCount == blocking, "\(text)")
        }
    }
}
