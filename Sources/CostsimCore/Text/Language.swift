/// The language of labels in output.
public enum Language: String, Sendable, CaseIterable {
    case ja, en

    /// The text of this language, of the two given. A switch rather than `language.text(ja: …, en: …`),
    /// which would give any third language the English silently: adding a case here makes every
    /// message that is written this way ask for its text.
    package func text<Text>(ja: @autoclosure () -> Text, en: @autoclosure () -> Text) -> Text {
        switch self {
        case .ja: return ja()
        case .en: return en()
        }
    }
}
