import CloudCostModel
import CostsimCore

extension JSONKind {
    /// The kind as a message names it ("found a string").
    package func text(_ language: Language) -> String {
        switch (self, language) {
        case (.null, _): return "null"
        case (.bool, _): return "true/false"
        case (.number, .en): return "a number"
        case (.number, .ja): return "数値"
        case (.string, .en): return "a string"
        case (.string, .ja): return "文字列"
        case (.array, .en): return "a list"
        case (.array, .ja): return "リスト […]"
        case (.object, .en): return "an object"
        case (.object, .ja): return "オブジェクト {…}"
        }
    }
}
