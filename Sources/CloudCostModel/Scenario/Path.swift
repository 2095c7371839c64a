import CostsimCore

/// Paths as the user reads them: `group.fees[2].split`.
enum Path {
    static func key(_ base: String, _ key: String) -> String {
        let simple =
            !key.isEmpty
            && key.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            }
        let part = simple ? key : "[\"\(key)\"]"
        if base.isEmpty { return part }
        return simple ? "\(base).\(part)" : "\(base)\(part)"
    }

    static func index(_ base: String, _ index: Int) -> String { "\(base)[\(index)]" }
}
