import CloudCostModel
import CostsimCore
import CostsimReports

/// A command's arguments, parsed against its declared options: the positional ones, and each
/// option's values (checked against what the option takes).
struct ParsedArguments {
    var positional: [String] = []
    var values: [OptionName: [String]] = [:]
    var help = false

    /// Parses `arguments` (after the command's name): `--name VALUE`, `--name=VALUE`, flags, `--`
    /// (only positional arguments after it), `-` (standard input) and `-h`/`--help`.
    init(_ arguments: [String], for command: Command) throws(UsageError) {
        var index = 0
        var onlyPositional = false
        func fail(_ usage: Usage) -> UsageError { UsageError(usage: usage, command: command.name) }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
                positional.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositional = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" || name == "--help" {
                help = true
                continue
            }
            guard let option = command.options.first(where: { $0.name.rawValue == name }) else {
                let close = KeySuggestion.closest(to: name, among: command.options.map(\.name.rawValue) + ["--help"])
                throw fail(.unknownOption(shown: Echo.plain(name, limit: 60), suggestion: close))
            }
            if option.value == .none {
                guard inlineValue == nil else { throw fail(.takesNoValue(option: name)) }
                values[option.name, default: []].append("")
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw fail(.needsValue(option: name, synopsis: option.synopsis)) }
                value = arguments[index]
                index += 1
            }
            if let problem = option.check(value) { throw fail(problem) }
            if !option.repeatable && values[option.name] != nil { throw fail(.givenTwice(option: name)) }
            values[option.name, default: []].append(value)
        }
        guard !help else { return }
        for option in command.options where option.required && values[option.name] == nil {
            throw fail(.requiredOption(synopsis: option.synopsis, help: String(option.help.en.split(separator: "\n").first ?? "")))
        }
    }

    /// The value of a single-valued option, if given.
    func value(_ name: OptionName) -> String? { values[name]?.last }

    /// Every value of a repeatable option, in order.
    func all(_ name: OptionName) -> [String] { values[name] ?? [] }

    func has(_ name: OptionName) -> Bool { values[name] != nil }
}
