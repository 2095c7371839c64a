/// The JSON shapes of MODEL.md: `costsim-result/1` and `costsim-apportionment/1`.
public enum ResultJSON {
    public static func result(_ results: ScenarioResults) -> JSONValue {
        let scenario = results.scenario
        let cases: [JSONValue] = results.cases.map { result in
            .object([
                ("name", .string(result.name)),
                ("members", .array(result.members.indices.map { index in
                    .object([
                        ("id", .string(result.members[index].id)),
                        ("years", .array(result.fiscalYears.map { year in
                            figures(result.figures(member: index, fiscalYear: year), fiscalYear: year)
                        })),
                    ])
                })),
            ])
        }
        let comparisons: [JSONValue] = zip(results.cases.dropFirst(), results.comparisons).map { result, comparison in
            .object([
                ("case", .string(comparison.caseName)),
                ("members", .array(zip(result.members, comparison.members).map { member, summary in
                    summaryJSON(summary, id: member.id)
                })),
                ("group", summaryJSON(comparison.group, id: nil)),
            ])
        }
        return .object([
            ("format", .string("costsim-result/1")),
            ("scenario", .string(scenario.name)),
            ("fiscalYears", .array(scenario.fiscalYears.map { .integer($0) })),
            ("cases", .array(cases)),
            ("comparisons", .array(comparisons)),
        ])
    }

    static func figures(_ figures: CategoryFigures, fiscalYear: Int) -> JSONValue {
        .object([
            ("fiscalYear", .integer(fiscalYear)),
            ("system", .integer(figures.system)),
            ("personnel", .integer(figures.personnel)),
            ("governmentCloud", .integer(figures.governmentCloud)),
            ("oneOff", .integer(figures.oneOff)),
            ("subsidy", .integer(figures.subsidy)),
            ("total", .integer(figures.total)),
        ])
    }

    static func summaryJSON(_ summary: SavingsSummary, id: String?) -> JSONValue {
        var members: [(String, JSONValue)] = id.map { [("id", .string($0))] } ?? []
        members += [
            ("standaloneTotal", .integer(summary.standaloneTotal)),
            ("caseTotal", .integer(summary.caseTotal)),
            ("savings", .integer(summary.savings)),
            ("savingsRate", .decimal(summary.savingsRate(places: 6))),
            ("paybackFiscalYear", summary.paybackFiscalYear.map { .integer($0) } ?? .null),
            ("npvSavings", .integer(summary.npvSavings)),
        ]
        return .object(members)
    }

    public static func apportionment(_ table: ApportionmentTable) -> JSONValue {
        .object([
            ("format", .string("costsim-apportionment/1")),
            ("case", .string(table.caseName)),
            ("fiscalYear", .integer(table.fiscalYear)),
            ("fees", .array(table.fees.map { fee in
                .object([
                    ("label", .string(fee.label)),
                    ("category", .string(fee.category.rawValue)),
                    ("total", .integer(fee.total)),
                    ("shares", .array(fee.shares.map { share in
                        .object([("id", .string(share.id)), ("amount", .integer(share.amount)), ("subsidy", .integer(share.subsidy))])
                    })),
                ])
            })),
        ])
    }
}
