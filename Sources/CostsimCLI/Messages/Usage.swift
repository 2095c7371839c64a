import CloudCostModel
import CostsimCore
import CostsimReports

/// What is wrong with a command line (exit status 2). Each case carries the values its message
/// needs; the words are in `Usage+English.swift` and `Usage+Japanese.swift`.
enum Usage: Equatable {
    case missingCommand
    case unknownCommand(quoted: String, suggestion: String?)
    case unknownOption(shown: String, suggestion: String?)
    case takesNoValue(option: String)
    case needsValue(option: String, synopsis: String)
    case givenTwice(option: String)
    case requiredOption(synopsis: String, help: String)
    case notOneOf(option: String, choices: [String], got: String)
    case notWholeNumber(option: String, low: Int64, high: Int64, got: String)
    case notFiscalYear(option: String, got: String)
    case notMonth(option: String, got: String)
    case notPercentage(option: String, points: Bool, got: String)
    case missingFile
    case missingSpreadsheet
    case unexpectedOperand(quoted: String)
    case feeOrReduction
    case memberTwice(quoted: String, name: String)
    /// A `--member` of `costsim new` that is not a municipality.
    case badMember(Problem)
    case tooManyFiles(count: Int, shown: String)
    /// `format` is always in exact yen (or always has Western years): `--unit` (`--era`) goes with `formats`.
    case unitNotWith(format: String, formats: [String])
    case eraNotWith(format: String, formats: [String])
    /// `option` goes with `--format` and one of `formats`.
    case onlyWithFormat(option: String, formats: [String])
    case fiscalYearOutside(year: Int, caseName: String?, low: Int, high: Int)
    /// `new --target-year Y` outside the period it writes (`low`…`high`).
    case targetYearOutside(year: Int, low: Int, high: Int)
    case noSuchMember(quoted: String, suggestion: String?, ids: String)
    case noSuchCase(option: String = "--case", quoted: String, cases: [String])
    /// `--case` words that name more than one case once brackets and spaces are folded.
    case ambiguousCase(option: String, quoted: String, cases: [String])
    /// `--member` words that are the id, code or name of more than one member: `id（name）` each.
    case ambiguousMember(quoted: String, members: [String])
    case toBeforeFrom(to: String, from: String)
    case onePackPerMember(format: String)
    /// `--format xlsx` with standard output a terminal and no `--out`.
    case workbookToTerminal
    /// `--out` for a workbook not ending in `.xlsx`.
    case workbookName(quoted: String)
}

extension UsageError {
    /// The message and, under it, where to read the command's usage.
    func text(_ language: Language) -> String {
        switch language {
        case .en: return usage.english + "\n" + Usage.englishHint(command)
        case .ja: return usage.japanese + "\n" + Usage.japaneseHint(command)
        }
    }
}
