/// A spreadsheet's column letters: `A` … `Z`, `AA` … (column 0 is `A`), as cell references write them.
package enum CellReference {
    package static func columnName(_ index: Int) -> String {
        var index = index
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    /// `E5` → 4: a cell reference's column, from 0; nil without letters (or past `XFD`'s three).
    package static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            guard byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            letters += 1
            guard letters <= 3 else { return nil }
        }
        return letters == 0 ? nil : column - 1
    }
}
