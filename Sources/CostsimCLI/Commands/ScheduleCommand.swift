import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    enum ScheduleFormat: String, CaseIterable {
        case table, json, markdown, html

        /// The unit without `--unit`: 千円 on paper (a council page), exact yen on the screen and in data.
        var defaultUnit: DisplayUnit {
            switch self {
            case .markdown, .html: return .thousand
            case .table, .json: return .yen
            }
        }
    }

    /// `costsim schedule`: who joins when (五月雨方式), within the windows and what the vendor can migrate.
    static let schedule = Command(
        name: "schedule",
        summary: Words(
            ja: "だれがいつ参加するか（五月雨方式）：削減が最大になる参加月。",
            en: "Plan who joins when (五月雨方式): the join months, within windows and capacity, that save most."),
        description: Words(
            ja: """
                参加できる時期（"earliestJoin"、"latestJoin"、"budgetYears"。docs/FORMAT.md 参照）を示す各団体の参加
                月を、グループの "migrationCapacity"（月・年度ごとの移行団体数、移行できない月）の範囲で選びます。動
                かす団体がすべて削減でき（現在価値 > 0。できない団体があれば名前を示します）、団体計の削減額の現在価
                値が最大になるようにします。他の団体の参加月はそのままです。各団体の参加月、削減額、回収年度、不要に
                なる更改、計画（シナリオのとおり）に対するグループの比較と計画のどこを変えるか、答えの確かさを示しま
                す。候補が少なければ全スケジュールを計算し（厳密）、多ければ複数の出発点から局所探索します。どのスケ
                ジュールも run と同じく計算します。--format json はスケジュールを、シナリオの "variants" にそのまま
                加えられるバリアントとして出力します。
                """,
            en: """
                Chooses the join month of every member that states when it may join ("earliestJoin", "latestJoin",
                "budgetYears"; see docs/FORMAT.md) within the group's "migrationCapacity" (members a month and a
                fiscal year, months closed to migration), so that every member moved saves (present value > 0; if
                some cannot, it names them) and the group's present value of savings is the largest; other members
                keep their month. Prints each
                member's month, savings, payback and renewals avoided, the group against the plan as written and what
                the plan breaks, and how good the answer is known to be: every schedule computed when they are few
                (exact), otherwise a local search from several starts, each schedule computed as run does.
                --format json holds the schedule as a variant to add to the scenario's "variants" as it is.
                """),
        options: [
            .caseName(
                Words(
                    ja: "計画（plan、既定）またはバリアントの名前：参加月を計画するシナリオ。",
                    en: "plan (default) or a variant's name: the scenario whose months are planned.")),
            Option(
                name: .seed, value: .integer(placeholder: "N", range: 0...Int64.max),
                help: Words(
                    ja: """
                        局所探索の出発点のシード（既定 1）。同じシードなら同じスケジュールになりま
                        す。
                        """, en: "the seed of the local search's starts (default 1): the same seed gives the same schedule.")),
            Option(
                name: .starts, value: .integer(placeholder: "N", range: 1...64),
                help: Words(ja: "局所探索の出発点の数（既定 8）。", en: "how many starts the local search climbs from (default 8).")),
            .format(
                ScheduleFormat.allCases.map(\.rawValue),
                Words(
                    ja: """
                        table（既定）、json（costsim-schedule/1、バリアント付き）、markdown、html
                        （カレンダー図の1ページ）。
                        """,
                    en: """
                        table (default); json (costsim-schedule/1, with the variant); markdown; html: one page with
                        the calendar chart.
                        """)),
            .lang,
            .era,
            .pageUnit,
            .quiet,
            .set,
        ],
        run: { invocation in
            let format = invocation.choice(.format, default: ScheduleFormat.table)
            try invocation.checkJSON(format == .json)
            let seed = UInt64(invocation.integer(.seed) ?? 1)
            let starts = Int(invocation.integer(.starts) ?? 8)
            let (document, provenance) = try invocation.loadTracedScenario()
            let caseName = try invocation.caseName(in: document)
            let scenario = try invocation.scenario(ofCase: caseName, in: document)
            let space = try ScheduleSpace(scenario)
            let progress = ScheduleSearch.Progress()
            let line = invocation.arguments.has(.quiet) ? nil : invocation.costsim.progressLine
            let outcome = try Blocking.run(
                { try await ScheduleSearch.run(space, seed: seed, starts: starts, progress: progress) },
                every: .milliseconds(250)
            ) { elapsed in
                guard let line, elapsed >= .seconds(1) else { return }
                let count = progress.schedules.load(ordering: .relaxed)
                line("\r" + ProgressText.schedules(count, seconds: elapsed.components.seconds, invocation.language) + "   ")
            }
            if line != nil { line?("\r" + String(repeating: " ", count: 72) + "\r") }
            let plan = try SchedulePlan(space, outcome)
            let unit = invocation.choice(.unit, default: format.defaultUnit)
            let tables = ScheduleTables(plan, language: invocation.language, years: invocation.years, unit: unit)
            switch format {
            case .json:
                JSONWriter.write(tables.json(variantName: invocation.language.text(ja: "日程案", en: "schedule")), to: invocation.output)
            case .table:
                invocation.output.write(
                    "\(heading(document, invocation))\n\n" + tables.tables.map { $0.text() }.joined(separator: "\n"))
            case .markdown: invocation.output.write(SchedulePage(tables, provenance: provenance).markdown())
            case .html: invocation.output.write(SchedulePage(tables, provenance: provenance).html())
            }
        })
}
