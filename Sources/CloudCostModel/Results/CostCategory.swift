/// The categories of MODEL.md in which every yen of a result is counted.
public enum CostCategory: String, CaseIterable, Sendable {
    case system, personnel, governmentCloud, oneOff, subsidy
}
