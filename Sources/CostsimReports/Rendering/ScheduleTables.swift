import CloudCostModel
import CostsimCore

/// The tables and JSON of `costsim schedule`.
package struct ScheduleTables: Sendable {
    package let plan: SchedulePlan
    /// Labels, units and the notes every analysis table carries.
    let base: AnalysisTables
    var language: Language { base.language }
    var labels: Labels { base.labels }

    package init(_ plan: SchedulePlan, language: Language = .ja, years: YearStyle = .western, unit: DisplayUnit = .yen) {
        self.plan = plan
        base = AnalysisTables(language: language, years: years, unit: unit, members: plan.scenario.members)
    }

    /// The method, the capacity, the rounding and the estimates: under the schedule table.
    var notes: [String] {
        var notes = [ScheduleLabels.method(plan.method, money: base.money, language)]
        // Where every schedule was computed the bound adds nothing: the answer is exact by itself.
        if case .exhaustive = plan.method {
        } else {
            notes.append(ScheduleLabels.bound(plan, money: base.money, language))
        }
        return notes + [
            ScheduleLabels.capacityNote(plan.capacity, labels: labels, language),
            labels.npvNote(NumberFormat.percent(plan.scenario.discountRate)),
        ] + base.estimateNotes
    }

    func renewals(_ row: SchedulePlan.Row) -> String {
        let amount = row.avoidedRenewals.reduce(Int64(0)) { $0 &+ $1.amount }
        return ScheduleLabels.renewals(count: row.avoidedRenewals.count, amount: base.money(amount), language)
    }

    /// Member, kind, join month, earliest month, months after it, the plan's month, savings, their
    /// present value, payback and the renewals avoided; the group last.
    package func schedule() -> ReportTable {
        let names = ScheduleLabels.columns(language)
        // The kind (scheduled or as planned) only where some member keeps its plan's month.
        let mixed = plan.rows.contains { !$0.moved }
        var table = ReportTable(
            title: ScheduleLabels.title(language),
            columns: [.init(labels.member, .left)] + (mixed ? [.init(names.kind, .left)] : []) + [
                .init(labels.joinMonth, .left), .init(names.earliest, .left), .init(names.delay), .init(names.plan, .left),
                .init(labels.savings), .init(labels.npv), .init(labels.payback), .init(names.renewals, .left),
            ], format: base.format)
        let years = plan.scenario.fiscalYears
        for row in plan.rows {
            table.rows.append(
                [.text(row.member.name)] + (mixed ? [.text(ScheduleLabels.kind(moved: row.moved, language))] : []) + [
                    row.joins.map(TableCell.month) ?? .text(labels.neverJoins), row.earliest.map(TableCell.month) ?? .blank,
                    .text(ScheduleLabels.delay(row.monthsAfterEarliest, language)),
                    row.planJoins.map(TableCell.month) ?? .text(labels.neverJoins),
                    .amount(row.summary.savings), .amount(row.summary.npvSavings),
                    labels.paybackCell(row.summary.paybackFiscalYear, joins: row.joins, in: years), .text(renewals(row)),
                ])
        }
        let firstJoin = plan.rows.compactMap(\.joins).min()
        table.rows.append(
            [.text(labels.groupTotal)] + (mixed ? [.blank] : []) + [
                .blank, .blank, .blank, .blank, .amount(plan.group.savings), .amount(plan.group.npvSavings),
                labels.paybackCell(plan.group.paybackFiscalYear, joins: firstJoin, in: years), .blank,
            ])
        table.totalRowCount = 1
        table.notes = notes
        return table
    }

    /// The group under this schedule, under the plan as written, and the difference.
    package func group() -> ReportTable {
        let years = plan.scenario.fiscalYears
        var table = ReportTable(
            title: ScheduleLabels.groupTitle(language),
            columns: [
                .init(ScheduleLabels.groupColumns(language).what, .left), .init(labels.savings), .init(labels.npv), .init(labels.payback),
                .init(ScheduleLabels.groupColumns(language).breaches),
            ], format: base.format)
        let scheduleFirst = plan.scheduled.members.compactMap(\.joins).min()
        let planFirst = plan.scenario.members.compactMap(\.joins).min()
        table.rows = [
            [
                .text(ScheduleLabels.scheduleRow(language)), .amount(plan.group.savings), .amount(plan.group.npvSavings),
                labels.paybackCell(plan.group.paybackFiscalYear, joins: scheduleFirst, in: years), .count(0),
            ],
            [
                .text(ScheduleLabels.planRow(language)), .amount(plan.planGroup.savings), .amount(plan.planGroup.npvSavings),
                labels.paybackCell(plan.planGroup.paybackFiscalYear, joins: planFirst, in: years), .count(Int64(plan.breaches.count)),
            ],
            [
                .text(ScheduleLabels.differenceRow(language)), Self.change(plan.group.savings, plan.planGroup.savings),
                Self.change(plan.group.npvSavings, plan.planGroup.npvSavings), .blank, .blank,
            ],
        ]
        table.totalRowCount = 1
        table.notes =
            (plan.breaches.isEmpty ? [] : [ScheduleLabels.planBreaksNote(plan.breaches.count, language)]) + [
                ScheduleLabels.patchNote(language)
            ]
        return table
    }

    /// What the plan as written breaks, one line each (nil when it keeps every rule).
    package func breaches() -> ReportTable? {
        guard !plan.breaches.isEmpty else { return nil }
        var table = ReportTable(
            title: ScheduleLabels.breachesTitle(language), columns: [.init(language.text(ja: "内容", en: "What"), .left)], format: base.format
        )
        table.rows = plan.breaches.map { [.text(ScheduleLabels.breach($0, labels: labels, language))] }
        return table
    }

    /// The moved members that do not save in the schedule, and why (nil when every one saves).
    package func losers() -> ReportTable? {
        guard !plan.losers.isEmpty else { return nil }
        let headers = ScheduleLabels.loserColumns(language)
        var table = ReportTable(
            title: ScheduleLabels.losersTitle(language),
            columns: [.init(headers[0], .left)] + [.init(headers[1]), .init(headers[2], .left)] + headers[3...].map { .init($0) },
            format: base.format)
        table.rows = plan.losers.map { loser in
            [
                .text(loser.name), .amount(loser.npvSavings), .month(loser.bestMonth), .amount(loser.bestNPV),
                .amount(loser.standaloneTotal), .amount(loser.caseTotal),
            ]
        }
        table.notes = [ScheduleLabels.losersNote(language)]
        return table
    }

    /// `a − b` as a signed change (a dash if it does not fit).
    static func change(_ a: Int64, _ b: Int64) -> TableCell {
        let (value, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? .text("-") : .change(value)
    }

    /// Every table of the page, in order.
    package var tables: [ReportTable] { [schedule(), group()] + [breaches(), losers()].compactMap { $0 } }

    /// `costsim-schedule/1`: the method, the members' months and figures, the group against the plan,
    /// the breaches of the plan, the members that do not save, and the variant patch.
    package func json(variantName: String) -> JSONValue {
        func summary(_ summary: SavingsSummary) -> JSONValue {
            .object([
                ("savings", .integer(summary.savings)), ("npvSavings", .integer(summary.npvSavings)),
                ("paybackFiscalYear", summary.paybackFiscalYear.map { .integer($0) } ?? .null),
            ])
        }
        let method: JSONValue
        switch plan.method {
        case .bound:
            method = .object([("method", .string("bound")), ("exact", .bool(true))])
        case .exhaustive(let schedules):
            method = .object([("method", .string("exhaustive")), ("exact", .bool(true)), ("schedules", .integer(Int64(schedules)))])
        case .localSearch(let starts, let seed, let schedules, let agreeing, let worst):
            method = .object([
                ("method", .string("localSearch")), ("exact", .bool(false)), ("starts", .integer(Int64(starts))),
                ("seed", .string(String(seed))), ("schedules", .integer(Int64(schedules))), ("startsAgreeing", .integer(Int64(agreeing))),
                ("worstStartNpvSavings", worst.map { .integer($0) } ?? .null),
            ])
        }
        let bound: JSONValue
        switch plan.bound {
        case .success(let value): bound = .integer(value)
        case .failure: bound = .null
        }
        let members: [JSONValue] = plan.rows.map { row in
            .object([
                ("id", .string(row.member.id)), ("moved", .bool(row.moved)), ("joins", row.joins.map { .string($0.description) } ?? .null),
                ("earliest", row.earliest.map { .string($0.description) } ?? .null),
                ("monthsAfterEarliest", row.monthsAfterEarliest.map { .integer(Int64($0)) } ?? .null),
                ("planJoins", row.planJoins.map { .string($0.description) } ?? .null), ("savings", .integer(row.summary.savings)),
                ("npvSavings", .integer(row.summary.npvSavings)),
                ("paybackFiscalYear", row.summary.paybackFiscalYear.map { .integer($0) } ?? .null),
                ("avoidedRenewals", .array(row.avoidedRenewals.map(\.json))),
            ])
        }
        return .object([
            ("format", .string("costsim-schedule/1")), ("search", method), ("provenBest", .bool(plan.isProvenBest)),
            ("npvSavingsBound", bound), ("npvSavingsBoundWhenAllSave", plan.boundWhenAllSave.map { .integer($0) } ?? .null),
            ("members", .array(members)),
            ("group", summary(plan.group)), ("plan", summary(plan.planGroup)),
            (
                "planBreaches",
                .array(plan.breaches.map { .string(ScheduleLabels.breach($0, labels: Labels.of(.en, years: .western), .en)) })
            ),
            (
                "notSaving",
                .array(
                    plan.losers.map { loser in
                        .object([
                            ("name", .string(loser.name)), ("npvSavings", .integer(loser.npvSavings)),
                            ("bestMonthAlone", .string(loser.bestMonth.description)), ("bestNpvSavingsAlone", .integer(loser.bestNPV)),
                        ])
                    })
            ),
            ("variant", plan.variant(name: variantName)),
        ])
    }
}
