import CloudCostModel
import CostsimCore

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

    /// A section's start and heading. A heading followed by a table that prints on a landscape page
    /// goes onto that page (`h2.wide` in the stylesheet), so no heading is left alone at a page's foot.
    static func sectionStart(_ heading: String, before table: ReportTable?) -> String {
        let landscape = table?.printsLandscape ?? false
        return "<section>\n<h2\(landscape ? " class=\"wide\"" : "")>\(escape(heading))</h2>\n"
    }

    /// The start of a self-contained page, up to and with its header: the title, and a line under it
    /// (the period, the unit). Every page costsim writes starts so, with the one stylesheet.
    static func pageStart(language: Language, title: String, meta: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(ReportDocument.css)
        </style>
        </head>
        <body>
        <header>
        <h1>\(escape(title))</h1>
        <p class="meta">\(escape(meta))</p>
        </header>

        """
    }

    /// The end of a page: the footer line, and under it what made the page (`Provenance`), when known.
    static func pageEnd(footer: String, trace: String? = nil) -> String {
        "<footer>\(escape(footer))" + (trace.map { "<br>\n<span class=\"trace\">\(escape($0))</span>" } ?? "")
            + "</footer>\n</body>\n</html>\n"
    }
}
