/// The language of labels in output.
public enum Language: String, Sendable, CaseIterable {
    case ja, en
}
