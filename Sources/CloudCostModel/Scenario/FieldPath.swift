import CostsimCore

/// A field's path, kept as its parent and key until a message needs the text (reading a file of
/// 1,741 members builds tens of thousands of paths, almost none of which are ever shown).
struct FieldPath {
    var parent: String
    var key: String?

    init(parent: String, key: String?) {
        self.parent = parent
        self.key = key
    }

    init(_ text: String) { self.init(parent: text, key: nil) }

    var text: String { key.map { Path.key(parent, $0) } ?? parent }
}
