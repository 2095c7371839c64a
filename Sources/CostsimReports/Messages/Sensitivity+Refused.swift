import CloudCostModel
import CostsimCore

extension Sensitivity.Refused {
    /// The problems as the user reads them (`PATH: message`), in `language`.
    package func problems(_ language: Language) -> [String] {
        switch error {
        case ScenarioError.invalid(let issues): return issues.map { $0.text(language) }
        case let error as ScenarioError: return [error.text(language)]
        case let error as AmountOverflowError: return [error.text(language)]
        default: return ["\(error)"]
        }
    }
}
