/// A figure went beyond what 64-bit yen can hold (about 9.2 × 10^18 yen).
public struct AmountOverflowError: Error, Equatable, CustomStringConvertible {
    public var context: String
    public init(context: String) { self.context = context }
    public var description: String {
        "\(context): the amount exceeds 9,223,372,036,854,775,807 yen, the largest figure costsim can hold"
    }
}
