import Foundation
import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

/// A `ScenarioRevision` is the one way an analysis changes a scenario; these tests hold it to what a
/// person would get by editing the file the same way and validating it again.
@Suite("Scenario revisions")
struct ScenarioRevisionTests {
    /// `input` moved as a person would edit the file (`factor` applied to each number, floored to the
    /// yen or, for USD and rates, to a millionth), then decoded again: nil when the file would be refused.
    static func editedFile(_ text: String, _ scenario: Scenario, _ input: Sensitivity.Input, up: Bool) throws -> Scenario? {
        let change = ExactDecimal(jsonText: "0.1")!
        let points = ExactDecimal(jsonText: "0.005")!
        let factor = up ? ExactDecimal.one + change : ExactDecimal(millionths: ExactDecimal.one.millionths - change.millionths)
        let decimal = { (value: ExactDecimal) in value.scaled(by: factor, wholeYen: false) }
        let yen = { (value: ExactDecimal) in value.scaled(by: factor, wholeYen: true) }
        func eachMember(_ edit: @escaping (Int, inout JSONValue) -> Void) -> (inout JSONValue) -> Void {
            { json in json.update("members") { $0.updateEach(edit) } }
        }
        let edit: (inout JSONValue) -> Void
        switch input {
        case .exchangeRate: edit = { json in json.update("fx") { $0.mapNumbers(decimal) } }
        case .populationGrowth:
            edit = eachMember { index, member in
                let growth = scenario.members[index].populationGrowth ?? .zero
                member["populationGrowth"] = .number(
                    ExactDecimal(millionths: growth.millionths + (up ? points.millionths : -points.millionths)).description)
            }
        case .fee(let label):
            let fee = try #require(scenario.group.fees.first { $0.label == label })
            edit = { json in
                json.update("group") { group in
                    group.update("fees") { fees in
                        fees.updateEach { _, item in
                            if item["label"] == .string(label) {
                                scaleAmounts(of: &item, kind: fee.charge.kind, fee.currency == .usd ? decimal : yen)
                            }
                        }
                    }
                }
            }
        case .staffCost: edit = eachMember { _, member in member.update("personnel") { $0.update("costPerStaff") { $0.mapNumbers(yen) } } }
        case .joinCost: edit = eachMember { _, member in member.update("joinCost") { $0.mapNumbers(yen) } }
        case .standaloneCost:
            edit = eachMember { _, member in
                member.update("standalone") { standalone in
                    standalone.update("annualCost") { cost in
                        if cost["estimate"] != nil {
                            var given = ExactDecimal.one
                            if case .number(let text)? = cost["factor"] { given = ExactDecimal(jsonText: text) ?? .one }
                            cost["factor"] = .number(decimal(given).description)
                        } else {
                            cost.mapNumbers(yen)
                        }
                    }
                }
            }
        }
        return try? decodedAfterEditing(text, edit)
    }

    static func inputs(_ scenario: Scenario) -> [Sensitivity.Input] {
        [.exchangeRate, .populationGrowth, .staffCost, .joinCost, .standaloneCost] + scenario.group.fees.map { .fee(label: $0.label) }
    }

    @Test("every input of sensitivity, moved down and up, computes exactly what the edited file computes, or both refuse it")
    func sensitivityMovesAreTheFile() throws {
        var random = SplitMix64(seed: 2_026_12)
        var texts = (0..<40).map { _ in randomScenario(&random) }
        texts.append(try String(contentsOfFile: packageRoot + "/Scenarios/worked-example.json", encoding: .utf8))
        texts.append(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        var compared = 0
        for text in texts {
            let scenario = try load(text).scenario
            for input in Self.inputs(scenario) {
                for up in [false, true] {
                    let typed = try? Sensitivity.move(
                        scenario, input, up: up, change: ExactDecimal(jsonText: "0.1")!, growthPoints: ExactDecimal(jsonText: "0.005")!)
                    let file = try Self.editedFile(text, scenario, input, up: up)
                    #expect((typed == nil) == (file == nil), "\(input) \(up)")
                    guard let typed, let file else { continue }
                    #expect(typed.members == file.members && typed.group == file.group && typed.fx == file.fx, "\(input) \(up)")
                    compared += 1
                }
            }
        }
        #expect(compared >= 300)
    }

    /// Growth +0.5 points over two years: 999,000,000 × 1.005 = 1,003,995,000 people in FY2021, past the
    /// 10^9 the decoder allows; a join month at or after leaving; an estimate factor of 10 moved up to 11.
    @Test("a revision that would break a rule of the file is refused, naming the change, the rule and the member")
    func refusals() throws {
        let fee = #"{"label": "f", "shared": {"monthly": 10}, "split": {"population": 1}}"#
        let member = memberJSON("a", population: 999_000_000, annualCost: 1_000)
        let scenario = try load(scenarioJSON(from: 2020, to: 2021, members: [member], fees: [fee])).scenario
        var growth = ScenarioRevision()
        growth.populationGrowth = ExactDecimal(jsonText: "0.005")!
        #expect(throws: ScenarioRevision.Refusal(change: .populationGrowth, limit: .population, member: "a")) {
            try scenario.revised(by: growth)
        }
        let leaving = try load(
            scenarioJSON(
                members: [memberJSON("b", population: 1_000, joins: "2020-06", annualCost: 1, #""leaves": "2020-09""#)], fees: [fee])
        ).scenario
        #expect(throws: ScenarioRevision.Refusal(change: .joins(memberID: "b"), limit: .joinsNotBeforeLeaving, member: "b")) {
            try leaving.revised(by: .joining([0: Month("2020-09")]))
        }
        // Before leaving it is taken; never joining drops the leave month too.
        #expect(try leaving.revised(by: .joining([0: Month("2020-08")])).members[0].joins == Month("2020-08"))
        let never = try leaving.revised(by: .joining([0: nil])).members[0]
        #expect(never.joins == nil && never.leaves == nil)
        let estimated = try load(
            scenarioJSON(
                members: [memberJSON("c", population: 30_000, standalone: #"{"annualCost": {"estimate": "band", "factor": 10}}"#)],
                fees: [fee])
        ).scenario
        var dearer = ScenarioRevision()
        dearer.standaloneCost = ExactDecimal(jsonText: "1.1")!
        #expect(throws: ScenarioRevision.Refusal(change: .standaloneCost, limit: .estimateFactor, member: "c")) {
            try estimated.revised(by: dearer)
        }
    }
}
