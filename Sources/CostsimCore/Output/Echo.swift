/// Text from the user (a value from a file or the command line, a file's path) shown back in a
/// message: shortened (a 10 MB value is not echoed whole), and with control and text-direction
/// characters written as `\u{1B}`, so that an echoed value can never move the cursor, recolour or
/// clear a terminal, or reverse the text around it.
package enum Echo {
    package static let maximumLength = 60

    /// `"text"`, or `"the first 60 characters…" (N characters)`.
    package static func quoted(_ text: String) -> String {
        guard text.utf8.count > maximumLength else { return "\"\(escaped(text))\"" }  // fewer bytes than the limit: short
        let shown = String(text.prefix(maximumLength + 1))
        guard shown.count > maximumLength else { return "\"\(escaped(text))\"" }
        return "\"\(escaped(String(shown.prefix(maximumLength))))…\" (\(length(of: text)))"
    }

    /// `N characters`, or for very long text (where counting characters is slow) `N bytes`.
    package static func length(of text: String) -> String {
        let bytes = text.utf8.count
        return bytes > 100_000 ? "\(bytes) bytes" : "\(text.count) characters"
    }

    /// The text as it may be shown: escaped, and shortened to `limit` characters with `…` and its length.
    package static func plain(_ text: String, limit: Int = 200) -> String {
        guard text.utf8.count > limit else { return escaped(text) }
        let shown = String(text.prefix(limit + 1))
        guard shown.count > limit else { return escaped(text) }
        return "\(escaped(String(shown.prefix(limit))))… (\(length(of: text)))"
    }

    /// Control and text-direction characters written as `\u{…}`; everything else as it is.
    package static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 and C1 control characters and the bidirectional embeddings, overrides and isolates.
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `U+001B`.
    package static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
