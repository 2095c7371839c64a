import Foundation

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// A scenario file's text with the given members and fees (JSON fragments), for FY `from`…`to`.
func scenarioJSON(
    from: Int = 2020, to: Int = 2020, members: [String], fees: [String] = [], group extra: String = "",
    top: String = ""
) -> String {
    """
    {"format": "costsim/1", "name": "test", "fiscalYears": {"from": \(from), "to": \(to)}\(top.isEmpty ? "" : ", " + top),
     "members": [\(members.joined(separator: ",\n"))],
     "group": {"fees": [\(fees.joined(separator: ",\n"))]\(extra.isEmpty ? "" : ", " + extra)}}
    """
}

/// A member with a flat annual cost of 0 unless given, and the given extra fields.
func memberJSON(
    _ id: String, population: Int = 10_000, joins: String? = "2020-04", annualCost: Int = 0,
    standalone: String? = nil, _ extra: String = ""
) -> String {
    let joinsField = joins.map { "\"joins\": \"\($0)\", " } ?? ""
    let own = standalone ?? "{\"annualCost\": \(annualCost)}"
    return """
        {"id": "\(id)", "name": "\(id)", "population": \(population), \(joinsField)"standalone": \(own)\(extra.isEmpty ? "" : ", " + extra)}
        """
}

func load(_ json: String) throws -> ScenarioDocument {
    try ScenarioDecoder.load(Array(json.utf8))
}

func compute(_ json: String) throws -> ScenarioResults {
    try ScenarioResults(try load(json))
}

/// The problems a scenario has, as `PATH: message` lines; empty when it is valid.
func problems(_ json: String) -> [String] {
    do {
        _ = try ScenarioDecoder.load(Array(json.utf8))
        return []
    } catch {
        if case .invalid(let issues) = error { return issues.map { $0.text(.en) } }
        return ["\(error)"]
    }
}

/// The scenario of `json` edited as a person edits the file, then validated again as a file is: the
/// reference each kind of `ScenarioRevision` is compared with.
func decodedAfterEditing(_ json: String, _ edit: (inout JSONValue) -> Void) throws -> Scenario {
    var value = try JSONParser.parse(json)
    edit(&value)
    return try ScenarioDecoder.decode(value).scenario
}

/// Scales every amount and rate of a fee's JSON, by the kind of its charge: per member, per 10,000
/// (a rate or each tier's rate, never its bound) and shared (monthly, annual or once).
func scaleAmounts(of fee: inout JSONValue, kind: Charge.Kind, _ scale: (ExactDecimal) -> ExactDecimal) {
    fee.update(kind.rawValue) { body in
        switch kind {
        case .perMember:
            body.update("monthly") { $0.mapNumbers(scale) }
        case .perTenThousand:
            body.update("monthly") { monthly in
                if case .array = monthly {
                    monthly.updateEach { _, tier in tier.update("rate") { $0.mapNumbers(scale) } }
                } else {
                    monthly.mapNumbers(scale)
                }
            }
        case .shared:
            for key in ["monthly", "annual", "amount"] { body.update(key) { $0.mapNumbers(scale) } }
        }
    }
}

/// `v(S)` computed by the engine alone: the scenario revised so that every member outside `members`
/// never joins, then the savings of `members` against staying alone, summed.
func coalitionValueByTheEngine(_ members: [Int], of scenario: Scenario) throws -> Int128 {
    let outside = scenario.members.indices.filter { !members.contains($0) }
    let coalition = try scenario.revised(by: .joining(Dictionary(uniqueKeysWithValues: outside.map { ($0, Month?.none) })))
    let alone = try Engine.run(coalition, mode: .standalone, name: .standalone)
    let result = try Engine.run(coalition, mode: .asWritten, name: .variant("coalition"))
    var value: Int128 = 0
    for member in members {
        for year in alone.figures[member].indices {
            value += Int128(alone.figures[member][year].total) - Int128(result.figures[member][year].total)
        }
    }
    return value
}

extension ScenarioResults {
    /// Every case and comparison at once, and a case by its name as text: shorthands for tests.
    var cases: [CaseResult] { get throws { try allCases() } }
    var comparisons: [Comparison] { get throws { try allComparisons() } }
    func result(named name: String) throws -> CaseResult? { try result(named: CaseName(name))?.result }
}
