import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation

/// Cases and members named as the tables print them: a finance officer types `--case 計画` or the
/// variant's name as it shows, `--member 草津市` or its code, and is understood.
extension Invocation {
    /// A name as compared when it is not written exactly: compatibility forms folded (NFKC:
    /// full-width letters, digits and brackets, half-width kana) and spaces of either width left out,
    /// so that `湖南市なし（R8）` and `湖南市なし(R8)` are one name.
    static func comparable(_ text: String) -> String {
        String(text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// The case `--case` names: the plan when none does.
    func caseName(in document: ScenarioDocument) throws(UsageError) -> CaseName {
        try resolveCase(arguments.value(.caseName), option: "--case", in: document) ?? .plan
    }

    /// The case `text` names: `standalone` and `plan` by their JSON names or by the names the tables
    /// print in either language (単独運用, 計画, stay alone), or a variant by its name; exactly as
    /// written first, then as `comparable`. Nil for nil.
    func resolveCase(_ text: String?, option: String, in document: ScenarioDocument) throws(UsageError) -> CaseName? {
        guard let text else { return nil }
        var names: [(CaseName, [String])] = [
            (.standalone, [CaseName.standalone.text] + Language.allCases.map { Labels.of($0).standaloneCase }),
            (.plan, [CaseName.plan.text] + Language.allCases.map { Labels.of($0).planCase }),
        ]
        names += document.variants.map { (CaseName.variant($0.name), [$0.name]) }
        if let exact = names.first(where: { $0.1.contains(text) }) { return exact.0 }
        let wanted = Self.comparable(text)
        let close = names.filter { $0.1.contains { Self.comparable($0) == wanted } }.map(\.0)
        switch close.count {
        case 1: return close[0]
        case 0:
            // --case of most commands is a case with a scenario of its own: staying alone is not listed.
            let shown = option == "--against" ? names.map(\.0.text) : names.dropFirst().map(\.0.text)
            throw usage(.noSuchCase(option: option, quoted: Echo.quoted(text), cases: shown))
        default: throw usage(.ambiguousCase(option: option, quoted: Echo.quoted(text), cases: close.map { Echo.quoted($0.text) }))
        }
    }

    /// The id of the member `text` names: its id, its municipality code (5 digits, or 6 with the check
    /// digit) or its name as the tables print it (exactly, then as `comparable`). When the words name
    /// more than one member, the message lists them, each by id and name.
    func memberID(_ text: String, in scenario: Scenario) throws(UsageError) -> String {
        let members = scenario.members
        if members.contains(where: { $0.id == text }) {
            // An id is exact; but a name or code that another member has as well is worth refusing.
            let others = members.filter { $0.id != text && ($0.name == text || Self.code($0.code, matches: text)) }
            guard others.isEmpty else { throw ambiguous(text, members.filter { $0.id == text } + others) }
            return text
        }
        var found = members.filter { Self.code($0.code, matches: text) || $0.name == text }
        if found.isEmpty {
            let wanted = Self.comparable(text)
            found = members.filter { Self.comparable($0.name) == wanted }
        }
        switch found.count {
        case 1: return found[0].id
        case 0:
            try checkMember(text, in: scenario)
            return text
        default: throw ambiguous(text, found)
        }
    }

    private func ambiguous(_ text: String, _ members: [Member]) -> UsageError {
        usage(.ambiguousMember(quoted: Echo.quoted(text), members: members.map { "\($0.id)（\(Echo.plain($0.name, limit: 40))）" }))
    }

    /// Whether `text` is the member's code, with or without its check digit.
    static func code(_ code: String?, matches text: String) -> Bool {
        guard let code, text.utf8.count == 5 || text.utf8.count == 6, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return false
        }
        return code == text || (code.utf8.count == 6 && text.utf8.count == 5 && code.hasPrefix(text))
            || (code.utf8.count == 5 && text.utf8.count == 6 && text.hasPrefix(code))
    }
}
