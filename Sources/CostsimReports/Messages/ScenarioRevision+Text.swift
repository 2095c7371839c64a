import CloudCostModel
import CostsimCore

extension ScenarioRevision.Change {
    /// The input a what-if changed, as the tables name it.
    package func name(_ language: Language) -> String {
        let labels = Labels.of(language)
        switch self {
        case .exchangeRate: return labels.inputExchangeRate
        case .fee(let label): return label
        case .governmentCloud: return RiskLabels.inputName(.governmentCloud, language)
        case .populationGrowth: return labels.inputPopulationGrowth
        case .staffCost: return labels.inputStaffCost
        case .joinCost: return labels.inputJoinCost
        case .standaloneCost: return labels.inputStandaloneCost
        case .joins(let id):
            switch language {
            case .ja: return "\(id) の参加月"
            case .en: return "the join month of \(id)"
            }
        }
    }
}

extension ScenarioRevision.Limit {
    /// The rule a changed value would break, in the words `validate` uses for a file.
    package func text(_ language: Language) -> String {
        switch (self, language) {
        case (.amount, .ja): return "金額が上限の 10^13 円を超えます"
        case (.amount, .en): return "an amount would pass the limit of 10^13 yen"
        case (.population, .ja): return "人口が上限の 10^9 人を超えるか、人口増減率が −1 より大きく 1 より小さい範囲を外れます"
        case (.population, .en): return "a population would pass 10^9, or a growth rate leave the range between −1 and 1"
        case (.exchangeRate, .ja): return "為替レートが 0.000001〜\(NumberFormat.yen(Limits.exchangeRate)) 円/ドルの範囲を外れます"
        case (.exchangeRate, .en):
            return "an exchange rate would leave the range 0.000001–\(NumberFormat.yen(Limits.exchangeRate)) yen per USD"
        case (.estimateFactor, .ja): return "推計の係数 factor が上限の 10 を超えます"
        case (.estimateFactor, .en): return "an estimate's factor would pass 10"
        case (.joinsNotBeforeLeaving, .ja): return "参加月が離脱月（leaves）より前ではありません"
        case (.joinsNotBeforeLeaving, .en): return "the join month would not be before the member leaves (leaves)"
        }
    }
}
