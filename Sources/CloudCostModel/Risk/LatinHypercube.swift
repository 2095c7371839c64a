import CostsimCore

/// The probabilities of `draws` draws of each uncertain input, by Latin hypercube sampling: the
/// draws of one input fall one in each of `draws` equally likely strata, in an order shuffled by the
/// seed, and at a point within its stratum from the seed too. So a discrete input with weights 0.5
/// and 0.5 takes each value in exactly half of an even number of draws, and 1,000 draws cover each
/// input's whole range evenly.
///
/// Every probability is a function of (seed, input, draw) alone: the same seed gives the same draws
/// on any number of cores, in any order of computing them.
package struct LatinHypercube: Sendable {
    package let draws: Int
    package let seed: UInt64
    /// Per input: the stratum of each draw.
    let strata: [[Int32]]

    package init(draws: Int, inputs: Int, seed: UInt64) {
        self.draws = draws
        self.seed = seed
        strata = (0..<inputs).map { input in
            var order = (0..<Int32(draws)).map { $0 }
            var random = SplitMix64(seed: seed ^ (0x9E37_79B9_7F4A_7C15 &* UInt64(input + 1)))
            order.shuffle(using: &random)
            return order
        }
    }

    /// The denominator of every probability: `draws · 2^32`.
    package var denominator: Int128 { Int128(draws) << 32 }

    /// The numerator of input `input`'s probability in draw `draw`: its stratum times 2^32, plus a
    /// 32-bit point within it.
    package func numerator(input: Int, draw: Int) -> Int128 {
        var random = SplitMix64(seed: seed &+ 0xD1B5_4A32_D192_ED03 &* UInt64(input + 1) &+ UInt64(draw) &* 0x94D0_49BB_1331_11EB)
        return (Int128(strata[input][draw]) << 32) + Int128(random.next() >> 32)
    }
}
