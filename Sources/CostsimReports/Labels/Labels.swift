import CloudCostModel
import CostsimCore

/// Every label costsim prints, in Japanese (default) and English.
package struct Labels: Sendable {
    package var member: String
    package var groupTotal: String
    package var fiscalYear: String
    package var standaloneTotal: String
    /// The header of a case's total, e.g. `計画総額`, `Total (plan)`.
    package var caseTotal: @Sendable (String) -> String
    package var savings: String
    package var savingsRate: String
    package var payback: String
    package var npv: String
    package var notPaidBack: String
    /// In the payback column, for a member that does not join in the case.
    package var notJoining: String
    package var system: String
    package var personnel: String
    package var governmentCloud: String
    package var oneOff: String
    package var subsidy: String
    package var allocationTax: String
    /// Under a table with allocation tax: what its total is.
    package var generalFundNote: String
    /// Under tables whose figures include an estimate: the members (names joined) and the source cited.
    package var estimateNote: @Sendable (String, String) -> String
    /// Under tables when the scenario leaves figures to be filled in: the members and what (joined).
    package var pendingNote: @Sendable (String) -> String
    /// What is pending, in `pendingNote`: personnel, the migration cost.
    package var pendingPersonnel: String
    package var pendingJoinCost: String
    package var total: String
    package var feeTotal: String
    package var net: String
    package var standaloneCase: String
    package var planCase: String
    package var unit: @Sendable (String) -> String
    /// Each figure rounded on its own (what-if tables): totals need not be the sum of the rows shown.
    package var roundingNote: @Sendable (String) -> String
    package var csvCostsHeader: [String]
    /// The costs CSV's last column when some figures rest on an estimate, and its word for them.
    package var csvBasis: String
    package var csvEstimate: String
    package var csvComparisonHeader: [String]
    /// With `--against`: the heading of the case compared with's total.
    package var csvAgainstTotal: @Sendable (String) -> String
    package var csvApportionmentHeader: [String]
    package var npvNote: @Sendable (String) -> String
    package var chartCostTitle: @Sendable (String) -> String
    /// A member's council pack: its costs (the plan's name), its cumulative savings in each case (its name).
    package var chartMemberCostTitle: @Sendable (String) -> String
    package var chartMemberSavingsTitle: @Sendable (String) -> String
    package var chartBarsLegend: @Sendable (String) -> String
    package var chartSavingsTitle: @Sendable (String) -> String
    package var chartYearEnd: String
    package var paybackLegend: @Sendable (String) -> String
    package var chartPaybackNote: String
    package var reportSummary: String
    package var reportCharts: String
    package var reportYears: String
    package var reportApportionment: String
    package var reportFooter: String
    package var chartFirstMembers: @Sendable (Int, Int) -> String
    package var inputExchangeRate: String
    package var inputPopulationGrowth: String
    package var inputStaffCost: String
    package var inputJoinCost: String
    package var inputStandaloneCost: String
    package var input: String
    package var move: String
    package var baseSavings: String
    package var sensitivityTitle: @Sendable (String) -> String
    package var sensitivityNote: String
    /// An input whose move made the scenario invalid: its name and move; the problems follow.
    package var sensitivityRefused: @Sendable (String, String) -> String
    package var timingTitle: @Sendable (String) -> String
    package var joinMonth: String
    package var groupSavings: String
    package var avoidedRenewals: String
    package var neverJoins: String
    package var renewal: String
    package var month: @Sendable (Month) -> String
    package var timingNote: String
    package var fairnessTitle: @Sendable (String) -> String
    package var gains: String
    package var shapley: String
    package var difference: String
    package var margin: String
    package var yes: String
    package var no: String
    package var shapleyExact: @Sendable (Int) -> String
    package var shapleySampled: @Sendable (Int, Int) -> String
    package var subsidyRoundingNote: String
    package var blockingTitle: String
    package var coalition: String
    package var gainAlone: String
    package var blockingSummary: @Sendable (Int, Int, Int) -> String
    package var noBlocking: @Sendable (Int) -> String
    package var comparisonTitle: @Sendable (String) -> String
    /// With `--against`: the case compared with, then the case.
    package var comparisonAgainstTitle: @Sendable (String, String) -> String
    package var savingsAgainstNote: @Sendable (String) -> String
    package var yearTableTitle: @Sendable (String, String) -> String
    /// The basis of a shared fee's split: the fee's label and its coefficients.
    package var basisTitle: @Sendable (String, String) -> String
    /// 均等割, 人口割, 利用量割, and the member's population and usage.
    package var basisName: @Sendable (SplitBasis) -> String
    package var population: String
    package var usage: String
    package var basisNote: String
    /// Savings by category: the case's name; by fiscal year: the case and whose.
    package var savingsCategoryTitle: @Sendable (String) -> String
    package var savingsYearTitle: @Sendable (String, String) -> String
    package var savingsNote: String
    package var reportSavings: String
    package var apportionmentTitle: @Sendable (Int, String) -> String
    package var period: @Sendable (Int, Int) -> String
    package var year: @Sendable (Int) -> String
    /// A year on a chart's axis: `2025`, or `R7` in Japanese eras.
    package var yearShort: @Sendable (Int) -> String = { String($0) }

    package static func of(_ language: Language) -> Labels {
        switch language {
        case .ja: return japanese
        case .en: return english
        }
    }

    package func categoryName(_ category: CostCategory) -> String {
        switch category {
        case .system: return system
        case .personnel: return personnel
        case .governmentCloud: return governmentCloud
        case .oneOff: return oneOff
        case .subsidy: return subsidy
        case .allocationTax: return allocationTax
        }
    }

    package func caseName(_ name: CaseName) -> String {
        switch name {
        case .standalone: return standaloneCase
        case .plan: return planCase
        case .variant(let name): return name
        }
    }

    static let japanese = Labels(
        member: "団体", groupTotal: "団体計", fiscalYear: "年度",
        standaloneTotal: "単独運用の総額", caseTotal: { "\($0)総額" }, savings: "削減額", savingsRate: "削減率",
        payback: "回収年度", npv: "削減額(現在価値)", notPaidBack: "回収せず", notJoining: "不参加",
        system: "システム経費", personnel: "人件費", governmentCloud: "ガバメントクラウド", oneOff: "一時経費",
        subsidy: "補助金等", allocationTax: "交付税措置",
        generalFundNote: "合計は、経費から補助金等（国庫補助）と交付税措置（特別交付税措置）を差し引いた一般財源の負担額です。",
        estimateNote: { "推計: \($0)の単独運用のシステム経費は、人口規模別の全国平均（\($1)）から costsim が推計した額です。実際の予算額ではありません。" },
        pendingNote: { "未入力: \($0)は未入力のため計上していません（0 円として計算）。" },
        pendingPersonnel: "人件費", pendingJoinCost: "移行経費",
        total: "合計", feeTotal: "負担金計", net: "差引負担額",
        standaloneCase: "単独運用", planCase: "計画", unit: { "単位：\($0)" },
        roundingNote: { "金額は表示単位（\($0)）未満を四捨五入しているため、内訳の計と合計が一致しない場合があります。" },
        csvCostsHeader: ["ケース", "団体ID", "団体名", "年度", "区分", "金額（円）"], csvBasis: "根拠", csvEstimate: "推計（人口規模別の全国平均）",
        csvComparisonHeader: ["ケース", "団体ID", "団体名", "単独運用の総額（円）", "ケースの総額（円）", "削減額（円）", "削減率", "回収年度", "削減額の現在価値（円）"],
        csvAgainstTotal: { "\($0)の総額（円）" },
        csvApportionmentHeader: ["年度", "ケース", "費目", "区分", "団体ID", "団体名", "負担額（円）", "補助金等（円）", "交付税措置（円）"],
        npvNote: { "削減額(現在価値)は割引率\($0)で各年度の削減額を初年度に割り引いた額です。各行で四捨五入しているため、団体計は各団体の和と一致しないことがあります。" },
        chartCostTitle: { "団体全体の経費（単独運用と\($0)）" },
        chartMemberCostTitle: { "経費（単独運用と\($0)）" },
        chartMemberSavingsTitle: { "\($0)の累積削減額（ケースごと）" },
        chartBarsLegend: { "各年度 左（淡色）：単独運用　右：\($0)。補助金等・交付税措置は0より下に表示。" },
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
        inputExchangeRate: "為替レート", inputPopulationGrowth: "人口増減率", inputStaffCost: "職員人件費単価",
        inputJoinCost: "移行経費", inputStandaloneCost: "単独運用のシステム経費",
        input: "入力項目", move: "変化", baseSavings: "基準の削減額",
        sensitivityTitle: { "【感度分析】\($0)：削減額の変化" },
        sensitivityNote: "各入力を一つずつ下げた場合・上げた場合の削減額（単独運用の総額−ケースの総額）の変化。振れ幅の大きい順。人口増減率は全団体の率をポイント単位で動かします。",
        sensitivityRefused: { "\($0) \($1)：シナリオの条件を満たさなくなるため計算していません — " },
        timingTitle: { "【参加時期の比較】\($0)" },
        joinMonth: "参加月", groupSavings: "団体計の削減額", avoidedRenewals: "回避される更新", neverJoins: "参加しない", renewal: "更新",
        month: { "\($0.year)年\($0.month)月" },
        timingNote: "★は削減額の現在価値が最大の選択（参加しない場合を含む）。他の団体の参加時期は計画のまま。",
        fairnessTitle: { "【公平性の検証】\($0)" },
        gains: "参加で得か", shapley: "シャープレイ値", difference: "差（削減額−シャープレイ値）", margin: "誤差(95%)",
        yes: "得", no: "損",
        shapleyExact: { "シャープレイ値：\($0)通りの団体の組合せすべてで、その組合せだけで共同利用した場合の削減額から厳密に計算。" },
        shapleySampled: { "シャープレイ値：団体の並び順を\($0)通り無作為に抽出して推計（乱数の種 \($1)）。誤差は95%信頼区間の半幅。" },
        subsidyRoundingNote: "組合せの削減額は、その組合せの団体だけが参加する場合を本計算と同じ方法（按分・補助金の端数処理を含む）で算出。シャープレイ値は最大剰余法で円単位に丸め、合計は全体の削減額と一致します。",
        blockingTitle: "【単独の共同利用のほうが得になる団体の組合せ】",
        coalition: "組合せ", gainAlone: "その組合せだけで共同利用した場合の追加削減額",
        blockingSummary: { "検証した組合せ \($0)通りのうち \($1)通りで、その組合せだけで共同利用したほうが削減額が大きくなります（削減額の差が大きい上位\($2)通りのみ表示）。" },
        noBlocking: { "検証した組合せ \($0)通りのいずれも、その組合せだけで共同利用するより、全体で共同利用するほうが削減額が大きくなります。" },
        comparisonTitle: { "【単独運用との比較】\($0)" },
        comparisonAgainstTitle: { "【「\($0)」との比較】\($1)" },
        savingsAgainstNote: { "削減額＝「\($0)」の経費−ケースの経費（区分ごと）。" },
        yearTableTitle: { "【年度別経費】\($0)（\($1)）" },
        basisTitle: { "【按分の基礎】\($0)（\($1)）" },
        basisName: { basis in
            switch basis {
            case .equal: return "均等割"
            case .population: return "人口割"
            case .usage: return "利用量割"
            }
        }, population: "人口", usage: "利用量",
        basisNote: "按分の基礎は円単位。各月の額を、均等割・人口割・利用量割の順に係数で分け（最後の割は残額）、各割を人口・利用量等に比例して配分し、1円未満の端数は剰余の大きい団体から1円ずつ配分した額の年度合計です。",
        savingsCategoryTitle: { "【削減額の内訳】\($0)" },
        savingsYearTitle: { "【年度別削減額】\($0)（\($1)）" },
        savingsNote: "削減額＝単独運用の経費−ケースの経費（区分ごと）。一時経費は参加に伴う支出のためマイナス、補助金等・交付税措置は受ける額がプラスになります。",
        reportSavings: "削減額の内訳",
        apportionmentTitle: { "【\($0)年度 負担金按分表】\($1)" },
        period: { "対象期間：\($0)年度〜\($1)年度（\($1 - $0 + 1)年間）" },
        year: { "\($0)年度" })

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
        csvCostsHeader: ["case", "member_id", "member", "fiscal_year", "category", "yen"], csvBasis: "basis",
        csvEstimate: "estimate (national average by population band)",
        csvComparisonHeader: [
            "case", "member_id", "member", "standalone_total", "case_total", "savings", "savings_rate", "payback_fiscal_year",
            "npv_savings",
        ],
        csvAgainstTotal: { "\($0.replacing(" ", with: "_"))_total" },
        csvApportionmentHeader: ["fiscal_year", "case", "fee", "category", "member_id", "member", "amount", "subsidy", "allocation_tax"],
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
        chartFirstMembers: { "The first \($0) of the \($1) members, in the order of the scenario." },
        inputExchangeRate: "Exchange rate", inputPopulationGrowth: "Population growth", inputStaffCost: "Staff cost",
        inputJoinCost: "Migration cost", inputStandaloneCost: "Stay-alone system cost",
        input: "Input", move: "Move", baseSavings: "Savings as planned",
        sensitivityTitle: { "[Sensitivity] \($0): change in savings" },
        sensitivityNote:
            "Each input moved down and up, one at a time; cells are the change in savings (stay-alone total minus the case's). Largest swing first. Population growth moves every member's rate by points.",
        sensitivityRefused: { "\($0) \($1): not computed, as it makes the scenario invalid — " },
        timingTitle: { "[When to join] \($0)" },
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

extension Labels {
    /// The payback column: the year, "does not join" for a member that joins in no year of the period,
    /// or "never" for one that joins and does not pay back.
    package func payback(_ year: Int?, joins: Month?, in years: ClosedRange<Int>) -> String {
        if let year { return self.year(year) }
        guard let joins, joins.fiscalYear <= years.upperBound else { return notJoining }
        return notPaidBack
    }

    /// The payback column as a cell: the fiscal year, or the words of `payback(_:joins:in:)`.
    package func paybackCell(_ year: Int?, joins: Month?, in years: ClosedRange<Int>) -> TableCell {
        if let year { return .fiscalYear(year) }
        return .text(payback(nil, joins: joins, in: years))
    }
}
