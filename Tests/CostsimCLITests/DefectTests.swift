import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// The built `costsim` beside this test bundle (swift test builds it with the tests).
let costsimBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("costsim").path

/// Runs a shell command line with `$COSTSIM` set to the built binary; its exit status and standard error.
func shell(_ script: String) throws -> (status: Int32, standardError: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.environment = ["COSTSIM": costsimBinary, "PATH": "/usr/bin:/bin"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Issue 8's defects, each as a user met it; every test here failed before its fix.
@Suite("Defects: output, input, files and messages")
struct DefectTests {
    let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path

    // MARK: Output that cannot be written

    @Test("output to a full disk is exit 1 with the system's reason, never a crash")
    func fullDisk() throws {
        #expect(FileManager.default.fileExists(atPath: costsimBinary), "build costsim first: \(costsimBinary)")
        let full = try shell("\"$COSTSIM\" run '\(omi)' > /dev/full")
        #expect(full.status == 1)
        // Messages are in Japanese unless --lang en asks for English.
        #expect(full.standardError == "costsim: 標準出力に書き込めません: ディスクに空きがありません\n")
        let json = try shell("\"$COSTSIM\" run '\(omi)' --format json --lang en > /dev/full")
        #expect(json.status == 1 && json.standardError == "costsim: standard output cannot be written: No space left on device\n")
    }

    @Test("standard output or input closed: exit 1 with a message")
    func closedStreams() throws {
        let output = try shell("\"$COSTSIM\" run '\(omi)' >&-")
        #expect(output.status == 1)
        #expect(output.standardError.hasPrefix("costsim: 標準出力に書き込めません: "))
        let input = try shell("\"$COSTSIM\" validate - <&-")
        #expect(input.status == 1)
        #expect(input.standardError == "costsim: 標準入力を読めません: 閉じられています\n")
        let english = try shell("\"$COSTSIM\" validate --lang en - <&-")
        #expect(english.standardError == "costsim: standard input cannot be read: it is closed\n")
    }

    @Test("standard input is capped at 64 MB, like a file")
    func endlessInput() throws {
        let endless = try shell("head -c 100000000 /dev/zero | \"$COSTSIM\" validate -")
        #expect(endless.status == 1)
        #expect(endless.standardError.contains("標準入力: 64 MB を超えています"))
    }

    @Test("a pipe (<(…)), a FIFO and /dev/stdin are read like files")
    func pipesAndDevices() throws {
        #expect(try shell("\"$COSTSIM\" validate <(cat '\(omi)')").status == 0)
        #expect(try shell("\"$COSTSIM\" validate /dev/stdin < '\(omi)'").status == 0)
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-fifo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        #expect(try shell("mkfifo '\(fifo)' && (cat '\(omi)' > '\(fifo)' &) && \"$COSTSIM\" validate '\(fifo)'").status == 0)
    }

    @Test("a write error reaches the user as exit 1, in process too")
    func failingSink() {
        let output = OutputSink { _ throws(OutputError) in throw OutputError(target: "standard output", reason: "No space left on device") }
        let (errors, bytes) = OutputSink.collecting()
        let status = Costsim().run(["run", omi, "--format", "csv", "--lang", "en"], output: output, errors: errors)
        #expect(status == 1)
        #expect(String(decoding: bytes(), as: UTF8.self) == "costsim: standard output cannot be written: No space left on device\n")
    }

    @Test("output is handed on in chunks as it is made, not built whole")
    func streamed() throws {
        var chunks: [Int] = []
        let box = ChunkLog()
        let output = OutputSink(chunkSize: 4_096) { chunk in box.sizes.append(chunk.count) }
        let (errors, _) = OutputSink.collecting()
        #expect(Costsim().run(["run", omi, "--format", "csv"], output: output, errors: errors) == 0)
        chunks = box.sizes
        // 4 cases × 8 members × 10 years × 5 categories rows: far more than one chunk, each about the chunk size.
        #expect(chunks.count > 10)
        #expect(chunks.dropLast().allSatisfy { $0 >= 4_096 && $0 < 8_192 })
    }

    // MARK: Messages

    @Test("a --set path of 30,000 parts is refused at once, without recursing")
    func deepPath() {
        let path = Array(repeating: "a", count: 30_000).joined(separator: ".")
        let outcome = costsim("validate", omi, "--set", path + "=1", "--lang", "en")
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("the path has 30000 parts; no value of a scenario is deeper than 16"))
        #expect(outcome.standardError.count < 1_000)
    }

    @Test("a code given as a number gets a hint to quote it")
    func codeAsNumber() {
        let outcome = costsim("validate", omi, "--set", "members.kusatsu.code=252069", "--lang", "en")
        #expect(
            outcome.standardError.contains(
                #"members[0].code: write the code as text in double quotes, "252069", not as a number"#))
        #expect(costsim("validate", omi, "--set", #"members.kusatsu.code="252069""#).status == 0)
    }

    @Test(
        "option values are checked by what the option takes",
        arguments: [
            (["fairness", "x.json", "--seed", "-1"], "--seed must be a whole number from 0 to 9223372036854775807; got \"-1\""),
            (
                ["sensitivity", "x.json", "--growth-points", "200"],
                "--growth-points must be percentage points above 0 and below 100, with at most 4 decimal places (e.g. 10 or 0.5); got \"200\""
            ),
            (
                ["timing", "x.json", "--member", "a", "--from", "2021-4"],
                "--from must be a month \"YYYY-MM\" such as 2021-04; got \"2021-4\""
            ),
            (["apportion", "x.json"], "--fiscal-year Y is required: the fiscal year (required)."),
        ])
    func optionValues(arguments: [String], message: String) {
        let outcome = Costsim().run(arguments + ["--lang", "en"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("costsim: \(message)\n"), "\(outcome.standardError)")
    }

    @Test("timing with months after the period says so, exit 1")
    func timingAfterPeriod() {
        let outcome = costsim("timing", omi, "--member", "koka", "--from", "2030-04", "--lang", "en")
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("outside the scenario's period, 2016-04–2026-03"))
    }

    @Test("terminal control characters never reach the terminal from what is echoed")
    func echoedControls() {
        let outcome = costsim("run", omi, "--member", "\u{1B}[2Jkoka")
        #expect(!outcome.standardError.contains("\u{1B}"))
        #expect(outcome.standardError.contains("\"\\u{1B}[2Jkoka\""))
        #expect(!costsim("run", "\u{1B}]0;x\u{07}.json").standardError.contains("\u{1B}"))
    }

    @Test("200 problems are listed up to 100, and the rest counted")
    func manyProblems() throws {
        let members = (0..<200).map { #"{"id": "BAD\#($0)", "name": "x", "population": 1, "standalone": {"annualCost": 0}}"# }
        let json =
            #"{"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": 2020}, "members": ["#
            + members.joined(separator: ",") + #"], "group": {"fees": []}}"#
        let outcome = costsim("validate", "-", stdin: json)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("costsim: 標準入力: 200 件の問題があります:\n"))
        #expect(outcome.standardError.split(separator: "\n").count == 1 + 100 + 1)
        #expect(outcome.standardError.contains("… ほか 100 件"))
        let english = costsim("validate", "-", "--lang", "en", stdin: json).standardError
        #expect(english.hasPrefix("costsim: standard input: 200 problems found:\n"))
        #expect(english.contains("… and 100 more"))
    }

    // MARK: Files

    func temporaryFolder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-report-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("report writes both files or neither: a failing HTML leaves no Markdown behind")
    func allOrNothing() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Block the HTML's temporary file with a folder of that name.
        try FileManager.default.createDirectory(atPath: "\(folder)/.omi-cloud.html.\(getpid()).partial", withIntermediateDirectories: false)
        let outcome = costsim("report", omi, "--out", folder, "--lang", "en")
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("omi-cloud.html cannot be written: Is a directory"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(left == [".omi-cloud.html.\(getpid()).partial"])
    }

    @Test("a dangling symbolic link at the target is not replaced without --force")
    func danglingLink() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/omi-cloud.md", withDestinationPath: "\(folder)/nowhere")
        let outcome = costsim("report", omi, "--out", folder, "--lang", "en")
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("omi-cloud.md already exists; nothing was written"))
        #expect(costsim("report", omi, "--out", folder, "--force").status == 0)
    }

    @Test("a folder that cannot be made says why")
    func notAFolder() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: "\(folder)/file", contents: Data())
        let outcome = costsim("report", omi, "--out", "\(folder)/file/reports", "--lang", "en")
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("the folder cannot be made: \(folder)/file is not a folder"))
        #expect(!outcome.standardError.contains("NSCocoaErrorDomain"))
    }

    @Test("a scenario called .json writes report.md, not a hidden file")
    func hiddenName() {
        #expect(ReportFiles.baseName(of: "/x/.json") == "report")
        #expect(ReportFiles.baseName(of: "/x/.hidden.json") == "hidden")
        #expect(ReportFiles.baseName(of: "Scenarios/omi-cloud.json") == "omi-cloud")
    }

    // MARK: Figures

    @Test("apportion a variant's fiscal year that lies outside the base period")
    func variantPeriod() throws {
        let json = #"""
            {"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": 2020},
             "members": [{"id": "a", "name": "A", "population": 1, "joins": "2020-04", "standalone": {"annualCost": 0}}],
             "group": {"fees": [{"label": "f", "perMember": {"monthly": 10}}]},
             "variants": [{"name": "longer", "patch": {"fiscalYears": {"to": 2021}}}]}
            """#
        let outcome = costsim("apportion", "-", "--case", "longer", "--fiscal-year", "2021", "--format", "json", stdin: json)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains(#""total": 120"#))  // 10 a month, 12 months of FY2021
        let outside = costsim("apportion", "-", "--case", "longer", "--fiscal-year", "2022", "--lang", "en", stdin: json)
        #expect(outside.standardError.contains("outside the period of the case longer, 2020–2021"))
    }

    @Test("when more groups would do better alone than are listed, the output says only the largest are listed")
    func blockingListed() throws {
        // 12 towns of 10,000 people, each paying nothing alone; one tiered fee that costs nothing for up to 20,000
        // people and 100 a member-month above: every single town and pair does better alone (gain 1,200 each).
        let members = (0..<12).map {
            #"{"id": "t\#($0)", "name": "T\#($0)", "population": 10000, "joins": "2020-04", "standalone": {"annualCost": 0}}"#
        }
        let fee = #"{"label": "f", "perTenThousand": {"monthly": [{"upTo": 20000, "rate": 0}, {"upTo": null, "rate": 100}]}}"#
        let json =
            #"{"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": 2020}, "members": ["#
            + members.joined(separator: ",") + #"], "group": {"fees": ["# + fee + "]}}"
        let outcome = costsim("fairness", "-", "--format", "json", stdin: json)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains(#""blockingListed": 10"#))
        let table = costsim("fairness", "-", "--lang", "en", stdin: json).standardOutput
        #expect(table.contains("only the 10 with the largest gains are listed"))
    }
}

/// Chunk sizes seen by a sink's destination.
final class ChunkLog: @unchecked Sendable {
    var sizes: [Int] = []
}

/// What cannot finish in reasonable time is refused at once, with the reason and a way out.
@Suite("Defects: work that would take many minutes")
struct RefusalTests {
    /// A scenario of `members` towns over `years` fiscal years, with a shared fee subsidised at half.
    func scenario(members: Int, years: Int) -> String {
        let list = (0..<members).map {
            #"{"id": "t\#($0)", "name": "T\#($0)", "population": \#(1_000 + $0), "joins": "2020-04", "standalone": {"annualCost": 1200}}"#
        }
        return #"{"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": \#(2019 + years)}, "members": ["#
            + list.joined(separator: ",")
            + #"], "group": {"fees": [{"label": "f", "shared": {"monthly": 1000}, "split": {"population": 1}, "subsidyRate": 0.5}]}}"#
    }

    @Test("timing over every month of 1,100 members and 50 years is refused, saying how far to narrow")
    func timing() {
        // 600 months + never = 601 runs × 1,100 members × 50 years = 33,055,000 member-years > 30,000,000.
        // At most 30,000,000 / 55,000 − 1 = 544 months fit.
        let outcome = costsim("timing", "-", "--member", "t0", "--lang", "en", stdin: scenario(members: 1_100, years: 50))
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("narrow the months with --from and --to to at most 544"), "\(outcome.standardError)")
    }

    @Test("fairness with a million sampled orders of 30 members over 10 years is refused, with the number that fits")
    func fairness() {
        // Each fiscal year is a month group of all 30 members with one subsidised bill: adding the members one by one
        // touches 30 entries and apportions among 1, 2, …, 30 members: 30 + 465 = 495 a year, 4,950 an order.
        // 1,000,000 orders: 4,950,000,000 > 3,000,000,000; 3,000,000,000 / 4,950 = 606,060 orders fit.
        let outcome = costsim("fairness", "-", "--samples", "1000000", "--lang", "en", stdin: scenario(members: 30, years: 10))
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError.contains("1000000 random orders of 30 members would take many minutes; use --samples 606060 or fewer"),
            "\(outcome.standardError)")
    }
}

@Suite("Units and eras on every command that prints money or years")
struct UnitOptionTests {
    let worked = packageRoot.appendingPathComponent("Scenarios/worked-example.json").path

    @Test("timing in 千円: 西町 joining April 2024 saves 2,537,500 yen → 2,538 千円 (rounded half up)")
    func timingThousands() {
        let outcome = costsim("timing", worked, "--member", "west", "--from", "2024-04", "--to", "2024-04", "--unit", "thousand")
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("単位：千円"))
        // Savings 2,537,500 → 2,538 (half away from zero); NPV 2,509,559 → 2,510; group savings 4,912,500 → 4,913.
        #expect(outcome.standardOutput.contains("2,538"))
        #expect(outcome.standardOutput.contains("2,510"))
    }

    @Test("sensitivity and fairness take --unit; JSON refuses it")
    func whatIfUnits() {
        let sensitivity = costsim("sensitivity", worked, "--unit", "thousand")
        // The stay-alone cost −10 %: −1,200,000 yen → −1,200 千円; base savings 4,800,000 → 4,800.
        #expect(sensitivity.standardOutput.contains("-1,200") && sensitivity.standardOutput.contains("4,800"))
        let fairness = costsim("fairness", worked, "--unit", "million", "--lang", "en").standardOutput
        // Savings 3,375,000 and 1,425,000 yen, 4,800,000 together → 5 million: floors 3 and 1, the million left to the
        // larger remainder (.425 against .375): 3 and 2. Shapley 3,500,000 and 1,300,000: floors 3 and 1, the million
        // left to .5 against .3: 4 and 1. The difference is of the figures shown: −1 and +1.
        #expect(fairness.contains("Unit: million yen"))
        #expect(fairness.contains("東町    yes                     3              4                 -1"))
        #expect(fairness.contains("西町    yes                     2              1                 +1"))
        #expect(costsim("fairness", worked, "--format", "json", "--unit", "thousand").status == 2)
        #expect(costsim("timing", worked, "--member", "west", "--format", "json", "--era", "japanese").status == 2)
        #expect(costsim("run", worked, "--format", "csv", "--era", "japanese").status == 2)
    }

    @Test("--era japanese in the terminal table of run")
    func runEra() {
        let outcome = costsim("run", worked, "--era", "japanese")
        #expect(outcome.standardOutput.contains("対象期間：令和6年度〜令和7年度（2年間）"))
        #expect(outcome.standardOutput.contains("令和6年度"))
        #expect(!outcome.standardOutput.contains("2024年度"))
    }
}

@Suite("run --against: a case against another")
struct AgainstTests {
    // Two towns, 12,000 a year each alone; a shared fee of 1,000 a month split equally. The plan: both join,
    // each pays 500 a month = 6,000. The variant "b out": b never joins, a pays the whole 1,000 a month = 12,000.
    let json = #"""
        {"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": 2020},
         "members": [{"id": "a", "name": "A", "population": 10000, "joins": "2020-04", "standalone": {"annualCost": 12000}},
                     {"id": "b", "name": "B", "population": 10000, "joins": "2020-04", "standalone": {"annualCost": 12000}}],
         "group": {"fees": [{"label": "f", "shared": {"monthly": 1000}, "split": {"equal": 1}}]},
         "variants": [{"name": "b out", "patch": {"members": [{"id": "b", "joins": null}]}}]}
        """#

    @Test("what a's joining partner is worth to it: the plan against the variant in which b stays out, by hand")
    func planAgainstVariant() throws {
        let outcome = costsim("run", "-", "--against", "b out", "--format", "json", stdin: json)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        // a: 12,000 in "b out", 6,000 in the plan: 6,000 better off, paid back in its join year FY2020, NPV (rate 0)
        // 6,000; b: 12,000 alone in "b out" against 6,000: also 6,000. The group: 24,000 against 12,000.
        let result = try JSONParser.parse(outcome.standardOutput)
        guard case .array(let comparisons)? = result["comparisons"], case .array(let members)? = comparisons.first?["members"] else {
            Issue.record("no comparisons")
            return
        }
        let a = members[0]
        #expect(a["standaloneTotal"] == .number("12000") && a["caseTotal"] == .number("6000") && a["savings"] == .number("6000"))
        #expect(a["savingsRate"] == .number("0.5") && a["paybackFiscalYear"] == .number("2020") && a["npvSavings"] == .number("6000"))
        #expect(members[1]["savings"] == .number("6000"))
        let group = comparisons.first?["group"]
        #expect(
            group?["standaloneTotal"] == .number("24000") && group?["caseTotal"] == .number("12000")
                && group?["savings"] == .number("12000"))
        #expect(outcome.standardOutput.contains(#""against": "b out""#))
        let table = costsim("run", "-", "--against", "b out", stdin: json).standardOutput
        #expect(table.contains("【「b out」との比較】計画"))
        // The savings by fiscal year say what they are against, too (not "stay-alone minus the case").
        #expect(!table.contains("削減額＝単独運用の経費−ケースの経費"))
        #expect(table.contains("削減額＝「b out」の経費−ケースの経費（区分ごと）。"))
    }

    @Test("an unknown case, or cases with different members, are refused with the reason")
    func refused() {
        #expect(
            costsim("run", "-", "--against", "b ot", "--lang", "en", stdin: json).standardError.contains(
                "--against: no case is called \"b ot\"; the cases are standalone, plan, b out"))
        let removed = json.replacingOccurrences(of: #"{"id": "b", "joins": null}"#, with: #"{"id": "b", "remove": true}"#)
        let outcome = costsim("run", "-", "--against", "b out", "--lang", "en", stdin: removed)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("does not have the same members (by id, in order) and fiscal years"))
    }
}

@Suite("run --member in every format")
struct RunMemberTests {
    let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path

    @Test("json and csv hold only the members named; the group's figures stay the whole group's")
    func jsonAndCSV() throws {
        let json = costsim("run", omi, "--format", "json", "--member", "kusatsu")
        #expect(json.status == 0, "\(json.standardError)")
        let result = try JSONParser.parse(json.standardOutput)
        guard case .array(let cases)? = result["cases"], case .array(let comparisons)? = result["comparisons"] else {
            Issue.record("no cases")
            return
        }
        for item in cases {
            guard case .array(let members)? = item["members"] else { continue }
            #expect(members.map { $0["id"] } == [.string("kusatsu")])
        }
        #expect(comparisons.first?["group"]?["savings"] == .number("4970447736"))  // the whole group's, as run prints it
        // 4 cases × 10 fiscal years × 6 categories of 草津市 alone, and the header.
        let csv = costsim("run", omi, "--format", "csv", "--member", "kusatsu").standardOutput
        #expect(csv.split(separator: "\r\n").count == 1 + 4 * 10 * 6)
        #expect(!csv.contains("moriyama"))
    }

    @Test("markdown and html are the member's council pack; two members there are refused")
    func pack() {
        let markdown = costsim("run", omi, "--format", "markdown", "--member", "kusatsu").standardOutput
        #expect(markdown.hasPrefix("# 草津市　おうみ自治体クラウド協議会"))
        let two = costsim("run", omi, "--format", "html", "--member", "kusatsu", "--member", "koka", "--lang", "en")
        #expect(two.status == 2 && two.standardError.contains("name one member"))
    }
}
