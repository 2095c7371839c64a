import CloudCostModel
import CostsimCore

extension AmountOverflowError {
    /// `草津市, fiscal year 2020, 事務局経費, system: the amount exceeds …` in `language`.
    public func text(_ language: Language) -> String {
        let place = context.map { $0.text(language) }.joined(separator: language.text(ja: "、", en: ", "))
        switch language {
        case .en: return "\(place): the amount exceeds 9,223,372,036,854,775,807 yen, the largest figure costsim can hold"
        case .ja: return "\(place): 金額が 9,223,372,036,854,775,807 円を超えます。costsim が扱える最大の金額です"
        }
    }
}

extension AmountOverflowError.Part {
    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.name(let name), _): return name
        case (.group, .en): return "the group"
        case (.group, .ja): return "グループ全体"
        case (.fiscalYear(let year), .en): return "fiscal year \(year)"
        case (.fiscalYear(let year), .ja): return "\(year)年度"
        case (.month(let month), _): return month.description
        case (.category(let category), .en): return category.rawValue
        case (.category(let category), .ja): return Labels.japanese.categoryName(category)
        case (.figure(let figure), _): return figure.text(language)
        }
    }
}

extension AmountOverflowError.Figure {
    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.standaloneTotal, .en): return "stay-alone total"
        case (.standaloneTotal, .ja): return "単独運用総額"
        case (.total, .en): return "total"
        case (.total, .ja): return "合計"
        case (.savings, .en): return "savings"
        case (.savings, .ja): return "削減額"
        case (.cumulativeSavings, .en): return "cumulative savings"
        case (.cumulativeSavings, .ja): return "累積削減額"
        case (.ownCosts, .en): return "own costs"
        case (.ownCosts, .ja): return "自団体の経費"
        case (.coalitionGain, .en): return "the gain of a group of members"
        case (.coalitionGain, .ja): return "団体の組の利得"
        case (.coalitionSavings, .en): return "the savings of a coalition"
        case (.coalitionSavings, .ja): return "提携の削減額"
        case (.groupSavings, .en): return "the savings of all members"
        case (.groupSavings, .ja): return "全団体の削減額"
        case (.shapleyValue, .en): return "a Shapley value"
        case (.shapleyValue, .ja): return "シャープレイ値"
        case (.changeInSavings, .en): return "the change in savings"
        case (.changeInSavings, .ja): return "削減額の変化"
        case (.presentValue, .en): return "present value of savings"
        case (.presentValue, .ja): return "削減額の現在価値"
        case (.targetYearCost, .en): return "the cost counted against the reduction target"
        case (.targetYearCost, .ja): return "削減目標の対象経費"
        case (.changeFromBaseline, .en): return "the change from the baseline year"
        case (.changeFromBaseline, .ja): return "基準年度からの増減"
        }
    }
}
