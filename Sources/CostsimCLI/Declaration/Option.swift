import CloudCostModel
import CostsimCore
import CostsimReports

/// One option of a command, declared once: its name, what value it takes, and its help. Parsing,
/// checking the value, the usage line and the help text are all derived from this.
struct Option: Sendable {
    /// What an option takes.
    enum Value: Sendable, Equatable {
        /// Nothing: a flag such as `--force`.
        case none
        /// Text, shown in help as `placeholder` (e.g. `ID`, `PATH=VALUE`).
        case text(placeholder: String)
        /// One of these words.
        case choice([String])
        /// A whole number in a range, shown as `placeholder`.
        case integer(placeholder: String, range: ClosedRange<Int64>)
        /// A fiscal year such as 2020, shown as `Y`.
        case fiscalYear
        /// A month `YYYY-MM`.
        case month
        /// A percentage above 0 and below 100, at most 4 decimal places, shown as `placeholder`.
        case percentage(placeholder: String)
    }

    let name: OptionName
    let value: Value
    /// Given more than once, each value counts (`--member`, `--set`).
    var repeatable = false
    /// The command cannot run without it.
    var required = false
    /// The help text in each language; lines after the first are indented under it.
    let help: Words

    /// How the value is shown in the usage line and help: `FORMAT` for a choice in help, `a|b|c` in usage.
    var placeholder: String? {
        switch value {
        case .none: return nil
        case .text(let placeholder), .integer(let placeholder, _), .percentage(let placeholder): return placeholder
        case .choice(let words): return words.joined(separator: "|")
        case .fiscalYear: return "Y"
        case .month: return "YYYY-MM"
        }
    }

    /// `--format table|json`, `--member ID`, `--force`.
    var synopsis: String { placeholder.map { "\(name.rawValue) \($0)" } ?? name.rawValue }

    /// Checks a given value; the message says what is expected.
    func check(_ text: String) -> Usage? {
        switch value {
        case .none, .text:
            return nil
        case .choice(let words):
            return words.contains(text) ? nil : .notOneOf(option: name.rawValue, choices: words, got: Echo.quoted(text))
        case .integer(_, let range):
            guard let number = Int64(text), range.contains(number) else {
                return .notWholeNumber(option: name.rawValue, low: range.lowerBound, high: range.upperBound, got: Echo.quoted(text))
            }
            return nil
        case .fiscalYear:
            guard FiscalYearText.parse(text) != nil else {
                return .notFiscalYear(option: name.rawValue, got: Echo.quoted(text))
            }
            return nil
        case .month:
            return Month(written: text) == nil ? .notMonth(option: name.rawValue, got: Echo.quoted(text)) : nil
        case .percentage(let placeholder):
            guard Self.percentage(text) == nil else { return nil }
            return .notPercentage(option: name.rawValue, points: placeholder == "POINTS", got: Echo.quoted(text))
        }
    }

    /// A percentage such as `10`, `10%` or `0.5` as a fraction (0.1, 0.005), exactly.
    static func percentage(_ text: String) -> ExactDecimal? {
        guard let percent = ExactDecimal(jsonText: text.hasSuffix("%") ? String(text.dropLast()) : text),
            percent > .zero, percent < ExactDecimal(100), percent.millionths % 100 == 0
        else { return nil }
        return ExactDecimal(millionths: percent.millionths / 100)
    }
}

extension Option {
    // The options several commands share, declared once.

    static let set = Option(
        name: .set, value: .text(placeholder: "PATH=VALUE"), repeatable: true,
        help: Words(
            ja: """
                この実行に限りシナリオの値を1つ変えます（繰り返し可）。例：
                members.koka.joins=2021-04、fx.2027=160。ファイルと同じく検証します。
                """,
            en: """
                change one value of the scenario for this run (repeatable), e.g.
                members.koka.joins=2021-04 or fx.2027=160; validated like the file.
                """))

    /// `--out FILE.xlsx` of a command that writes a workbook with `--format xlsx`.
    static let workbookOut = Option(
        name: .out, value: .text(placeholder: "FILE"),
        help: Words(
            ja: """
                xlsx のとき：ブックを書くファイル（.xlsx。なければ標準出力へ。端末には書き
                ません）。
                """,
            en: """
                with xlsx: the workbook's file (.xlsx; without it, standard output, never a
                terminal).
                """))

    /// `--force` beside `workbookOut`.
    static let workbookForce = Option(
        name: .force, value: .none,
        help: Words(ja: "xlsx のとき：FILE があれば置き換えます。", en: "with xlsx: replace FILE if it exists."))

    static let lang = Option(
        name: .lang, value: .choice(Language.allCases.map(\.rawValue)),
        help: Words(ja: "表示とメッセージの言語（既定 ja）。", en: "language of labels and messages (default ja)."))

    static let era = Option(
        name: .era, value: .choice(YearStyle.allCases.map(\.rawValue)),
        help: Words(
            ja: """
                年の書き方：western（既定。2025年度）または japanese（令和7年度。2019年度よ
                り前は平成、図では R7）。CSV と JSON は西暦のままです。
                """,
            en: """
                how years are written: western (default; 2025年度) or japanese (令和7年度,
                平成 before FY2019; charts R7). CSV and JSON keep Western years.
                """))

    /// `--unit` of a command that writes pages as well as a terminal table (risk, schedule).
    static let pageUnit = unit(
        Words(
            ja: """
                yen（円）、thousand（千円）、million（百万円）。既定は table が円、markdown
                と html が千円。
                """,
            en: """
                yen (円), thousand (千円) or million (百万円); default yen for table,
                thousand for markdown and html.
                """))

    /// `--quiet` of a command that shows its progress on a terminal.
    static let quiet = Option(name: .quiet, value: .none, help: Words(ja: "端末に進み具合を表示しません。", en: "no progress line on a terminal."))

    static func unit(_ help: Words) -> Option {
        Option(name: .unit, value: .choice(DisplayUnit.allCases.map(\.rawValue)), help: help)
    }

    static func format(_ choices: [String], _ help: Words) -> Option {
        Option(name: .format, value: .choice(choices), help: help)
    }

    static func caseName(_ help: Words) -> Option {
        Option(name: .caseName, value: .text(placeholder: "NAME"), help: help)
    }
}
