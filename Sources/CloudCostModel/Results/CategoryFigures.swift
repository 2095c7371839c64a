import CostsimCore

/// A member's costs in one fiscal year, by category, in yen.
public struct CategoryFigures: Equatable, Sendable {
    public var system: Int64 = 0
    public var personnel: Int64 = 0
    public var governmentCloud: Int64 = 0
    public var oneOff: Int64 = 0
    /// Subsidies and grants, as a negative figure (≤ 0).
    public var subsidy: Int64 = 0
    /// Local allocation tax measures (交付税措置), as a negative figure (≤ 0).
    public var allocationTax: Int64 = 0

    package init(
        system: Int64 = 0, personnel: Int64 = 0, governmentCloud: Int64 = 0, oneOff: Int64 = 0, subsidy: Int64 = 0,
        allocationTax: Int64 = 0
    ) {
        self.system = system
        self.personnel = personnel
        self.governmentCloud = governmentCloud
        self.oneOff = oneOff
        self.subsidy = subsidy
        self.allocationTax = allocationTax
    }

    /// The sum of the categories. Figures made by the engine, and sums made with `sum`, are checked to
    /// have a total that fits, so reading it never traps.
    public var total: Int64 { Int64(truncatingIfNeeded: wideTotal) }

    /// The total in 128 bits: the categories added in any order never overflow here, so only the
    /// total itself is checked, not a sum along the way (system + personnel may pass 64 bits before a
    /// large negative subsidy brings it back).
    var wideTotal: Int128 {
        CostCategory.allCases.reduce(Int128(0)) { $0 + Int128(self[$1]) }
    }

    /// Throws when the categories do not add up within 64 bits.
    package func checkTotal(_ context: @autoclosure () -> [AmountOverflowError.Part]) throws(AmountOverflowError) {
        _ = try Yen.checked(wideTotal, context())
    }

    /// The figures of `a` and `b` added category by category; `context` names what is summed (the
    /// group and a fiscal year) when a category or the total does not fit.
    package static func sum(_ a: CategoryFigures, _ b: CategoryFigures, _ context: @autoclosure () -> [AmountOverflowError.Part])
        throws(AmountOverflowError)
        -> CategoryFigures
    {
        var result = CategoryFigures()
        for category in CostCategory.allCases {
            result[category] = try Yen.add(a[category], b[category], context() + [.category(category)])
        }
        try result.checkTotal(context() + [.figure(.total)])
        return result
    }

    /// `a − b`, category by category: what is saved in each. `context` names what when a difference
    /// or its total does not fit.
    package static func difference(_ a: CategoryFigures, _ b: CategoryFigures, _ context: @autoclosure () -> [AmountOverflowError.Part])
        throws(AmountOverflowError) -> CategoryFigures
    {
        var result = CategoryFigures()
        for category in CostCategory.allCases {
            let (value, overflow) = a[category].subtractingReportingOverflow(b[category])
            if overflow { throw AmountOverflowError(context: context() + [.category(category)]) }
            result[category] = value
        }
        try result.checkTotal(context() + [.figure(.total)])
        return result
    }

    package subscript(category: CostCategory) -> Int64 {
        get {
            switch category {
            case .system: return system
            case .personnel: return personnel
            case .governmentCloud: return governmentCloud
            case .oneOff: return oneOff
            case .subsidy: return subsidy
            case .allocationTax: return allocationTax
            }
        }
        set {
            switch category {
            case .system: system = newValue
            case .personnel: personnel = newValue
            case .governmentCloud: governmentCloud = newValue
            case .oneOff: oneOff = newValue
            case .subsidy: subsidy = newValue
            case .allocationTax: allocationTax = newValue
            }
        }
    }
}
