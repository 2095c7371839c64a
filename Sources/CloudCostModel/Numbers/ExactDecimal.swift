/// An exact decimal number with at most six decimal places, stored as an integer count of
/// millionths. `0.3` is exactly 300,000 millionths: no binary floating point is involved.
public struct ExactDecimal: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let scale: Int128 = 1_000_000
    public static let maximumFractionDigits = 6

    /// The value times 10^6.
    public let millionths: Int128

    public init(millionths: Int128) { self.millionths = millionths }

    public init(_ integer: Int64) { self.millionths = Int128(integer) * Self.scale }

    public static let zero = ExactDecimal(millionths: 0)
    public static let one = ExactDecimal(millionths: scale)

    public var isInteger: Bool { millionths % Self.scale == 0 }

    /// The integer value, when the number is whole and fits.
    public var integerValue: Int64? {
        guard isInteger else { return nil }
        return Int64(exactly: millionths / Self.scale)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool { lhs.millionths < rhs.millionths }
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        ExactDecimal(millionths: lhs.millionths + rhs.millionths)
    }

    /// Parses JSON number text exactly. Returns nil when the number has more than six decimal
    /// places or is too large (more than 10^20) to be a meaningful amount.
    public init?(jsonText text: String) {
        var digits: [UInt8] = []
        var negative = false
        var fractionDigits = 0
        var exponent = 0
        var inFraction = false
        var utf8 = text.utf8[...]
        if utf8.first == UInt8(ascii: "-") { negative = true; utf8 = utf8.dropFirst() }
        while let byte = utf8.first {
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                utf8 = utf8.dropFirst()
                guard let parsed = Int(String(decoding: utf8, as: UTF8.self)), abs(parsed) <= 1000 else { return nil }
                exponent = parsed
                break
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
                if inFraction { fractionDigits += 1 }
            } else {
                return nil
            }
            utf8 = utf8.dropFirst()
        }
        // value = digits × 10^(exponent − fractionDigits); we want value × 10^6.
        var shift = exponent - fractionDigits + Self.maximumFractionDigits
        // Trailing zeros do not count as decimal places: 0.1000000 is 0.1.
        while shift < 0, let last = digits.last, last == 0 {
            digits.removeLast()
            shift += 1
        }
        if shift < 0 {
            // Everything left is zeros only if the digits are all zero.
            if digits.allSatisfy({ $0 == 0 }) { self.millionths = 0; return }
            return nil
        }
        // Leading zeros carry no size.
        if let first = digits.firstIndex(where: { $0 != 0 }) { digits.removeFirst(first) } else { digits = [0] }
        guard digits.count + shift <= 27 else { return nil }  // more than 10^20 in value
        var value: Int128 = 0
        for digit in digits { value = value * 10 + Int128(digit) }
        for _ in 0..<shift { value *= 10 }
        self.millionths = negative ? -value : value
    }

    /// Plain decimal text, e.g. `0.3`, `110`, `-0.015`.
    public var description: String {
        let magnitude = millionths.magnitude
        let whole = magnitude / UInt128(Self.scale)
        var fraction = String(magnitude % UInt128(Self.scale))
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        let sign = millionths < 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
