import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// Output to full disks and closed streams, input from pipes, report files written whole or not at
/// all, and what is echoed back — each as a user met it; every test here failed before its fix.
@Suite("Files, streams and messages")
struct FilesAndStreamsTests {
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
        // risk and schedule said "Invalid argument": descriptor 1 was reused by the scenario file and the
        // dispatch queue's epoll (issue 18, item 19). Descriptors 0–2 are now reserved at start.
        let kinokuni = packageRoot.appendingPathComponent("Scenarios/kinokuni-cloud.json").path
        for command in ["\"$COSTSIM\" risk '\(omi)' --draws 10 >&-", "\"$COSTSIM\" schedule '\(kinokuni)' --starts 1 >&-"] {
            let closed = try shell(command)
            #expect(closed.status == 1, "\(command)")
            #expect(closed.standardError == "costsim: 標準出力に書き込めません: 閉じられています\n", "\(command)")
        }
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
                #"members[0]（草津市）.code: write the code as text in double quotes, "252069", not as a number"#))
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

    @Test(
        "four report runs at once into a fresh folder without --force: exactly one writes, the others say the files exist (issue 18, item 16)"
    )
    func exclusiveReports() throws {
        let worked = packageRoot.appendingPathComponent("Scenarios/worked-example.json").path
        for round in 0..<8 {
            let folder = temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            // Two scenarios, both named `x.json`, so that a mix of their files would show.
            let a = folder + "/a"
            let b = folder + "/b"
            try FileManager.default.createDirectory(atPath: a, withIntermediateDirectories: false)
            try FileManager.default.createDirectory(atPath: b, withIntermediateDirectories: false)
            try FileManager.default.copyItem(atPath: omi, toPath: a + "/x.json")
            try FileManager.default.copyItem(atPath: worked, toPath: b + "/x.json")
            let out = folder + "/out"
            let script =
                (0..<4).map { "\"$COSTSIM\" report \($0 % 2 == 0 ? a : b)/x.json --out \(out) & " }.joined()
                + "fails=0; for job in $(jobs -p); do wait $job || fails=$((fails+1)); done; exit $fails"
            let (failures, errors) = try shell(script)
            #expect(failures == 3, "round \(round): \(errors)")
            #expect(errors.components(separatedBy: "既にあります").count - 1 == 3, "round \(round): \(errors)")
            // The two files are of one scenario: both おうみ's, or both the worked example's.
            let markdown = try String(contentsOfFile: out + "/x.md", encoding: .utf8)
            let html = try String(contentsOfFile: out + "/x.html", encoding: .utf8)
            #expect(markdown.contains("おうみ") == html.contains("おうみ"), "round \(round)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["x.html", "x.md", "x.xlsx"])
        }
    }

    @Test("report --out '' or to a symbolic link to nowhere says why it cannot make the folder (issue 18, item 19)")
    func unmakeableFolders() throws {
        let empty = costsim("report", omi, "--out", "")
        #expect(empty.status == 1)
        #expect(empty.standardError.contains("--out: フォルダ名が空です"))
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/reports", withDestinationPath: "\(folder)/nowhere")
        let dangling = costsim("report", omi, "--out", "\(folder)/reports/2026", "--lang", "en")
        #expect(dangling.status == 1)
        #expect(dangling.standardError.contains("\(folder)/reports: is a symbolic link to something that does not exist"))
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
