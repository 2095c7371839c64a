/// A minimal unsigned big integer, just enough for exact present values: powers of
/// `(1 + discountRate)` over 50 years exceed 128 bits.
package struct BigUInt: Comparable {
    /// Little-endian 32-bit limbs, no trailing zero limbs.
    private(set) var limbs: [UInt32]

    package init(_ value: UInt128) {
        limbs = []
        var rest = value
        while rest > 0 {
            limbs.append(UInt32(truncatingIfNeeded: rest))
            rest >>= 32
        }
    }

    package var isZero: Bool { limbs.isEmpty }

    /// The number of significant bits.
    package var bitWidth: Int { limbs.last.map { limbs.count * 32 - $0.leadingZeroBitCount } ?? 0 }

    private mutating func normalize() {
        while limbs.last == 0 { limbs.removeLast() }
    }

    package static func * (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        if lhs.isZero || rhs.isZero { return BigUInt(0) }
        var result = [UInt32](repeating: 0, count: lhs.limbs.count + rhs.limbs.count)
        for (i, a) in lhs.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, b) in rhs.limbs.enumerated() {
                let t = UInt64(a) * UInt64(b) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            var k = i + rhs.limbs.count
            while carry > 0 {
                let t = UInt64(result[k]) + carry
                result[k] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
                k += 1
            }
        }
        var product = BigUInt(0)
        product.limbs = result
        product.normalize()
        return product
    }

    package static func + (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        var result = [UInt32]()
        var carry: UInt64 = 0
        for i in 0..<max(lhs.limbs.count, rhs.limbs.count) {
            let t = UInt64(i < lhs.limbs.count ? lhs.limbs[i] : 0) + UInt64(i < rhs.limbs.count ? rhs.limbs[i] : 0) + carry
            result.append(UInt32(truncatingIfNeeded: t))
            carry = t >> 32
        }
        if carry > 0 { result.append(UInt32(carry)) }
        var sum = BigUInt(0)
        sum.limbs = result
        return sum
    }

    /// `lhs − rhs`, for `lhs ≥ rhs`.
    package static func - (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        precondition(lhs >= rhs)
        var result = lhs.limbs
        var borrow: Int64 = 0
        for i in 0..<result.count {
            var t = Int64(result[i]) - Int64(i < rhs.limbs.count ? rhs.limbs[i] : 0) - borrow
            borrow = 0
            if t < 0 {
                t += 1 << 32
                borrow = 1
            }
            result[i] = UInt32(t)
        }
        var difference = BigUInt(0)
        difference.limbs = result
        difference.normalize()
        return difference
    }

    package func shiftedLeft(by bits: Int) -> BigUInt {
        guard !isZero else { return self }
        let limbShift = bits / 32
        let bitShift = bits % 32
        var result = [UInt32](repeating: 0, count: limbShift) + limbs + [0]
        if bitShift > 0 {
            var carry: UInt32 = 0
            for i in limbShift..<result.count {
                let value = result[i]
                result[i] = (value << UInt32(bitShift)) | carry
                carry = value >> UInt32(32 - bitShift)
            }
        }
        var shifted = BigUInt(0)
        shifted.limbs = result
        shifted.normalize()
        return shifted
    }

    /// `floor(self / divisor)` when the quotient is below 2^127; nil otherwise.
    package func dividedSmallQuotient(by divisor: BigUInt) -> UInt128? {
        dividedWithRemainder(by: divisor)?.quotient
    }

    /// `floor(self / divisor)` and `self mod divisor`, when the quotient is below 2^127 and the
    /// divisor is not zero; nil otherwise.
    package func dividedWithRemainder(by divisor: BigUInt) -> (quotient: UInt128, remainder: BigUInt)? {
        if divisor.isZero || divisor.shiftedLeft(by: 127) <= self { return nil }
        var rest = self
        var quotient: UInt128 = 0
        let top = max(0, min(126, bitWidth - divisor.bitWidth + 1))
        for bit in stride(from: top, through: 0, by: -1) {
            let shifted = divisor.shiftedLeft(by: bit)
            if shifted <= rest {
                rest = rest - shifted
                quotient |= UInt128(1) << UInt128(bit)
            }
        }
        return (quotient, rest)
    }

    package static func < (lhs: BigUInt, rhs: BigUInt) -> Bool {
        if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count }
        for i in stride(from: lhs.limbs.count - 1, through: 0, by: -1) where lhs.limbs[i] != rhs.limbs[i] {
            return lhs.limbs[i] < rhs.limbs[i]
        }
        return false
    }

    package static func == (lhs: BigUInt, rhs: BigUInt) -> Bool { lhs.limbs == rhs.limbs }
}
