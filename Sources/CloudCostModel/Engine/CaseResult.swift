/// A member's costs in one fiscal year, by category, in yen.
public struct CategoryFigures: Equatable, Sendable {
    public var system: Int64 = 0
    public var personnel: Int64 = 0
    public var governmentCloud: Int64 = 0
    public var oneOff: Int64 = 0
    /// Subsidies and grants, as a negative figure (≤ 0).
    public var subsidy: Int64 = 0

    public init(system: Int64 = 0, personnel: Int64 = 0, governmentCloud: Int64 = 0, oneOff: Int64 = 0, subsidy: Int64 = 0) {
        self.system = system
        self.personnel = personnel
        self.governmentCloud = governmentCloud
        self.oneOff = oneOff
        self.subsidy = subsidy
    }

    /// The sum of the categories. Figures made by the engine, and sums made with `+`, are checked to
    /// have a total that fits, so reading it never traps.
    public var total: Int64 { system + personnel + governmentCloud + oneOff + subsidy }

    /// Throws when the categories do not add up within 64 bits.
    public func checkTotal(_ context: @autoclosure () -> String) throws(AmountOverflowError) {
        var sum: Int64 = 0
        for category in CostCategory.allCases { sum = try Yen.add(sum, self[category], context()) }
    }

    public static func + (lhs: CategoryFigures, rhs: CategoryFigures) throws(AmountOverflowError) -> CategoryFigures {
        let context = "a sum of figures"
        let sum = CategoryFigures(
            system: try Yen.add(lhs.system, rhs.system, context),
            personnel: try Yen.add(lhs.personnel, rhs.personnel, context),
            governmentCloud: try Yen.add(lhs.governmentCloud, rhs.governmentCloud, context),
            oneOff: try Yen.add(lhs.oneOff, rhs.oneOff, context),
            subsidy: try Yen.add(lhs.subsidy, rhs.subsidy, context))
        try sum.checkTotal(context)
        return sum
    }
}

public enum CostCategory: String, CaseIterable, Sendable {
    case system, personnel, governmentCloud, oneOff, subsidy
}

extension CategoryFigures {
    public subscript(category: CostCategory) -> Int64 {
        get {
            switch category {
            case .system: return system
            case .personnel: return personnel
            case .governmentCloud: return governmentCloud
            case .oneOff: return oneOff
            case .subsidy: return subsidy
            }
        }
        set {
            switch category {
            case .system: system = newValue
            case .personnel: personnel = newValue
            case .governmentCloud: governmentCloud = newValue
            case .oneOff: oneOff = newValue
            case .subsidy: subsidy = newValue
            }
        }
    }
}

/// What one case costs: every member's figures for every fiscal year, and what each member paid
/// of each group fee (for the secretariat's apportionment table).
public struct CaseResult: Sendable {
    public var name: String
    public var fiscalYears: ClosedRange<Int>
    public var members: [Member]
    /// `figures[member][yearIndex]`.
    public var figures: [[CategoryFigures]]
    public var fees: [FeeLedger]

    public func figures(member index: Int, fiscalYear: Int) -> CategoryFigures {
        figures[index][fiscalYear - fiscalYears.lowerBound]
    }

    /// The whole group's figures per fiscal year.
    public func groupFigures() throws(AmountOverflowError) -> [CategoryFigures] {
        var result = [CategoryFigures](repeating: CategoryFigures(), count: fiscalYears.count)
        for member in figures {
            for (year, value) in member.enumerated() { result[year] = try result[year] + value }
        }
        return result
    }
}

/// One group fee: what each member paid of it, and the subsidy on that, per fiscal year.
public struct FeeLedger: Sendable {
    public var fee: Fee
    /// `amounts[member][yearIndex]`, yen ≥ 0.
    public var amounts: [[Int64]]
    /// `subsidies[member][yearIndex]`, yen ≤ 0.
    public var subsidies: [[Int64]]
}
