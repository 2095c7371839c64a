import CostsimCore

/// A text of the command line's own — a command's summary and description, an option's help — in
/// both languages, side by side where it is declared: both are required, so neither can be missing.
struct Words: Sendable {
    let ja: String
    let en: String

    func callAsFunction(_ language: Language) -> String {
        switch language {
        case .ja: return ja
        case .en: return en
        }
    }
}
