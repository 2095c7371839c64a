import CostsimCore

/// "Did you mean …?" for a misspelt key.
package enum KeySuggestion {
    /// The closest allowed key within an edit distance of 2 (or equal ignoring case), if any.
    package static func closest(to key: String, among allowed: [String]) -> String? {
        guard key.utf8.count <= 200 else { return nil }  // no key is that long
        let lowered = key.lowercased()
        if let exact = allowed.first(where: { $0.lowercased() == lowered }) { return exact }
        var best: (key: String, distance: Int)?
        for candidate in allowed where abs(candidate.count - key.count) <= 2 {
            let distance = editDistance(Array(lowered), Array(candidate.lowercased()))
            if distance <= 2 && distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.key
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
