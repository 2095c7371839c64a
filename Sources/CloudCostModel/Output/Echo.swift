/// Text from the user (a value from a file or the command line) shown back in a message: in double
/// quotes, shortened (a 10 MB value is not echoed whole), and with control and text-direction
/// characters written as `\u{1B}`, so that an echoed value can never move the cursor, recolour or
/// clear a terminal, or reverse the text around it.
public enum Echo {
    public static let maximumLength = 60

    public static func quoted(_ text: String) -> String {
        let count = text.count
        let shown = count > maximumLength ? String(text.prefix(maximumLength)) : text
        var result = "\""
        for scalar in shown.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        result += "\""
        return count > maximumLength ? "\(result.dropLast())…\" (\(count) characters)" : result
    }

    /// C0 and C1 control characters and the bidirectional embeddings, overrides and isolates.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
