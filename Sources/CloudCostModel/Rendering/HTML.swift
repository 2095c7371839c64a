/// Text made safe inside HTML elements and attribute values.
enum HTML {
    static func escape(_ text: String) -> String {
        TextEscaping.escape(text) { character in
            switch character {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            default: return nil
            }
        }
    }
}
