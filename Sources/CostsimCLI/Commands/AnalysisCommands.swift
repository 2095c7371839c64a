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
    static let whatIfUnit = Option.unit(
        Words(ja: "表の単位：yen（円、既定）、thousand（千円）、million（百万円）（html も）。", en: "yen (default), thousand or million, for the table (and html)."))

    /// `costsim sensitivity`: a tornado table of the inputs that move the savings most.
    static let sensitivity = Command(
        name: "sensitivity",
        summary: Words(
            ja: "不確かな入力を一つずつ動かし、削減額への影響が大きい順に（トルネード）。", en: "Move each uncertain input down and up: which moves the savings most (tornado)."
        ),
        description: Words(
            ja: """
                不確かな入力を一つずつ下げ・上げします（為替レート、各団体の人口増減率、各経費の金額、人件費単価、移
                行経費、単独運用のシステム経費）。各団体と団体計の削減額の変化を、振れ幅の大きい順に示します（トルネ
                ード表。--format html はトルネード図）。動かしたシナリオはファイルと同じく検証し、不正になる動かし方
                は理由とともに表の下に示します。
                """,
            en: """
                Moves each uncertain input down and up, one at a time — the exchange rate, every member's population
                growth, each fee's amounts, the staff cost, the migration costs, the stay-alone system cost — and
                shows the change in each member's and the group's savings, largest swing first (a tornado table;
                --format html draws the tornado chart). Each moved scenario is validated as a file is; a move that
                makes it invalid is listed under the table with the reason.
                """),
        options: [
            .caseName(Words(ja: "計画（plan、既定）またはバリアントの名前。", en: "plan (default) or a variant's name.")),
            Option(
                name: .change, value: .percentage(placeholder: "PERCENT"),
                help: Words(ja: "金額と率を動かす幅（%、既定 10：±10 %）。", en: "how far amounts and rates move, in percent (default 10: ±10 %).")),
            Option(
                name: .growthPoints, value: .percentage(placeholder: "POINTS"),
                help: Words(ja: "人口増減率を動かす幅（ポイント、既定 0.5）。", en: "how far population growth rates move, in percentage points (default 0.5).")
            ),
            .format(
                AnalysisFormat.allCases.map(\.rawValue),
                Words(
                    ja: "table（既定）、json（costsim-sensitivity/1）、html（トルネード図）。",
                    en: "table (default), json (costsim-sensitivity/1) or html (the tornado chart).")),
            .lang,
            .era,
            whatIfUnit,
            .set,
        ],
        run: { invocation in
            let format = invocation.choice(.format, default: AnalysisFormat.table)
            try invocation.checkJSON(format == .json)
            let change = invocation.percentage(.change, default: ExactDecimal(millionths: 100_000))
            let points = invocation.percentage(.growthPoints, default: ExactDecimal(millionths: 5_000))
            let (document, provenance) = try invocation.loadTracedScenario()
            let caseName = try invocation.caseName(in: document)
            let analysis = try Sensitivity(
                try invocation.scenario(ofCase: caseName, in: document), caseName: caseName,
                change: change, growthPoints: points)
            let language = invocation.language
            let tables = AnalysisTables(language: language, years: invocation.years, unit: invocation.whatIfUnit)
            switch format {
            case .json: JSONWriter.write(tables.sensitivityJSON(analysis), to: invocation.output)
            case .table: invocation.output.write("\(heading(document, invocation))\n\n" + tables.sensitivity(analysis).text())
            case .html:
                invocation.output.write(
                    AnalysisPage.sensitivity(
                        analysis, scenarioName: document.scenario.name, language: language, years: invocation.years,
                        unit: invocation.whatIfUnit, provenance: provenance))
            }
        })

    /// `costsim timing`: the savings of every join month of one member, beside never joining.
    static let timing = Command(
        name: "timing",
        summary: Words(
            ja: "1団体について、参加できる各月に参加した場合の削減額と、最もよい月。", en: "For one member, the savings of every possible join month, and the best."),
        description: Words(
            ja: """
                団体 ID の参加月として考えられる各月（既定：期間中の全月）について、その削減額、現在価値、回収年度、
                団体計の削減額、その月に参加すれば不要になる単独運用の更改を示します。★は現在価値が最大の選択です。
                参加しない場合も比べるので、★が付くのはその月の参加が参加しないより有利な場合だけです。他の団体は計
                画どおりに参加します。
                """,
            en: """
                For each possible join month of member ID (by default every month of the period), its savings, their
                present value and payback year, the group's savings, and the standalone renewals the member avoids
                by joining then; ★ marks the choice with the largest present value — never joining included, so a
                month is starred only when joining then beats staying out. Other members join as planned.
                """),
        options: [
            Option(
                name: .member, value: .text(placeholder: "ID"), required: true,
                help: Words(ja: "参加月を変える団体（必須）。", en: "the member whose join month is varied (required).")
            ),
            .caseName(
                Words(
                    ja: "計画（plan、既定）またはバリアントの名前。そのケースで参加月を変えます。",
                    en: "plan (default) or a variant's name: the case in which the join month is varied.")),
            Option(
                name: .from, value: .month,
                help: Words(ja: "試す最初の参加月（既定：期間の最初の月）。", en: "the first join month to try (default: the first month of the period).")),
            Option(
                name: .to, value: .month,
                help: Words(ja: "試す最後の参加月（既定：期間の最後の月）。", en: "the last join month to try (default: the last month of the period).")),
            .format(
                ["table", "json"], Words(ja: "table（既定）または json（costsim-timing/1）。", en: "table (default) or json (costsim-timing/1).")),
            .lang,
            .era,
            whatIfUnit,
            .set,
        ],
        run: { invocation in
            let from = invocation.month(.from)
            let to = invocation.month(.to)
            if let from, let to, to < from { throw invocation.usage(.toBeforeFrom(to: "\(to)", from: "\(from)")) }
            let document = try invocation.loadScenario()
            let caseName = try invocation.caseName(in: document)
            let scenario = try invocation.scenario(ofCase: caseName, in: document)
            let id = try invocation.memberID(invocation.arguments.value(.member) ?? "", in: scenario)
            try invocation.checkJSON(invocation.choice(.format, default: AnalysisFormat.table) == .json)
            let timing = try JoinTiming(
                scenario, caseName: caseName, memberID: id, from: from, to: to, progress: invocation.progress(.joinMonths))
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
        summary: Words(
            ja: "全団体が得か、別に組んだ方が得なグループは、シャープレイ値。", en: "Does every member gain, would any group do better alone, Shapley shares."),
        description: Words(
            ja: """
                各団体について：参加で得をするか（計画の総額が単独運用の総額を下回るか）。一緒に抜けられる団体のグル
                ープについて：自分たちだけで共同化した方が削減額が大きいか（参加月も経費も同じ）。各団体のシャープレ
                イ値（団体計の削減額への平均的な貢献）を実際の削減額と並べて示します。どのグループも、その団体だけが
                参加するケースとして計算エンジンで正確に評価し、シャープレイ値の合計は団体計の削減額と1円まで一致し
                ます。20団体までは全グループを正確に計算します。それを超えるとき（または --samples の指定時）、
                シャープレイ値は N 通りの無作為な順序（既定 1000、--seed で固定）から標本推定し、95 % の誤差範囲を示
                します。調べるグループは各団体単独と、1団体を除く全団体です。全グループの計算に時間がかかりすぎる
                とき（団体・年度・費用が多いとき）は、始める前にその旨と --samples の目安を示して止まります。
                """,
            en: """
                For each member: does it gain by joining (its case total below its stay-alone total)? For each group
                of members that could leave together: would it save more on a shared system of its own (its members
                joining as planned, the same fees)? And each member's Shapley value — its average contribution to the
                group's savings — beside its actual savings. Every coalition is valued exactly as the engine values
                a case in which only its members join, and the Shapley values add up to the group's savings to the
                yen. Exact (every coalition) for up to 20 members; for more (or with --samples), the Shapley values
                are sampled from N random orders (default 1000, fixed --seed) with a 95 % error bound, and the
                groups checked are each member alone and all but one member. When every coalition would take too
                long (many members, years and fees), it stops before starting and says what --samples would fit.
                """),
        options: [
            .caseName(Words(ja: "計画（plan、既定）またはバリアントの名前。", en: "plan (default) or a variant's name.")),
            Option(
                name: .samples, value: .integer(placeholder: "N", range: 2...1_000_000),
                help: Words(
                    ja: """
                        全組合せの厳密計算に代えて、この数の無作為な順序から推定します
                        （21団体以上では既定 1000）。
                        """,
                    en: """
                        estimate from this many random orders instead of every coalition
                        (the default with more than 20 members: 1000).
                        """)),
            Option(
                name: .seed, value: .integer(placeholder: "N", range: 0...Int64.max),
                help: Words(
                    ja: "無作為な順序のシード（既定 1）。同じシードなら同じ答えになります。",
                    en: "the seed of the random orders (default 1): the same seed gives the same answer.")),
            .format(
                ["table", "json"], Words(ja: "table（既定）または json（costsim-fairness/1）。", en: "table (default) or json (costsim-fairness/1).")),
            .lang,
            .era,
            whatIfUnit,
            .set,
        ],
        run: { invocation in
            try invocation.checkJSON(invocation.choice(.format, default: AnalysisFormat.table) == .json)
            let samples = invocation.integer(.samples).map { Int($0) }
            let seed = UInt64(invocation.integer(.seed) ?? 1)
            let document = try invocation.loadScenario()
            let caseName = try invocation.caseName(in: document)
            let scenario = try invocation.scenario(ofCase: caseName, in: document)
            let counted: ProgressText.Work
            switch Fairness.isExact(memberCount: scenario.members.count, permutations: samples) {
            case true: counted = .coalitions
            case false: counted = .randomOrders
            }
            let fairness = try Fairness(
                scenario, caseName: caseName, permutations: samples, seed: seed, progress: invocation.progress(counted))
            let language = invocation.language
            let tables = AnalysisTables(
                language: language, years: invocation.years, unit: invocation.whatIfUnit, members: document.scenario.members)
            if invocation.choice(.format, default: AnalysisFormat.table) == .json {
                JSONWriter.write(tables.fairnessJSON(fairness), to: invocation.output)
            } else {
                invocation.output.write("\(heading(document, invocation))\n" + tables.fairness(fairness).map { "\n" + $0.text() }.joined())
            }
        })
}
