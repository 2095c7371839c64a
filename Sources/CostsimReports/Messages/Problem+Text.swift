import CloudCostModel
import CostsimCore

extension Problem {
    /// The message in `language`.
    package func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .ja: return japanese
        }
    }
}
