import CostsimCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How sure are the savings? `draws` whole scenarios, each with a value of every uncertain input
/// (Latin hypercube sampling, see `LatinHypercube`), each computed by the engine exactly as `run`
/// computes a case; then, per member and for the group, how the savings and their present value
/// spread, how likely a saving is, when it is paid back, and which inputs drive the spread.
///
/// The draws run in parallel on every core (a task group over blocks of draws). What a draw gives
/// depends only on the seed and its number, and the results are put together by draw number, so the
/// output is the same byte for byte whatever the number of cores or the order the tasks finish in.
/// Only what the statistics need is kept of each draw: each member's and the group's savings,
/// present value and payback year, and the inputs' values.
package struct RiskAnalysis: Sendable {
    /// Draws × members × fiscal years above this would take many minutes: refused, with the draws that fit.
    package static let workLimit = 60_000_000
    package static let maximumDraws = 100_000

    /// What one member (or the group) does over the draws.
    package struct Outcome: Sendable {
        package let name: String
        package let savings: OutcomeSummary
        package let npvSavings: OutcomeSummary
        /// Draws in which it saves (savings > 0).
        package let savingDraws: Int
        /// Draws by payback fiscal year, in order; then those never paid back, and those in which it does not join.
        package let paybackDraws: [(fiscalYear: Int, draws: Int)]
        package let neverPaidBack: Int
        package let notJoining: Int
        /// Draws in which it meets the scenario's reduction target (nil: the scenario states none).
        package let metTargetDraws: Int?
    }

    /// An input and how much the group's savings follow it (Spearman's ρ; nil when it does not vary).
    package struct Driver: Sendable {
        package let input: RiskInput
        package let distribution: Distribution
        package let correlation: Double?
    }

    package let caseName: CaseName
    package let draws: Int
    package let seed: UInt64
    package let fiscalYears: ClosedRange<Int>
    package let discountRate: ExactDecimal
    package let members: [Outcome]
    package let group: Outcome
    /// Every input, the strongest (largest |ρ|) first.
    package let drivers: [Driver]
    package let sources: [String]
    /// Each draw's figures, when asked for (for the CSV): per draw, per member, savings, present value and payback.
    package let perDraw: [[DrawFigures]]?
    package let memberIDs: [String]
    /// Each member's 全国地方公共団体コード, where it has one (for the CSV).
    package let memberCodes: [String?]
    /// The group's savings in each draw, in draw order (for the histogram).
    package let groupSavings: [Int64]
    /// The reduction target each draw is held to (nil: none stated).
    package let target: ReductionTarget?

    /// One member's figures in one draw.
    package struct DrawFigures: Sendable {
        package let savings: Int64
        package let npvSavings: Int64
        /// The payback fiscal year; nil when never paid back (or the member does not join, `joins`).
        package let paybackFiscalYear: Int?
        package let joins: Month?
        /// Whether it meets the reduction target in the draw (nil: no target).
        package var metTarget: Bool? = nil
    }

    /// Counts the draws done, for a progress line; shared with the tasks.
    package final class Progress: Sendable {
        package let done = Atomic<Int>(0)
        package init() {}
    }

    package static func run(
        _ scenario: Scenario, caseName: CaseName, draws: Int, seed: UInt64, keepDraws: Bool = false, progress: Progress? = nil,
        cores: Int? = nil
    ) async throws -> RiskAnalysis {
        let uncertainty = scenario.uncertainty ?? Uncertainty.none
        let inputs = uncertainty.inputs(for: scenario)
        let size = scenario.members.count * scenario.fiscalYears.count
        if draws * size > workLimit {
            throw AnalysisError.tooManyDraws(
                draws: draws, members: scenario.members.count, fiscalYears: scenario.fiscalYears.count, fitting: workLimit / size)
        }
        let sampling = LatinHypercube(draws: draws, inputs: inputs.count, seed: seed)
        let standaloneMoves = inputs.contains { $0.input.movesStandalone }
        let fixedStandalone = standaloneMoves ? nil : try Engine.run(scenario, mode: .standalone, name: .standalone)
        let memberCount = scenario.members.count
        // Blocks of draws, a few per core so that the cores stay busy to the end.
        let cores = max(1, cores ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let blockSize = max(1, (draws + cores * 4 - 1) / (cores * 4))
        let blocks = stride(from: 0, to: draws, by: blockSize).map { $0..<min($0 + blockSize, draws) }

        struct Block: Sendable {
            let index: Int
            /// Per draw: per member then the group.
            let figures: [[DrawFigures]]
            /// Per draw: each input's value.
            let values: [[ExactDecimal]]
        }
        // At most `cores` blocks at once: a block is added as another finishes.
        let results: [Block] = try await withThrowingTaskGroup(of: Block.self) { tasks in
            var collected = [Block?](repeating: nil, count: blocks.count)
            for (index, range) in blocks.enumerated() {
                if index >= cores, let block = try await tasks.next() { collected[block.index] = block }
                tasks.addTask {
                    var figures: [[DrawFigures]] = []
                    var values: [[ExactDecimal]] = []
                    for draw in range {
                        let drawn = inputs.indices.map { input in
                            Self.value(
                                inputs[input], numerator: sampling.numerator(input: input, draw: draw), denominator: sampling.denominator)
                        }
                        let scenarioOfDraw: Scenario
                        do { scenarioOfDraw = try RiskDraw(inputs: inputs.map(\.input), values: drawn).apply(to: scenario) } catch let
                            refusal as ScenarioRevision.Refusal
                        {
                            throw AnalysisError.drawRefused(draw: draw + 1, refusal: refusal)
                        }
                        let computed = try CaseComparison(scenarioOfDraw, name: caseName, standalone: fixedStandalone)
                        let comparison = computed.comparison
                        // The target as `costsim target` holds the draw's case to it: the same figures.
                        let held = try scenarioOfDraw.target.map { target throws in
                            try TargetResult(target, case: computed.result, standalone: computed.standalone)
                        }
                        var row: [DrawFigures] = []
                        row.reserveCapacity(memberCount + 1)
                        for (index, (member, summary)) in zip(scenarioOfDraw.members, computed.members).enumerated() {
                            row.append(
                                DrawFigures(
                                    savings: summary.savings, npvSavings: summary.npvSavings, paybackFiscalYear: summary.paybackFiscalYear,
                                    joins: member.joins, metTarget: held.map { $0.figures[index].met }))
                        }
                        let firstJoin = scenarioOfDraw.members.compactMap(\.joins).min()
                        row.append(
                            DrawFigures(
                                savings: comparison.group.savings, npvSavings: comparison.group.npvSavings,
                                paybackFiscalYear: comparison.group.paybackFiscalYear, joins: firstJoin, metTarget: held.map(\.group.met)))
                        figures.append(row)
                        values.append(drawn)
                        progress?.done.add(1, ordering: .relaxed)
                    }
                    return Block(index: index, figures: figures, values: values)
                }
            }
            for try await block in tasks { collected[block.index] = block }
            return collected.compactMap { $0 }
        }
        let figures = results.flatMap(\.figures)
        let values = results.flatMap(\.values)
        let names = scenario.members.map(\.name) + [""]
        // The scenario as written, for where its figures fall among the draws.
        let planned = try CaseComparison(scenario, name: caseName, standalone: fixedStandalone)
        let plannedSummaries = planned.members + [planned.comparison.group]
        let outcomes = (0...memberCount).map { column in
            Self.outcome(names[column], figures.map { $0[column] }, planned: plannedSummaries[column])
        }
        let groupSavings = figures.map { Int128($0[memberCount].savings) }
        let drivers = inputs.indices.map { input in
            Driver(
                input: inputs[input].input, distribution: inputs[input].distribution,
                correlation: RankCorrelation.spearman(values.map { $0[input].millionths }, groupSavings))
        }
        .enumerated().sorted { a, b in
            let (x, y) = (abs(a.element.correlation ?? 0), abs(b.element.correlation ?? 0))
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
        return RiskAnalysis(
            caseName: caseName, draws: draws, seed: seed, fiscalYears: scenario.fiscalYears, discountRate: scenario.discountRate,
            members: Array(outcomes.dropLast()),
            group: outcomes[memberCount], drivers: drivers, sources: uncertainty.sources,
            perDraw: keepDraws ? figures.map { Array($0.dropLast()) } : nil, memberIDs: scenario.members.map(\.id),
            memberCodes: scenario.members.map(\.code),
            groupSavings: figures.map { $0[memberCount].savings }, target: scenario.target)
    }

    /// An input's value at a probability; a join delay in whole months (rounded down).
    static func value(_ input: (input: RiskInput, distribution: Distribution), numerator: Int128, denominator: Int128) -> ExactDecimal {
        let value = input.distribution.value(numerator: numerator, denominator: denominator)
        if case .joinDelay = input.input { return ExactDecimal(millionths: value.millionths / ExactDecimal.scale * ExactDecimal.scale) }
        return value
    }

    static func outcome(_ name: String, _ draws: [DrawFigures], planned: SavingsSummary) -> Outcome {
        var paybacks: [Int: Int] = [:]
        var never = 0
        var out = 0
        for draw in draws {
            if let year = draw.paybackFiscalYear {
                paybacks[year, default: 0] += 1
            } else if draw.joins == nil {
                out += 1
            } else {
                never += 1
            }
        }
        return Outcome(
            name: name, savings: OutcomeSummary(draws.map(\.savings), planned: planned.savings),
            npvSavings: OutcomeSummary(draws.map(\.npvSavings), planned: planned.npvSavings),
            savingDraws: draws.filter { $0.savings > 0 }.count,
            paybackDraws: paybacks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            neverPaidBack: never, notJoining: out,
            metTargetDraws: draws.first?.metTarget == nil ? nil : draws.filter { $0.metTarget == true }.count)
    }
}

extension Uncertainty {
    /// No uncertain input: every draw is the scenario as written.
    static let none = Uncertainty(
        fx: nil, fxEachYear: false, fees: [], governmentCloud: nil, populationGrowth: nil, staffCost: nil, joinCost: nil, joinDelay: nil,
        joinDelayMembers: nil, sources: [])
}
