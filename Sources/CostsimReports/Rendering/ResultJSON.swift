import CloudCostModel
import CostsimCore

/// The JSON shapes of MODEL.md: `costsim-result/1` and `costsim-apportionment/1`.
public enum ResultJSON {
    /// `costsim-result/1`, written straight to text: for 1,741 members it is megabytes, so no tree is built.
    public static func result(_ results: ScenarioResults) throws -> String {
        try OutputSink.text { try result(results, to: $0) }
    }

    /// Added fields, present only when there is something to say: `estimates`, the members whose
    /// stay-alone system cost is estimated (method, factor and source), and `warnings`, what the
    /// scenario leaves to be filled in (`PATH: message`, in English, for programs).
    static func inputs(_ out: inout JSONStream, _ results: ScenarioResults) {
        let estimated = results.scenario.members.filter { $0.standalone.annualCostEstimate != nil }
        if !estimated.isEmpty {
            out.key("estimates")
            out.beginArray()
            for member in estimated {
                out.element()
                out.beginObject()
                out.key("id")
                out.string(member.id)
                out.key("field")
                out.string("standalone.annualCost")
                out.key("method")
                out.string(EstimateMethod.band.rawValue)
                out.key("factor")
                out.number((member.standalone.annualCostEstimate?.factor ?? .one).description)
                out.key("source")
                out.string(ITCostSurvey2017.citation(.ja))
                out.endObject()
            }
            out.endArray()
        }
        let warnings = results.document.warnings
        if !warnings.isEmpty {
            out.key("warnings")
            out.beginArray()
            for warning in warnings {
                out.element()
                out.string(warning.text(.en))
            }
            out.endArray()
        }
    }

    /// `costsim-result/1`, written straight to `sink` as it is made: for 1,741 members it is
    /// megabytes, so neither a tree nor the whole text is built. The cases are computed one at a
    /// time; of each, only what its comparison prints is kept for the `comparisons` after the cases.
    ///
    /// - Parameter members: only these members' figures (by id); the group's stay the whole group's.
    package static func result(_ results: ScenarioResults, to sink: OutputSink, members: Set<String>? = nil) throws {
        func included(_ id: String) -> Bool { members?.contains(id) ?? true }
        let scenario = results.scenario
        var out = JSONStream(sink: sink)
        out.beginObject()
        out.key("format")
        out.string("costsim-result/1")
        out.key("scenario")
        out.string(scenario.name)
        out.key("fiscalYears")
        out.inlineIntegers(scenario.fiscalYears)
        inputs(&out, results)
        out.key("cases")
        out.beginArray()
        var comparisons: [(ids: [String], comparison: Comparison)] = []
        try results.forEachCase { result, comparison in
            if let comparison { comparisons.append((result.members.map(\.id), comparison.withoutYearlySavings())) }
            out.element()
            out.beginObject()
            out.key("name")
            out.string(result.name.text)
            out.key("members")
            out.beginArray()
            for (index, member) in result.members.enumerated() where included(member.id) {
                out.element()
                out.beginObject()
                out.key("id")
                out.string(member.id)
                out.key("years")
                yearList(&out, result.fiscalYears, result.figures[index])
                if let summary = comparison?.members[index] {  // added field: stay-alone minus this case, by category and year
                    out.key("savings")
                    yearList(&out, result.fiscalYears, summary.yearlyByCategory)
                }
                out.endObject()
            }
            out.endArray()
            // Added field: the whole group's figures, and its savings, by category and year.
            out.key("group")
            out.beginObject()
            out.key("years")
            yearList(&out, result.fiscalYears, try result.groupFigures())
            if let comparison {
                out.key("savings")
                yearList(&out, result.fiscalYears, comparison.group.yearlyByCategory)
            }
            out.endObject()
            out.endObject()
        }
        out.endArray()
        out.key("comparisons")
        out.beginArray()
        for (ids, comparison) in comparisons {
            out.element()
            out.beginObject()
            out.key("case")
            out.string(comparison.caseName.text)
            if let against = results.against {  // added field: the case compared with, when not staying alone
                out.key("against")
                out.string(against.name.text)
            }
            out.key("members")
            out.beginArray()
            for (id, summary) in zip(ids, comparison.members) where included(id) {
                guard let summary else { continue }
                out.element()
                out.value(summaryJSON(summary, id: id))
            }
            out.endArray()
            if !comparison.comparesEveryMember {  // added field: members in only one of the two cases, not compared
                let onlyInCase = zip(ids, comparison.members).filter { $0.1 == nil }.map(\.0)
                out.key("notCompared")
                out.value(
                    .object(
                        JSONObject([
                            ("onlyInCase", .array(onlyInCase.map { .string($0) })),
                            ("onlyInAgainst", .array(comparison.onlyInBaseline.map { .string($0.id) })),
                        ])))
            }
            out.key("group")
            out.value(summaryJSON(comparison.group, id: nil))
            out.endObject()
        }
        out.endArray()
        out.endObject()
        out.finishToSink()
    }

    /// `[{"fiscalYear": 2016, "system": …, "total": …}, …]`, one object a year on a line each.
    static func yearList(_ out: inout JSONStream, _ years: ClosedRange<Int>, _ figures: [CategoryFigures]) {
        out.beginArray()
        for (year, value) in zip(years, figures) {
            out.element()
            out.beginInlineObject()
            out.inlineKey("fiscalYear", first: true)
            out.integer(Int64(year))
            for (name, category) in categoryKeys {
                out.inlineKey(name)
                out.integer(value[category])
            }
            out.inlineKey("total")
            out.integer(value.total)
            out.endInlineObject()
        }
        out.endArray()
    }

    /// The categories as one object with their total (`savingsByCategory`).
    static func categoriesJSON(_ figures: CategoryFigures) -> JSONValue {
        .object(categoryKeys.map { ($0.0, JSONValue.integer(figures[$0.1])) } + [("total", .integer(figures.total))])
    }

    static let categoryKeys: [(String, CostCategory)] = [
        ("system", .system), ("personnel", .personnel), ("governmentCloud", .governmentCloud), ("oneOff", .oneOff), ("subsidy", .subsidy),
        ("allocationTax", .allocationTax),
    ]

    static func summaryJSON(_ summary: SavingsSummary, id: String?) -> JSONValue {
        var members: [(String, JSONValue)] = id.map { [("id", .string($0))] } ?? []
        members += [
            ("standaloneTotal", .integer(summary.standaloneTotal)),
            ("caseTotal", .integer(summary.caseTotal)),
            ("savings", .integer(summary.savings)),
            ("savingsRate", .decimal(summary.savingsRate(places: 6))),
            ("paybackFiscalYear", summary.paybackFiscalYear.map { .integer($0) } ?? .null),
            ("npvSavings", .integer(summary.npvSavings)),
            ("savingsByCategory", categoriesJSON(summary.byCategory)),
        ]
        return .object(members)
    }

    package static func apportionment(_ table: ApportionmentTable) -> JSONValue {
        .object([
            ("format", .string("costsim-apportionment/1")),
            ("case", .string(table.caseName.text)),
            ("fiscalYear", .integer(table.fiscalYear)),
            ("fees", .array(table.fees.map(feeJSON))),
        ])
    }

    /// One fee of `costsim-apportionment/1`: every member's share, 0 where it paid nothing.
    static func feeJSON(_ fee: ApportionmentTable.FeeRow) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = [
            ("label", .string(fee.label)), ("category", .string(fee.category.rawValue)), ("total", .integer(fee.total)),
        ]
        // Added field: the members a fee applies to, when it names them.
        if let members = fee.members { fields.append(("members", .array(members.map { .string($0) }))) }
        let shares = fee.shares.map { share -> JSONValue in
            .object([
                ("id", .string(share.id)), ("amount", .integer(share.amount)), ("subsidy", .integer(share.subsidy)),
                ("allocationTax", .integer(share.allocationTax)),
            ])
        }
        fields.append(("shares", .array(shares)))
        return .object(JSONObject(fields))
    }
}
