import CloudCostModel
import CostsimCore
import CostsimReports

/// One run of a command: its parsed arguments and where its output goes, with the readers every
/// command shares (the scenario FILE with `--set`, the language, a fiscal year, a case).
struct Invocation {
    let command: Command
    let arguments: ParsedArguments
    let costsim: Costsim
    let output: OutputSink
    /// Standard error: warnings go there, apart from the output.
    let errors: OutputSink

    /// A progress callback for a long analysis: on a terminal, `what done/total` on one line of
    /// standard error, redrawn at most a few times a second and cleared at the end; nil elsewhere.
    func progress(_ work: ProgressText.Work) -> ((Int, Int) -> Void)? {
        guard let line = costsim.progressLine else { return nil }
        let clock = ContinuousClock()
        var last = clock.now
        let language = self.language
        var shown = 0
        return { done, total in
            if done >= total {
                line("\r" + String(repeating: " ", count: shown) + "\r")
            } else if clock.now - last > .milliseconds(200) {
                last = clock.now
                let text = ProgressText.counted(work, done: done, total: total, language)
                shown = max(shown, DisplayWidth.of(text))
                line("\r" + text)
            }
        }
    }

    /// A usage error of this command.
    func usage(_ usage: Usage) -> UsageError { UsageError(usage: usage, command: command.name) }

    /// Exactly one positional argument: the scenario file.
    func file() throws(UsageError) -> String {
        let positional = arguments.positional
        guard positional.count == 1 else {
            throw usage(
                positional.isEmpty
                    ? .missingFile : .tooManyFiles(count: positional.count, shown: positional.map(Echo.quoted).joined(separator: " ")))
        }
        return positional[0]
    }

    /// Reads FILE with the command line's `--set` changes applied, validated; what it leaves to be
    /// filled in (未入力) is said on standard error, so that no figure is silently 0.
    func loadScenario() throws -> ScenarioDocument {
        try loadTracedScenario().document
    }

    /// `loadScenario`, with what made it for the pages' footers: the files read (and their SHA-256),
    /// the `--set` changes, the costsim version and today.
    func loadTracedScenario() throws -> (document: ScenarioDocument, provenance: Provenance) {
        var inputs: [Provenance.Input] = []
        let document = try ScenarioFile.load(
            try file(), overrides: arguments.all(.set), standardInput: costsim.readStandardInput, inputs: &inputs)
        warn(document.warnings)
        return (document, Provenance(inputs: inputs, changes: arguments.all(.set).map { Echo.plain($0) }, made: costsim.today()))
    }

    /// Says on standard error what a scenario leaves to be filled in.
    func warn(_ warnings: [ValidationIssue]) {
        if !warnings.isEmpty { errors.write("costsim: " + ScenarioFile.warningList(warnings, language) + "\n") }
    }

    /// An option whose value is one of `T`'s cases (checked when parsed), or `value` when not given.
    func choice<T: RawRepresentable & CaseIterable>(_ name: OptionName, default value: T) -> T where T.RawValue == String {
        arguments.value(name).flatMap(T.init(rawValue:)) ?? value
    }

    var language: Language { choice(.lang, default: Language.ja) }

    /// `--unit` of a command that shows money in yen unless told otherwise; JSON is always in yen.
    var whatIfUnit: DisplayUnit { choice(.unit, default: DisplayUnit.yen) }

    /// Refuses `--unit` and `--era` with JSON, which is always in yen with Western years.
    func checkJSON(_ isJSON: Bool) throws(UsageError) {
        guard isJSON else { return }
        if arguments.has(.unit) { throw usage(.unitNotWith(format: "JSON", formats: ["table"])) }
        if arguments.has(.era) { throw usage(.eraNotWith(format: "JSON", formats: ["table"])) }
    }

    /// `--era`: Western years (default) or Japanese eras.
    var years: YearStyle { choice(.era, default: YearStyle.western) }

    /// `--fiscal-year Y` (checked to be a year when parsed).
    var fiscalYear: Int? { fiscalYear(.fiscalYear) }

    /// A fiscal-year option (checked to be a year when parsed).
    func fiscalYear(_ name: OptionName) -> Int? { arguments.value(name).flatMap(FiscalYearText.parse) }

    /// A month option (checked when parsed).
    func month(_ name: OptionName) -> Month? { arguments.value(name).flatMap { Month(written: $0) } }

    /// A whole-number option (checked against its range when parsed).
    func integer(_ name: OptionName) -> Int64? { arguments.value(name).flatMap { Int64($0) } }

    /// A percentage option as a fraction, or `value` (a fraction) when not given.
    func percentage(_ name: OptionName, default value: ExactDecimal) -> ExactDecimal {
        arguments.value(name).flatMap(Option.percentage) ?? value
    }

    /// Checks a `--fiscal-year` against the scenario's period.
    /// `caseName`: the variant whose own period it is; nil for the scenario's.
    func check(_ year: Int?, in years: ClosedRange<Int>, caseName: String? = nil) throws(UsageError) {
        if let year, !years.contains(year) {
            throw usage(.fiscalYearOutside(year: year, caseName: caseName, low: years.lowerBound, high: years.upperBound))
        }
    }

    /// `--member ID` must name a member of the scenario.
    func checkMember(_ id: String, in scenario: Scenario) throws(UsageError) {
        let ids = scenario.members.map(\.id)
        guard !ids.contains(id) else { return }
        let close = KeySuggestion.closest(to: id, among: ids)
        let shown = ids.count > 20 ? ids.prefix(20).joined(separator: ", ") + ", …" : ids.joined(separator: ", ")
        throw usage(.noSuchMember(quoted: Echo.quoted(id), suggestion: close, ids: shown))
    }

    /// The scenario of a case named by `--case`: the plan's or a variant's (`standalone` has none of its own).
    func scenario(ofCase name: CaseName, in document: ScenarioDocument) throws(UsageError) -> Scenario {
        switch name {
        case .plan: return document.scenario
        case .variant(let variant):
            if let found = document.variants.first(where: { $0.name == variant }) { return found.scenario }
        case .standalone: break
        }
        let names = [CaseName.plan] + document.variants.map { CaseName.variant($0.name) }
        throw usage(.noSuchCase(quoted: Echo.quoted(name.text), cases: names.map(\.text)))
    }
}
