import CostsimCore

/// Reads `group` and its fees.
enum GroupDecoder {
    static let groupKeys = ["name", "representative", "remainder", "fees", "migrationCapacity"]
    static let feeKeys =
        ["label", "members", "category", "from", "to", "currency", "subsidyRate", "allocationTaxRate"]
        + Charge.Kind.allCases.map(\.rawValue) + ["split"]

    static func decode(_ top: ObjectReader, memberFields: [(id: String?, hasUsage: Bool)], firstYear: Int, hasFX: Bool) -> Group? {
        let diagnostics = top.diagnostics
        guard let value = top.present("group") else {
            top.missing("group", .group)
            return nil
        }
        guard let reader = ObjectReader(value, path: "group", allowedKeys: groupKeys, diagnostics: diagnostics) else { return nil }
        let before = diagnostics.issues.count
        let name = reader.displayText("name", required: false)
        let representative = reader.string("representative", required: false, what: .representativeID)
        let remainder = reader.choice("remainder", default: RemainderRule.largest)
        let ids = memberFields.compactMap(\.id)
        if let representative, !ids.contains(representative) {
            let suggestion = KeySuggestion.closest(to: representative, among: ids)
            diagnostics.add(reader.path("representative"), .unknownRepresentative(quoted: quoted(representative), suggestion: suggestion))
        }
        if remainder == .representative && representative == nil && !reader.has("representative") {
            diagnostics.add(reader.path("representative"), .representativeRequired)
        }
        var fees: [Fee] = []
        var labels: [String: Int] = [:]
        for (index, item) in (reader.list("fees", required: true, what: .fees) ?? []).enumerated() {
            let path = Path.index(reader.path("fees"), index)
            guard let fee = decodeFee(item, path: path, firstYear: firstYear, hasFX: hasFX, ids: ids, diagnostics: diagnostics) else {
                continue
            }
            if let previous = labels[fee.label] {
                diagnostics.add(
                    "\(path).label", .duplicateLabel(quoted: quoted(fee.label), previous: previous))
            }
            labels[fee.label] = index
            if case .shared(_, let split) = fee.charge, split.usage > .zero {
                for (memberIndex, fields) in memberFields.enumerated()
                where !fields.hasUsage && (fee.members.map { list in fields.id.map(list.contains) ?? false } ?? true) {
                    diagnostics.add(
                        "members[\(memberIndex)].usage",
                        .usageRequired(feeIndex: index, label: fee.label))
                }
            }
            fees.append(fee)
        }
        let capacity = migrationCapacity(reader)
        guard diagnostics.issues.count == before, let remainder else { return nil }
        return Group(name: name, representative: representative, remainder: remainder, fees: fees, migrationCapacity: capacity)
    }

    /// `migrationCapacity`: `perMonth`, `perFiscalYear` (whole numbers from 1) and `closedMonths`, a
    /// list of calendar months closed every year (`1` … `12`) and particular months (`"2027-07"`).
    static func migrationCapacity(_ group: ObjectReader) -> MigrationCapacity? {
        guard let reader = group.nested("migrationCapacity", allowedKeys: ["perMonth", "perFiscalYear", "closedMonths"]) else {
            return nil
        }
        let diagnostics = group.diagnostics
        let limit = Int64(Limits.migrationsPerPeriod)
        let perMonth = reader.integer("perMonth", what: .migrationsPerMonth, range: 1...limit)
        let perYear = reader.integer("perFiscalYear", what: .migrationsPerFiscalYear, range: 1...limit)
        var everyYear: [Int] = []
        var particular: [Month] = []
        for (index, item) in (reader.list("closedMonths", required: false, what: .closedMonths) ?? []).enumerated() {
            let path = FieldPath(Path.index(reader.path("closedMonths"), index))
            switch item {
            case .number:
                guard let month = ObjectReader.integer(item, path: path, diagnostics: diagnostics, what: .calendarMonth, range: 1...12)
                else { continue }
                if everyYear.contains(Int(month)) {
                    diagnostics.add(path.text, .duplicateClosedMonth(month: "\(month)"))
                } else {
                    everyYear.append(Int(month))
                }
            case .string:
                guard let month = ObjectReader.month(item, path: path, diagnostics: diagnostics) else { continue }
                if particular.contains(month) {
                    diagnostics.add(path.text, .duplicateClosedMonth(month: "\(month)"))
                } else {
                    particular.append(month)
                }
            default:
                diagnostics.add(path.text, .closedMonthForm(found: JSONKind(item)))
            }
        }
        return MigrationCapacity(
            perMonth: perMonth.map(Int.init), perFiscalYear: perYear.map(Int.init), closedEveryYear: everyYear.sorted(),
            closedMonths: particular.sorted())
    }

    static func decodeFee(_ value: JSONValue, path: String, firstYear: Int, hasFX: Bool, ids: [String], diagnostics: Diagnostics)
        -> Fee?
    {
        let before = diagnostics.issues.count
        guard let reader = ObjectReader(value, path: path, allowedKeys: feeKeys, diagnostics: diagnostics) else { return nil }
        let label = reader.displayText("label", required: true, what: .feeLabel)
        let members = feeMembers(reader, ids: ids)
        let category = reader.choice("category", default: FeeCategory.system)
        let from = reader.month("from")
        let to = reader.month("to")
        if let from, let to, to < from {
            diagnostics.add(reader.path("to"), .endBeforeStart(end: "\(to)", start: "\(from)", startField: "from"))
        }
        let currency = reader.choice("currency", default: Currency.jpy)
        if currency == .usd && !hasFX {
            diagnostics.add(reader.path("currency"), .usdNeedsFX)
        }
        let subsidyRate = reader.decimal("subsidyRate", what: .subsidyRate, range: .zero...ExactDecimal.one) ?? .zero
        let allocationTaxRate =
            reader.decimal("allocationTaxRate", what: .allocationTaxRate, range: .zero...ExactDecimal.one) ?? .zero

        // Money in the fee's currency: whole yen, or USD with up to 6 decimal places.
        let amount = { (value: JSONValue, path: FieldPath) -> ExactDecimal? in
            if currency == .usd {
                return ObjectReader.decimal(
                    value, path: path, diagnostics: diagnostics, what: .usd,
                    range: .zero...ExactDecimal(Limits.amount))
            }
            return ObjectReader.integer(
                value, path: path, diagnostics: diagnostics, what: .yen,
                range: 0...Limits.amount
            ).map { ExactDecimal($0) }
        }

        let kinds = Charge.Kind.allCases.filter { reader.has($0.rawValue) }
        var charge: Charge?
        if kinds.count != 1 {
            diagnostics.add(
                path,
                kinds.isEmpty ? .noFeeKind : .severalFeeKinds(kinds.map(\.rawValue)))
        } else {
            switch kinds[0] {
            case .perTenThousand: charge = perTenThousand(reader, firstYear: firstYear, amount: amount)
            case .perMember: charge = perMember(reader, amount: amount)
            case .shared: charge = shared(reader, firstYear: firstYear, amount: amount)
            }
        }
        if reader.has("split") && !kinds.contains(.shared) {
            diagnostics.add(
                reader.path("split"), .splitOnlyForShared)
        }
        guard diagnostics.issues.count == before, let label, let category, let currency, let charge else { return nil }
        return Fee(
            label: label, category: category, from: from, to: to, currency: currency, subsidyRate: subsidyRate,
            allocationTaxRate: allocationTaxRate, charge: charge, members: members)
    }

    /// A fee's `members`: a non-empty list of the ids of members, each once.
    static func feeMembers(_ fee: ObjectReader, ids: [String]) -> [String]? {
        guard let items = fee.list("members", required: false, what: .feeMembers) else { return nil }
        if items.isEmpty { fee.diagnostics.add(fee.path("members"), .noFeeMembers) }
        var members: [String] = []
        for (index, item) in items.enumerated() {
            let path = FieldPath(Path.index(fee.path("members"), index))
            guard let id = ObjectReader.string(item, path: path, diagnostics: fee.diagnostics, what: .representativeID) else { continue }
            if !ids.contains(id) {
                fee.diagnostics.add(
                    path.text, .unknownFeeMember(quoted: quoted(id), suggestion: KeySuggestion.closest(to: id, among: ids)))
            } else if members.contains(id) {
                fee.diagnostics.add(path.text, .duplicateFeeMember(quoted: quoted(id)))
            }
            members.append(id)
        }
        return members
    }

    /// `"perMember": {"monthly": …}`.
    static func perMember(_ fee: ObjectReader, amount: (JSONValue, FieldPath) -> ExactDecimal?) -> Charge? {
        guard let value = fee.present("perMember"),
            let body = ObjectReader(value, path: fee.path("perMember"), allowedKeys: ["monthly"], diagnostics: fee.diagnostics)
        else { return nil }
        guard let monthly = body.present("monthly") else {
            body.missing("monthly", .perMemberMonthly)
            return nil
        }
        return amount(monthly, body.fieldPath("monthly")).map { Charge.perMember(monthly: $0) }
    }

    /// `"perTenThousand": {"monthly": RATE or tiers, "units": …, "tierPopulation": FY-value}`.
    static func perTenThousand(_ fee: ObjectReader, firstYear: Int, amount: (JSONValue, FieldPath) -> ExactDecimal?) -> Charge? {
        let diagnostics = fee.diagnostics
        guard let value = fee.present("perTenThousand"),
            let body = ObjectReader(
                value, path: fee.path("perTenThousand"),
                allowedKeys: ["monthly", "units", "tierPopulation"], diagnostics: diagnostics)
        else { return nil }
        // The population the contract states, which alone chooses the tier (MODEL.md, "Rate fixed by the contract").
        let tierPopulation = body.fyValue("tierPopulation", required: false, what: .totalPopulation, firstYear: firstYear) {
            ObjectReader.integer($0, path: $1, diagnostics: diagnostics, what: .totalPopulation, range: 0...(Limits.population * 100_000))
        }
        let fixedBy = body.present("tierPopulation") == nil ? nil : tierPopulation
        let units = body.choice("units", default: PopulationUnits.exact)
        guard let monthly = body.present("monthly") else {
            body.missing("monthly", .ratePerTenThousandOrTiers)
            return nil
        }
        var rate: PerTenThousandRate?
        if case .array(let items) = monthly {
            rate = tiers(items, path: body.path("monthly"), amount: amount, diagnostics: diagnostics).map { .tiers($0, fixedBy: fixedBy) }
        } else {
            if body.present("tierPopulation") != nil { diagnostics.add(body.path("tierPopulation"), .tierPopulationWithoutTiers) }
            rate = amount(monthly, body.fieldPath("monthly")).map { .flat($0) }
        }
        guard let rate, let units, body.present("tierPopulation") == nil || fixedBy != nil else { return nil }
        return .perTenThousand(rate, units: units)
    }

    static func tiers(
        _ items: [JSONValue], path: String, amount: (JSONValue, FieldPath) -> ExactDecimal?,
        diagnostics: Diagnostics
    ) -> [PerTenThousandRate.Tier]? {
        if items.isEmpty {
            diagnostics.add(path, .noTiers)
            return nil
        }
        var tiers: [PerTenThousandRate.Tier] = []
        var complete = true
        for (index, item) in items.enumerated() {
            let tierPath = Path.index(path, index)
            guard let reader = ObjectReader(item, path: tierPath, allowedKeys: ["upTo", "rate"], diagnostics: diagnostics) else {
                complete = false
                continue
            }
            if reader.object["upTo"] == nil {
                reader.missing("upTo", .tierUpTo)
            }
            let upTo = reader.integer("upTo", what: .totalPopulation, range: 0...(Limits.population * 100_000))
            let rate: ExactDecimal?
            if let value = reader.present("rate") {
                rate = amount(value, reader.fieldPath("rate"))
            } else {
                reader.missing("rate", .ratePerTenThousand)
                rate = nil
            }
            guard let rate, reader.object["upTo"] != nil, upTo != nil || reader.object["upTo"] == .null else {
                complete = false
                continue
            }
            if let previous = tiers.last {
                if let previousUpTo = previous.upTo {
                    if let upTo, upTo <= previousUpTo {
                        diagnostics.add("\(tierPath).upTo", .tierNotAscending(upTo: upTo, previous: previousUpTo))
                        complete = false
                    }
                } else {
                    diagnostics.add(tierPath, .tierAfterUnbounded)
                    complete = false
                }
            }
            tiers.append(.init(upTo: upTo, rate: rate))
        }
        if complete, tiers.last?.upTo != nil {
            diagnostics.add(
                Path.index(path, tiers.count - 1) + ".upTo",
                .lastTierBounded)
            complete = false
        }
        return complete ? tiers : nil
    }

    static func shared(_ fee: ObjectReader, firstYear: Int, amount: @escaping (JSONValue, FieldPath) -> ExactDecimal?) -> Charge? {
        let diagnostics = fee.diagnostics
        guard let value = fee.present("shared"),
            let body = ObjectReader(
                value, path: fee.path("shared"),
                allowedKeys: ["monthly", "annual", "once", "amount"], diagnostics: diagnostics)
        else { return nil }
        let forms = ["monthly", "annual", "once"].filter { body.has($0) }
        var sharedAmount: SharedAmount?
        if forms.count != 1 {
            diagnostics.add(
                body.path,
                forms.isEmpty ? .noSharedForm : .severalSharedForms(forms))
        } else if forms[0] == "monthly", let monthly = body.present("monthly") {
            sharedAmount = amount(monthly, body.fieldPath("monthly")).map { .monthly($0) }
        } else if forms[0] == "annual" {
            sharedAmount = body.fyValue("annual", required: true, what: .amountPerYear, firstYear: firstYear, element: amount)
                .map { .annual($0) }
        } else {
            let month = body.month("once", required: true, what: .monthCharged)
            let value = body.present("amount").flatMap { amount($0, body.fieldPath("amount")) }
            if !body.has("amount") { body.missing("amount", .amountOnce) }
            if let month, let value { sharedAmount = .once(month, value) }
        }
        if body.has("amount") && forms != ["once"] {
            diagnostics.add(body.path("amount"), .amountOnlyWithOnce)
        }
        let split = decodeSplit(fee)
        guard let sharedAmount, let split else { return nil }
        return .shared(sharedAmount, split: split)
    }

    static func decodeSplit(_ fee: ObjectReader) -> Split? {
        let diagnostics = fee.diagnostics
        guard let value = fee.present("split") else {
            fee.missing("split", .split)
            return nil
        }
        guard
            let reader = ObjectReader(
                value, path: fee.path("split"), allowedKeys: ["equal", "population", "usage"],
                diagnostics: diagnostics)
        else { return nil }
        let range = ExactDecimal.zero...ExactDecimal.one
        let equal = reader.decimal("equal", what: .coefficient, range: range)
        let population = reader.decimal("population", what: .coefficient, range: range)
        let usage = reader.decimal("usage", what: .coefficient, range: range)
        let split = Split(equal: equal ?? .zero, population: population ?? .zero, usage: usage ?? .zero)
        let sum = split.equal + split.population + split.usage
        let allRead = [("equal", equal), ("population", population), ("usage", usage)].allSatisfy { !reader.has($0.0) || $0.1 != nil }
        guard allRead else { return nil }
        if sum != .one {
            diagnostics.add(reader.path, .splitSum(sum: "\(sum)"))
            return nil
        }
        return split
    }
}
