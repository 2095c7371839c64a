import CostsimCore

/// The rule for text that costsim shows: names of the scenario, members and the group, fee and
/// renewal labels.
enum DisplayText {
    /// Why `text` cannot be shown as it is, or nil.
    static func problem(with text: String, limit: Int = Limits.nameLength) -> Problem? {
        if text.isEmpty { return .emptyText }
        // Counting characters walks the whole text: a 10 MB "name" is refused by its size first.
        let bytes = text.utf8.count
        if bytes > 16 * limit {
            return .textTooManyBytes(bytes: bytes, limit: limit)
        }
        let count = text.count
        if count > limit {
            return .textTooLong(characters: count, limit: limit)
        }
        if let scalar = text.unicodeScalars.first(where: Echo.isUnsafe) {
            return .invisibleCharacter(codePoint: Echo.codePoint(scalar))
        }
        return nil
    }
}
