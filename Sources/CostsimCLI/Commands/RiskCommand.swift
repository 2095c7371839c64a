import CloudCostModel
import CostsimCore
import CostsimReports
import Dispatch

extension Command {
    enum RiskFormat: String, CaseIterable {
        case table, json, csv, markdown, html

        /// The unit without `--unit`: 千円 on paper (a council page), exact yen on the screen and in data.
        var defaultUnit: DisplayUnit {
            switch self {
            case .markdown, .html: return .thousand
            case .table, .json, .csv: return .yen
            }
        }
    }

    /// `costsim risk`: how sure the savings are, over many draws of the uncertain inputs.
    static let risk = Command(
        name: "risk",
        summary: Words(
            ja: "削減の確からしさ：不確かな入力を多数抽出し、それぞれ正確に計算。",
            en: "How likely are the savings? Many draws of the uncertain inputs, each computed exactly."),
        description: Words(
            ja: """
                シナリオの "uncertainty" にある分布（為替レート、経費の金額、ガバメントクラウド経費、人口増減率、人
                件費単価、移行経費、参加の遅れ。docs/FORMAT.md 参照）からラテン超方格法でシナリオを N 回抽出し、それ
                ぞれを run と同じく正確に計算します。各団体と団体計について、削減額とその現在価値の平均・P5・P10・
                P50・P90・P95、削減できる確率、回収年度の分布、ばらつきを生む入力（順位相関）を示します。抽出はすべ
                てのコアで計算し、同じ --seed なら同じ出力になります。
                """,
            en: """
                Draws N whole scenarios from the distributions in the scenario's "uncertainty" (exchange rate, fee
                amounts, Government Cloud costs, population growth, staff cost, migration cost, join delays; see
                docs/FORMAT.md), by Latin hypercube sampling, and computes each exactly as run does. Prints, for each
                member and the group, the mean and the P5, P10, P50, P90 and P95 of the savings and of their present
                value, the probability of saving, the payback fiscal year's distribution, and which inputs drive the
                spread (rank correlation). The draws run on every core; the same --seed gives the same output.
                """),
        options: [
            .caseName(Words(ja: "計画（plan、既定）またはバリアントの名前。", en: "plan (default) or a variant's name.")),
            Option(
                name: .draws, value: .integer(placeholder: "N", range: 1...Int64(RiskAnalysis.maximumDraws)),
                help: Words(ja: "抽出の回数（既定 1000）。", en: "how many draws (default 1000).")),
            Option(
                name: .seed, value: .integer(placeholder: "N", range: 0...Int64.max),
                help: Words(
                    ja: "抽出のシード（既定 1）。同じシードなら1バイトまで同じ出力になります。",
                    en: "the seed of the draws (default 1): the same seed gives the same output, byte for byte.")),
            .format(
                RiskFormat.allCases.map(\.rawValue),
                Words(
                    ja: """
                        table（既定）、json（costsim-risk/1）、csv（抽出と団体ごとに1行、Excel
                        用）、markdown、html（ヒストグラムと回収年度の図の1ページ）。
                        """,
                    en: """
                        table (default); json (costsim-risk/1); csv: one row per draw and member, for Excel;
                        markdown; html: one page with a histogram and a payback chart.
                        """)),
            .lang,
            .era,
            .pageUnit,
            .quiet,
            .set,
        ],
        run: { invocation in
            let format = invocation.choice(.format, default: RiskFormat.table)
            try invocation.checkJSON(format == .json || format == .csv)
            let draws = Int(invocation.integer(.draws) ?? 1_000)
            let seed = UInt64(invocation.integer(.seed) ?? 1)
            let (document, provenance) = try invocation.loadTracedScenario()
            let caseName = try invocation.caseName(in: document)
            let scenario = try invocation.scenario(ofCase: caseName, in: document)
            let progress = RiskAnalysis.Progress()
            let line = invocation.arguments.has(.quiet) ? nil : invocation.costsim.progressLine
            let analysis = try Blocking.run(
                {
                    try await RiskAnalysis.run(
                        scenario, caseName: caseName, draws: draws, seed: seed, keepDraws: format == .csv, progress: progress)
                },
                every: .milliseconds(250)
            ) { elapsed in
                guard let line, elapsed >= .seconds(1) else { return }
                let done = progress.done.load(ordering: .relaxed)
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                let rate = Double(done) / max(seconds, 0.001)
                let left = rate > 0 ? Int((Double(draws - done) / rate).rounded(.up)) : 0
                line(
                    "\r" + ProgressText.draws(done: done, total: draws, perSecond: Int(rate), secondsLeft: left, invocation.language)
                        + "   ")
            }
            if line != nil { line?("\r" + String(repeating: " ", count: 72) + "\r") }
            // Pages to print default to 千円, as run's do; the terminal table to yen.
            let unit = invocation.choice(.unit, default: format.defaultUnit)
            let tables = RiskTables(analysis, language: invocation.language, unit: unit, years: invocation.years, members: scenario.members)
            switch format {
            case .json: JSONWriter.write(tables.json(), to: invocation.output)
            case .csv: try tables.csv(to: invocation.output)
            case .table: invocation.output.write("\(heading(document, invocation))\n\n" + tables.text())
            case .markdown:
                invocation.output.write(RiskPage(tables, scenarioName: document.scenario.name, provenance: provenance).markdown())
            case .html: invocation.output.write(RiskPage(tables, scenarioName: document.scenario.name, provenance: provenance).html())
            }
        })
}
