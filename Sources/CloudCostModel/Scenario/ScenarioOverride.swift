import CostsimCore

/// `--set PATH=VALUE`: changes one value of a scenario for one run, before it is validated.
///
/// PATH is dot-separated keys; a member is named by its id (`members.koka.joins`), a fee by its label
/// (`group.fees.事務局経費.shared.annual`), another list item by its index. VALUE is read as JSON when
/// it is JSON (`160`, `0.3`, `null`, `{"2016": 110}`), else as text (`2021-04`). `null` removes the key,
/// as in a merge patch. An object for a member or fee that is not there yet appends it
/// (`members.toyosato={"code": "25441", …}`: its `id` is the name in the path), as a variant's patch can. Setting a year of a plain number (`fx.2027=160` where `fx` is `110`) turns it
/// into a by-year value from `fiscalYears.from`: `{"2016": 110, "2027": 160}`.
package enum ScenarioOverride {
    /// The most parts a PATH may have (the deepest value of a scenario is 7 levels down).
    static let maximumDepth = 16

    package static func apply(_ assignments: [String], to json: JSONValue) throws(ScenarioError) -> JSONValue {
        var result = json
        var issues: [ValidationIssue] = []
        for assignment in assignments {
            do {
                result = try apply(assignment, to: result)
            } catch {
                issues.append(error)
            }
        }
        if !issues.isEmpty { throw .invalid(issues) }
        return result
    }

    static func apply(_ assignment: String, to json: JSONValue) throws(ValidationIssue) -> JSONValue {
        let assignmentPath = "--set " + Echo.plain(assignment)
        guard let equals = assignment.firstIndex(of: "=") else {
            throw ValidationIssue(path: assignmentPath, .setNeedsEquals)
        }
        let path = assignment[..<equals].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.contains(where: \.isEmpty) else {
            throw ValidationIssue(path: assignmentPath, .setEmptyPart)
        }
        guard path.count <= maximumDepth else {
            throw ValidationIssue(path: assignmentPath, .setTooDeep(parts: path.count, limit: maximumDepth))
        }
        let text = String(assignment[assignment.index(after: equals)...])
        let value = (try? JSONParser.parse(text)) ?? .string(text)
        var firstYear: String?
        if case .object(let top) = json, case .object(let years)? = top["fiscalYears"], case .number(let from)? = years["from"] {
            firstYear = from
        }
        return try set(value, at: path[...], in: json, location: [], firstYear: firstYear, assignmentPath: assignmentPath)
    }

    private static func set(
        _ value: JSONValue, at path: ArraySlice<String>, in node: JSONValue, location: [String],
        firstYear: String?, assignmentPath: String
    ) throws(ValidationIssue) -> JSONValue {
        guard let key = path.first else { return value }
        let rest = path.dropFirst()
        let here = location + [key]
        switch node {
        case .object(var object):
            if rest.isEmpty {
                object[key] = value == .null ? nil : value
                return .object(object)
            }
            var child = object[key] ?? .object(JSONObject())
            // A year under a plain number: make it a by-year value first.
            if case .number = child, let firstYear, rest.count == 1, let year = rest.first, year.count == 4, Int(year) != nil {
                child = .object(JSONObject([(key: firstYear, value: child)]))
            }
            object[key] = try set(value, at: rest, in: child, location: here, firstYear: firstYear, assignmentPath: assignmentPath)
            return .object(object)
        case .array(var items):
            let keyField = location == ["members"] ? "id" : location == ["group", "fees"] ? "label" : nil
            let index: Int? =
                keyField.flatMap { field in
                    items.firstIndex { item in
                        if case .object(let object) = item, case .string(let name)? = object[field] { return name == key }
                        return false
                    }
                } ?? Int(key).flatMap { items.indices.contains($0) ? $0 : nil }
            if index == nil, rest.isEmpty, let keyField, case .object(var object) = value {
                // A new member or fee: named by the path, appended as a variant's patch appends it.
                if let given = object[keyField], given != .string(key) {
                    throw ValidationIssue(path: assignmentPath, .setKeyMismatch(keyField: keyField, key: key))
                }
                object[keyField] = .string(key)
                items.append(.object(object))
                return .array(items)
            }
            guard let index else {
                let names =
                    keyField.map { field in
                        items.compactMap { item -> String? in
                            if case .object(let object) = item, case .string(let name)? = object[field] { return name }
                            return nil
                        }
                    } ?? []
                let close = KeySuggestion.closest(to: key, among: names)
                throw ValidationIssue(
                    path: assignmentPath,
                    keyField.map { .setNoKeyedItem(keyField: $0, quotedKey: quoted(key), suggestion: close) }
                        ?? .setNoIndex(key: key, count: items.count))
            }
            if rest.isEmpty && value == .null {
                items.remove(at: index)
            } else {
                items[index] = try set(
                    value, at: rest, in: items[index], location: here, firstYear: firstYear, assignmentPath: assignmentPath)
            }
            return .array(items)
        default:
            throw ValidationIssue(
                path: assignmentPath, .setNotContainer(location: location.joined(separator: "."), found: JSONKind(node), key: key))
        }
    }
}
