import CostsimCore

/// JSON Merge Patch (RFC 7396), with costsim's rule for keyed lists: `members` (by `id`) and
/// `group.fees` (by `label`) are merged item by item rather than replaced.
package enum MergePatch {
    /// Applies `patch` to a scenario document (`target`), returning the result and any problems.
    package static func applyToScenario(_ patch: JSONValue, to target: JSONValue, path: String = "patch") -> (JSONValue, [ValidationIssue])
    {
        var problems: [ValidationIssue] = []
        let result = apply(patch, to: target, at: [], path: path, problems: &problems)
        return (result, problems)
    }

    /// Plain RFC 7396, for values outside keyed lists.
    package static func apply(_ patch: JSONValue, to target: JSONValue) -> JSONValue {
        var problems: [ValidationIssue] = []
        return apply(patch, to: target, at: ["(plain)"], path: "", problems: &problems)
    }

    private static func apply(
        _ patch: JSONValue, to target: JSONValue, at location: [String], path: String,
        problems: inout [ValidationIssue]
    ) -> JSONValue {
        guard case .object(let patchObject) = patch else { return patch }
        var result: JSONObject
        if case .object(let targetObject) = target { result = targetObject } else { result = JSONObject() }
        for (key, value) in patchObject.members {
            let keyPath = Path.key(path, key)
            if value == .null {
                result[key] = nil
                continue
            }
            let childLocation = location + [key]
            if let keyField = keyedListField(childLocation), case .array(let items) = value {
                let existing: [JSONValue]
                if case .array(let current)? = result[key] { existing = current } else { existing = [] }
                result[key] = .array(mergeKeyedList(items, into: existing, keyField: keyField, path: keyPath, problems: &problems))
            } else {
                result[key] = apply(value, to: result[key] ?? .null, at: childLocation, path: keyPath, problems: &problems)
            }
        }
        return .object(result)
    }

    private static func keyedListField(_ location: [String]) -> String? {
        if location == ["members"] { return "id" }
        if location == ["group", "fees"] { return "label" }
        return nil
    }

    private static func mergeKeyedList(
        _ patchItems: [JSONValue], into items: [JSONValue], keyField: String, path: String,
        problems: inout [ValidationIssue]
    ) -> [JSONValue] {
        var result = items
        for (index, patchItem) in patchItems.enumerated() {
            let itemPath = Path.index(path, index)
            guard case .object(let patchObject) = patchItem, case .string(let key)? = patchObject[keyField] else {
                problems.append(ValidationIssue(path: itemPath, .patchItemNeedsKey(keyField: keyField)))
                continue
            }
            let position = result.firstIndex { item in
                if case .object(let object) = item, case .string(let existing)? = object[keyField] { return existing == key }
                return false
            }
            if let remove = patchObject["remove"] {
                guard remove == .bool(true), patchObject.members.count == 2 else {
                    problems.append(ValidationIssue(path: itemPath, .patchRemoveForm(keyField: keyField, key: key)))
                    continue
                }
                if let position {
                    result.remove(at: position)
                } else {
                    problems.append(ValidationIssue(path: itemPath, .patchNothingToRemove(keyField: keyField, quotedKey: quoted(key))))
                }
            } else if let position {
                result[position] = apply(patchItem, to: result[position])
            } else {
                result.append(apply(patchItem, to: .object(JSONObject())))
            }
        }
        return result
    }
}
