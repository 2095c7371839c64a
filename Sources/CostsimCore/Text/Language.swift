/// The language of labels in output.
package enum Language: String, Sendable, CaseIterable {
    case ja, en
}
