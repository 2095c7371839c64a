import CloudCostModel
import CostsimCore
import CostsimReports

/// The name of every option a command may declare. A command declares its options by these names and
/// reads them back by them (`invocation.arguments.value(.caseName)`), so a misspelt option does not
/// compile, where a misspelt string would be an option that is never given.
enum OptionName: String, CaseIterable, Sendable {
    case against = "--against"
    case caseName = "--case"
    case change = "--change"
    case draws = "--draws"
    case era = "--era"
    case feePerTenThousand = "--fee-per-10k"
    case fiscalYear = "--fiscal-year"
    case force = "--force"
    case format = "--format"
    case from = "--from"
    case growthPoints = "--growth-points"
    case lang = "--lang"
    case layout = "--layout"
    case member = "--member"
    case name = "--name"
    case out = "--out"
    case quiet = "--quiet"
    case reduction = "--reduction"
    case samples = "--samples"
    case seed = "--seed"
    case set = "--set"
    case starts = "--starts"
    case table = "--table"
    case targetYear = "--target-year"
    case to = "--to"
    case unit = "--unit"
}
