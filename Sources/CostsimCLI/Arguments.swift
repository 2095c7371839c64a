import CloudCostModel

/// A command line that is not right: exit status 2.
struct UsageError: Error {
    var message: String
    var command: String?
}

/// A command's arguments: positional ones, options with values (repeatable), and flags.
struct Arguments {
    var positional: [String] = []
    var options: [String: [String]] = [:]
    var flags: Set<String> = []

    /// Parses `arguments` for `command`, which takes the options in `valued` (`--name VALUE` or
    /// `--name=VALUE`) and the flags in `flags`.
    init(_ arguments: [String], command: String, valued: [String], flags allowedFlags: [String]) throws(UsageError) {
        var index = 0
        var onlyPositional = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
                positional.append(argument)
                continue
            }
            if argument == "--" { onlyPositional = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" { name = "--help" }
            if valued.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError(message: "\(name) needs a value", command: command) }
                    value = arguments[index]
                    index += 1
                }
                options[name, default: []].append(value)
            } else if allowedFlags.contains(name) || name == "--help" {
                guard inlineValue == nil else { throw UsageError(message: "\(name) takes no value", command: command) }
                flags.insert(name)
            } else {
                let known = valued + allowedFlags + ["--help"]
                var message = "unknown option \(name)"
                if let close = KeySuggestion.closest(to: name, among: known) { message += "; did you mean \(close)?" }
                throw UsageError(message: message, command: command)
            }
        }
    }

    /// The single value of an option, if given; more than one is a usage error.
    func single(_ name: String, command: String) throws(UsageError) -> String? {
        guard let values = options[name] else { return nil }
        guard values.count == 1 else { throw UsageError(message: "\(name) is given more than once", command: command) }
        return values[0]
    }

    /// The value of an option that must be one of `choices`.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default value: T, command: String) throws(UsageError) -> T
        where T.RawValue == String {
        guard let text = try single(name, command: command) else { return value }
        guard let chosen = T(rawValue: text) else {
            throw UsageError(message: "\(name) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")); got \"\(text)\"",
                             command: command)
        }
        return chosen
    }

    /// Exactly one positional argument: the scenario file.
    func file(command: String) throws(UsageError) -> String {
        guard positional.count == 1 else {
            throw UsageError(message: positional.isEmpty ? "missing the scenario FILE"
                             : "expected one scenario FILE, got \(positional.count): \(positional.joined(separator: " "))",
                             command: command)
        }
        return positional[0]
    }
}
