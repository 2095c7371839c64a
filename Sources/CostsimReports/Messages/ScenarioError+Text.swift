import CloudCostModel
import CostsimCore

extension ScenarioError {
    /// The message in `language`; an invalid scenario's problems one a line.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.notUTF8(let offset), .en): return "the file is not UTF-8 text (invalid byte at offset \(offset))"
        case (.notUTF8(let offset), .ja):
            return "ファイルが UTF-8 のテキストではありません（\(offset) バイト目に読めないバイトがあります）。UTF-8 で保存し直してください"
        case (.syntax(let error), .en): return "not valid JSON: \(error.text(.en))"
        case (.syntax(let error), .ja): return "JSON として正しくありません: \(error.text(.ja))"
        case (.invalid(let issues), _): return issues.map { $0.text(language) }.joined(separator: "\n")
        }
    }
}
