import CloudCostModel
import CostsimCore
import CostsimReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The costsim command line, as a function from arguments to output and exit status, so that
/// tests can run it without starting a process.
package struct Costsim: Sendable {
    /// Every command, in the order the overview lists them; each declares its options once.
    static let commands: [Command] = [
        .run, .apportion, .target, .validate, .report, .sensitivity, .timing, .fairness, .risk, .schedule, .new, .importMembers,
    ]

    /// What a run printed, for tests.
    package struct Outcome: Sendable {
        package var status: Int32
        package var standardOutput: String
        package var standardError: String
    }

    let readStandardInput: @Sendable () throws(InputError) -> [UInt8]
    /// The day pages say they were made: today in Japan, or the day of `SOURCE_DATE_EPOCH` when set
    /// (so that `scripts/make-reports` makes the same bytes on any day).
    var today: @Sendable () -> Provenance.Day = { Provenance.Day(unixTime: Int64(time(nil))) }
    /// Where a long analysis shows how far it is (a terminal's standard error), or nil.
    var progressLine: (@Sendable (String) -> Void)?
    /// Whether standard output is a terminal (a workbook is not written to one).
    var outputIsTerminal = false

    /// - Parameter readStandardInput: what `-` reads (all of it, at most 64 MB), or throws.
    package init(readStandardInput: @escaping @Sendable () throws -> [UInt8] = { [] }) {
        self.readStandardInput = { () throws(InputError) -> [UInt8] in
            do { return try readStandardInput() } catch let error as InputError { throw error } catch {
                throw .standardInputFailed("\(error)")
            }
        }
    }

    /// Runs a command line (without the program name), writing to `output` and `errors` as it goes;
    /// returns the exit status: 0 success, 1 bad input or output, 2 bad usage.
    ///
    /// Messages are in the language of `--lang` (default Japanese), found before the arguments are
    /// parsed so that a mistake in them is said in that language too.
    package func run(_ arguments: [String], output: OutputSink, errors: OutputSink) -> Int32 {
        let language = Self.language(of: arguments)
        do {
            try dispatch(arguments, output: output, errors: errors)
            try output.finish()
            return 0
        } catch let error as UsageError {
            errors.write("costsim: \(error.text(language))\n")
            return 2
        } catch let error as OutputError {
            if !error.isBrokenPipe { errors.write("costsim: \(Self.text(of: error, language))\n") }  // nobody reads a closed pipe
            return 1
        } catch let error as InputError {
            errors.write("costsim: \(error.text(language))\n")
            return 1
        } catch let error as ScenarioError {
            let text = error.issues.map { ScenarioFile.problemList($0, language) } ?? error.text(language)
            errors.write("costsim: \(text)\n")
            return 1
        } catch let error as AnalysisError {
            errors.write("costsim: \(error.text(language))\n")
            return 1
        } catch let error as ScheduleError {
            errors.write("costsim: \(error.text(language))\n")
            return 1
        } catch let error as AmountOverflowError {
            errors.write("costsim: \(error.text(language))\n")
            return 1
        } catch {
            errors.write("costsim: \(error)\n")
            return 1
        }
    }

    /// The language messages are in: the last `--lang ja|en` (or `--lang=…`) before a `--`, else Japanese.
    static func language(of arguments: [String]) -> Language {
        var language = Language.ja
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count, let chosen = Language(rawValue: arguments[index + 1]) {
                language = chosen
            } else if argument.hasPrefix("--lang="), let chosen = Language(rawValue: String(argument.dropFirst(7))) {
                language = chosen
            }
            index += 1
        }
        return language
    }

    /// `standard output cannot be written: No space left on device`, in `language`.
    static func text(of error: OutputError, _ language: Language) -> String {
        switch language {
        case .en: return error.description
        case .ja:
            let target = ["standard output": "標準出力", "standard error": "標準エラー出力"][error.target] ?? error.target + " "
            return "\(target)に書き込めません: " + (error.code.map { SystemError(code: $0).text(.ja) } ?? error.reason)
        }
    }

    /// Runs a command line and collects what it printed (for tests).
    package func run(_ arguments: [String]) -> Outcome {
        let (output, outputBytes) = OutputSink.collecting()
        let (errors, errorBytes) = OutputSink.collecting()
        let status = run(arguments, output: output, errors: errors)
        return Outcome(
            status: status, standardOutput: String(decoding: outputBytes(), as: UTF8.self),
            standardError: String(decoding: errorBytes(), as: UTF8.self))
    }

    func dispatch(_ arguments: [String], output: OutputSink, errors: OutputSink) throws {
        guard let name = arguments.first else { throw UsageError(usage: .missingCommand, command: nil) }
        if name == "--version" {
            output.write("costsim \(CostsimVersion.current)\n")
            return
        }
        if ["--help", "-h", "help"].contains(name) {
            output.write(HelpText.overview(Self.commands, Self.language(of: arguments)))
            return
        }
        guard let command = Self.commands.first(where: { $0.name == name }) else {
            let close = KeySuggestion.closest(to: name, among: Self.commands.map(\.name))
            throw UsageError(usage: .unknownCommand(quoted: Echo.quoted(name), suggestion: close), command: nil)
        }
        let parsed = try ParsedArguments(Array(arguments.dropFirst()), for: command)
        if parsed.help {
            output.write(HelpText.help(command, Self.language(of: arguments)))
            return
        }
        try command.run(Invocation(command: command, arguments: parsed, costsim: self, output: output, errors: errors))
    }
}

extension ScenarioError {
    /// The problems of an invalid scenario; nil for the other errors.
    var issues: [ValidationIssue]? {
        if case .invalid(let issues) = self { return issues }
        return nil
    }
}

extension Costsim {
    /// Which of descriptors 0, 1 and 2 were closed when the process started; each is opened on
    /// `/dev/null`, so that no file the process opens later (a scenario, a report, the dispatch
    /// queue's epoll) can become standard input, output or error. `open` takes the lowest free
    /// descriptor, so opening in order fills exactly the closed ones.
    static func reserveStandardDescriptors() -> Set<Int32> {
        var closed: Set<Int32> = []
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            closed.insert(descriptor)
            _ = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
        }
        return closed
    }

    /// Runs a command line as the `costsim` process does: standard input read (at most 64 MB) when
    /// FILE is `-`, standard output and error written with the system calls as the output is made.
    /// A write failure is reported on standard error and exits 1; a closed pipe (`| head`) ends the
    /// process quietly, as SIGPIPE does.
    package static func runProcess(_ arguments: [String]) -> Int32 {
        let closed = reserveStandardDescriptors()
        let output = OutputSink { chunk throws(OutputError) in
            // Closed when the process started: said as the closed stream it is, not written to /dev/null.
            if closed.contains(1) {
                throw OutputError(target: "standard output", reason: SystemError(code: EBADF).text(.en), code: EBADF, isBrokenPipe: false)
            }
            try SystemIO.writeAll(chunk, to: 1, target: "standard output")
        }
        let errors = OutputSink(chunkSize: 1) { chunk throws(OutputError) in
            try SystemIO.writeAll(chunk, to: 2, target: "standard error")
        }
        var costsim = Costsim(readStandardInput: {
            if closed.contains(0) { throw InputError.closed(.standardInput) }
            return try SystemIO.readAll(0, limit: ScenarioFile.maximumSize, source: .standardInput)
        })
        if let text = getenv("SOURCE_DATE_EPOCH").map({ String(cString: $0) }), let seconds = Int64(text) {
            costsim.today = { Provenance.Day(unixTime: seconds) }
        }
        costsim.outputIsTerminal = isatty(1) != 0
        if isatty(2) != 0 {
            costsim.progressLine = { line in try? SystemIO.writeAll(Array(line.utf8), to: 2, target: "standard error") }
        }
        let status = costsim.run(arguments, output: output, errors: errors)
        errors.flush()
        return status
    }
}
