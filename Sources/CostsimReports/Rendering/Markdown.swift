import CloudCostModel
import CostsimCore

/// Text made safe inside a Markdown table cell, heading or paragraph: it shows as written and
/// cannot open a tag, a link, emphasis or a new cell or line.
package enum Markdown {
    /// The end of a page: a rule, the footer line, and under it what made the page, when known.
    static func footer(_ footer: String, trace: String?) -> String {
        "---\n\n\(escape(footer))\n" + (trace.map { "\n" + escape($0) + "\n" } ?? "")
    }

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
