/// One problem in a scenario, at a path such as `members[2].joins`.
public struct ValidationIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Why a scenario could not be loaded.
public enum ScenarioError: Error, Equatable, CustomStringConvertible {
    /// The bytes are not UTF-8 text; the offset of the first bad byte.
    case notUTF8(byteOffset: Int)
    case syntax(JSONSyntaxError)
    /// Every problem found, in file order.
    case invalid([ValidationIssue])

    public var description: String {
        switch self {
        case .notUTF8(let offset): return "the file is not UTF-8 text (invalid byte at offset \(offset))"
        case .syntax(let error): return "not valid JSON: \(error)"
        case .invalid(let issues): return issues.map(\.description).joined(separator: "\n")
        }
    }
}

/// Collects issues while a scenario is read, so that all of them are reported at once.
final class Diagnostics {
    private(set) var issues: [ValidationIssue] = []

    func add(_ path: String, _ message: String) {
        issues.append(ValidationIssue(path: path, message: message))
    }
}

/// A field's path, kept as its parent and key until a message needs the text (reading a file of
/// 1,741 members builds tens of thousands of paths, almost none of which are ever shown).
struct FieldPath {
    var parent: String
    var key: String?

    init(parent: String, key: String?) {
        self.parent = parent
        self.key = key
    }

    init(_ text: String) { self.init(parent: text, key: nil) }

    var text: String { key.map { Path.key(parent, $0) } ?? parent }
}

/// Paths as the user reads them: `group.fees[2].split`.
enum Path {
    static func key(_ base: String, _ key: String) -> String {
        let simple =
            !key.isEmpty
            && key.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            }
        let part = simple ? key : "[\"\(key)\"]"
        if base.isEmpty { return part }
        return simple ? "\(base).\(part)" : "\(base)\(part)"
    }

    static func index(_ base: String, _ index: Int) -> String { "\(base)[\(index)]" }
}

/// Text from the file, in double quotes, shortened and made safe for a message (see `Echo`).
func quoted(_ text: String) -> String { Echo.quoted(text) }
