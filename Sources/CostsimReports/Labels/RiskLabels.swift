import CloudCostModel
import CostsimCore

/// The names of a risk analysis's inputs, in each language.
package enum RiskLabels {
    package static func inputName(_ input: RiskInput, _ language: Language) -> String {
        switch (input, language) {
        case (.exchangeRate(nil), .ja): return "為替レート（円/ドル）"
        case (.exchangeRate(nil), .en): return "exchange rate (yen per USD)"
        case (.exchangeRate(let year?), .ja): return "為替レート（\(year)年度）"
        case (.exchangeRate(let year?), .en): return "exchange rate (FY\(year))"
        case (.fee(let label), .ja): return "\(label)（倍率）"
        case (.fee(let label), .en): return "\(label) (multiplier)"
        case (.governmentCloud, .ja): return "ガバメントクラウド経費（倍率）"
        case (.governmentCloud, .en): return "Government Cloud costs (multiplier)"
        case (.populationGrowth, .ja): return "人口増減率（加算）"
        case (.populationGrowth, .en): return "population growth (added)"
        case (.staffCost, .ja): return "人件費単価（倍率）"
        case (.staffCost, .en): return "staff cost (multiplier)"
        case (.joinCost, .ja): return "移行経費（倍率）"
        case (.joinCost, .en): return "migration cost (multiplier)"
        case (.joinDelay(let id), .ja): return "参加の遅れ（\(id)、月）"
        case (.joinDelay(let id), .en): return "join delay (\(id), months)"
        }
    }
}

extension RiskLabels {
    static func title(_ caseName: String, _ language: Language) -> String {
        language.text(ja: "【リスク分析】\(caseName)：削減額の分布", en: "Risk: savings over the draws (\(caseName))")
    }

    static func npvTitle(_ caseName: String, _ language: Language) -> String {
        language.text(ja: "【リスク分析】\(caseName)：削減額（現在価値）の分布", en: "Risk: present value of savings over the draws (\(caseName))")
    }

    static func paybackTitle(_ caseName: String, _ language: Language) -> String {
        language.text(ja: "【リスク分析】\(caseName)：回収年度の分布（試行の割合）", en: "Risk: payback fiscal year (share of draws, \(caseName))")
    }

    static func driversTitle(_ language: Language) -> String {
        language.text(
            ja: "【リスク分析】削減額のばらつきに効く入力（団体計の削減額との順位相関）", en: "Risk: what drives the spread (rank correlation with the group's savings)")
    }

    /// The pages' section headings (the tables carry their own titles).
    static func sections(_ language: Language) -> (savings: String, payback: String, npv: String, drivers: String) {
        language.text(
            ja: ("削減額の見通し", "回収の見通し", "現在価値で見た削減額", "ばらつきの要因"),
            en: ("Savings", "Payback", "Present value of savings", "What drives the spread"))
    }

    static func mean(_ language: Language) -> String { language.text(ja: "平均", en: "Mean") }
    static func planned(_ language: Language) -> String { language.text(ja: "計画値", en: "As planned") }
    static func plannedPercentile(_ language: Language) -> String { language.text(ja: "計画値の百分位", en: "Its percentile") }
    static func plannedNote(_ language: Language) -> String {
        language.text(
            ja: "計画値は、不確実な入力をすべてシナリオに書かれたとおりとしたときの値（run の値）です。計画値の百分位は、値が計画値以下となった試行の割合です（100%に近いほど、計画はほとんどの試行より楽観的です）。",
            en: "As planned: the figure with every uncertain input as the scenario writes it (run's figure). Its percentile: the "
                + "share of draws at or below it (near 100%, the plan is more hopeful than almost every draw).")
    }
    static func median(_ language: Language) -> String { language.text(ja: "P50（中央値）", en: "P50 (median)") }
    static func probability(_ language: Language) -> String { language.text(ja: "削減となる確率", en: "P(saves)") }
    static func probabilityMet(_ language: Language) -> String { language.text(ja: "削減目標の達成確率", en: "P(meets target)") }
    static func metNote(_ target: ReductionTarget, _ labels: Labels, _ language: Language) -> String {
        let (year, base, cut) = (
            labels.year(target.fiscalYear), labels.year(target.baselineFiscalYear), NumberFormat.percent(target.reduction)
        )
        return language.text(
            ja: "削減目標の達成確率：\(year)の対象経費が\(base)比\(cut)削減の目標額以下となった試行の割合（各試行を costsim target と同じく計算。団体計は合計額で判定）。",
            en: "P(meets target): the share of draws in which the cost counted in \(year) is at most the target, \(cut) below \(base) "
                + "(each draw held to it as costsim target holds a case; the group on its sums).")
    }
    static func input(_ language: Language) -> String { language.text(ja: "入力", en: "Input") }
    static func distribution(_ language: Language) -> String { language.text(ja: "分布", en: "Distribution") }
    static func correlation(_ language: Language) -> String { language.text(ja: "順位相関係数", en: "Rank correlation") }
    static func neverPaidBack(_ language: Language) -> String { language.text(ja: "回収せず", en: "never") }
    static func histogramTitle(_ language: Language) -> String {
        language.text(ja: "団体計の削減額の分布（試行数）", en: "The group's savings over the draws (number of draws)")
    }
    static func paybackChartTitle(_ language: Language) -> String {
        language.text(ja: "団体計の回収年度（試行数）", en: "The group's payback fiscal year (number of draws)")
    }

    /// Under the tables: how the figures were made.
    static func method(draws: Int, seed: UInt64, _ language: Language) -> String {
        switch language {
        case .ja:
            return "\(NumberFormat.yen(Int64(draws)))回の試行（ラテン超方格法、シード \(seed)）。各試行は不確実な入力の値を一組引いたシナリオを、"
                + "run と同じ計算で円単位まで厳密に計算したものです。平均は円未満四捨五入、パーセンタイルは最近順位法（いずれかの試行の値そのもの）です。"
        case .en:
            return
                "\(NumberFormat.yen(Int64(draws))) draws (Latin hypercube sampling, seed \(seed)). Each draw is the scenario with one value of each "
                + "uncertain input, computed exactly as run computes it, to the yen. Means are rounded to the yen; percentiles are by nearest rank "
                + "(each the figure of some draw)."
        }
    }

    static func nothingUncertain(_ language: Language) -> String {
        language.text(
            ja: "シナリオに不確実な入力（uncertainty）がないため、すべての試行が計画どおりの同じ値です。",
            en: "The scenario states no uncertain input (uncertainty): every draw is the plan as written.")
    }

    static func correlationNote(_ language: Language) -> String {
        language.text(
            ja: "順位相関係数（スピアマン）: 1 または −1 に近いほど、その入力とともに団体計の削減額が動きます。金額ではなく、浮動小数点で計算した関連の尺度です。",
            en:
                "Spearman's rank correlation: near 1 or −1, the group's savings move with the input. A measure of association computed in floating point, not a figure in yen."
        )
    }

    static func sourcesNote(_ sources: [String], _ language: Language) -> String {
        (language.text(ja: "範囲の出典: ", en: "Sources of the ranges: ")) + sources.joined(separator: language.text(ja: "／", en: "; "))
    }

    static func describe(_ distribution: Distribution, _ language: Language) -> String {
        switch (distribution, language) {
        case (.triangular(let a, let m, let b), .ja): return "三角（最小 \(a)、最頻 \(m)、最大 \(b)）"
        case (.triangular(let a, let m, let b), .en): return "triangular (\(a), \(m), \(b))"
        case (.uniform(let a, let b), .ja): return "一様（\(a)〜\(b)）"
        case (.uniform(let a, let b), .en): return "uniform (\(a) to \(b))"
        case (.discrete(let values, let weights), _):
            let pairs = zip(values, weights).map { "\($0): \($1)" }.joined(separator: language.text(ja: "、", en: ", "))
            return (language.text(ja: "離散（", en: "discrete (")) + pairs + (language.text(ja: "）", en: ")"))
        }
    }
}
