/// The loop behind every escaping of text for a format (HTML, Markdown).
package enum TextEscaping {
    /// `text` with each character that `replacement` maps replaced by what it maps to.
    package static func escape(_ text: String, _ replacement: (Character) -> String?) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            if let replaced = replacement(character) { output += replaced } else { output.append(character) }
        }
        return output
    }
}
