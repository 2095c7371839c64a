import CostsimCore
import Foundation

/// The text of a CSV file as Excel writes it: UTF-8 (「CSV UTF-8」, with a byte-order mark) or, as
/// Japanese Excel writes a plain 「CSV」, Shift_JIS — in fact Windows code page 932, which adds NEC
/// and IBM characters (①, Ⅲ, ㈱, 髙, 﨑) and maps ～ and － to their full-width forms.
///
/// Foundation's `.shiftJIS` on Linux decodes CP932: every one of its 9,762 codes was checked against
/// Python's `cp932` codec (a test keeps the characters town names and Excel files carry).
package enum SpreadsheetText {
    package enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case shiftJIS = "Shift_JIS (CP932)"
    }

    /// The text and the encoding it was in; nil when it is neither UTF-8 nor CP932 (or is UTF-16,
    /// which Excel writes for 「Unicode テキスト」, tab-separated: not a CSV).
    package static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding)? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
        guard let text = String(data: Data(bytes), encoding: .shiftJIS) else { return nil }
        return (text, .shiftJIS)
    }
}
