/// An exact decimal number with at most six decimal places, stored as an integer count of
/// millionths. `0.3` is exactly 300,000 millionths: no binary floating point is involved.
public struct ExactDecimal: Hashable, Comparable, Sendable, CustomStringConvertible {
    package static let scale: Int128 = 1_000_000
    package static let maximumFractionDigits = 6

    /// The value times 10^6.
    package let millionths: Int128

    package init(millionths: Int128) { self.millionths = millionths }

    package init(_ integer: Int64) { self.millionths = Int128(integer) * Self.scale }

    package static let zero = ExactDecimal(millionths: 0)
    package static let one = ExactDecimal(millionths: scale)

    package var isInteger: Bool { millionths % Self.scale == 0 }

    /// The integer value, when the number is whole and fits.
    package var integerValue: Int64? {
        guard isInteger else { return nil }
        return Int64(exactly: millionths / Self.scale)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool { lhs.millionths < rhs.millionths }
    package static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        ExactDecimal(millionths: lhs.millionths + rhs.millionths)
    }

    /// Parses JSON number text exactly. Returns nil when the number has more than six decimal
    /// places or is too large (more than 10^20) to be a meaningful amount.
    package init?(jsonText text: String) {
        var mantissa: Int128 = 0
        var significant = 0  // digits in `mantissa`, leading zeros not counted
        var pendingZeros = 0  // zeros seen but not yet multiplied in (they may be trailing)
        var fractionDigits = 0
        var exponent = 0
        var negative = false
        var inFraction = false
        var hugeExponent = false
        var utf8 = text.utf8[...]
        if utf8.first == UInt8(ascii: "-") {
            negative = true
            utf8 = utf8.dropFirst()
        }
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            switch byte {
            case UInt8(ascii: "."):
                inFraction = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                // Zero is zero whatever its exponent (`0e-9999`); any other number with an exponent beyond
                // ±1000 is far outside every range costsim accepts.
                if let parsed = Int(Substring(utf8)), abs(parsed) <= 1000 {
                    exponent = parsed
                } else if mantissa != 0 || utf8.isEmpty || Int(Substring(utf8).drop { $0 == "-" || $0 == "+" }.prefix(1)) == nil {
                    return nil
                } else {
                    exponent = 0
                    hugeExponent = true
                }
                utf8 = utf8[utf8.endIndex...]
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inFraction { fractionDigits += 1 }
                if byte == UInt8(ascii: "0") {
                    if significant > 0 { pendingZeros += 1 }
                    continue
                }
                // Bring in the zeros before this digit, then the digit; more than 27 digits is beyond any amount.
                guard significant + pendingZeros + 1 <= 27 else { return nil }
                for _ in 0..<pendingZeros { mantissa *= 10 }
                significant += pendingZeros + 1
                pendingZeros = 0
                mantissa = mantissa * 10 + Int128(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
        }
        // value = mantissa × 10^(pendingZeros + exponent − fractionDigits); we want value × 10^6.
        let shift = pendingZeros + exponent - fractionDigits + Self.maximumFractionDigits
        if mantissa == 0 {
            self.millionths = 0
            return
        }
        if hugeExponent { return nil }
        guard shift >= 0 else { return nil }  // a non-zero digit beyond the sixth decimal place
        guard significant + shift <= 27 else { return nil }  // more than 10^20 in value
        for _ in 0..<shift { mantissa *= 10 }
        self.millionths = negative ? -mantissa : mantissa
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
