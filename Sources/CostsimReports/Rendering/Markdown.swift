import CloudCostModel
import CostsimCore

/// Text made safe inside a Markdown table cell, heading or paragraph: it shows as written and
/// cannot open a tag, a link, emphasis or a new cell or line.
package enum Markdown {
    package static func escape(_ text: String) -> String {
        TextEscaping.escape(text) { character in
            switch character {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "~": return "\\" + String(character)
            case "\n", "\r", "\r\n", "\t": return " "
            default: return nil
            }
        }
    }
}
