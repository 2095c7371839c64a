import CostsimCore

/// Turns a parsed scenario file into a `ScenarioDocument`, checking every rule of `costsim/1`
/// and reporting all problems at once.
public enum ScenarioDecoder {
    static let topLevelKeys = [
        "format", "name", "fiscalYears", "discountRate", "fx", "members", "group", "variants", "uncertainty", "target",
    ]
    static let memberKeys = [
        "id", "name", "code", "population", "populationGrowth", "usage", "joins", "leaves",
        "overlapMonths", "standalone", "personnel", "joinCost", "joinSubsidyRate", "joinAllocationTaxRate", "leaveCost",
        "earliestJoin", "latestJoin", "budgetYears", "baseline",
    ]

    /// Reads bytes (UTF-8 JSON) into a validated document, after applying `overrides`
    /// (`PATH=VALUE`, see `ScenarioOverride`).
    public static func load(_ bytes: [UInt8], overrides: [String] = []) throws(ScenarioError) -> ScenarioDocument {
        var json = try parse(bytes)
        if !overrides.isEmpty { json = try ScenarioOverride.apply(overrides, to: json) }
        return try decode(json)
    }

    /// Checks the bytes are UTF-8 and parses them as JSON.
    package static func parse(_ bytes: [UInt8]) throws(ScenarioError) -> JSONValue {
        if let offset = firstInvalidUTF8Offset(bytes) { throw .notUTF8(byteOffset: offset) }
        do { return try JSONParser.parse(bytes) } catch { throw .syntax(error) }
    }

    package static func decode(_ json: JSONValue) throws(ScenarioError) -> ScenarioDocument {
        let diagnostics = Diagnostics()
        let scenario = decodeScenario(json, diagnostics: diagnostics)
        let baseIssues = diagnostics.issues
        var variants: [ScenarioDocument.Variant] = []
        var issues = baseIssues
        if case .object(let object) = json, let list = object["variants"], list != .null {
            let (decoded, variantIssues) = decodeVariants(list, base: json, decoded: scenario, baseIssues: Set(baseIssues))
            variants = decoded
            issues += variantIssues
        }
        guard issues.isEmpty, let scenario else { throw .invalid(issues.map { $0.namingMember(in: json) }) }
        var warnings = diagnostics.warnings.map { $0.namingMember(in: json) }
        if !scenario.members.contains(where: { $0.joins.map { $0.fiscalYear <= scenario.fiscalYears.upperBound } ?? false }) {
            warnings.append(ValidationIssue(path: "members", .nobodyJoins))
        }
        return ScenarioDocument(scenario: scenario, variants: variants, warnings: warnings)
    }

    // MARK: The scenario

    /// Decodes one scenario. `base`, when given, is an already decoded scenario and its JSON: members
    /// whose JSON is unchanged (a variant's patch seldom touches them all) are taken from it as they are.
    static func decodeScenario(_ json: JSONValue, diagnostics: Diagnostics, base: (json: JSONValue, scenario: Scenario)? = nil) -> Scenario?
    {
        guard let top = ObjectReader(json, path: "", allowedKeys: topLevelKeys, diagnostics: diagnostics) else { return nil }
        if let format = top.string("format", required: true, what: .formatName), format != "costsim/1" {
            diagnostics.add("format", .unknownFormat(quoted: quoted(format)))
        }
        let name = top.displayText("name", required: true, what: .scenarioName)
        let years = fiscalYears(top)
        let firstYear = years?.lowerBound ?? 1900
        let discountRate = top.decimal("discountRate", what: .discountRate, range: .zero...ExactDecimal.one) ?? .zero
        let fx = top.fyValue("fx", required: false, what: .yenPerUSD, firstYear: firstYear) { value, path in
            ObjectReader.decimal(
                value, path: path, diagnostics: diagnostics, what: .yenPerUSD,
                range: ExactDecimal(millionths: 1)...ExactDecimal(Limits.exchangeRate))
        }
        var known: [JSONValue] = []
        var knownMembers: [Member] = []
        if let base, base.scenario.fiscalYears == years, case .object(let object) = base.json, case .array(let items)? = object["members"] {
            known = items
            knownMembers = base.scenario.members
        }
        let members = decodeMembers(top, firstYear: firstYear, years: years, known: known, knownMembers: knownMembers)
        let target = decodeTarget(top, years: years)
        if let years, let members, top.has("target") == (target != nil) {
            checkBaselines(members, target: target, years: years, diagnostics: diagnostics)
        }
        let group = GroupDecoder.decode(top, memberFields: memberFields(top), firstYear: firstYear, hasFX: top.has("fx"))
        let uncertainty =
            top.has("uncertainty") && group != nil  // its fees are named by the group's labels
            ? Uncertainty.decode(top, feeLabels: group?.fees.map(\.label) ?? [], memberIDs: memberFields(top).compactMap(\.id)) : nil
        if top.has("variants") {
            // Read in `decodeVariants`; only the type is checked here.
            _ = top.list("variants", required: false, what: .variants)
        }
        guard let name, let years, let members, let group, diagnostics.issues.isEmpty else { return nil }
        return Scenario(
            name: name, fiscalYears: years, discountRate: discountRate, fx: fx, members: members, group: group, uncertainty: uncertainty,
            target: target)
    }

    static func fiscalYears(_ top: ObjectReader) -> ClosedRange<Int>? {
        guard let value = top.present("fiscalYears") else {
            top.missing("fiscalYears", .period)
            return nil
        }
        guard let reader = ObjectReader(value, path: "fiscalYears", allowedKeys: ["from", "to"], diagnostics: top.diagnostics) else {
            return nil
        }
        let from = reader.integer("from", required: true, what: .firstFiscalYear, range: 1900...2199)
        let to = reader.integer("to", required: true, what: .lastFiscalYear, range: 1900...2199)
        guard let from, let to else { return nil }
        if to < from {
            top.diagnostics.add("fiscalYears.to", .endBeforeStart(end: "\(to)", start: "\(from)", startField: "fiscalYears.from"))
            return nil
        }
        if to - from + 1 > Limits.fiscalYearSpan {
            top.diagnostics.add("fiscalYears", .tooManyFiscalYears(count: Int(to - from + 1), limit: Limits.fiscalYearSpan))
            return nil
        }
        return Int(from)...Int(to)
    }

    // MARK: Members

    static func decodeMembers(
        _ top: ObjectReader, firstYear: Int, years: ClosedRange<Int>?,
        known: [JSONValue] = [], knownMembers: [Member] = []
    ) -> [Member]? {
        guard let items = top.list("members", required: true, what: .members) else { return nil }
        if items.isEmpty { top.diagnostics.add("members", .noMembers) }
        var members: [Member] = []
        var complete = true
        var allReused = items.count == knownMembers.count
        var seenIDs: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let path = Path.index("members", index)
            let reused = index < known.count && known[index] == item ? knownMembers[index] : nil
            if reused == nil { allReused = false }
            guard let member = reused ?? decodeMember(item, path: path, firstYear: firstYear, years: years, diagnostics: top.diagnostics)
            else {
                complete = false
                continue
            }
            if let previous = seenIDs[member.id] {
                top.diagnostics.add("\(path).id", .duplicateID(quoted: quoted(member.id), previous: previous))
                complete = false
            }
            seenIDs[member.id] = index
            members.append(member)
        }
        // A variant that leaves every member as it was shares the base's list rather than copying it.
        if complete && allReused { return knownMembers }
        return complete ? members : nil
    }

    /// The raw `id` and whether `usage` is given, for each member, for checks made from the group.
    static func memberFields(_ top: ObjectReader) -> [(id: String?, hasUsage: Bool)] {
        guard case .array(let items)? = top.present("members") else { return [] }
        return items.map { item in
            guard case .object(let object) = item else { return (nil, false) }
            if case .string(let id)? = object["id"] { return (id, object["usage"].map { $0 != .null } ?? false) }
            return (nil, object["usage"].map { $0 != .null } ?? false)
        }
    }

    static func decodeMember(
        _ value: JSONValue, path: String, firstYear: Int, years: ClosedRange<Int>?,
        diagnostics: Diagnostics
    ) -> Member? {
        let before = diagnostics.issues.count
        guard let reader = ObjectReader(value, path: path, allowedKeys: memberKeys, diagnostics: diagnostics) else { return nil }
        let id = reader.string("id", required: true, what: .memberID)
        if let id,
            id.isEmpty || !id.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F })
        {
            diagnostics.add(reader.path("id"), .invalidID(quoted: quoted(id)))
        }
        let code: String?
        if case .number(let digits)? = reader.present("code") {
            // A number loses leading zeros (and `--set …code=252069` reads as one): say how to write it.
            diagnostics.add(reader.path("code"), .codeAsNumber(digits: digits))
            code = nil
        } else {
            code = reader.string("code", required: false, what: .localGovernmentCode)
        }
        // A code names a municipality of the shipped 2020 census; its name and population are the
        // defaults for the member's own (the population as that of the first fiscal year).
        var census: Census2020.Municipality?
        if let code {
            if let restored = MemberSheet.lostLeadingZero(code) {
                // `"1100"`: a code that came through Excel as a number, as the spreadsheet route says too.
                diagnostics.add(reader.path("code"), .codeLostLeadingZero(digits: code, restored: restored))
            } else if let problem = LocalGovernmentCode.problem(with: code) {
                diagnostics.add(reader.path("code"), problem)
            } else if let found = Census2020.municipality(code: code) {
                census = found
            } else {
                let nearest = Census2020.nearest(to: code).map { "\($0.areaCode) \($0.name)" }
                diagnostics.add(reader.path("code"), .unknownCode(quoted: quoted(code), nearest: nearest))
            }
        }
        let written = reader.displayText("name", required: code == nil, what: .municipalityName)
        if let written, let census, Self.comparable(written) != Self.comparable(census.name) {
            // 豊郷町 with 甲良町's 25442: one of the two is wrong, and the census figures follow the code.
            diagnostics.warn(
                reader.path("name"), .nameNotOfCode(name: Echo.plain(written, limit: 40), code: census.areaCode, censusName: census.name))
        }
        let name = written ?? census?.name
        let population =
            reader.fyValue("population", required: code == nil, what: .populationByYear, firstYear: firstYear) {
                ObjectReader.integer($0, path: $1, diagnostics: diagnostics, what: .population, range: 0...Limits.population)
            } ?? census.map { FYValue($0.population, from: firstYear) }
        let growth = reader.decimal(
            "populationGrowth", what: .growthRate,
            range: ExactDecimal(millionths: -999_999)...ExactDecimal(millionths: 999_999))
        let usage = reader.fyValue("usage", required: false, what: .usageByYear, firstYear: firstYear) {
            ObjectReader.decimal(
                $0, path: $1, diagnostics: diagnostics, what: .usage, range: .zero...ExactDecimal(Limits.usage))
        }

        // `joins` absent or null: never joins (so a variant's merge patch `"joins": null` keeps a member out).
        let joins = reader.month("joins")
        let leaves = reader.month("leaves")
        if let leaves {
            if !reader.has("joins") {
                diagnostics.add(reader.path("leaves"), .leavesWithoutJoining)
            } else if let joins, leaves <= joins {
                diagnostics.add(reader.path("leaves"), .leavesNotAfterJoins(leaves: "\(leaves)", joins: "\(joins)"))
            }
        }
        let overlap = reader.integer("overlapMonths", what: .overlapMonths, range: 0...Int64(Limits.overlapMonths)) ?? 0

        let standalone = decodeStandalone(reader, firstYear: firstYear)
        let personnel = decodePersonnel(reader, firstYear: firstYear)
        let joinCost = reader.placeholder("joinCost") ? 0 : reader.yen("joinCost") ?? 0
        let joinSubsidyRate = reader.decimal("joinSubsidyRate", what: .subsidyRate, range: .zero...ExactDecimal.one) ?? .zero
        let joinAllocationTaxRate =
            reader.decimal("joinAllocationTaxRate", what: .allocationTaxRate, range: .zero...ExactDecimal.one) ?? .zero
        let leaveCost = reader.yen("leaveCost") ?? 0
        let window = decodeWindow(reader, years: years, leaves: leaves)
        let baselineDraft = decodeBaseline(reader)

        guard diagnostics.issues.count == before, let id, let name, let population, let draft = standalone, let years else {
            return nil
        }
        guard let billed = Member.populations(population, growth: growth, for: years) else {
            diagnostics.add(
                reader.path("populationGrowth"), .populationGrowsTooLarge(limit: Limits.population, fiscalYear: years.upperBound))
            return nil
        }
        guard let standalone = draft.costs(billedPopulations: billed, years: years) else {
            diagnostics.add(Path.key(reader.path("standalone"), "annualCost"), .estimateTooLarge(limit: Limits.amount))
            return nil
        }
        return Member(
            id: id, name: name, code: code.flatMap(LocalGovernmentCode.sixDigits), population: population, populationGrowth: growth,
            usage: usage,
            joins: joins, leaves: leaves, overlapMonths: Int(overlap), standalone: standalone,
            personnel: personnel, joinCost: joinCost, joinSubsidyRate: joinSubsidyRate,
            joinAllocationTaxRate: joinAllocationTaxRate, leaveCost: leaveCost, window: window,
            billedPopulations: billed, baseline: baselineDraft.baseline(population: billed[0]))
    }

    /// `earliestJoin`, `latestJoin` and `budgetYears`: when `schedule` may place the join month. The
    /// window must close after it opens and before the member leaves; budget years are fiscal years of
    /// the period, each once.
    static func decodeWindow(_ reader: ObjectReader, years: ClosedRange<Int>?, leaves: Month?) -> JoinWindow {
        let diagnostics = reader.diagnostics
        let earliest = reader.month("earliestJoin")
        let latest = reader.month("latestJoin")
        if let earliest, let latest, latest < earliest {
            diagnostics.add(reader.path("latestJoin"), .endBeforeStart(end: "\(latest)", start: "\(earliest)", startField: "earliestJoin"))
        }
        if let leaves {
            for (key, month) in [("earliestJoin", earliest), ("latestJoin", latest)] {
                if let month, month >= leaves {
                    diagnostics.add(reader.path(key), .windowNotBeforeLeaving(month: "\(month)", leaves: "\(leaves)"))
                }
            }
        }
        var budgetYears: [Int]?
        if case .string(let text)? = reader.present("budgetYears") {
            diagnostics.add(reader.path("budgetYears"), .budgetYearsText(quoted: quoted(text)))
        } else if let items = reader.list("budgetYears", required: false, what: .budgetYears) {
            if items.isEmpty { diagnostics.add(reader.path("budgetYears"), .noBudgetYears) }
            let range = years.map { Int64($0.lowerBound)...Int64($0.upperBound) } ?? 1900...2199
            var seen: Set<Int> = []
            for (index, item) in items.enumerated() {
                let path = FieldPath(Path.index(reader.path("budgetYears"), index))
                guard let year = ObjectReader.integer(item, path: path, diagnostics: diagnostics, what: .budgetYear, range: range) else {
                    continue
                }
                if !seen.insert(Int(year)).inserted { diagnostics.add(path.text, .duplicateYear(year: Int(year))) }
            }
            budgetYears = seen.sorted()
        }
        return JoinWindow(earliest: earliest, latest: latest, budgetYears: budgetYears)
    }

    /// A member's own costs as read, before its population is known: the annual cost given, or how it
    /// is estimated (from the population of each fiscal year).
    struct StandaloneDraft {
        let annualCost: FYValue<Int64>?
        let estimate: BandEstimate?
        let governmentCloud: FYValue<Int64>?
        let renewals: [Renewal]

        /// The costs, the estimate made for each fiscal year; nil when an estimate exceeds `Limits.amount`.
        func costs(billedPopulations: [Int64], years: ClosedRange<Int>) -> StandaloneCosts? {
            var annual = annualCost
            if let estimate {
                let entries = zip(years, billedPopulations).map { ($0, estimate.annualCost(population: $1)) }
                guard entries.allSatisfy({ $0.1 <= Limits.amount }) else { return nil }
                annual = FYValue(entries: entries)
            }
            guard let annual else { return nil }
            return StandaloneCosts(annualCost: annual, annualCostEstimate: estimate, governmentCloud: governmentCloud, renewals: renewals)
        }
    }

    /// `{"estimate": "band", "factor": F}` (see `BandEstimate`), or nil when `value` is not an estimate.
    static func estimate(_ value: JSONValue, path: String, diagnostics: Diagnostics) -> BandEstimate?? {
        guard case .object(let object) = value, object["estimate"] != nil else { return .none }
        guard let reader = ObjectReader(value, path: path, allowedKeys: ["estimate", "factor"], diagnostics: diagnostics),
            reader.choice("estimate", default: EstimateMethod.band) != nil
        else { return .some(nil) }
        let factor = reader.decimal("factor", what: .estimateFactor, range: .zero...ExactDecimal(10))
        if reader.has("factor") && factor == nil { return .some(nil) }
        return BandEstimate(factor: factor ?? .one)
    }

    static func decodeStandalone(_ member: ObjectReader, firstYear: Int) -> StandaloneDraft? {
        let diagnostics = member.diagnostics
        guard
            let reader = member.nested(
                "standalone", allowedKeys: ["annualCost", "governmentCloud", "renewals"],
                required: .standaloneCosts)
        else { return nil }
        let yen = { (value: JSONValue, path: FieldPath) in
            ObjectReader.integer(value, path: path, diagnostics: diagnostics, what: .yen, range: 0...Limits.amount)
        }
        var annual: FYValue<Int64>?
        var estimated: BandEstimate?
        var estimateFailed = false
        if let value = reader.present("annualCost"),
            let estimate = estimate(value, path: reader.path("annualCost"), diagnostics: diagnostics)
        {
            estimated = estimate
            estimateFailed = estimate == nil
        } else {
            annual = reader.fyValue("annualCost", required: true, what: .ownSystemPerYear, firstYear: firstYear, element: yen)
        }
        let cloud = reader.fyValue("governmentCloud", required: false, what: .yenPerYear, firstYear: firstYear, element: yen)
        var renewals: [Renewal] = []
        for (index, item) in (reader.list("renewals", required: false, what: .renewals) ?? []).enumerated() {
            let path = Path.index(reader.path("renewals"), index)
            guard let renewal = ObjectReader(item, path: path, allowedKeys: ["month", "amount", "label"], diagnostics: diagnostics) else {
                continue
            }
            let month = renewal.month("month", required: true, what: .monthPaid)
            let amount = renewal.yen("amount", required: true)
            // The label is optional: `""` is no label, as leaving it out is (FORMAT.md says so).
            let label = renewal.present("label") == .string("") ? "" : renewal.displayText("label", required: false) ?? ""
            if let month, let amount { renewals.append(Renewal(month: month, amount: amount, label: label)) }
        }
        guard annual != nil || (estimated != nil && !estimateFailed) else { return nil }
        return StandaloneDraft(annualCost: annual, estimate: estimated, governmentCloud: cloud, renewals: renewals)
    }

    static func decodePersonnel(_ member: ObjectReader, firstYear: Int) -> Personnel? {
        guard let reader = member.nested("personnel", allowedKeys: ["staff", "staffShared", "costPerStaff"]) else { return nil }
        let diagnostics = member.diagnostics
        // A placeholder (未入力) anywhere: no personnel cost is counted, and a warning says so.
        if ["staff", "staffShared", "costPerStaff"].contains(where: reader.isPlaceholder) {
            diagnostics.warn(member.path("personnel"), .pending("personnel"))
            return nil
        }
        let range = ExactDecimal.zero...ExactDecimal(Limits.staff)
        let staff = reader.decimal("staff", required: true, what: .staff, range: range)
        let shared = reader.decimal("staffShared", what: .staffShared, range: range)
        let cost = reader.fyValue("costPerStaff", required: true, what: .yenPerStaffYear, firstYear: firstYear) {
            ObjectReader.integer($0, path: $1, diagnostics: diagnostics, what: .yenPerStaffYear, range: 0...Limits.amount)
        }
        guard let staff, let cost else { return nil }
        return Personnel(staff: staff, staffShared: shared ?? staff, costPerStaff: cost)
    }

    /// A name as compared with the census's: full-width letters, digits and signs as their ASCII
    /// forms, and spaces of either width left out (`ケ` and `ヶ` stay apart: the census writes each).
    static func comparable(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where scalar != " " && scalar != "\u{3000}" {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalars.append(ascii)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    // MARK: UTF-8

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var start = 0
        // Find the first bad sequence by growing a valid prefix (rarely needed: only on bad input).
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                start = offset
            case .emptyInput:
                return nil
            case .error:
                return start
            }
        }
    }
}
