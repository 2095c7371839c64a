import CloudCostModel
import CostsimCore

extension Renewal {
    /// `{"month", "amount", "label"}`, as the JSON of `timing` and `schedule` lists the renewals avoided.
    var json: JSONValue {
        .object([("month", .string(month.description)), ("amount", .integer(amount)), ("label", .string(label))])
    }
}
