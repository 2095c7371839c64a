/// The language of labels in output.
public enum Language: String, Sendable, CaseIterable {
    case ja, en
}

/// Every label costsim prints, in Japanese (default) and English.
public struct Labels: Sendable {
    public var member: String
    public var groupTotal: String
    public var fiscalYear: String
    public var standaloneTotal: String
    /// The header of a case's total, e.g. `計画総額`, `Total (plan)`.
    public var caseTotal: @Sendable (String) -> String
    public var savings: String
    public var savingsRate: String
    public var payback: String
    public var npv: String
    public var notPaidBack: String
    public var system: String
    public var personnel: String
    public var governmentCloud: String
    public var oneOff: String
    public var subsidy: String
    public var total: String
    public var feeTotal: String
    public var net: String
    public var standaloneCase: String
    public var planCase: String
    public var unit: @Sendable (String) -> String
    public var roundingNote: @Sendable (String) -> String
    public var csvCostsHeader: [String]
    public var csvComparisonHeader: [String]
    public var csvApportionmentHeader: [String]
    public var npvNote: @Sendable (String) -> String
    public var chartCostTitle: @Sendable (String) -> String
    public var chartBarsLegend: @Sendable (String) -> String
    public var chartSavingsTitle: @Sendable (String) -> String
    public var chartYearEnd: String
    public var paybackLegend: @Sendable (String) -> String
    public var chartPaybackNote: String
    public var reportSummary: String
    public var reportCharts: String
    public var reportYears: String
    public var reportApportionment: String
    public var reportFooter: String
    public var chartFirstMembers: @Sendable (Int, Int) -> String
    public var comparisonTitle: @Sendable (String) -> String
    public var yearTableTitle: @Sendable (String, String) -> String
    public var apportionmentTitle: @Sendable (Int, String) -> String
    public var period: @Sendable (Int, Int) -> String
    public var year: @Sendable (Int) -> String

    public static func of(_ language: Language) -> Labels {
        switch language {
        case .ja: return japanese
        case .en: return english
        }
    }

    public func categoryName(_ category: CostCategory) -> String {
        switch category {
        case .system: return system
        case .personnel: return personnel
        case .governmentCloud: return governmentCloud
        case .oneOff: return oneOff
        case .subsidy: return subsidy
        }
    }

    public func caseName(_ name: String) -> String {
        switch name {
        case "standalone": return standaloneCase
        case "plan": return planCase
        default: return name
        }
    }

    static let japanese = Labels(
        member: "団体", groupTotal: "団体計", fiscalYear: "年度",
        standaloneTotal: "単独運用の総額", caseTotal: { "\($0)総額" }, savings: "削減額", savingsRate: "削減率",
        payback: "回収年度", npv: "削減額(現在価値)", notPaidBack: "回収せず",
        system: "システム経費", personnel: "人件費", governmentCloud: "ガバメントクラウド", oneOff: "一時経費",
        subsidy: "補助金等", total: "合計", feeTotal: "負担金計", net: "差引負担額",
        standaloneCase: "単独運用", planCase: "計画", unit: { "単位：\($0)" },
        roundingNote: { "\($0)未満の端数は、内訳の和が合計と一致するよう調整しています（最大剰余法）。このため、個々の数値は円単位の額を四捨五入した値と異なることがあります。" },
        csvCostsHeader: ["ケース", "団体ID", "団体名", "年度", "区分", "金額（円）"],
        csvComparisonHeader: ["ケース", "団体ID", "団体名", "単独運用の総額（円）", "ケースの総額（円）", "削減額（円）", "削減率", "回収年度", "削減額の現在価値（円）"],
        csvApportionmentHeader: ["年度", "ケース", "費目", "区分", "団体ID", "団体名", "負担額（円）", "補助金等（円）"],
        npvNote: { "削減額(現在価値)は割引率\($0)で各年度の削減額を初年度に割り引いた額です。各行で四捨五入しているため、団体計は各団体の和と一致しないことがあります。" },
        chartCostTitle: { "団体全体の経費（単独運用と\($0)）" },
        chartBarsLegend: { "各年度 左（淡色）：単独運用　右：\($0)。補助金等は0より下に表示。" },
        chartSavingsTitle: { "団体ごとの累積削減額（\($0)）" },
        chartYearEnd: "年度末",
        paybackLegend: { "\($0)に回収" },
        chartPaybackNote: "○ 回収年度",
        reportSummary: "単独運用との比較",
        reportCharts: "グラフ",
        reportYears: "年度別経費",
        reportApportionment: "負担金按分表",
        reportFooter: "costsim により作成。金額は円単位で正確に計算し、表示のみ単位未満を丸めています。",
        chartFirstMembers: { "構成団体\($1)団体のうち、名簿順の最初の\($0)団体を表示しています。" },
        comparisonTitle: { "【単独運用との比較】\($0)" },
        yearTableTitle: { "【年度別経費】\($0)（\($1)）" },
        apportionmentTitle: { "【\($0)年度 負担金按分表】\($1)" },
        period: { "対象期間：\($0)年度〜\($1)年度（\($1 - $0 + 1)年間）" },
        year: { "\($0)年度" })

    static let english = Labels(
        member: "Member", groupTotal: "Group", fiscalYear: "FY",
        standaloneTotal: "Stay-alone total", caseTotal: { "Total (\($0))" }, savings: "Savings", savingsRate: "Rate",
        payback: "Payback FY", npv: "NPV of savings", notPaidBack: "never",
        system: "System", personnel: "Personnel", governmentCloud: "Gov. Cloud", oneOff: "One-off",
        subsidy: "Subsidy", total: "Total", feeTotal: "Fees total", net: "Net",
        standaloneCase: "stay alone", planCase: "plan", unit: { "Unit: \($0)" },
        roundingNote: { "Amounts are rounded to \($0) so that the parts add up to the totals shown (largest-remainder method); a single figure may therefore differ from its own rounded value." },
        csvCostsHeader: ["case", "member_id", "member", "fiscal_year", "category", "yen"],
        csvComparisonHeader: ["case", "member_id", "member", "standalone_total", "case_total", "savings", "savings_rate", "payback_fiscal_year", "npv_savings"],
        csvApportionmentHeader: ["fiscal_year", "case", "fee", "category", "member_id", "member", "amount", "subsidy"],
        npvNote: { "NPV of savings: each year's savings discounted to the first year at \($0). Each row is rounded on its own, so the group's figure may differ from the sum of the members'." },
        chartCostTitle: { "Group costs: staying alone and \($0)" },
        chartBarsLegend: { "Each year: left (pale) staying alone, right \($0). Subsidies are drawn below zero." },
        chartSavingsTitle: { "Cumulative savings by member (\($0))" },
        chartYearEnd: "End of fiscal year",
        paybackLegend: { "paid back \($0)" },
        chartPaybackNote: "○ payback year",
        reportSummary: "Compared with staying alone",
        reportCharts: "Charts",
        reportYears: "Costs by fiscal year",
        reportApportionment: "Apportionment of shared fees",
        reportFooter: "Made with costsim. Figures are computed exactly in yen; only their display is rounded.",
        chartFirstMembers: { "The first \($0) of the \($1) members, in the order of the scenario." },
        comparisonTitle: { "[Compared with staying alone] \($0)" },
        yearTableTitle: { "[Costs by fiscal year] \($0) (\($1))" },
        apportionmentTitle: { "[Apportionment, FY\($0)] \($1)" },
        period: { "Period: FY\($0)–FY\($1) (\($1 - $0 + 1) years)" },
        year: { "FY\($0)" })
}
