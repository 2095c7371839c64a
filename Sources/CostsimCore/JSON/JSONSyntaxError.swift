/// Where and why a file is not valid JSON.
public struct JSONSyntaxError: Error, Equatable {
    package struct Location: Equatable, Sendable {
        package var line: Int
        package var column: Int
    }

    /// What the parser found wrong; the words are in `JSONSyntaxError+Messages.swift`.
    package enum Reason: Equatable, Sendable {
        case emptyFile
        case noValue
        case textAfterValue
        case endExpectingValue
        /// `found` is the character as it may be shown: `'x'`, `byte 0x..`, or nil at the end of the file.
        case unexpectedCharacter(found: String?)
        case tooDeep(limit: Int)
        case keyNotQuoted(found: String?)
        case duplicateKey(String)
        case colonMissing(key: String)
        case objectSeparator(found: String?)
        case listSeparator(found: String?)
        case stringNotUTF8
        case stringNotClosed
        case endInString
        case surrogateIncomplete
        case invalidLowSurrogate
        case loneLowSurrogate
        case invalidEscape(found: String?)
        case controlCharacter(codePoint: String)
        case escapeNeedsHexDigits
        case minusWithoutDigits
        case leadingZero
        case fractionWithoutDigits
        case exponentWithoutDigits
        case unexpectedLiteral(expected: String)
    }

    /// A common slip that explains the error, said beside it.
    package enum Hint: Equatable, Sendable {
        /// `[1, 2,]`: a comma before a closing bracket.
        case trailingComma
        case singleQuotes
        case comment
        case fullWidthDigit
        case fullWidthSpace
        /// `7,283`: a number written with thousands separators; `digits` is `7283`.
        case thousandsSeparator(written: String, digits: String)
    }

    package var reason: Reason
    package var hint: Hint?
    package var location: Location

    package init(_ reason: Reason, hint: Hint? = nil, location: Location) {
        self.reason = reason
        self.hint = hint
        self.location = location
    }
}
