import CloudCostModel
import CostsimCore

/// The words of the reduction target's tables, chart and notes, in each language (years through
/// `Labels.year`, so that `--era japanese` writes 平成30年度).
package enum TargetLabels {
    /// `30%` for 0.3: the reduction as a council says it.
    static func percent(_ reduction: ExactDecimal) -> String { NumberFormat.percent(reduction) }

    static func title(_ caseName: String, _ target: ReductionTarget, _ labels: Labels, _ language: Language) -> String {
        let (year, base, cut) = (labels.year(target.fiscalYear), labels.year(target.baselineFiscalYear), percent(target.reduction))
        return language.text(
            ja: "【削減目標】\(caseName)：\(year)の経費と\(base)（基準）の比較（\(cut)削減）",
            en: "Reduction target: \(caseName), \(year) against \(base) (\(cut) lower)")
    }

    static func bridgeTitle(_ caseName: String, _ target: ReductionTarget, _ labels: Labels, _ language: Language) -> String {
        let (year, base) = (labels.year(target.fiscalYear), labels.year(target.baselineFiscalYear))
        return language.text(
            ja: "【増減の内訳】\(caseName)：\(base)（基準）から\(year)へ",
            en: "What moved: \(caseName), from \(base) (baseline) to \(year)")
    }

    static func baselineHeader(_ target: ReductionTarget, _ labels: Labels, _ language: Language) -> String {
        language.text(ja: "\(labels.year(target.baselineFiscalYear))（基準）", en: "\(labels.year(target.baselineFiscalYear)) (baseline)")
    }

    static func targetCost(_ language: Language) -> String { language.text(ja: "目標額", en: "Target") }
    static func change(_ language: Language) -> String { language.text(ja: "増減", en: "Change") }
    static func changeRate(_ language: Language) -> String { language.text(ja: "増減率", en: "Change %") }
    static func met(_ language: Language) -> String { language.text(ja: "達成", en: "Met") }
    static func excess(_ language: Language) -> String { language.text(ja: "目標超過額", en: "Above target") }
    static func source(_ language: Language) -> String { language.text(ja: "基準の根拠", en: "Baseline from") }
    static func own(_ language: Language) -> String { language.text(ja: "自団体の経費", en: "Own costs") }
    static func mark(_ met: Bool) -> String { met ? "○" : "×" }

    static func sourceName(_ source: BaselineSource, _ language: Language) -> String {
        switch source {
        case .settled: return language.text(ja: "決算", en: "settled")
        case .surveyEstimate: return language.text(ja: "推計（全国調査）", en: "estimate (survey)")
        case .standalone(estimated: false): return language.text(ja: "試算（単独運用）", en: "computed (alone)")
        case .standalone(estimated: true): return language.text(ja: "推計（単独運用）", en: "estimate (alone)")
        }
    }

    /// What is counted and how the target is set.
    static func countedNote(_ target: ReductionTarget, _ labels: Labels, _ language: Language) -> String {
        let names = target.categories.map(labels.categoryName).joined(separator: language.text(ja: "、", en: ", "))
        let cut = percent(target.reduction)
        return language.text(
            ja: "対象経費：\(names)。目標額＝基準額−基準額×\(cut)（1円未満切捨て）。達成（○）は対象経費が目標額以下であること、目標超過額は目標額を超える額です。",
            en: "Counted: \(names). Target = baseline − baseline × \(cut) (rounded down to the yen). Met (○): the cost counted is at "
                + "most the target; above target: the yen by which it exceeds it.")
    }

    static func groupNote(met: Int, of count: Int, _ language: Language) -> String {
        language.text(
            ja: "目標を達成する団体：\(count)団体中\(met)団体。計の達成は合計額で判定し、計の目標超過額は目標を超える団体の超過額の合計です。",
            en: "Members meeting the target: \(met) of \(count). The total row is judged on the sums; its amount above target is the "
                + "sum of the members' amounts above their targets.")
    }

    /// Where the baselines came from, for the kinds the table shows (`sources`).
    static func sourcesNote(_ target: ReductionTarget, sources: [BaselineSource], _ labels: Labels, _ language: Language) -> String {
        let base = labels.year(target.baselineFiscalYear)
        var parts: [String] = []
        if sources.contains(.settled) {
            parts.append(language.text(ja: "決算＝シナリオに書かれた決算額", en: "settled = the figure the scenario gives"))
        }
        if sources.contains(.standalone(estimated: false)) {
            parts.append(
                language.text(
                    ja: "試算（単独運用）＝単独運用ケースの\(base)の額（costsim の計算）", en: "computed (alone) = the stay-alone case's figure for \(base)"))
        }
        if sources.contains(.standalone(estimated: true)) {
            parts.append(
                language.text(
                    ja: "推計（単独運用）＝単独運用ケースの\(base)の額で、単独運用の経費が全国調査からの推計であるもの",
                    en: "estimate (alone) = the stay-alone case's figure for \(base), its own system cost estimated from the survey"))
        }
        if sources.contains(.surveyEstimate) {
            parts.append(
                language.text(
                    ja: "推計（全国調査）＝人口規模別の全国平均から costsim が推計した額（\(ITCostSurvey2017.citation(.ja))。平成29年度の予算で、平成30年度の前年度の数字です）",
                    en:
                        "estimate (survey) = costsim's estimate from the national averages by population band (\(ITCostSurvey2017.citation(.en)): "
                        + "budgets of FY2017, the year before FY2018)"))
        }
        return language.text(ja: "基準の根拠：", en: "Baseline from: ") + parts.joined(separator: language.text(ja: "。", en: "; "))
            + language.text(ja: "。", en: ".")
    }

    static func bridgeNote(_ target: ReductionTarget, _ labels: Labels, _ language: Language) -> String {
        let year = labels.year(target.fiscalYear)
        let subsidies = target.counts(.subsidy) || target.counts(.allocationTax)
        return language.text(
            ja: "自団体の経費：共同利用の各経費以外の増減（単独運用のシステム・ガバメントクラウド経費、更改など、対象経費の区分のみ）。各経費の列：\(year)のその経費の負担額"
                + (subsidies ? "（補助金・交付税措置を差し引いた額）" : "") + "。基準＋各列＝\(year)の経費。",
            en: "Own costs: the change in everything but the group's fees (the member's own systems, Government Cloud, renewals, as "
                + "counted). Each fee: the member's share of it in \(year)" + (subsidies ? ", less its subsidy and allocation tax" : "")
                + ". Baseline + each column = the cost in \(year).")
    }

    static func pageSection(_ language: Language) -> String { language.text(ja: "削減目標の達成状況", en: "The reduction target") }

    static func chartTitle(_ whose: String, _ caseName: String, _ language: Language) -> String {
        language.text(ja: "\(whose)：基準年度から目標年度への増減（\(caseName)）", en: "\(whose): from the baseline to the target year (\(caseName))")
    }

    static func increase(_ language: Language) -> String { language.text(ja: "増（費用増要因）", en: "increase") }
    static func decrease(_ language: Language) -> String { language.text(ja: "減（削減効果）", en: "decrease") }
    static func targetLine(_ language: Language) -> String { language.text(ja: "目標額", en: "target") }

    /// `run`'s line under a comparison: whether the case meets the target, for the group and how many members.
    /// A member's line under its comparison: met or not, with its target and its cost.
    static func memberLine(
        _ figures: TargetFigures, name: String, target: ReductionTarget, caseName: String, _ labels: Labels, _ format: CellFormat,
        _ language: Language
    ) -> String {
        let (year, base, cut) = (labels.year(target.fiscalYear), labels.year(target.baselineFiscalYear), percent(target.reduction))
        let unit = format.unit.name(language)
        let (goal, cost) = (format.money(figures.targetCost), format.money(figures.cost))
        return language.text(
            ja: "削減目標（\(base)比\(cut)削減、\(year)）：\(caseName)で\(name)は" + (figures.met ? "達成" : "未達成")
                + "（目標額 \(goal)\(unit)、\(year)の経費 \(cost)\(unit)）",
            en: "Reduction target (\(cut) below \(base), in \(year)): in \(caseName), \(name) " + (figures.met ? "meets it" : "misses it")
                + " (target \(goal) \(unit), cost in \(year) \(cost) \(unit))")
    }

    /// - Parameter pointing: whether to point to `costsim target` for the details (on a terminal; a
    ///   report has its own target page).
    static func runLine(
        _ result: TargetResult, caseName: String, _ labels: Labels, _ format: CellFormat, _ language: Language, pointing: Bool
    ) -> String {
        let target = result.target
        let (year, base, cut) = (labels.year(target.fiscalYear), labels.year(target.baselineFiscalYear), percent(target.reduction))
        let group = result.group
        let count = result.members.count
        let excess = format.money(group.excess)
        let unit = format.unit.name(language)
        return language.text(
            ja: "削減目標（\(base)比\(cut)削減、\(year)）：\(caseName)は" + (group.met ? "計で達成" : "計で未達成")
                + "（\(count)団体中\(result.membersMet)団体が達成" + (group.excess > 0 ? "、目標超過額の計 \(excess)\(unit)" : "") + "）"
                + (pointing ? "。内訳は costsim target" : ""),
            en: "Reduction target (\(cut) below \(base), in \(year)): \(caseName) "
                + (group.met ? "meets it in total" : "misses it in total")
                + " (\(result.membersMet) of \(count) members meet it" + (group.excess > 0 ? "; \(excess) \(unit) above target in all" : "")
                + ")" + (pointing ? ". Details: costsim target" : ""))
    }
}
