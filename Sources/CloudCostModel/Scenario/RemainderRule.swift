/// Where the yen left over by flooring go.
public enum RemainderRule: String, Sendable, Equatable, CaseIterable {
    case largest
    case representative
}
