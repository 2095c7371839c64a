import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    enum AnalysisFormat: String, CaseIterable { case table, json, html }

    /// The first line of a what-if table: the scenario's name and the unit.
    static func heading(_ document: ScenarioDocument, _ invocation: Invocation) -> String {
        let language = invocation.language
        return "\(document.scenario.name)  \(Labels.of(language).unit(invocation.whatIfUnit.name(language)))"
    }

    /// `--unit` of a what-if command (yen by default; the JSON is always in yen).
    static let whatIfUnit = Option.unit("yen (default), thousand or million, for the table (and html).")

    /// `costsim sensitivity`: a tornado table of the inputs that move the savings most.
    static let sensitivity = Command(
        name: "sensitivity",
        summary: "Move each uncertain input down and up: which moves the savings most (tornado).",
        description: """
            Moves each uncertain input down and up, one at a time — the exchange rate, every member's population
            growth, each fee's amounts, the staff cost, the migration costs, the stay-alone system cost — and
            shows the change in each member's and the group's savings, largest swing first (a tornado table;
            --format html draws the tornado chart). Each moved scenario is validated as a file is; a move that
            makes it invalid is listed under the table with the reason.
            """,
        options: [
            .caseName("plan (default) or a variant's name."),
            Option(
                name: .change, value: .percentage(placeholder: "PERCENT"),
                help: "how far amounts and rates move, in percent (default 10: ±10 %)."),
            Option(
                name: .growthPoints, value: .percentage(placeholder: "POINTS"),
                help: "how far population growth rates move, in percentage points (default 0.5)."),
            .format(AnalysisFormat.allCases.map(\.rawValue), "table (default), json (costsim-sensitivity/1) or html (the tornado chart)."),
            .lang,
            whatIfUnit,
            .set,
        ],
        run: { invocation in
            let format = invocation.choice(.format, default: AnalysisFormat.table)
            try invocation.checkJSON(format == .json)
            let change = invocation.percentage(.change, default: ExactDecimal(millionths: 100_000))
            let points = invocation.percentage(.growthPoints, default: ExactDecimal(millionths: 5_000))
            let document = try invocation.loadScenario()
            let caseName = invocation.caseName
            let analysis = try Sensitivity(
                try invocation.scenario(ofCase: caseName, in: document), caseName: caseName,
                change: change, growthPoints: points)
            let language = invocation.language
            let tables = AnalysisTables(language: language, unit: invocation.whatIfUnit)
            switch format {
            case .json: JSONWriter.write(tables.sensitivityJSON(analysis), to: invocation.output)
            case .table: invocation.output.write("\(heading(document, invocation))\n\n" + tables.sensitivity(analysis).text())
            case .html:
                invocation.output.write(
                    AnalysisPage.sensitivity(
                        analysis, scenarioName: document.scenario.name, language: language, unit: invocation.whatIfUnit))
            }
        })

    /// `costsim timing`: the savings of every join month of one member, beside never joining.
    static let timing = Command(
        name: "timing",
        summary: "For one member, the savings of every possible join month, and the best.",
        description: """
            For each possible join month of member ID (by default every month of the period), its savings, their
            present value and payback year, the group's savings, and the standalone renewals the member avoids
            by joining then; ★ marks the choice with the largest present value — never joining included, so a
            month is starred only when joining then beats staying out. Other members join as planned.
            """,
        options: [
            Option(
                name: .member, value: .text(placeholder: "ID"), required: true, help: "the member whose join month is varied (required)."
            ),
            Option(name: .from, value: .month, help: "the first join month to try (default: the first month of the period)."),
            Option(name: .to, value: .month, help: "the last join month to try (default: the last month of the period)."),
            .format(["table", "json"], "table (default) or json (costsim-timing/1)."),
            .lang,
            .era,
            whatIfUnit,
            .set,
        ],
        run: { invocation in
            let id = invocation.arguments.value(.member) ?? ""
            let from = invocation.month(.from)
            let to = invocation.month(.to)
            if let from, let to, to < from { throw invocation.usage(.toBeforeFrom(to: "\(to)", from: "\(from)")) }
            let document = try invocation.loadScenario()
            try invocation.checkMember(id, in: document.scenario)
            try invocation.checkJSON(invocation.choice(.format, default: AnalysisFormat.table) == .json)
            let timing = try JoinTiming(document.scenario, memberID: id, from: from, to: to, progress: invocation.progress("join months"))
            let language = invocation.language
            let tables = AnalysisTables(
                language: language, years: invocation.years, unit: invocation.whatIfUnit, members: document.scenario.members)
            if invocation.choice(.format, default: AnalysisFormat.table) == .json {
                JSONWriter.write(tables.timingJSON(timing), to: invocation.output)
            } else {
                invocation.output.write("\(heading(document, invocation))\n\n" + tables.timing(timing).text())
            }
        })

    /// `costsim fairness`: who gains, which groups would do better alone, and Shapley values.
    static let fairness = Command(
        name: "fairness",
        summary: "Does every member gain, would any group do better alone, Shapley shares.",
        description: """
            For each member: does it gain by joining (its case total below its stay-alone total)? For each group
            of members that could leave together: would it save more on a shared system of its own (its members
            joining as planned, the same fees)? And each member's Shapley value — its average contribution to the
            group's savings — beside its actual savings. Every coalition is valued exactly as the engine values
            a case in which only its members join, and the Shapley values add up to the group's savings to the
            yen. Exact (every coalition) for up to 20 members; for more, the Shapley values are sampled from N
            random orders (default 1000, fixed --seed) with a 95 % error bound, and the groups checked are each
            member alone and all but one member.
            """,
        options: [
            .caseName("plan (default) or a variant's name."),
            Option(
                name: .samples, value: .integer(placeholder: "N", range: 2...1_000_000),
                help: "with more than 20 members: how many random orders to sample (default 1000)."),
            Option(
                name: .seed, value: .integer(placeholder: "N", range: 0...Int64.max),
                help: "the seed of the random orders (default 1): the same seed gives the same answer."),
            .format(["table", "json"], "table (default) or json (costsim-fairness/1)."),
            .lang,
            whatIfUnit,
            .set,
        ],
        run: { invocation in
            try invocation.checkJSON(invocation.choice(.format, default: AnalysisFormat.table) == .json)
            let samples = Int(invocation.integer(.samples) ?? 1_000)
            let seed = UInt64(invocation.integer(.seed) ?? 1)
            let document = try invocation.loadScenario()
            let caseName = invocation.caseName
            let fairness = try Fairness(
                try invocation.scenario(ofCase: caseName, in: document), caseName: caseName,
                permutations: samples, seed: seed, progress: invocation.progress("random orders"))
            let language = invocation.language
            let tables = AnalysisTables(language: language, unit: invocation.whatIfUnit, members: document.scenario.members)
            if invocation.choice(.format, default: AnalysisFormat.table) == .json {
                JSONWriter.write(tables.fairnessJSON(fairness), to: invocation.output)
            } else {
                invocation.output.write("\(heading(document, invocation))\n" + tables.fairness(fairness).map { "\n" + $0.text() }.joined())
            }
        })
}
