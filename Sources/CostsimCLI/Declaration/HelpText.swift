import CloudCostModel
import CostsimCore
import CostsimReports

/// Help derived from the declarations: the overview of every command, and each command's usage line,
/// description and options.
enum HelpText {
    static let width = 100

    static func overview(_ commands: [Command], _ language: Language) -> String {
        func synopsis(_ command: Command) -> String { command.operand.isEmpty ? command.name : "\(command.name) \(command.operand)" }
        let nameWidth = (commands.map { synopsis($0).count }.max() ?? 0) + 2
        var text: String
        switch language {
        case .ja:
            text = """
                costsim — 自治体クラウドを共同利用したとき各団体が負担する費用を、年度ごとに1円まで計算します。

                使い方: costsim コマンド FILE [オプション]

                コマンド:

                """
        case .en:
            text = """
                costsim — what sharing a cloud system (自治体クラウド) costs each municipality, year by year, to the yen.

                Usage: costsim COMMAND FILE [options]

                Commands:

                """
        }
        for command in commands {
            text += "  " + pad(synopsis(command), nameWidth) + command.summary(language) + "\n"
        }
        switch language {
        case .ja:
            text += """

                シナリオを読むコマンドはどれも --set PATH=VALUE（繰り返し可）で、その実行に限り値を1つ変えられます。
                例：--set members.koka.joins=2021-04 --set fx.2027=160。変えた結果はファイルと同じく検証します。

                各コマンドのオプションは 'costsim コマンド --help' で表示します。FILE に - を指定すると標準入力から読みます。
                英語の表示は --lang en。終了コード：0 成功、1 入力・出力の誤り（メッセージは標準エラー）、2 使い方の誤り。

                """
        case .en:
            text += """

                Every command that reads a scenario takes --set PATH=VALUE (repeatable) to change one value for
                that run, e.g. --set members.koka.joins=2021-04 --set fx.2027=160; the result is validated as a file.

                Run 'costsim COMMAND --help' for a command's options. FILE may be - for standard input.
                Exit status: 0 success, 1 bad input or output (messages on standard error), 2 bad usage.

                """
        }
        return text
    }

    /// `Usage: costsim run FILE [--format table|json] [--member ID]...`, wrapped under its start.
    static func usage(_ command: Command, _ language: Language) -> String {
        let start =
            language.text(ja: "使い方: costsim ", en: "Usage: costsim ") + command.name
            + (command.operand.isEmpty ? "" : " \(command.operand)")
        var lines = [start]
        let indent = String(repeating: " ", count: DisplayWidth.of(start))
        for option in command.options {
            var part = option.required ? option.synopsis : "[\(option.synopsis)]"
            if option.repeatable { part += "..." }
            if DisplayWidth.of(lines[lines.count - 1]) + 1 + part.count > width { lines.append(indent) }
            lines[lines.count - 1] += " " + part
        }
        return lines.joined(separator: "\n")
    }

    static func help(_ command: Command, _ language: Language) -> String {
        var text = usage(command, language) + "\n\n" + command.description(language) + "\n"
        guard !command.options.isEmpty else { return text }
        text += language.text(ja: "\nオプション:\n", en: "\nOptions:\n")
        let column = 24
        for option in command.options {
            let head = "  " + (option.placeholder.map { "\(option.name.rawValue) \(helpPlaceholder(option, $0))" } ?? option.name.rawValue)
            let lines = option.help(language).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let indent = String(repeating: " ", count: column)
            if head.count + 2 > column {
                text += head + "\n" + lines.map { indent + $0 }.joined(separator: "\n") + "\n"
            } else {
                text += pad(head, column) + lines.joined(separator: "\n" + indent) + "\n"
            }
        }
        return text
    }

    /// In help, a choice of more than two words is shown as its name in capitals (`--format FORMAT`);
    /// two words as they are (`--lang ja|en`).
    static func helpPlaceholder(_ option: Option, _ placeholder: String) -> String {
        if case .choice(let words) = option.value, words.count > 2 {
            return option.name.rawValue.dropFirst(2).uppercased()
        }
        return placeholder
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
