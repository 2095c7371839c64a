import CloudCostModel
import CostsimCore
import CostsimReports

/// Help derived from the declarations: the overview of every command, and each command's usage line,
/// description and options.
enum HelpText {
    static let width = 100

    static func overview(_ commands: [Command]) -> String {
        func synopsis(_ command: Command) -> String { command.operand.isEmpty ? command.name : "\(command.name) \(command.operand)" }
        let nameWidth = (commands.map { synopsis($0).count }.max() ?? 0) + 2
        var text = """
            costsim — what sharing a cloud system (自治体クラウド) costs each municipality, year by year, to the yen.

            Usage: costsim COMMAND FILE [options]

            Commands:

            """
        for command in commands {
            text += "  " + pad(synopsis(command), nameWidth) + command.summary + "\n"
        }
        text += """

            Every command that reads a scenario takes --set PATH=VALUE (repeatable) to change one value for
            that run, e.g. --set members.koka.joins=2021-04 --set fx.2027=160; the result is validated as a file.

            Run 'costsim COMMAND --help' for a command's options. FILE may be - for standard input.
            Exit status: 0 success, 1 bad input or output (messages on standard error), 2 bad usage.

            """
        return text
    }

    /// `Usage: costsim run FILE [--format table|json] [--member ID]...`, wrapped under its start.
    static func usage(_ command: Command) -> String {
        let start = "Usage: costsim \(command.name)" + (command.operand.isEmpty ? "" : " \(command.operand)")
        var lines = [start]
        let indent = String(repeating: " ", count: start.count)
        for option in command.options {
            var part = option.required ? option.synopsis : "[\(option.synopsis)]"
            if option.repeatable { part += "..." }
            if lines[lines.count - 1].count + 1 + part.count > width { lines.append(indent) }
            lines[lines.count - 1] += " " + part
        }
        return lines.joined(separator: "\n")
    }

    static func help(_ command: Command) -> String {
        var text = usage(command) + "\n\n" + command.description + "\n"
        guard !command.options.isEmpty else { return text }
        text += "\nOptions:\n"
        let column = 24
        for option in command.options {
            let head = "  " + (option.placeholder.map { "\(option.name.rawValue) \(helpPlaceholder(option, $0))" } ?? option.name.rawValue)
            let lines = option.help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
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
