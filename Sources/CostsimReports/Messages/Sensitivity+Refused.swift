import CloudCostModel
import CostsimCore

extension Sensitivity.Refused {
    /// Why the move was refused, as the user reads it, in `language`.
    package func problems(_ language: Language) -> [String] {
        switch reason {
        case .limit(let refusal): return [(refusal.member.map { "\($0): " } ?? "") + refusal.limit.text(language)]
        case .overflow(let error): return [error.text(language)]
        }
    }
}
