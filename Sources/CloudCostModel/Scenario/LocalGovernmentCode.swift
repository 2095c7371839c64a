/// 全国地方公共団体コード: five digits and a check digit
/// `d6 = (11 − (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11) mod 10`.
public enum LocalGovernmentCode {
    /// The check digit for a five-digit code such as `"25206"` (草津市 → 9).
    public static func checkDigit(for fiveDigits: String) -> Int? {
        let digits = fiveDigits.utf8.map { Int($0) - 0x30 }
        guard digits.count == 5, digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        let weighted = zip(digits, [6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        return (11 - weighted % 11) % 10
    }

    /// Nil when valid, else what is wrong with it.
    public static func problem(with code: String) -> Problem? {
        guard code.utf8.count == 6, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return .notLocalGovernmentCode(quoted: quoted(code))
        }
        let expected = checkDigit(for: String(code.prefix(5)))!
        let given = Int(code.utf8.last! - 0x30)
        if given != expected {
            return .wrongCheckDigit(code: code, given: given, expected: expected)
        }
        return nil
    }
}
