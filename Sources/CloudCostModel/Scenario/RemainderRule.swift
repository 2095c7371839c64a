import CostsimCore

/// Where the yen left over by flooring go.
package enum RemainderRule: String, Sendable, Equatable, CaseIterable {
    case largest
    case representative
}
