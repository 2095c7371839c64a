// costsim-bench: how long costsim takes on the national scenario (all 1,741 municipalities in the
// 2020 census, from ../shared/data) and how that grows with members and fiscal years.
//
//   swift run -c release costsim-bench [--data PATH] [--repeat N]
import CloudCostModel
import CostsimCLI
import CostsimCore
import CostsimReports
import Dispatch
import Foundation
import ReferenceData

struct Options {
    var dataPath = CensusPopulation.defaultPath()
    var repetitions = 5
    /// Write the national scenario to this path and stop (for profiling the command itself).
    var writeNational: String?
    /// Only these parts: national, growth, fairness, variants, risk, schedule (default: all).
    var only: Set<String> = []

    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--data": dataPath = rest.popFirst() ?? dataPath
            case "--repeat": repetitions = rest.popFirst().flatMap(Int.init).map { max(1, $0) } ?? repetitions
            case "--write-national": writeNational = rest.popFirst()
            case "--only": only.insert(rest.popFirst() ?? "")
            default:
                FileHandle.standardError.write(
                    Data(
                        "usage: costsim-bench [--data PATH] [--repeat N] [--write-national FILE] [--only national|growth|fairness|variants|risk|schedule]...\n"
                            .utf8))
                exit(2)
            }
        }
    }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let repetitions = options.repetitions
let dataPath = options.dataPath

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("costsim-bench: \(message)\n".utf8))
    exit(1)
}

/// Wall-clock times of `repetitions` runs of `body`, in milliseconds.
struct Timing {
    var times: [Double]
    var median: Double { times.sorted()[times.count / 2] }
    var fastest: Double { times.min() ?? 0 }
}

func measure(_ repetitions: Int = repetitions, _ body: () throws -> Void) rethrows -> Timing {
    var times: [Double] = []
    for _ in 0..<repetitions {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return Timing(times: times)
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

func format(_ milliseconds: Double) -> String { String(format: "%8.1f ms", milliseconds) }

/// `median (fastest)`: this machine's timings vary by a fifth from run to run; the fastest shows the floor.
func format(_ timing: Timing) -> String { format(timing.median) + String(format: "  (fastest %6.1f ms)", timing.fastest) }

let census: CensusPopulation
if FileManager.default.fileExists(atPath: dataPath) {
    do { census = try CensusPopulation(path: dataPath) } catch { fail("\(error)") }
} else {
    // A fresh clone without ../shared: the copy of the same census that ships inside costsim.
    print("\(dataPath) is not there: using the census that ships inside costsim")
    census = CensusPopulation.shipped
}
guard census.municipalities.count == 1_741, census.total == 126_226_568 else {
    fail("expected 1,741 municipalities totalling 126,226,568 people, read \(census.municipalities.count) totalling \(census.total)")
}

// The national scenario: every stage separately, then the whole command as a user runs it.
let text = SyntheticScenario.json(census.municipalities, fiscalYears: 10)
let bytes = Array(text.utf8)
if let path = options.writeNational {
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { fail("cannot write \(path)") }
    print("wrote \(path)")
    exit(0)
}
/// Whether a part of the benchmark was asked for (all are, by default).
func wants(_ part: String) -> Bool { options.only.isEmpty || options.only.contains(part) }

if wants("national") {
    var document: ScenarioDocument!
    var results: ScenarioResults!
    do {
        let parse = try measure { document = try ScenarioDecoder.load(bytes) }
        let engine = try measure {
            results = try ScenarioResults(document)
            _ = try results.allComparisons()  // the variant's case, computed on demand
        }
        let apportion = try measure {
            for year in results.scenario.fiscalYears { _ = try ApportionmentTable(results.plan, fiscalYear: year) }
        }
        var json = ""
        let output = try measure { json = try ResultJSON.result(results) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-bench-national.json").path
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let full = measure {
            let outcome = Costsim().run(["run", file, "--format", "json"])
            if outcome.status != 0 { fail(outcome.standardError) }
        }
        let memory = peakMemoryMB()
        print(
            "National scenario: \(census.municipalities.count) members, 10 fiscal years, 7 fees, 1 variant (\(bytes.count / 1024) KiB of JSON)"
        )
        print("median of \(repetitions) runs (and the fastest), release build recommended")
        func row(_ label: String, _ value: String) { print("  " + label.padding(toLength: 34, withPad: " ", startingAt: 0) + value) }
        row("parse + validate", format(parse))
        row("engine (4 cases + comparisons)", format(engine))
        row("apportionment tables, 10 years", format(apportion))
        row("JSON output (+ the variant's case)", format(output) + "  (\(json.utf8.count / 1024) KiB)")
        row("full 'costsim run --format json'", format(full))
        row("peak memory (max RSS)", String(format: "%8.1f MB", memory))
    } catch {
        fail("\(error)")
    }

}

// Growth: members × months × fees should grow linearly.
if wants("growth") {
    print("\nGrowth, full run (parse, engine, JSON), median of \(repetitions):")
    func fullRun(_ members: Int, _ years: Int) throws -> Double {
        let subset = Array(census.municipalities.prefix(members))
        let bytes = Array(SyntheticScenario.json(subset, fiscalYears: years).utf8)
        return measure {
            do {
                let document = try ScenarioDecoder.load(bytes)
                let results = try ScenarioResults(document)
                _ = try ResultJSON.result(results)
            } catch {
                fail("\(error)")
            }
        }.median
    }
    do {
        print("  members  (10 fiscal years)")
        for members in [100, 250, 500, 1_000, 1_741] {
            let time = try fullRun(members, 10)
            print(
                "  \(String(members).padding(toLength: 6, withPad: " ", startingAt: 0))  \(format(time))  \(String(format: "%6.1f µs/member", time * 1000 / Double(members)))"
            )
        }
        print("  fiscal years  (1,741 members)")
        for years in [5, 10, 20, 30] {
            let time = try fullRun(1_741, years)
            print(
                "  \(String(years).padding(toLength: 6, withPad: " ", startingAt: 0))  \(format(time))  \(String(format: "%6.1f ms/year", time / Double(years)))"
            )
        }
    } catch {
        fail("\(error)")
    }

}

// What-if analysis: the fairness check enumerates every coalition up to 20 members.
if wants("fairness") {
    print("\nFairness (Shapley values and blocking coalitions), \(repetitions == 1 ? "1 run" : "median of \(min(repetitions, 3))"):")
    do {
        for members in [10, 16, 20] {
            let document = try ScenarioDecoder.load(
                Array(SyntheticScenario.json(Array(census.municipalities.prefix(members)), fiscalYears: 10).utf8))
            let time = try measure(min(repetitions, 3)) { _ = try Fairness(document.scenario, caseName: .plan) }.median
            print(
                "  \(members) members, exact (\(1 << members) coalitions)".padding(toLength: 46, withPad: " ", startingAt: 0) + format(time)
            )
        }
        let document = try ScenarioDecoder.load(bytes)
        let time = try measure(1) { _ = try Fairness(document.scenario, caseName: .plan, permutations: 100) }.median
        print("  1,741 members, 100 sampled orders".padding(toLength: 46, withPad: " ", startingAt: 0) + format(time))
    } catch {
        fail("\(error)")
    }
}

// Variants: the national scenario with 1,000 one-line variants, run as a process (`costsim run
// --format json`), for its peak memory: a variant must cost what its patch changes.
if wants("variants") {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("costsim").path
    print("\nVariants: national scenario, 1,000 one-line variants, 'costsim run --format json' as a process:")
    guard FileManager.default.fileExists(atPath: binary) else { fail("build costsim beside the benchmark first: \(binary)") }
    for count in [0, 100, 1_000] {
        var scenario = text
        if count > 0, let end = scenario.range(of: "\"variants\": [", options: .backwards) {
            let extra = (0..<count).map { #"{"name": "v\#($0)", "patch": {"discountRate": 0.0\#($0 % 9 + 1)}}"# }
            scenario.replaceSubrange(end, with: "\"variants\": [" + extra.joined(separator: ",\n") + ",\n")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-bench-variants-\(count).json").path
        _ = FileManager.default.createFile(atPath: file, contents: Data(scenario.utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["run", file, "--format", "json"]
        process.standardOutput = FileHandle.nullDevice
        let start = ContinuousClock.now
        do { try process.run() } catch { fail("\(error)") }
        // The child's own high-water mark of resident memory (VmHWM), read while it runs: getrusage's
        // figure for children would count the benchmark's memory copied into the child before exec.
        var peakKB = 0
        while process.isRunning {
            if let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
            {
                peakKB = max(peakKB, kilobytes)
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            "  \(String(count).padding(toLength: 6, withPad: " ", startingAt: 0)) variants  "
                + String(format: "%7.2f s  peak %7.1f MB  (exit %d)", seconds, Double(peakKB) / 1024, process.terminationStatus))
    }
}

// Risk: draws of whole scenarios, each through the engine; on one core and on every core. The same
// seed must give the same figures on both (checked here too).
if wants("risk") {
    func riskRun(_ scenario: Scenario, draws: Int, cores: Int) -> (milliseconds: Double, json: String) {
        let start = ContinuousClock.now
        let box = RiskBox()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                box.result = .success(try await RiskAnalysis.run(scenario, caseName: .plan, draws: draws, seed: 1, cores: cores))
            } catch {
                box.result = .failure(error)
            }
            done.signal()
        }
        done.wait()
        let elapsed = ContinuousClock.now - start
        guard case .success(let analysis)? = box.result else { fail("risk: \(String(describing: box.result))") }
        let milliseconds = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        return (milliseconds, JSONWriter.write(RiskTables(analysis).json()))
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("\nRisk (costsim risk), seed 1, one core and all \(cores):")
    do {
        let omi = try ScenarioDecoder.load([UInt8](try Data(contentsOf: URL(fileURLWithPath: "Scenarios/omi-cloud.json")))).scenario
        // The national scenario with an uncertainty block of every kind (its members' joins slip independently).
        var national = try JSONParser.parse(bytes)
        national["uncertainty"] = try JSONParser.parse(
            #"{"fx": {"triangular": [130, 150, 170]}, "fees": {"運用保守": {"triangular": [0.9, 1, 1.3]}}, "governmentCloud": {"triangular": [1, 2.3, 5.7]}, "populationGrowth": {"uniform": [-0.005, 0]}, "staffCost": {"uniform": [1, 1.1]}, "joinCost": {"triangular": [1, 1.1, 1.5]}, "joinDelay": {"discrete": {"values": [0, 3, 6, 12], "weights": [0.55, 0.2, 0.15, 0.1]}}}"#
        )
        let nationalScenario = try ScenarioDecoder.decode(national).scenario
        for (label, scenario, draws) in [
            ("omi-cloud, 8 members × 10 years", omi, 10_000), ("national, 1,741 members × 10 years", nationalScenario, 1_000),
        ] {
            let one = riskRun(scenario, draws: draws, cores: 1)
            let all = riskRun(scenario, draws: draws, cores: cores)
            if one.json != all.json { fail("risk: one core and \(cores) cores gave different figures") }
            print(
                String(
                    format: "  %@, %d draws: %9.1f ms on 1 core, %9.1f ms on %d cores (same figures)", label, draws, one.milliseconds,
                    all.milliseconds, cores))
        }
        print(String(format: "  peak memory (max RSS) so far: %.1f MB", peakMemoryMB()))
    } catch {
        fail("\(error)")
    }
}

final class RiskBox: @unchecked Sendable {
    var result: Result<RiskAnalysis, any Error>?
}

// Schedule: the 28 members of Scenarios/kinokuni-cloud.json (和歌山県, census populations), as shipped
// (closed months 1–3 and 2027-04: 26–27 candidate months each) and with every month open (36 each),
// a capacity of 3 a month and 8 a fiscal year; one core and all.
if wants("schedule") {
    final class Box: @unchecked Sendable { var result: Result<ScheduleSearch.Outcome, any Error>? }
    func scheduleRun(_ space: ScheduleSpace, cores: Int) -> (milliseconds: Double, outcome: ScheduleSearch.Outcome) {
        let start = ContinuousClock.now
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await ScheduleSearch.run(space, cores: cores)) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        let elapsed = ContinuousClock.now - start
        guard case .success(let outcome)? = box.result else { fail("schedule: \(String(describing: box.result))") }
        return (Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15, outcome)
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("\nSchedule (costsim schedule), seed 1, 8 starts, one core and all \(cores):")
    do {
        let file = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "Scenarios/kinokuni-cloud.json")))
        let shipped = try ScenarioDecoder.load(file).scenario
        let open = try ScenarioDecoder.load(
            file,
            overrides: ["group.migrationCapacity.closedMonths=[]"]
                + ["kudoyama", "koya", "susami", "kozagawa"].map { "members.\($0).budgetYears=null" }
        ).scenario
        for (label, scenario) in [("kinokuni-cloud as shipped", shipped), ("kinokuni-cloud, 36 months each", open)] {
            let space = try ScheduleSpace(scenario)
            let months = space.candidates.map(\.count)
            let one = scheduleRun(space, cores: 1)
            let all = scheduleRun(space, cores: cores)
            if one.outcome.best.choices != all.outcome.best.choices { fail("schedule: one core and \(cores) cores differ") }
            guard case .localSearch(_, _, let schedules, let agreeing, let worst) = all.outcome.method else {
                fail("schedule: not a local search")
            }
            print(
                String(
                    format:
                        "  %@ (%d members, %d–%d months each): %8.1f ms on 1 core, %8.1f ms on %d cores; %d schedules, %d of 8 starts agree",
                    label, months.count, months.min() ?? 0, months.max() ?? 0, one.milliseconds, all.milliseconds, cores, schedules,
                    agreeing))
            let bound = (try? all.outcome.bound.get()).map { String($0) } ?? "none"
            print(
                "    present value of the group's savings: best ¥\(all.outcome.best.groupNPV), worst start's ¥\(worst.map(String.init) ?? "-"), "
                    + "bound ¥\(bound) (every member saving: ¥\(all.outcome.boundWhenAllSave.map(String.init) ?? "none")); "
                    + "members not saving: \(all.outcome.best.losing.count)")
        }
        print(String(format: "  peak memory (max RSS) so far: %.1f MB", peakMemoryMB()))
    } catch {
        fail("\(error)")
    }
}
