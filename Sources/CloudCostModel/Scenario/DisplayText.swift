/// The rule for text that costsim shows: names of the scenario, members and the group, fee and
/// renewal labels.
enum DisplayText {
    /// Why `text` cannot be shown as it is, or nil.
    static func problem(with text: String) -> String? {
        if text.isEmpty { return "must not be empty" }
        // Counting characters walks the whole text: a 10 MB "name" is refused by its size first.
        let bytes = text.utf8.count
        if bytes > 16 * Limits.nameLength {
            return "is \(bytes) bytes long; a name or label has at most \(Limits.nameLength) characters"
        }
        let count = text.count
        if count > Limits.nameLength {
            return "is \(count) characters long; a name or label has at most \(Limits.nameLength)"
        }
        if let scalar = text.unicodeScalars.first(where: Echo.isUnsafe) {
            return "contains the invisible character \(codePoint(scalar)) (a control or text-direction character), "
                + "which would garble tables and terminals; remove it"
        }
        return nil
    }

    /// `U+001B`.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
