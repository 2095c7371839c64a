/// Why a scenario could not be loaded.
public enum ScenarioError: Error, Equatable, CustomStringConvertible {
    /// The bytes are not UTF-8 text; the offset of the first bad byte.
    case notUTF8(byteOffset: Int)
    case syntax(JSONSyntaxError)
    /// Every problem found, in file order.
    case invalid([ValidationIssue])

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

    public var description: String { text(.en) }
}
