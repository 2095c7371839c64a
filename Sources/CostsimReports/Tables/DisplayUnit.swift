import CloudCostModel
import CostsimCore

/// The unit amounts are shown in: 円, 千円 or 百万円. Rounding to it is for display only.
public enum DisplayUnit: String, Sendable, CaseIterable {
    case yen, thousand, million

    /// The thousands a spreadsheet's number format divides by: one comma after the digits per thousand.
    package var scaleCommas: Int {
        switch self {
        case .yen: return 0
        case .thousand: return 1
        case .million: return 2
        }
    }

    package var divisor: Int64 {
        switch self {
        case .yen: return 1
        case .thousand: return 1_000
        case .million: return 1_000_000
        }
    }

    package func name(_ language: Language) -> String {
        switch (self, language) {
        case (.yen, .ja): return "円"
        case (.thousand, .ja): return "千円"
        case (.million, .ja): return "百万円"
        case (.yen, .en): return "yen"
        case (.thousand, .en): return "thousand yen"
        case (.million, .en): return "million yen"
        }
    }
}
