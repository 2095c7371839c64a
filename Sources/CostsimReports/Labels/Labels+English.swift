import CloudCostModel
import CostsimCore

extension Labels {
    /// Every label in English (`--lang en`). The memberwise initialiser makes a label missing here a
    /// compile error, so both languages stay complete.
    static let english = Labels(
        member: "Member", groupTotal: "Group", fiscalYear: "FY",
        standaloneTotal: "Stay-alone total", caseTotal: { "Total (\($0))" }, savings: "Savings", savingsRate: "Rate",
        payback: "Payback FY", npv: "NPV of savings", notPaidBack: "never", notJoining: "does not join",
        system: "System", personnel: "Personnel", governmentCloud: "Gov. Cloud", oneOff: "One-off",
        subsidy: "Subsidy", allocationTax: "Alloc. tax",
        generalFundNote:
            "Total is the burden on the general fund: costs less subsidies (national) and allocation tax measures (local allocation tax).",
        estimateNote: {
            "Estimate (推計): the stay-alone system cost of \($0) is costsim's estimate from national averages by population band (\($1)), not a budget figure."
        },
        pendingNote: { "Not filled in (未入力): \($0), counted as 0 yen." },
        pendingPersonnel: "personnel", pendingJoinCost: "migration cost",
        total: "Total", feeTotal: "Fees total", net: "Net",
        standaloneCase: "stay alone", planCase: "plan", unit: { "Unit: \($0)" },
        roundingNote: {
            "Each amount is rounded to the nearest \($0) on its own, so a total may differ from the sum of the amounts shown."
        },
        csvCostsHeader: ["case", "member_id", "member_code", "member", "fiscal_year", "category", "yen"], csvBasis: "basis",
        csvHeadingFiscalYear: "fiscal_year", csvHeadingCase: "case", csvHeadingUnit: "unit", csvHeadingYen: "yen",
        csvEstimate: "estimate (national average by population band)",
        csvComparisonHeader: [
            "case", "member_id", "member_code", "member", "standalone_total", "case_total", "savings", "savings_rate",
            "payback_fiscal_year",
            "npv_savings",
        ],
        csvAgainstTotal: { "\($0.replacing(" ", with: "_"))_total" },
        csvApportionmentHeader: [
            "fiscal_year", "case", "fee", "category", "member_id", "member_code", "member", "amount", "subsidy", "allocation_tax",
        ],
        npvNote: {
            "NPV of savings: each year's savings discounted to the first year at \($0). Each row is rounded on its own, so the group's figure may differ from the sum of the members'."
        },
        chartCostTitle: { "Group costs: staying alone and \($0)" },
        chartMemberCostTitle: { "costs: staying alone and \($0)" },
        chartMemberSavingsTitle: { "Cumulative savings of \($0), by case" },
        chartBarsLegend: { "Each year: left (pale) staying alone, right \($0). Subsidies and allocation tax are drawn below zero." },
        chartSavingsTitle: { "Cumulative savings by member (\($0))" },
        chartYearEnd: "End of fiscal year",
        paybackLegend: { "paid back \($0)" },
        chartPaybackNote: "○ payback year",
        reportSummary: "Compared with staying alone",
        reportCharts: "Charts",
        reportYears: "Costs by fiscal year",
        reportApportionment: "Apportionment of shared fees",
        reportFooter: "Made with costsim. Figures are computed exactly in yen; only their display is rounded.",
        chartChosenMembers: {
            "\($0) members shown: every member that does not save, then by turns the largest and the smallest savers. "
                + "Not shown: \($1.joined(separator: ", "))."
        },
        chartFirstCases: { "The first \($0) cases shown. Not shown: \($1.joined(separator: ", "))." },
        inputExchangeRate: "Exchange rate", inputPopulationGrowth: "Population growth", inputStaffCost: "Staff cost",
        inputJoinCost: "Migration cost", inputStandaloneCost: "Stay-alone system cost",
        input: "Input", move: "Move", baseSavings: "Savings as planned",
        sensitivityTitle: { "[Sensitivity] \($0): change in savings" },
        sensitivityNote:
            "Each input moved down and up, one at a time; cells are the change in savings (stay-alone total minus the case's). Largest swing first. Population growth moves every member's rate by points.",
        sensitivityRefused: { "\($0) \($1): not computed, as it makes the scenario invalid — " },
        timingTitle: { "[When to join] \($0) (\($1))" },
        joinMonth: "Joins", groupSavings: "Group savings", avoidedRenewals: "Renewals avoided", neverJoins: "never", renewal: "renewal",
        month: { $0.description },
        timingNote: "★ the choice with the largest present value of savings, not joining included. Other members join as planned.",
        fairnessTitle: { "[Fairness] \($0)" },
        gains: "Gains by joining", shapley: "Shapley value", difference: "Savings − Shapley", margin: "±95%",
        yes: "yes", no: "no",
        shapleyExact: { "Shapley values computed exactly from all \($0) coalitions, each on a shared system of its own." },
        shapleySampled: {
            "Shapley values estimated from \($0) random orders of the members (seed \($1)); ± is the 95% confidence half-width."
        },
        subsidyRoundingNote:
            "Each coalition's savings are computed exactly as a case in which only its members join (the same apportionment and subsidy rounding). Shapley values are rounded to the yen by largest remainder, so they add up to the group's savings exactly.",
        blockingTitle: "[Groups of members that would save more on their own]",
        coalition: "Members", gainAlone: "Extra savings on their own",
        blockingSummary: {
            "\($1) of the \($0) groups checked would save more on a shared system of their own (only the \($2) with the largest gains are listed)."
        },
        noBlocking: { "None of the \($0) groups checked would save more on a shared system of its own." },
        comparisonTitle: { "[Compared with staying alone] \($0)" },
        comparisonAgainstTitle: { "[Compared with \($0)] \($1)" },
        savingsAgainstNote: { "Savings = the cost in \($0) minus the case's, category by category." },
        notComparedNote: { caseName, onlyInCase, baseline, onlyInBaseline in
            var parts: [String] = []
            if !onlyInCase.isEmpty { parts.append("\(onlyInCase.joined(separator: ", ")) only in \(caseName)") }
            if !onlyInBaseline.isEmpty { parts.append("\(onlyInBaseline.joined(separator: ", ")) only in \(baseline)") }
            return "Not compared: " + parts.joined(separator: "; ") + " (—). The group's figures compare the two groups as they are, "
                + "every member of each."
        },
        yearTableTitle: { "[Costs by fiscal year] \($0) (\($1))" },
        basisTitle: { "[Basis of the split] \($0) (\($1))" },
        basisName: { basis in
            switch basis {
            case .equal: return "Equal"
            case .population: return "Population"
            case .usage: return "Usage"
            }
        }, population: "Population", usage: "Usage",
        basisNote:
            "The basis is in yen. Each month's amount is divided by the coefficients (equal, population, usage; the last takes the rest), each part in proportion to the members' population or usage, the yen left over going one each to the largest remainders; the year's sums are shown.",
        savingsCategoryTitle: { "[Savings by category] \($0)" },
        savingsYearTitle: { "[Savings by fiscal year] \($0) (\($1))" },
        savingsNote:
            "Savings = stay-alone cost minus the case's, category by category: one-off costs of joining show as negative, subsidies and allocation tax received as positive.",
        reportSavings: "Savings by category",
        apportionmentTitle: { "[Apportionment, FY\($0)] \($1)" },
        period: { "Period: FY\($0)–FY\($1) (\($1 - $0 + 1) years)" },
        year: { "FY\($0)" })
}
