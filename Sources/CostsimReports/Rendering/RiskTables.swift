import CloudCostModel
import CostsimCore

/// The tables, JSON and CSV of `costsim risk`.
package struct RiskTables: Sendable {
    package let analysis: RiskAnalysis
    package let language: Language
    package let unit: DisplayUnit
    package let labels: Labels
    /// How years are written (the labels write them so; the page's footer writes its day so too).
    package let years: YearStyle
    /// Member names by id, for the join-delay inputs.
    let names: [String: String]
    /// The scenario's members, so that the tables say which figures rest on an estimate (推計).
    let scenarioMembers: [Member]

    package init(
        _ analysis: RiskAnalysis, language: Language = .ja, unit: DisplayUnit = .yen, years: YearStyle = .western, members: [Member] = []
    ) {
        self.analysis = analysis
        self.language = language
        self.unit = unit
        scenarioMembers = members
        labels = Labels.of(language, years: years)
        self.years = years
        names = Dictionary(zip(analysis.memberIDs, analysis.members.map(\.name)), uniquingKeysWith: { first, _ in first })
    }

    var caseName: String { labels.caseName(analysis.caseName) }

    /// How the tables' cells are shown: the unit, the year style, the language.
    var format: CellFormat { CellFormat(unit: unit, labels: labels, language: language) }

    /// `98.5%`: draws out of all, to a tenth of a percent (halves away from zero).
    func share(_ draws: Int) -> TableCell { .rate(numerator: Int64(draws), denominator: Int64(analysis.draws)) }

    var outcomes: [RiskAnalysis.Outcome] { analysis.members + [analysis.group] }
    func name(_ outcome: Int) -> String { outcome < analysis.members.count ? analysis.members[outcome].name : labels.groupTotal }

    func inputName(_ input: RiskInput) -> String {
        if case .joinDelay(let id) = input, let name = names[id] {
            return language.text(ja: "参加の遅れ（\(name)、月）", en: "join delay (\(name), months)")
        }
        return RiskLabels.inputName(input, language)
    }

    var notes: [String] {
        var notes = [RiskLabels.method(draws: analysis.draws, seed: analysis.seed, language)]
        if analysis.drivers.isEmpty { notes.append(RiskLabels.nothingUncertain(language)) }
        if !analysis.sources.isEmpty { notes.append(RiskLabels.sourcesNote(analysis.sources, language)) }
        return notes + InputNotes.notes(members: scenarioMembers, warnings: [], labels: labels, language: language)
    }

    func distributionTable(title: String, _ summary: (RiskAnalysis.Outcome) -> OutcomeSummary, withProbability: Bool) -> ReportTable {
        var table = ReportTable(
            title: title,
            columns: [
                .init(labels.member, .left), .init(RiskLabels.planned(language)), .init(RiskLabels.mean(language)), .init("P5"),
                .init("P10"), .init(RiskLabels.median(language)), .init("P90"), .init("P95"),
                .init(RiskLabels.plannedPercentile(language)),
            ] + (withProbability ? [.init(RiskLabels.probability(language))] : [])
                + (withProbability && analysis.target != nil ? [.init(RiskLabels.probabilityMet(language))] : []), format: format)
        for (index, outcome) in outcomes.enumerated() {
            let figures = summary(outcome)
            table.rows.append(
                [.text(name(index)), .amount(figures.planned), .amount(figures.mean)] + figures.percentiles.map(TableCell.amount)
                    + [share(figures.drawsAtOrBelowPlanned)]
                    // A member that joins in no draw has no chance to save: it does not join (不参加).
                    + (withProbability
                        ? [outcome.notJoining == analysis.draws ? .text(labels.notJoining) : share(outcome.savingDraws)] : [])
                    + (withProbability ? outcome.metTargetDraws.map { [share($0)] } ?? [] : []))
        }
        table.totalRowCount = 1
        table.notes = [RiskLabels.plannedNote(language)] + notes
        if withProbability, let target = analysis.target { table.notes.append(RiskLabels.metNote(target, labels, language)) }
        return table
    }

    package func savings() -> ReportTable {
        distributionTable(title: RiskLabels.title(caseName, language), \.savings, withProbability: true)
    }

    package func npv() -> ReportTable {
        var table = distributionTable(title: RiskLabels.npvTitle(caseName, language), \.npvSavings, withProbability: false)
        table.notes = [RiskLabels.plannedNote(language), labels.npvNote(NumberFormat.percent(analysis.discountRate))]
        return table
    }

    /// Members down, the payback fiscal years any draw gave across, then never paid back and not joining.
    package func payback() -> ReportTable {
        let years = Set(outcomes.flatMap { $0.paybackDraws.map(\.fiscalYear) }).sorted()
        let anyNever = outcomes.contains { $0.neverPaidBack > 0 }
        let anyOut = outcomes.contains { $0.notJoining > 0 }
        var table = ReportTable(
            title: RiskLabels.paybackTitle(caseName, language),
            columns: [.init(labels.member, .left)] + years.map { .init(labels.year($0)) }
                + (anyNever ? [.init(RiskLabels.neverPaidBack(language))] : []) + (anyOut ? [.init(labels.notJoining)] : []),
            format: format)
        for (index, outcome) in outcomes.enumerated() {
            let byYear = Dictionary(uniqueKeysWithValues: outcome.paybackDraws.map { ($0.fiscalYear, $0.draws) })
            table.rows.append(
                [.text(name(index))] + years.map { share(byYear[$0] ?? 0) } + (anyNever ? [share(outcome.neverPaidBack)] : [])
                    + (anyOut ? [share(outcome.notJoining)] : []))
        }
        table.totalRowCount = 1
        return table
    }

    /// The inputs, strongest first; at most `limit` (the JSON has them all).
    package func drivers(limit: Int = 10) -> ReportTable {
        var table = ReportTable(
            title: RiskLabels.driversTitle(language),
            columns: [
                .init(RiskLabels.input(language), .left), .init(RiskLabels.distribution(language), .left),
                .init(RiskLabels.correlation(language)),
            ], format: format)
        for driver in analysis.drivers.prefix(limit) {
            table.rows.append([
                .text(inputName(driver.input)), .text(RiskLabels.describe(driver.distribution, language)),
                .text(driver.correlation.map(Self.twoDecimals) ?? "—"),
            ])
        }
        table.notes = [RiskLabels.correlationNote(language)]
        return table
    }

    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "−" : ""
        let magnitude = abs(hundredths)
        return "\(sign)\(magnitude / 100).\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)"
    }

    package var tables: [ReportTable] { [savings(), npv(), payback()] + (analysis.drivers.isEmpty ? [] : [drivers()]) }

    package func text() -> String { tables.map { $0.text() }.joined(separator: "\n") }

    // MARK: JSON and CSV

    /// `costsim-risk/1`: every figure in exact yen, probabilities as draws out of `draws`.
    package func json() -> JSONValue {
        func summary(_ summary: OutcomeSummary) -> JSONValue {
            .object(
                JSONObject(
                    [("mean", .integer(summary.mean))] + zip(OutcomeSummary.levels, summary.percentiles).map { ("p\($0)", .integer($1)) }
                        + [
                            ("min", .integer(summary.minimum)), ("max", .integer(summary.maximum)),
                            ("planned", .integer(summary.planned)),
                            ("drawsAtOrBelowPlanned", .integer(Int64(summary.drawsAtOrBelowPlanned))),
                        ]))
        }
        func outcome(_ outcome: RiskAnalysis.Outcome, id: String?) -> JSONValue {
            var fields: [(key: String, value: JSONValue)] = []
            if let id { fields.append(("id", .string(id))) }
            fields += [
                ("savings", summary(outcome.savings)), ("npvSavings", summary(outcome.npvSavings)),
                ("savingDraws", .integer(Int64(outcome.savingDraws))),
                (
                    "payback",
                    .array(
                        outcome.paybackDraws.map {
                            .object(JSONObject([("fiscalYear", .integer(Int64($0.fiscalYear))), ("draws", .integer(Int64($0.draws)))]))
                        })
                ),
                ("neverPaidBack", .integer(Int64(outcome.neverPaidBack))), ("notJoining", .integer(Int64(outcome.notJoining))),
            ]
            // Added field, with a target: the draws in which the reduction target is met.
            if let met = outcome.metTargetDraws { fields.append(("metTargetDraws", .integer(Int64(met)))) }
            return .object(JSONObject(fields))
        }
        let drivers = analysis.drivers.map { driver in
            JSONValue.object(
                JSONObject([
                    ("input", .string(RiskLabels.inputName(driver.input, .en))),
                    (
                        "correlation",
                        driver.correlation.map { .number(Self.twoDecimals($0).replacingOccurrences(of: "−", with: "-")) } ?? .null
                    ),
                ]))
        }
        return .object(
            JSONObject([
                ("format", .string("costsim-risk/1")), ("case", .string(analysis.caseName.text)),
                ("draws", .integer(Int64(analysis.draws))),
                ("seed", .number(String(analysis.seed))), ("sampling", .string("latin-hypercube")),
                ("members", .array(zip(analysis.memberIDs, analysis.members).map { outcome($1, id: $0) })),
                ("group", outcome(analysis.group, id: nil)), ("drivers", .array(drivers)),
                ("sources", .array(analysis.sources.map { .string($0) })),
            ]))
    }

    /// One row per draw and member, for Excel: exact yen, Western years.
    package func csv(to sink: OutputSink) throws { try drawsTable().csv(to: sink) }

    /// The draws, a row per draw and member, made as they are written (a national analysis has millions).
    package func drawsTable() -> StreamedTable {
        let headers =
            language.text(
                ja: ["試行", "団体ID", "団体コード", "団体名", "削減額（円）", "削減額の現在価値（円）", "回収年度", "参加月"],
                en: ["draw", "member_id", "member_code", "member", "savings", "npv_savings", "payback_fiscal_year", "joins"])
        return StreamedTable(columns: headers.map { .init($0) }) { [analysis] emit in
            for (draw, row) in (analysis.perDraw ?? []).enumerated() {
                for (index, figures) in row.enumerated() {
                    let cells: [TableCell] = [
                        .count(Int64(draw + 1)), .text(analysis.memberIDs[index]), CSVExport.code(analysis.memberCodes[index]),
                        .text(analysis.members[index].name),
                        .amount(figures.savings), .amount(figures.npvSavings),
                        figures.paybackFiscalYear.map(TableCell.fiscalYear) ?? .blank, figures.joins.map(TableCell.month) ?? .blank,
                    ]
                    guard emit(cells) else { return }
                }
            }
        }
    }
}
