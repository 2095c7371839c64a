/// Text made safe inside a Markdown table cell, heading or paragraph: it shows as written and
/// cannot open a tag, a link, emphasis or a new cell or line.
public enum Markdown {
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "~":
                output += "\\" + String(character)
            case "\n", "\r", "\r\n", "\t":
                output += " "
            default:
                output.append(character)
            }
        }
        return output
    }
}
