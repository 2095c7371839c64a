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
    /// The wide 負担金 CSV's heading rows: 年度, ケース, 単位 and 円.
    package var csvHeadingFiscalYear: String
    package var csvHeadingCase: String
    package var csvHeadingUnit: String
    package var csvHeadingYen: String
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
    /// Under the cumulative-savings chart when it cannot draw every member: how many it draws, whom it leaves out.
    package var chartChosenMembers: @Sendable (Int, [String]) -> String
    /// In a member's pack, when it cannot draw every case: how many it draws (the first), which it leaves out.
    package var chartFirstCases: @Sendable (Int, [String]) -> String
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
    /// The member, then the case.
    package var timingTitle: @Sendable (String, String) -> String
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
    /// Against another case (`run --against`): members only in this case (its name, theirs), members only
    /// in the other (its name, theirs); the group compares the two groups as they are.
    package var notComparedNote: @Sendable (String, [String], String, [String]) -> String
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
