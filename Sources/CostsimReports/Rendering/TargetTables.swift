import CloudCostModel
import CostsimCore

/// The tables of the reduction target, built once and shown by every format: the council's table
/// (each member against its baseline, and the group), the bridge (what moved, item by item), the
/// CSV's rows and the JSON `costsim-target/1`.
package struct TargetTables: Sendable {
    package var language: Language
    package var unit: DisplayUnit
    package var labels: Labels
    /// Notes on the inputs (推計, 未入力) said under the tables, as under every other.
    package var inputNotes: [String]

    package init(language: Language = .ja, unit: DisplayUnit = .yen, years: YearStyle = .western, inputNotes: [String] = []) {
        self.language = language
        self.unit = unit
        self.labels = Labels.of(language, years: years)
        self.inputNotes = inputNotes
    }

    package var format: CellFormat { CellFormat(unit: unit, labels: labels, language: language) }

    /// The council's table: per member the baseline, the target, the cost in the target year, the
    /// change, its rate, whether the target is met, the yen above it and where the baseline came
    /// from; then the group. `members`: only these rows (by index; nil: all), the group row left out.
    package func table(_ result: TargetResult, members only: [Int]? = nil, group: Bool = true) -> ReportTable {
        let target = result.target
        let columns: [ReportTable.Column] = [
            .init(labels.member, .left), .init(TargetLabels.baselineHeader(target, labels, language)),
            .init(TargetLabels.targetCost(language)), .init(labels.year(target.fiscalYear)), .init(TargetLabels.change(language)),
            .init(TargetLabels.changeRate(language)), .init(TargetLabels.met(language), .left), .init(TargetLabels.excess(language)),
            .init(TargetLabels.source(language), .left),
        ]
        func row(_ name: String, _ figures: TargetFigures, source: String) -> [TableCell] {
            let (numerator, denominator) = figures.changeRate
            return [
                .text(name), .amount(figures.baseline), .amount(figures.targetCost), .amount(figures.cost), .change(figures.change),
                .changeRate(numerator: numerator, denominator: denominator), .text(TargetLabels.mark(figures.met)),
                .amount(figures.excess), .text(source),
            ]
        }
        var rows: [[TableCell]] = []
        for index in only ?? Array(result.members.indices) {
            rows.append(
                row(result.members[index].name, result.figures[index], source: TargetLabels.sourceName(result.sources[index], language)))
        }
        var notes = [TargetLabels.countedNote(target, labels, language)]
        if group {
            rows.append(row(labels.groupTotal, result.group, source: ""))
            notes.append(TargetLabels.groupNote(met: result.membersMet, of: result.groupMemberCount, language))
        }
        notes.append(
            TargetLabels.sourcesNote(target, sources: (only ?? Array(result.members.indices)).map { result.sources[$0] }, labels, language))
        return ReportTable(
            title: TargetLabels.title(labels.caseName(result.caseName), target, labels, language), columns: columns, rows: rows,
            totalRowCount: group ? 1 : 0, notes: notes + inputNotes, format: format)
    }

    /// The fees with a step for some member, in the order of `group.fees`.
    static func feeLabels(_ result: TargetResult) -> [String] {
        var labels: [String] = []
        for figures in result.figures + [result.group] {
            for step in figures.bridge {
                if case .fee(let label) = step.item, !labels.contains(label) { labels.append(label) }
            }
        }
        // In the order of the group's bridge first (the fees' order), then any a member alone has.
        let order = result.group.bridge.compactMap { step -> String? in
            if case .fee(let label) = step.item { return label }
            return nil
        }
        return order + labels.filter { !order.contains($0) }
    }

    /// A figure's step for an item (0 where it has none).
    static func amount(of item: BridgeStep.Item, in figures: TargetFigures) -> Int64 {
        figures.bridge.first { $0.item == item }?.amount ?? 0
    }

    /// The bridge as a table: per member the baseline, its own change, each fee's step, and the
    /// target year's cost, so that each row adds up: baseline + steps = cost.
    package func bridge(_ result: TargetResult, members only: [Int]? = nil, group: Bool = true) -> ReportTable {
        let target = result.target
        let fees = Self.feeLabels(result)
        let columns: [ReportTable.Column] =
            [.init(labels.member, .left), .init(TargetLabels.baselineHeader(target, labels, language)), .init(TargetLabels.own(language))]
            + fees.map { ReportTable.Column($0) } + [.init(labels.year(target.fiscalYear))]
        func row(_ name: String, _ figures: TargetFigures) -> [TableCell] {
            [.text(name), .amount(figures.baseline), .change(Self.amount(of: .own, in: figures))]
                + fees.map { TableCell.change(Self.amount(of: .fee($0), in: figures)) } + [.amount(figures.cost)]
        }
        var rows = (only ?? Array(result.members.indices)).map { row(result.members[$0].name, result.figures[$0]) }
        if group { rows.append(row(labels.groupTotal, result.group)) }
        return ReportTable(
            title: TargetLabels.bridgeTitle(labels.caseName(result.caseName), target, labels, language), columns: columns, rows: rows,
            totalRowCount: group ? 1 : 0, notes: [TargetLabels.bridgeNote(target, labels, language)], format: format)
    }

    /// The CSV: a row per case and member, and the group's, with every figure exact and the bridge's
    /// steps in columns (自団体の経費, then each fee of any case, in order; 0 where a case has no step).
    package func csvTable(_ results: [TargetResult]) -> ReportTable {
        var fees: [String] = []
        for result in results { for label in Self.feeLabels(result) where !fees.contains(label) { fees.append(label) } }
        let headers =
            language.text(
                ja: ["ケース", "団体ID", "団体コード", "団体名", "基準年度", "目標年度", "基準額", "基準の根拠", "目標額", "経費", "増減", "増減率", "達成", "目標超過額", "内訳:自団体の経費"],
                en: [
                    "case", "member_id", "code", "member", "baseline_fy", "target_fy", "baseline", "baseline_from", "target", "cost",
                    "change",
                    "change_rate", "met", "excess", "step:own",
                ]) + fees.map { language.text(ja: "内訳:\($0)", en: "step:\($0)") }
        var rows: [[TableCell]] = []
        for result in results {
            let caseName = TableCell.text(labels.caseName(result.caseName))
            func row(_ id: String, _ code: TableCell, _ name: String, _ figures: TargetFigures, _ source: String) -> [TableCell] {
                let (numerator, denominator) = figures.changeRate
                return [
                    caseName, .text(id), code, .text(name), .fiscalYear(result.target.baselineFiscalYear),
                    .fiscalYear(result.target.fiscalYear),
                    .amount(figures.baseline), .text(source), .amount(figures.targetCost), .amount(figures.cost), .change(figures.change),
                    .rate(numerator: numerator, denominator: denominator), .text(TargetLabels.mark(figures.met)), .amount(figures.excess),
                    .change(Self.amount(of: .own, in: figures)),
                ] + fees.map { .change(Self.amount(of: .fee($0), in: figures)) }
            }
            for (index, member) in result.members.enumerated() {
                rows.append(
                    row(
                        member.id, CSVExport.code(member.code), member.name, result.figures[index],
                        TargetLabels.sourceName(result.sources[index], language)))
            }
            rows.append(row("", .text(""), labels.groupTotal, result.group, ""))
        }
        return ReportTable(title: "", columns: headers.map { .init($0) }, rows: rows, format: format)
    }

    /// `costsim-target/1` (MODEL.md): the scenario's settings, then each case with its own.
    package static func json(_ results: [TargetResult], scenario: Scenario) -> JSONValue {
        func settings(_ target: ReductionTarget) -> [(key: String, value: JSONValue)] {
            [
                ("baselineFiscalYear", .integer(target.baselineFiscalYear)), ("fiscalYear", .integer(target.fiscalYear)),
                ("reduction", .decimal(target.reduction)), ("categories", .array(target.categories.map { .string($0.rawValue) })),
            ]
        }
        func bridge(_ steps: [BridgeStep]) -> JSONValue {
            .array(
                steps.map { step in
                    let item: String
                    switch step.item {
                    case .own: item = "own"
                    case .fee(let label): item = label
                    }
                    return .object([("item", .string(item)), ("amount", .integer(step.amount))])
                })
        }
        func figures(_ figures: TargetFigures) -> [(key: String, value: JSONValue)] {
            let (numerator, denominator) = figures.changeRate
            return [
                ("baseline", .integer(figures.baseline)), ("targetCost", .integer(figures.targetCost)), ("cost", .integer(figures.cost)),
                ("change", .integer(figures.change)),
                ("changeRate", .decimal(NumberFormat.rate(numerator: numerator, denominator: denominator))), ("met", .bool(figures.met)),
                ("excess", .integer(figures.excess)),
            ]
        }
        let cases = results.map { result -> JSONValue in
            let members = result.members.indices.map { index -> JSONValue in
                let source: String
                switch result.sources[index] {
                case .settled: source = "settled"
                case .surveyEstimate: source = "surveyEstimate"
                case .standalone(let estimated): source = estimated ? "standaloneEstimate" : "standalone"
                }
                return .object(
                    JSONObject(
                        [("id", .string(result.members[index].id))] + figures(result.figures[index])
                            + [("bridge", bridge(result.figures[index].bridge)), ("baselineSource", .string(source))]))
            }
            return .object(
                JSONObject(
                    [("case", .string(result.caseName.text))] + settings(result.target) + [
                        ("members", .array(members)),
                        (
                            "group",
                            .object(
                                JSONObject(
                                    figures(result.group) + [
                                        ("membersMet", .integer(result.membersMet)), ("bridge", bridge(result.group.bridge)),
                                    ]))
                        ),
                    ]))
        }
        let top = scenario.target ?? results.first?.target
        return .object(
            JSONObject(
                [("format", .string("costsim-target/1")), ("scenario", .string(scenario.name))] + (top.map(settings) ?? [])
                    + [("cases", .array(cases))]))
    }
}
