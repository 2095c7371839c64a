import CostsimCore

/// The checked narrowing and sum of yen amounts, which name the figure that overflowed (a model
/// concept: the member, fiscal year, fee and category), so they live beside `AmountOverflowError`.
extension Yen {
    /// Narrows to `Int64`, or throws naming what overflowed.
    package static func checked(_ value: Int128, _ context: @autoclosure () -> [AmountOverflowError.Part]) throws(AmountOverflowError)
        -> Int64
    {
        guard let narrow = Int64(exactly: value) else { throw AmountOverflowError(context: context()) }
        return narrow
    }

    package static func add(_ a: Int64, _ b: Int64, _ context: @autoclosure () -> [AmountOverflowError.Part]) throws(AmountOverflowError)
        -> Int64
    {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { throw AmountOverflowError(context: context()) }
        return sum
    }
}
