/// The CRC-32 of ZIP (and PNG, gzip): polynomial 0xEDB88320 (reflected), initial value and final
/// XOR 0xFFFFFFFF. `CRC32.of("123456789")` is 0xCBF43926, the check value of the standard.
package enum CRC32 {
    /// The byte-at-a-time table of the reflected polynomial.
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    package static func of(_ bytes: some Sequence<UInt8>) -> UInt32 { update(0, bytes) }

    /// The CRC of the bytes before (`crc`, 0 for none) and `bytes` after them.
    package static func update(_ crc: UInt32, _ bytes: some Sequence<UInt8>) -> UInt32 {
        var value = ~crc
        for byte in bytes { value = table[Int((value ^ UInt32(byte)) & 0xFF)] ^ (value >> 8) }
        return ~value
    }
}
