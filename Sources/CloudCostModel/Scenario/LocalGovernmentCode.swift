import CostsimCore

/// 全国地方公共団体コード: five digits and a check digit
/// `d6 = (11 − (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11) mod 10`.
package enum LocalGovernmentCode {
    /// The check digit for a five-digit code such as `"25206"` (草津市 → 9).
    package static func checkDigit(for fiveDigits: String) -> Int? {
        let digits = fiveDigits.utf8.map { Int($0) - 0x30 }
        guard digits.count == 5, digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        let weighted = zip(digits, [6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        return (11 - weighted % 11) % 10
    }

    /// The five-digit area code of a code written with five digits (as census tables print it) or
    /// six (with a valid check digit); nil for anything else.
    package static func areaCode(of code: String) -> String? {
        guard code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        switch code.utf8.count {
        case 5: return code
        case 6: return problem(with: code) == nil ? String(code.prefix(5)) : nil
        default: return nil
        }
    }

    /// The six-digit code for a five- or six-digit one; nil when it is neither (or the check digit is wrong).
    package static func sixDigits(_ code: String) -> String? {
        areaCode(of: code).flatMap { area in checkDigit(for: area).map { area + String($0) } }
    }

    /// Nil when valid (five digits, or six with the right check digit), else what is wrong with it.
    package static func problem(with code: String) -> Problem? {
        let isDigits = code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        if isDigits && code.utf8.count == 5 { return nil }
        guard code.utf8.count == 6, isDigits else {
            return .notLocalGovernmentCode(quoted: quoted(code))
        }
        guard let expected = checkDigit(for: String(code.prefix(5))), let last = code.utf8.last else {
            return .notLocalGovernmentCode(quoted: quoted(code))
        }
        let given = Int(last - 0x30)
        if given != expected {
            return .wrongCheckDigit(code: code, given: given, expected: expected)
        }
        return nil
    }
}
