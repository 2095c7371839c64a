import CloudCostModel
import CostsimCore

/// Tables and JSON for the what-if commands: sensitivity, timing and fairness.
package struct AnalysisTables: Sendable {
    package var labels: Labels
    /// How years are written (the labels write them so; a page's footer writes its day so too).
    package var years: YearStyle
    package var language: Language
    /// The unit money is shown in (the JSON is always in yen).
    package var unit: DisplayUnit
    /// The scenario's members, so that the tables say which figures rest on an estimate (推計).
    package var members: [Member]

    package init(language: Language = .ja, years: YearStyle = .western, unit: DisplayUnit = .yen, members: [Member] = []) {
        self.language = language
        self.unit = unit
        self.members = members
        labels = Labels.of(language, years: years)
        self.years = years
    }

    /// Under each table: which members' stay-alone costs are estimated.
    var estimateNotes: [String] { InputNotes.notes(members: members, warnings: [], labels: labels, language: language) }

    /// How the tables' cells are shown: the unit, the year style, the language.
    var format: CellFormat { CellFormat(unit: unit, labels: labels, language: language) }

    /// An amount inside a phrase (a renewal avoided, a bound), rounded as a cell of the table is.
    func money(_ amount: Int64) -> String { format.money(amount) }

    package func inputName(_ input: Sensitivity.Input) -> String {
        switch input {
        case .exchangeRate: return labels.inputExchangeRate
        case .populationGrowth: return labels.inputPopulationGrowth
        case .fee(let label): return label
        case .staffCost: return labels.inputStaffCost
        case .joinCost: return labels.inputJoinCost
        case .standaloneCost: return labels.inputStandaloneCost
        }
    }

    func moveText(_ input: Sensitivity.Input, up: Bool, _ sensitivity: Sensitivity) -> String {
        let sign = up ? "+" : "−"
        if input == .populationGrowth {
            return "\(sign)\(ExactDecimal(millionths: sensitivity.growthPoints.millionths * 100).description)pt"
        }
        return "\(sign)\(NumberFormat.percent(sensitivity.change))"
    }

    // MARK: Sensitivity

    /// The tornado table: each input down and up, largest swing first; cells are changes in savings.
    package func sensitivity(_ sensitivity: Sensitivity) -> ReportTable {
        var table = ReportTable(
            title: labels.sensitivityTitle(labels.caseName(sensitivity.caseName)),
            columns: [.init(labels.input, .left), .init(labels.move), .init(labels.groupTotal)]
                + sensitivity.members.map { .init($0.name) },
            format: format)
        table.rows.append(
            [.text(labels.baseSavings), .blank, .amount(sensitivity.baseGroupSavings)] + sensitivity.baseMemberSavings.map(TableCell.amount)
        )
        for effect in sensitivity.effects {
            table.rows.append(
                [.text(inputName(effect.input)), .text(moveText(effect.input, up: false, sensitivity)), .change(effect.lowGroup)]
                    + effect.lowMembers.map(TableCell.change))
            table.rows.append(
                [.blank, .text(moveText(effect.input, up: true, sensitivity)), .change(effect.highGroup)]
                    + effect.highMembers.map(TableCell.change))
        }
        table.notes =
            [labels.sensitivityNote]
            + InputNotes.notes(members: sensitivity.members, warnings: [], labels: labels, language: language)
        for refused in sensitivity.refused {
            table.notes.append(
                labels.sensitivityRefused(inputName(refused.input), moveText(refused.input, up: refused.up, sensitivity))
                    + refused.problems(language).joined(separator: "; "))
        }
        return table
    }

    package func sensitivityJSON(_ sensitivity: Sensitivity) -> JSONValue {
        func side(_ group: Int64, _ members: [Int64]) -> JSONValue {
            .object([
                ("group", .integer(group)),
                ("members", .array(zip(sensitivity.members, members).map { .object([("id", .string($0.id)), ("change", .integer($1))]) })),
            ])
        }
        return .object([
            ("format", .string("costsim-sensitivity/1")),
            ("case", .string(sensitivity.caseName.text)),
            ("change", .decimal(sensitivity.change)),
            ("growthPoints", .decimal(sensitivity.growthPoints)),
            ("baseSavings", side(sensitivity.baseGroupSavings, sensitivity.baseMemberSavings)),
            (
                "refused",
                .array(
                    sensitivity.refused.map { refused in
                        .object([
                            ("input", .string(inputName(refused.input))),
                            ("move", .string(moveText(refused.input, up: refused.up, sensitivity))),
                            ("problems", .array(refused.problems(.en).map { .string($0) })),
                        ])
                    })
            ),
            (
                "inputs",
                .array(
                    sensitivity.effects.map { effect in
                        .object([
                            ("input", .string(inputName(effect.input))), ("low", side(effect.lowGroup, effect.lowMembers)),
                            ("high", side(effect.highGroup, effect.highMembers)), ("swing", .integer(effect.swing)),
                        ])
                    })
            ),
        ])
    }

    // MARK: Timing

    package func timing(_ timing: JoinTiming) -> ReportTable {
        var table = ReportTable(
            title: labels.timingTitle(timing.member.name, labels.caseName(timing.caseName)),
            columns: [
                .init(labels.joinMonth, .left), .init(labels.savings), .init(labels.npv), .init(labels.payback),
                .init(labels.groupSavings), .init(labels.avoidedRenewals, .left),
            ], format: format)
        for (index, row) in timing.rows.enumerated() {
            let month = row.month.map { labels.month($0) } ?? labels.neverJoins
            let avoided = row.avoidedRenewals.map {
                "\($0.label.isEmpty ? labels.renewal : $0.label) \(labels.month($0.month)) \(money($0.amount))"
            }
            table.rows.append([
                .text(index == timing.best ? "★ " + month : month), .amount(row.memberSavings), .amount(row.memberNPV),
                labels.paybackCell(row.memberPayback, joins: row.month, in: timing.fiscalYears), .amount(row.groupSavings),
                .text(avoided.joined(separator: "、")),
            ])
        }
        table.notes = [labels.timingNote] + estimateNotes
        return table
    }

    package func timingJSON(_ timing: JoinTiming) -> JSONValue {
        .object([
            ("format", .string("costsim-timing/1")),
            ("case", .string(timing.caseName.text)),
            ("member", .string(timing.member.id)),
            ("best", timing.rows[timing.best].month.map { .string($0.description) } ?? .null),
            (
                "months",
                .array(
                    timing.rows.map { row in
                        .object([
                            ("joins", row.month.map { .string($0.description) } ?? .null), ("savings", .integer(row.memberSavings)),
                            ("npvSavings", .integer(row.memberNPV)), ("paybackFiscalYear", row.memberPayback.map { .integer($0) } ?? .null),
                            ("groupSavings", .integer(row.groupSavings)),
                            ("avoidedRenewals", .array(row.avoidedRenewals.map(\.json))),
                        ])
                    })
            ),
        ])
    }

    // MARK: Fairness

    package func fairness(_ fairness: Fairness) -> [ReportTable] {
        var members = ReportTable(
            title: labels.fairnessTitle(labels.caseName(fairness.caseName)),
            columns: [
                .init(labels.member, .left), .init(labels.gains, .left), .init(labels.savings), .init(labels.shapley),
                .init(labels.difference),
            ] + (fairness.members.contains { $0.shapleyMargin != nil } ? [.init(labels.margin)] : []),
            format: format)
        let withMargin = members.columns.count == 6
        for row in fairness.members {
            let (difference, overflow) = row.savings.subtractingReportingOverflow(row.shapley)
            members.rows.append(
                [
                    .text(row.name), .text(row.gainsByJoining ? labels.yes : labels.no), .amount(row.savings), .amount(row.shapley),
                    overflow ? .text("-") : .change(difference),
                ] + (row.shapleyMargin.map { [.margin($0)] } ?? (withMargin ? [.blank] : [])))
        }
        members.rows.append(
            [
                .text(labels.groupTotal), .blank, .total(of: fairness.members.map(\.savings)), .total(of: fairness.members.map(\.shapley)),
                .blank,
            ]
                + (withMargin ? [.blank] : []))
        members.totalRowCount = 1
        switch fairness.method {
        case .exact(let coalitions): members.notes = [labels.shapleyExact(coalitions)]
        case .sampled(let permutations, let seed): members.notes = [labels.shapleySampled(permutations, Int(seed))]
        }
        members.notes.append(labels.subsidyRoundingNote)
        members.notes += estimateNotes
        var coalitions = ReportTable(
            title: labels.blockingTitle, columns: [.init(labels.coalition, .left), .init(labels.gainAlone)], format: format)
        for coalition in fairness.blocking {
            coalitions.rows.append([
                .text(coalition.members.map { fairness.members[$0].name }.joined(separator: "・")), .amount(coalition.gain),
            ])
        }
        coalitions.notes = [
            fairness.blockingCount == 0
                ? labels.noBlocking(fairness.coalitionsChecked)
                : labels.blockingSummary(fairness.coalitionsChecked, fairness.blockingCount, fairness.blocking.count)
        ]
        return [members, coalitions]
    }

    package func fairnessJSON(_ fairness: Fairness) -> JSONValue {
        var method: [(String, JSONValue)]
        switch fairness.method {
        case .exact(let coalitions): method = [("method", .string("exact")), ("coalitions", .integer(coalitions))]
        case .sampled(let permutations, let seed):
            method = [
                ("method", .string("sampled")), ("permutations", .integer(permutations)),
                ("seed", .number(String(seed))),
            ]
        }
        return .object(
            [
                ("format", .string("costsim-fairness/1")),
                ("case", .string(fairness.caseName.text)),
            ] + method + [
                ("grandCoalitionSavings", .integer(fairness.grandCoalitionSavings)),
                (
                    "members",
                    .array(
                        fairness.members.map { row in
                            .object(
                                [
                                    ("id", .string(row.id)), ("gainsByJoining", .bool(row.gainsByJoining)),
                                    ("savings", .integer(row.savings)),
                                    ("shapley", .integer(row.shapley)),
                                ] + (row.shapleyMargin.map { [("shapleyMargin95", JSONValue.integer($0))] } ?? []))
                        })
                ),
                ("coalitionsChecked", .integer(fairness.coalitionsChecked)),
                ("blockingCount", .integer(fairness.blockingCount)),
                ("blockingListed", .integer(fairness.blocking.count)),
                (
                    "blocking",
                    .array(
                        fairness.blocking.map { coalition in
                            .object([
                                ("members", .array(coalition.members.map { .string(fairness.members[$0].id) })),
                                ("gain", .integer(coalition.gain)),
                            ])
                        })
                ),
            ])
    }
}
