import CloudCostModel
import CostsimCore
import CostsimReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Command {
    /// `costsim new`: a starter scenario from municipality codes, estimated by band, and its first run.
    static let new = Command(
        name: "new",
        summary: Words(
            ja: "団体コードから最初のシナリオを作ります：1回のコマンドで最初の試算。",
            en: "Write a starter scenario from municipality codes: a first estimate in one command."),
        description: Words(
            ja: """
                --member で指定した市区町村（5桁または6桁の団体コード）の有効なシナリオを書きます。名称と人口は2020
                年国勢調査から、単独運用のシステム経費は人口規模別の全国平均から推計し（すべての出力に推計と表示）、
                共同利用の経費は人口1万人当たりの月額1本とし、その団体しか知らない数値（職員数、人件費単価、移行経
                費）は "未入力" とします（入力するまで 0 として計算し、警告します）。続けてシナリオを計算し、単独運
                用との比較を表示します。経費は --fee-per-10k、または推計した単独運用経費の --reduction %（既定 30：
                国の3割削減目標）を削減する単価です。--out がなければシナリオを標準出力に書きます。
                """,
            en: """
                Writes a valid scenario for the municipalities named by --member (their 5- or 6-digit codes): names
                and populations from the 2020 census, stay-alone system costs estimated from the population band
                (national averages; said as 推計 in every output), one shared fee per 10,000 population a month, and
                "未入力" where only the town knows the figure (staff, staff cost, migration cost: counted as 0, with
                a warning, until filled in). Then it runs the scenario and prints the comparison with staying alone.
                The fee is --fee-per-10k, or the rate that saves --reduction percent of the estimated stay-alone
                costs (default 30: the national 3割削減 goal). Without --out the scenario goes to standard output.
                """),
        options: [
            Option(
                name: .name, value: .text(placeholder: "NAME"), required: true,
                help: Words(ja: "グループの名前（例：湖東）。", en: "the group's name, e.g. 湖東.")),
            Option(
                name: .member, value: .text(placeholder: "CODE[:YYYY-MM]"), repeatable: true, required: true,
                help: Words(
                    ja: """
                        団体コードと参加月（既定：最初の年度の4月）。例：25441、25442:2026-10（繰り
                        返し可）。
                        """,
                    en: """
                        a member by its code, and the month it joins (default: April of the first year),
                        e.g. 25441 or 25442:2026-10 (repeatable).
                        """)),
            Option(
                name: .from, value: .fiscalYear,
                help: Words(
                    ja: "最初の年度（既定：最初に指定した参加月の年度、なければ今年度）。",
                    en: "the first fiscal year (default: that of the first join month given, or this one).")),
            Option(
                name: .to, value: .fiscalYear,
                help: Words(ja: "最後の年度（既定：最初の年度＋5、6年間）。", en: "the last fiscal year (default: the first plus 5, six years).")),
            Option(
                name: .feePerTenThousand, value: .integer(placeholder: "YEN", range: 0...Limits.amount),
                help: Words(ja: "共同利用システムの経費（人口1万人当たり月額、円）。", en: "the shared system's fee, yen per 10,000 population a month.")),
            Option(
                name: .reduction, value: .percentage(placeholder: "PERCENT"),
                help: Words(
                    ja: """
                        代わりに、推計した単独運用経費のこの割合（%）を削減する経費にします（既定
                        30）。
                        """, en: "instead, the fee that saves this percentage of the estimated stay-alone costs (default 30).")),
            Option(
                name: .targetYear, value: .fiscalYear,
                help: Words(
                    ja: """
                        国の削減目標（平成30年度比3割削減）をこの年度で確かめる target
                        を書きます。各団体の平成30年度経費は全国調査からの推計とし、決算
                        額に書き換えられるようにします。
                        """,
                    en: """
                        write a target checking the national goal (30 % below FY2018) in this year; each
                        member's FY2018 cost is the survey's estimate (推計), to replace with its 決算.
                        """)),
            Option(
                name: .out, value: .text(placeholder: "FILE"),
                help: Words(
                    ja: """
                        シナリオを FILE に書きます（--force がなければ既存のファイルには書きませ
                        ん）。
                        """, en: "write the scenario to FILE (never over an existing one without --force).")),
            Option(name: .force, value: .none, help: Words(ja: "FILE があれば置き換えます。", en: "replace FILE if it exists.")),
            .lang,
        ],
        operand: "",
        run: { invocation in
            let arguments = invocation.arguments
            if let extra = arguments.positional.first { throw invocation.usage(.unexpectedOperand(quoted: Echo.quoted(extra))) }
            if arguments.has(.feePerTenThousand) && arguments.has(.reduction) { throw invocation.usage(.feeOrReduction) }
            var members: [StarterScenario.Member] = []
            for value in arguments.all(.member) {
                let member = try starterMember(value, invocation)
                // 25441 and 254410 are one town: named twice, it is a mistake on the command line.
                if members.contains(where: { $0.municipality.areaCode == member.municipality.areaCode }) {
                    throw invocation.usage(.memberTwice(quoted: Echo.quoted(value), name: member.municipality.name))
                }
                members.append(member)
            }
            let from = invocation.fiscalYear(.from) ?? members.compactMap(\.joins).min()?.fiscalYear ?? currentFiscalYear()
            let to = invocation.fiscalYear(.to) ?? from + 5
            if to < from { throw invocation.usage(.toBeforeFrom(to: "\(to)", from: "\(from)")) }
            let fee: StarterScenario.FeeRule =
                invocation.integer(.feePerTenThousand).map { .perTenThousand($0) }
                ?? .reduction(invocation.percentage(.reduction, default: ExactDecimal(millionths: 300_000)))
            let targetYear = invocation.fiscalYear(.targetYear)
            if let targetYear, !(from...to).contains(targetYear) || targetYear <= ReductionTarget.defaultBaselineFiscalYear {
                throw invocation.usage(.targetYearOutside(year: targetYear, low: from, high: to))
            }
            let starter = StarterScenario(
                name: arguments.value(.name) ?? "", members: members, fiscalYears: from...to, fee: fee, targetYear: targetYear)
            let json = starter.json
            // The smoke test: the scenario written is valid, and runs.
            let document: ScenarioDocument
            do { document = try ScenarioDecoder.decode(json) } catch let error as ScenarioError {
                throw InputError.invalidScenario(.file(arguments.value(.out) ?? "new"), error)
            }
            let results = try ScenarioResults(document)
            let text = JSONWriter.write(json) + "\n"
            let summary = invocation.arguments.value(.out) == nil ? invocation.errors : invocation.output
            if let out = arguments.value(.out) {
                let slash = out.lastIndex(of: "/")
                let folder = slash.map { String(out[...$0]) } ?? "."
                let name = slash.map { String(out[out.index(after: $0)...]) } ?? out
                _ = try ReportFiles.write([(name, { sink in sink.write(text) })], to: folder, force: arguments.has(.force))
                summary.write(ProgressText.wrote(Echo.plain(out), invocation.language))
            } else {
                invocation.output.write(text)
            }
            let report = RunReport(results: results, language: invocation.language)
            var first = true
            try report.forEachTable { table in
                guard first else { return }
                first = false
                summary.write("\n" + table.text())
            }
            // A member that does not save is said out loud, whatever the group saves.
            if let comparison = try results.allComparisons().first {
                let losers = zip(document.scenario.members, comparison.members).compactMap { member, summary in
                    summary.flatMap {
                        $0.savings <= 0
                            ? NewScenarioText.Loser(name: Echo.plain(member.name), savings: $0.savings, rate: NumberFormat.percent($0))
                            : nil
                    }
                }
                if !losers.isEmpty { summary.write(NewScenarioText.losers(losers, invocation.language)) }
            }
            summary.write(
                "\n"
                    + NewScenarioText.next(
                        file: arguments.value(.out).map { Echo.plain($0) }, rate: starter.rate, target: targetYear != nil,
                        invocation.language))
        })

    /// `25441` or `25442:2026-10`: a municipality of the census and its join month.
    static func starterMember(_ value: String, _ invocation: Invocation) throws(UsageError) -> StarterScenario.Member {
        let parts = value.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        var joins: Month?
        if parts.count == 2 {
            guard let month = Month(parts[1]) else { throw invocation.usage(.notMonth(option: "--member", got: Echo.quoted(parts[1]))) }
            joins = month
        }
        let code = parts[0]
        if let problem = LocalGovernmentCode.problem(with: code) { throw invocation.usage(.badMember(problem)) }
        guard let town = Census2020.municipality(code: code) else {
            let nearest = Census2020.nearest(to: code).map { "\($0.areaCode) \($0.name)" }
            throw invocation.usage(.badMember(.unknownCode(quoted: Echo.quoted(code), nearest: nearest)))
        }
        return StarterScenario.Member(town, joins: joins)
    }

    /// The fiscal year of today in Japan (UTC+9): April to March.
    static func currentFiscalYear() -> Int {
        var now = time(nil) + 9 * 3600
        var parts = tm()
        gmtime_r(&now, &parts)
        return Month(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1).fiscalYear
    }
}
