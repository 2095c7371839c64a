import CloudCostModel
import Foundation

extension Costsim {
    /// `costsim report FILE --out DIR`: writes DIR/NAME.md and DIR/NAME.html, NAME being the
    /// scenario file's name without `.json`. Existing files are replaced only with `--force`.
    func reportCommand(_ arguments: [String]) throws -> String {
        let parsed = try Arguments(arguments, command: "report", valued: ["--out", "--lang", "--unit", "--fiscal-year", "--set"], flags: ["--force"])
        if parsed.flags.contains("--help") { return Help.report + "\n" }
        let file = try parsed.file(command: "report")
        guard let directory = try parsed.single("--out", command: "report") else {
            throw UsageError(message: "--out DIR is required: the folder the report files are written to", command: "report")
        }
        let language = try parsed.choice("--lang", default: Language.ja, command: "report")
        let unit = try parsed.choice("--unit", default: DisplayUnit.thousand, command: "report")
        let year = try fiscalYear(parsed, command: "report", required: false)
        let document = try loadScenario(file, parsed)
        try check(year, in: document.scenario, command: "report")
        let results = try ScenarioResults(document)
        let name = file == "-" ? "report" : ReportFiles.baseName(of: file)
        let files = try ReportFiles.make(results, name: name, language: language, unit: unit, apportionmentYear: year)
        return try ReportFiles.write(files, to: directory, force: parsed.flags.contains("--force"))
    }
}

/// The files of a report, made in memory (so tests can compare them with `Reports/`), then written.
public enum ReportFiles {
    public static func make(_ results: ScenarioResults, name: String, language: Language = .ja, unit: DisplayUnit = .thousand,
                            apportionmentYear: Int? = nil) throws(AmountOverflowError) -> [(name: String, contents: String)] {
        let document = ReportDocument(results: results, language: language, unit: unit, apportionmentYear: apportionmentYear)
        return [("\(name).md", try document.markdown()), ("\(name).html", try document.html())]
    }

    /// `Scenarios/omi-cloud.json` → `omi-cloud`.
    public static func baseName(of path: String) -> String {
        let last = URL(fileURLWithPath: path).lastPathComponent
        return last.hasSuffix(".json") ? String(last.dropLast(5)) : last
    }

    static func write(_ files: [(name: String, contents: String)], to directory: String, force: Bool) throws(InputError) -> String {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { throw InputError(message: "\(directory): exists and is not a folder") }
        } else {
            do { try manager.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                throw InputError(message: "\(directory): the folder cannot be made (\(error.localizedDescription))")
            }
        }
        let paths = files.map { directory.hasSuffix("/") ? directory + $0.name : directory + "/" + $0.name }
        let existing = paths.filter { manager.fileExists(atPath: $0) }
        if !force && !existing.isEmpty {
            throw InputError(message: "\(existing.joined(separator: ", ")) already exist\(existing.count == 1 ? "s" : ""); "
                             + "nothing was written. Add --force to replace \(existing.count == 1 ? "it" : "them").")
        }
        for (path, file) in zip(paths, files) {
            guard manager.createFile(atPath: path, contents: Data(file.contents.utf8)) else {
                throw InputError(message: "\(path): cannot be written")
            }
        }
        return paths.map { "wrote \($0)\n" }.joined()
    }
}
