import CloudCostModel
import CostsimCore
import CostsimReports

/// A command line that is not right: exit status 2.
struct UsageError: Error {
    var usage: Usage
    /// The command whose help the message points to; nil for the overview.
    var command: String?
}
