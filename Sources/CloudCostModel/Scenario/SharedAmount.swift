import CostsimCore

/// What a shared fee bills the group: a monthly amount, an annual FY-value spread over the months, or a one-off amount in one month.
package enum SharedAmount: Sendable, Equatable {
    case monthly(ExactDecimal)
    case annual(FYValue<ExactDecimal>)
    case once(Month, ExactDecimal)
}
