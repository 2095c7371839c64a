import CostsimCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the join months of the moved members: every schedule within the rules when there are few
/// enough; otherwise the bound's own schedule when it reaches the bound with every member saving;
/// otherwise a local search from several starts. Every schedule it ranks is computed by the engine
/// (`ScheduleEvaluator`), so the best one's figures are `run`'s.
///
/// The local search, from each start: for each member in turn (in the scenario's order), every other
/// month it may move to within the capacity, taking the best if it beats the schedule; then every
/// exchange of two members' months that both windows allow (the capacity used stays the same); for a
/// member that does not save, a full month made room in by moving another member (`makeRoom`); rounds
/// until none improves. Then `kicks` times: a quarter of the members moved to random months, climbed
/// again, kept if better (iterated local search). Starts: the bound's schedule (else the earliest
/// months that fit), the plan's months (as near as fit), and seeded random ones — each made to fit the
/// capacity by `CapacityFlow`. The starts run in parallel; the answer is the best of their results by
/// `ScheduleEvaluation.isBetter`, which does not depend on the order in which they finish, so a seed
/// gives the same answer on any number of cores.
package enum ScheduleSearch {
    /// How the answer was found, and so how good it is known to be.
    package enum Method: Sendable, Equatable {
        /// Every schedule within the rules was computed: the answer is the best of them.
        case exhaustive(schedules: Int)
        /// The schedule that attains the upper bound (`ScheduleBound`), computed by the engine, reaches
        /// it and every member saves: no schedule can be better, so nothing else was searched.
        case bound
        /// Local search from `starts` starts; `agreeing` of them ended at the answer; `worst`: the present
        /// value of the group's savings at the worst end among those where every member saves (nil: none).
        case localSearch(starts: Int, seed: UInt64, schedules: Int, agreeing: Int, worst: Int64?)
    }

    package struct Outcome: Sendable {
        package let best: ScheduleEvaluation
        package let method: Method
        /// The upper bound on the group's present value of savings, or why there is none.
        package let bound: Result<Int64, ScheduleBound.Unavailable>
        /// The moved members (positions) that do not save in the schedule attaining the bound: the
        /// bound leaves out that every member should save, and these are what that condition costs.
        package var boundLosing: [Int] = []
        /// The bound over the schedules in which every moved member saves (`ScheduleBound.Found.whenAllSave`).
        package var boundWhenAllSave: Int64?
        /// Proven by the bound's reasoning: in no schedule does every moved member save.
        package var allSaveImpossible = false
    }

    /// Schedules up to this many are all computed.
    package static let exhaustiveLimit = 20_000
    /// The most member-years of engine work one search may take (schedules × members × fiscal years):
    /// about a minute on a 2-core machine. The local search's is estimated as 4 rounds of (one schedule
    /// per candidate month + one per pair of members) for each start and each kick; 紀の国's is 64
    /// million. Beyond it, `schedule` refuses, saying how large the search is.
    package static let workLimit = 150_000_000

    /// The estimated engine work of the local search (see `workLimit`).
    static func estimatedWork(_ space: ScheduleSpace, starts: Int, kicks: Int) -> Int {
        let moved = space.moved.count
        let perRound = space.candidateMonthCount + moved * (moved - 1) / 2
        let size = space.scenario.members.count * space.scenario.fiscalYears.count
        return perRound.multipliedReportingOverflow(by: 4 * starts * (1 + kicks)).partialValue.multipliedReportingOverflow(by: size)
            .partialValue
    }

    package final class Progress: Sendable {
        package let schedules = Atomic<Int>(0)
        package init() {}
    }

    package static func run(
        _ space: ScheduleSpace, seed: UInt64 = 1, starts: Int = 8, kicks: Int = 6, exhaustiveLimit: Int = Self.exhaustiveLimit,
        cores: Int? = nil,
        progress: Progress? = nil
    ) async throws -> Outcome {
        let scenario = space.scenario
        let size = scenario.members.count * scenario.fiscalYears.count
        // Whether any schedule fits at all: the flow says, and names the members that cannot all fit.
        var flow = CapacityFlow(space, preference: space.candidates.map { Array($0.indices) })
        if case .failure(let error) = flow.solve(order: Array(space.moved.indices)) { throw error }
        let all = space.all(limit: exhaustiveLimit)
        let work = all.map { $0.count * size } ?? estimatedWork(space, starts: max(1, starts), kicks: max(0, kicks))
        if work > workLimit {
            throw ScheduleError.tooLarge(
                members: space.moved.count, months: space.candidateMonthCount, fiscalYears: scenario.fiscalYears.count)
        }
        let evaluator = try ScheduleEvaluator(space)
        let cores = max(1, cores ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let bound = try ScheduleBound.compute(space)
        let boundValue = bound.map(\.value)
        if let all {
            let best = try await exhaustive(evaluator, all, cores: cores, progress: progress)
            return Outcome(best: best, method: .exhaustive(schedules: all.count), bound: boundValue)
        }
        // The bound's own schedule: where every member saves in it and the engine finds it at the
        // bound, it is the best there is.
        var first: [Int]?
        var boundLosing: [Int] = []
        var whenAllSave: Int64?
        var allSaveImpossible = false
        if case .success(let found) = bound {
            // Either bound reached by its own schedule with every member saving proves that schedule
            // best: every member saving ranks first, and no such schedule saves more than either bound.
            for (value, choices) in [found.whenAllSave, (found.value, found.choices)].compactMap({ $0 }) {
                let evaluation = try evaluator.evaluate(choices)
                progress?.schedules.add(1, ordering: .relaxed)
                if evaluation.losing.isEmpty && evaluation.groupNPV >= value {
                    return Outcome(
                        best: evaluation, method: .bound, bound: boundValue, boundWhenAllSave: found.whenAllSave?.value)
                }
                if choices == found.choices { boundLosing = evaluation.losing }
            }
            first = found.whenAllSave?.choices ?? found.choices
            whenAllSave = found.whenAllSave?.value
            allSaveImpossible = found.whenAllSave == nil
        }
        let starts = max(1, starts)
        let boundStart = first
        let ends: [(best: ScheduleEvaluation, schedules: Int)] = try await withThrowingTaskGroup(
            of: (Int, ScheduleEvaluation, Int).self
        ) { tasks in
            var collected = [(best: ScheduleEvaluation, schedules: Int)?](repeating: nil, count: starts)
            for start in 0..<starts {
                if start >= cores, let (index, best, count) = try await tasks.next() { collected[index] = (best, count) }
                tasks.addTask {
                    var search = LocalSearch(evaluator: evaluator, progress: progress)
                    var random = SplitMix64(seed: seed ^ (UInt64(start) &* 0xD1B5_4A32_D192_ED03))
                    let from =
                        start == 0 ? boundStart ?? Self.start(0, space: space, seed: seed) : Self.start(start, space: space, seed: seed)
                    var best = try search.climb(from: from)
                    for _ in 0..<kicks {
                        let end = try search.climb(from: search.kicked(best.choices, using: &random))
                        if end.isBetter(than: best) { best = end }
                    }
                    return (start, best, search.computed)
                }
            }
            for try await (index, best, count) in tasks { collected[index] = (best, count) }
            return collected.compactMap { $0 }
        }
        var best = ends[0].best
        for end in ends.dropFirst() where end.best.isBetter(than: best) { best = end.best }
        let agreeing = ends.filter { $0.best.choices == best.choices }.count
        let worst = ends.filter { $0.best.losing.isEmpty }.map(\.best.groupNPV).min()
        return Outcome(
            best: best,
            method: .localSearch(
                starts: starts, seed: seed, schedules: ends.reduce(0) { $0 + $1.schedules }, agreeing: agreeing, worst: worst),
            bound: boundValue, boundLosing: boundLosing, boundWhenAllSave: whenAllSave, allSaveImpossible: allSaveImpossible)
    }

    /// Every schedule within the rules, computed in blocks on every core; the best by `isBetter`.
    static func exhaustive(_ evaluator: ScheduleEvaluator, _ all: [[Int]], cores: Int, progress: Progress?) async throws
        -> ScheduleEvaluation
    {
        let blockSize = max(1, (all.count + cores * 4 - 1) / (cores * 4))
        let blocks = stride(from: 0, to: all.count, by: blockSize).map { $0..<min($0 + blockSize, all.count) }
        let bests: [ScheduleEvaluation] = try await withThrowingTaskGroup(of: (Int, ScheduleEvaluation).self) { tasks in
            var collected = [ScheduleEvaluation?](repeating: nil, count: blocks.count)
            for (index, range) in blocks.enumerated() {
                if index >= cores, let (done, best) = try await tasks.next() { collected[done] = best }
                tasks.addTask {
                    var best = try evaluator.evaluate(all[range.lowerBound])
                    for choices in all[range].dropFirst() {
                        let evaluation = try evaluator.evaluate(choices)
                        if evaluation.isBetter(than: best) { best = evaluation }
                        progress?.schedules.add(1, ordering: .relaxed)
                    }
                    progress?.schedules.add(1, ordering: .relaxed)
                    return (index, best)
                }
            }
            for try await (index, best) in tasks { collected[index] = best }
            return collected.compactMap { $0 }
        }
        var best = bests[0]
        for candidate in bests.dropFirst() where candidate.isBetter(than: best) { best = candidate }
        return best
    }

    /// Start `number` (start 0 is the bound's schedule instead, where there is one): 0 the earliest months, 1 the plan's months (as near as the rules allow), then
    /// seeded random months; each made to fit the capacity by the flow, members placed in a seeded order.
    static func start(_ number: Int, space: ScheduleSpace, seed: UInt64) -> [Int] {
        var random = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9)
        let preference = space.candidates.enumerated().map { position, months -> [Int] in
            let target: Int
            switch number {
            case 0: target = months[0].serial
            case 1: target = space.scenario.members[space.moved[position]].joins?.serial ?? months[0].serial
            default: target = months[Int(random.next() % UInt64(months.count))].serial
            }
            return months.indices.sorted { a, b in
                let (x, y) = (abs(months[a].serial - target), abs(months[b].serial - target))
                return x != y ? x < y : a < b
            }
        }
        var order = Array(space.moved.indices)
        if number >= 2 {
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
        }
        var flow = CapacityFlow(space, preference: preference)
        // The space was checked to fit, so every order places every member.
        guard case .success(let choices) = flow.solve(order: order) else { return [] }
        return choices
    }
}

/// One climb of the local search (see `ScheduleSearch`), with the schedules it has computed kept.
struct LocalSearch {
    let evaluator: ScheduleEvaluator
    let progress: ScheduleSearch.Progress?
    var seen: [[Int]: ScheduleEvaluation] = [:]
    var computed = 0
    /// Rounds stop here even if one still improves (each improves the ranking, so they end anyway).
    static let maximumRounds = 50

    init(evaluator: ScheduleEvaluator, progress: ScheduleSearch.Progress?) {
        self.evaluator = evaluator
        self.progress = progress
    }

    mutating func evaluate(_ choices: [Int]) throws -> ScheduleEvaluation {
        if let known = seen[choices] { return known }
        let evaluation = try evaluator.evaluate(choices)
        seen[choices] = evaluation
        computed += 1
        progress?.schedules.add(1, ordering: .relaxed)
        return evaluation
    }

    /// `choices` with a few members (a quarter, at least 2) moved to random months that keep within
    /// the capacity: a kick out of a local best, from which `climb` goes on (iterated local search).
    func kicked(_ choices: [Int], using random: inout SplitMix64) -> [Int] {
        let space = evaluator.space
        var choices = choices
        var counter = CapacityCounter(space, choices: choices)
        for _ in 0..<max(2, choices.count / 4) {
            let position = Int(random.next() % UInt64(choices.count))
            let months = space.candidates[position]
            counter.remove(months[choices[position]])
            let open = months.indices.filter { counter.fits(months[$0]) }
            choices[position] = open[Int(random.next() % UInt64(open.count))]  // its own month fits again, at least
            counter.add(months[choices[position]])
        }
        return choices
    }

    mutating func climb(from start: [Int]) throws -> ScheduleEvaluation {
        let space = evaluator.space
        var current = try evaluate(start)
        var counter = CapacityCounter(space, choices: start)
        // Where each month is among each member's candidates, for exchanges.
        let indexOf = space.candidates.map { months in
            Dictionary(uniqueKeysWithValues: months.enumerated().map { ($0.element.serial, $0.offset) })
        }
        for _ in 0..<Self.maximumRounds {
            var improved = false
            for position in space.moved.indices {
                let here = space.candidates[position][current.choices[position]]
                counter.remove(here)
                var best = current
                for (choice, month) in space.candidates[position].enumerated()
                where choice != current.choices[position] && counter.fits(month) {
                    var trial = current.choices
                    trial[position] = choice
                    let evaluation = try evaluate(trial)
                    if evaluation.isBetter(than: best) { best = evaluation }
                }
                counter.add(space.candidates[position][best.choices[position]])
                if best.choices != current.choices {
                    current = best
                    improved = true
                }
            }
            for first in space.moved.indices {
                for second in (first + 1)..<space.moved.count {
                    let (a, b) = (space.candidates[first][current.choices[first]], space.candidates[second][current.choices[second]])
                    guard a != b, let toB = indexOf[first][b.serial], let toA = indexOf[second][a.serial] else { continue }
                    var trial = current.choices
                    trial[first] = toB
                    trial[second] = toA
                    let evaluation = try evaluate(trial)
                    if evaluation.isBetter(than: current) {
                        current = evaluation
                        improved = true
                    }
                }
            }
            if !improved, !current.losing.isEmpty, let repaired = try makeRoom(for: current) {
                current = repaired
                counter = CapacityCounter(space, choices: current.choices)
                improved = true
            }
            if !improved { break }
        }
        return current
    }

    /// For a member that does not save, a month the capacity has no room for: another member that
    /// takes the room there (in that month, or in that fiscal year when the year is full) moves to any
    /// month it may take, and the member takes its place. The best such pair of moves that improves
    /// the ranking, or nil. Single moves and exchanges cannot do this when every month a member could
    /// save in is full: the one who makes room must go where the member came from or elsewhere.
    mutating func makeRoom(for current: ScheduleEvaluation) throws -> ScheduleEvaluation? {
        let space = evaluator.space
        var best: ScheduleEvaluation?
        for loser in current.losing {
            let counter = CapacityCounter(space, choices: current.choices, except: loser)
            for (choice, month) in space.candidates[loser].enumerated() where choice != current.choices[loser] && !counter.fits(month) {
                let yearFull = space.room(fiscalYear: month.fiscalYear).map { (counter.inYear[month.fiscalYear] ?? 0) >= $0 } ?? false
                for (other, otherChoice) in current.choices.enumerated() where other != loser {
                    let taken = space.candidates[other][otherChoice]
                    guard taken == month || (yearFull && taken.fiscalYear == month.fiscalYear) else { continue }
                    var trialCounter = counter
                    trialCounter.remove(taken)
                    guard trialCounter.fits(month) else { continue }
                    trialCounter.add(month)
                    for (to, destination) in space.candidates[other].enumerated() where to != otherChoice && trialCounter.fits(destination)
                    {
                        var trial = current.choices
                        trial[loser] = choice
                        trial[other] = to
                        let evaluation = try evaluate(trial)
                        if evaluation.isBetter(than: best ?? current) { best = evaluation }
                    }
                }
            }
        }
        return best
    }
}
