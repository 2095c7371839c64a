import CloudCostModel
import CostsimCore

extension ValidationIssue {
    /// `PATH: message` in `language`.
    public func text(_ language: Language) -> String {
        let place = shownAt ?? (path.isEmpty ? (language.text(ja: "（ファイル全体）", en: "(the whole file)")) : shownPath)
        return "\(place): \(problem.text(language))"
    }

    /// The message alone, in English.
    package var message: String { problem.text(.en) }
}
