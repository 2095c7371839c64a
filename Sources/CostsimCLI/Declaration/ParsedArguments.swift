import CloudCostModel

/// A command's arguments, parsed against its declared options: the positional ones, and each
/// option's values (checked against what the option takes).
struct ParsedArguments {
    var positional: [String] = []
    var values: [String: [String]] = [:]
    var help = false

    /// Parses `arguments` (after the command's name): `--name VALUE`, `--name=VALUE`, flags, `--`
    /// (only positional arguments after it), `-` (standard input) and `-h`/`--help`.
    init(_ arguments: [String], for command: Command) throws(UsageError) {
        var index = 0
        var onlyPositional = false
        func fail(_ message: String) -> UsageError { UsageError(message: message, command: command.name) }
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
            guard let option = command.option(name) else {
                var message = "unknown option \(Echo.plain(name, limit: 60))"
                if let close = KeySuggestion.closest(to: name, among: command.options.map(\.name) + ["--help"]) {
                    message += "; did you mean \(close)?"
                }
                throw fail(message)
            }
            if option.value == .none {
                guard inlineValue == nil else { throw fail("\(name) takes no value") }
                values[name, default: []].append("")
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw fail("\(name) needs a value: \(option.synopsis)") }
                value = arguments[index]
                index += 1
            }
            if let problem = option.check(value) { throw fail(problem) }
            if !option.repeatable && values[name] != nil { throw fail("\(name) is given more than once") }
            values[name, default: []].append(value)
        }
        guard !help else { return }
        for option in command.options where option.required && values[option.name] == nil {
            throw fail("\(option.synopsis) is required: \(option.help.split(separator: "\n").first ?? "")")
        }
    }

    /// The value of a single-valued option, if given.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option, in order.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    func has(_ name: String) -> Bool { values[name] != nil }
}
