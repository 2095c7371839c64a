import CostsimCore

/// The records of a CSV file (RFC 4180, as Excel writes it): fields separated by commas, records
/// by CRLF, LF or CR; a field in double quotes may hold commas, line breaks and `""` for a quote.
package struct CSVTable: Sendable, Equatable {
    /// Every record, the heading first; fields as written, without their quotes.
    package let records: [[String]]

    /// Why text is not a CSV table.
    package enum Failure: Error, Equatable {
        /// A quoted field runs to the end of the file; the record (1 = the heading) where it began.
        case unclosedQuote(record: Int)
    }

    package init(records: [[String]]) { self.records = records }

    /// Parses `text`; blank records (Excel leaves them at the end) are dropped.
    package init(parsing text: String) throws(Failure) {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var startedQuote = 0
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        func endRecord() {
            record.append(field)
            field = ""
            if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
            record = []
        }
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                quoted = true
                startedQuote = records.count + 1
            case ",":
                record.append(field)
                field = ""
            case "\r":
                if pending == "\n" { pending = scalars.next() }
                endRecord()
            case "\n":
                endRecord()
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw .unclosedQuote(record: startedQuote) }
        if !field.isEmpty || !record.isEmpty { endRecord() }
        self.records = records
    }
}
