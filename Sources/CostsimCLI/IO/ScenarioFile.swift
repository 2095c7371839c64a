import CloudCostModel
import CostsimCore
import CostsimReports

enum ScenarioFile {
    /// The largest scenario read, from a file or standard input.
    static let maximumSize = 64 << 20
    /// How many problems are listed; the rest are counted.
    static let maximumProblemsShown = 100

    /// Reads and validates the scenario at `path` (`-`: standard input). Members given as
    /// `{"csv": "members.csv"}` are read from that spreadsheet (beside the scenario file), before the
    /// `--set` changes; their problems name the file, row and column.
    static func load(_ path: String, overrides: [String] = [], standardInput: () throws(InputError) -> [UInt8]) throws(InputError)
        -> ScenarioDocument
    {
        var inputs: [Provenance.Input] = []
        return try load(path, overrides: overrides, standardInput: standardInput, inputs: &inputs)
    }

    /// `load`, saying in `inputs` which files were read: the scenario and the members spreadsheet it
    /// names, each with its SHA-256, for the footer of the pages made from them.
    static func load(
        _ path: String, overrides: [String], standardInput: () throws(InputError) -> [UInt8], inputs: inout [Provenance.Input]
    ) throws(InputError) -> ScenarioDocument {
        let bytes = path == "-" ? try standardInput() : try SystemIO.readFile(path, limit: maximumSize)
        inputs = [Provenance.Input(name: path == "-" ? nil : Echo.plain(path), bytes: bytes)]
        let source: InputError.Source = path == "-" ? .standardInput : .file(Echo.plain(path))
        let json: JSONValue
        do { json = try ScenarioDecoder.parse(bytes) } catch { throw .invalidScenario(source, error) }
        var sheetBytes: (file: String, bytes: [UInt8])?
        var sheetName: String?
        if case .success(let reference)? = MemberSheet.reference(in: json) {
            sheetBytes = (
                reference.file, try SystemIO.readFile(location(of: reference.file, besides: path == "-" ? nil : path), limit: maximumSize)
            )
            sheetName = reference.sheet
            if let sheet = sheetBytes { inputs.append(Provenance.Input(name: Echo.plain(sheet.file), bytes: sheet.bytes)) }
        }
        do {
            let sheet = try sheetBytes.map { file throws(ScenarioError) in
                try Self.sheet(file.bytes, named: Echo.plain(file.file), sheet: sheetName)
            }
            return try decode(json, sheet: sheet, overrides: overrides)
        } catch {
            throw .invalidScenario(source, error)
        }
    }

    /// The scenario in `json`, its members taken from the spreadsheet when it names one, `overrides` applied.
    static func decode(_ json: JSONValue, sheet: MemberSheet?, overrides: [String]) throws(ScenarioError) -> ScenarioDocument {
        var json = json
        if case .failure(let issue)? = MemberSheet.reference(in: json) { throw .invalid([issue]) }
        if let sheet { json = sheet.substitute(into: json) }
        if !overrides.isEmpty { json = try ScenarioOverride.apply(overrides, to: json) }
        // The sheet's own problems first, then the decoder's, each put back where it is in the sheet.
        var problems = sheet?.problems ?? []
        do {
            var document = try ScenarioDecoder.decode(json)
            if let sheet { document.warnings = document.warnings.map(sheet.locate) }
            if problems.isEmpty { return document }
        } catch {
            problems += (error.issues ?? []).map { sheet?.locate($0) ?? $0 }
        }
        throw .invalid(problems)
    }

    /// Where the members spreadsheet `file` is: relative to the folder of `scenario` (nil: the current folder).
    static func location(of file: String, besides scenario: String?) -> String {
        guard !file.hasPrefix("/"), let scenario, let slash = scenario.lastIndex(of: "/") else { return file }
        return String(scenario[...slash]) + file
    }

    /// A members spreadsheet's bytes read as a sheet: a workbook (its bytes begin as a ZIP archive's do,
    /// whatever its name) or CSV; text that is neither is a problem of the file.
    /// - Parameter sheet: a workbook's sheet (nil: the first).
    static func sheet(_ bytes: [UInt8], named file: String, sheet: String? = nil) throws(ScenarioError) -> MemberSheet {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            do { return MemberSheet(try XLSXSheet(bytes, sheet: sheet), file: file) } catch {
                throw .invalid([ValidationIssue(path: file, Self.problem(error))])
            }
        }
        guard let (text, _) = SpreadsheetText.decode(bytes) else { throw .invalid([ValidationIssue(path: file, .notSpreadsheetText)]) }
        do {
            return MemberSheet(try CSVTable(parsing: text), file: file)
        } catch {
            switch error {
            case .unclosedQuote(let record): throw .invalid([ValidationIssue(path: "\(file):\(record)", .unclosedQuote)])
            }
        }
    }

    /// What is wrong with a members workbook, as a problem of the file.
    static func problem(_ failure: XLSXSheet.Failure) -> Problem {
        switch failure {
        case .noSuchSheet(let quoted, let sheets): return .noSuchSheet(quoted: quoted, sheets: sheets)
        case .notWorkbook(let part): return .workbookUnreadable(.damaged(part: part))
        case .xml(let part, _): return .workbookUnreadable(.damaged(part: part))
        case .archive(let archive):
            switch archive {
            case .notZIP, .truncated: return .workbookUnreadable(.notZIP)
            case .unsupported(let what): return .workbookUnreadable(.unsupported(what))
            case .tooManyEntries(_, let limit): return .workbookUnreadable(.tooManyEntries(limit: limit))
            case .tooLarge(_, let limit): return .workbookUnreadable(.tooLarge(limit: limit))
            case .suspiciousRatio: return .workbookUnreadable(.tooLarge(limit: ZIPArchive.Limits().entrySize))
            case .corrupt(let name): return .workbookUnreadable(.damaged(part: name))
            }
        }
    }

    /// `2 warnings:` and one per line: what the scenario leaves to be filled in.
    static func warningList(_ warnings: [ValidationIssue], _ language: Language) -> String {
        let lines = warnings.map { $0.text(language) }.joined(separator: "\n")
        switch language {
        case .en:
            return "\(warnings.count == 1 ? "1 warning" : "\(warnings.count) warnings") (the figures are computed; check these):\n"
                + lines
        case .ja: return "警告 \(warnings.count) 件（計算はしましたが、次の点を確かめてください）:\n" + lines
        }
    }

    /// `3 problems found:` and one per line; past `maximumProblemsShown`, how many more there are.
    static func problemList(_ issues: [ValidationIssue], _ language: Language) -> String {
        var lines = issues.prefix(maximumProblemsShown).map { $0.text(language) }
        let more = issues.count - maximumProblemsShown
        switch language {
        case .en:
            if more > 0 { lines.append("… and \(more) more (fix these first; the rest are often the same mistake)") }
            return "\(issues.count == 1 ? "1 problem" : "\(issues.count) problems") found:\n" + lines.joined(separator: "\n")
        case .ja:
            if more > 0 { lines.append("… ほか \(more) 件（まずこれらを直してください。残りは同じ誤りのことがよくあります）") }
            return "\(issues.count) 件の問題があります:\n" + lines.joined(separator: "\n")
        }
    }
}
