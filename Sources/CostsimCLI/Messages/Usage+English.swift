import CloudCostModel
import CostsimCore
import CostsimReports

extension Usage {
    var english: String {
        func or(_ words: [String]) -> String {
            words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
        }
        switch self {
        case .missingCommand: return "missing a command"
        case .unknownCommand(let name, let suggestion):
            return "unknown command \(name)" + (suggestion.map { "; did you mean \($0)?" } ?? "")
        case .unknownOption(let name, let suggestion):
            return "unknown option \(name)" + (suggestion.map { "; did you mean \($0)?" } ?? "")
        case .takesNoValue(let option): return "\(option) takes no value"
        case .needsValue(let option, let synopsis): return "\(option) needs a value: \(synopsis)"
        case .givenTwice(let option): return "\(option) is given more than once"
        case .requiredOption(let synopsis, let help): return "\(synopsis) is required: \(help)"
        case .notOneOf(let option, let choices, let got):
            return "\(option) must be one of \(choices.joined(separator: ", ")); got \(got)"
        case .notWholeNumber(let option, let low, let high, let got):
            return "\(option) must be a whole number from \(low) to \(high); got \(got)"
        case .notFiscalYear(let option, let got): return "\(option) must be a fiscal year such as 2020; got \(got)"
        case .notMonth(let option, let got): return "\(option) must be a month \"YYYY-MM\" such as 2021-04; got \(got)"
        case .notPercentage(let option, let points, let got):
            return "\(option) must be \(points ? "percentage points" : "a percentage") above 0 and below 100, "
                + "with at most 4 decimal places (e.g. 10 or 0.5); got \(got)"
        case .missingFile: return "missing the scenario FILE"
        case .missingSpreadsheet: return "missing the spreadsheet FILE (CSV)"
        case .unexpectedOperand(let text): return "unexpected \(text): this command reads no file"
        case .feeOrReduction: return "give --fee-per-10k or --reduction, not both"
        case .memberTwice(let value, let name): return "--member \(value): \(name) is named twice"
        case .badMember(let problem): return "--member: \(problem.text(.en))"
        case .tooManyFiles(let count, let shown): return "expected one scenario FILE, got \(count): \(shown)"
        case .unitNotWith(let format, let formats):
            return
                "\(format) is always in exact yen\(format == "CSV" ? ", for Excel to compute with" : ""); --unit goes with \(or(formats))"
        case .eraNotWith(let format, let formats): return "\(format) always has Western years; --era goes with \(or(formats))"
        case .onlyWithFormat(let option, let formats):
            let what = option == "--fiscal-year" ? "--fiscal-year (the year of the apportionment table)" : option
            return "\(what) goes with --format \(or(formats))"
        case .fiscalYearOutside(let year, let caseName, let low, let high):
            return
                "--fiscal-year \(year) is outside \(caseName.map { "the period of the case \($0)" } ?? "the scenario's period"), \(low)–\(high)"
        case .targetYearOutside(let year, let low, let high):
            return "--target-year \(year) is outside the period written, \(low)–\(high) (give a year after 2018 within --from and --to)"
        case .noSuchMember(let id, let suggestion, let ids):
            return "--member: no member has the id \(id)" + (suggestion.map { "; did you mean \($0)?" } ?? "") + " (ids: \(ids))"
        case .noSuchCase(let option, let name, let cases):
            return "\(option): no case is called \(name); the cases are \(cases.joined(separator: ", "))"
        case .ambiguousCase(let option, let name, let cases):
            return "\(option): \(name) could be any of \(cases.joined(separator: ", ")); write the name as the tables print it"
        case .ambiguousMember(let name, let members):
            return "--member: \(name) is the id, code or name of more than one member (\(members.joined(separator: ", "))); give the id"
        case .toBeforeFrom(let to, let from): return "--to \(to) is before --from \(from)"
        case .workbookToTerminal:
            return "--format xlsx writes a workbook, which a terminal cannot show: give --out FILE.xlsx, or redirect (> FILE.xlsx)"
        case .workbookName(let name): return "--out \(name): a workbook's name ends in .xlsx, as Excel expects"
        case .onePackPerMember(let format):
            return "\(format) with --member is one member's council pack: name one member (report --member writes several)"
        }
    }

    /// The line under the message.
    static func englishHint(_ command: String?) -> String {
        command.map { "Run 'costsim \($0) --help' for its usage." } ?? "Run 'costsim --help' for usage."
    }
}
