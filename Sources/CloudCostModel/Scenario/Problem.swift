import CostsimCore

/// What is wrong at one place of a scenario (its path is kept beside it, in `ValidationIssue`).
///
/// Every problem the decoder, a variant's patch or `--set` can find is a case here, with the values
/// its message needs; the words are in one table per language (`Problem+English.swift`,
/// `Problem+Japanese.swift`), so that a new problem cannot be added without saying it in both.
/// Text from the file arrives already quoted and made safe (`Echo.quoted`).
package enum Problem: Hashable, Sendable {
    // MARK: Shapes and types
    case notAnObject(found: JSONKind)
    case unknownKey(quotedKey: String, suggestion: String?, allowed: [String])
    case required(Subject)
    case notText(Subject, found: JSONKind)
    case notNumber(Subject, found: JSONKind, hint: NumberHint?)
    case tooManyDecimals(number: String)
    case tooLarge(number: String)
    case outOfRange(number: String, Subject, low: String, high: String)
    case notWhole(number: String, Subject)
    case monthNotText(found: JSONKind)
    case notMonth(quoted: String)
    case notOneOf(options: [String], found: JSONKind, text: String?)
    case notList(Subject, found: JSONKind)
    case emptyByYear(Subject)
    case notFiscalYearKey(quoted: String)
    case byYearStartsLate(first: Int, needed: Int)

    // MARK: Names and labels
    case emptyText
    case textTooManyBytes(bytes: Int, limit: Int)
    case textTooLong(characters: Int, limit: Int)
    case invisibleCharacter(codePoint: String)

    // MARK: The scenario
    case unknownFormat(quoted: String)
    case endBeforeStart(end: String, start: String, startField: String)
    case tooManyFiscalYears(count: Int, limit: Int)
    case noMembers

    // MARK: Members
    case duplicateID(quoted: String, previous: Int)
    case invalidID(quoted: String)
    case codeAsNumber(digits: String)
    case notLocalGovernmentCode(quoted: String)
    case wrongCheckDigit(code: String, given: Int, expected: Int)
    /// A well-formed code that no municipality of the 2020 census has; `nearest`: `25441 豊郷町`, nearest first.
    case unknownCode(quoted: String, nearest: [String])
    case leavesWithoutJoining
    case leavesNotAfterJoins(leaves: String, joins: String)
    case populationGrowsTooLarge(limit: Int64, fiscalYear: Int)
    case estimateTooLarge(limit: Int64)
    /// A warning: the field (`staff`, `costPerStaff`, `joinCost`, …) is still the placeholder 未入力.
    case pending(String)
    /// A warning: the member's name is not the census name of its code (`censusName`, at `code`).
    case nameNotOfCode(name: String, code: String, censusName: String)
    /// A warning: no member joins in the period, so the plan is every member staying alone.
    case nobodyJoins
    /// A warning: `baseline` written but no `target` to use it.
    case baselineWithoutTarget
    /// No `baseline` and the target's baseline year outside the period (`from`…`to`): nothing to take it from.
    case baselineRequired(fiscalYear: Int, from: Int, to: Int)

    // The reduction target
    case targetYearOutsidePeriod(year: Int, from: Int, to: Int)
    case targetNotAfterBaseline(fiscalYear: Int, baseline: Int)
    case noCategories
    case duplicateCategory(quoted: String)

    // MARK: The group and its fees
    case unknownRepresentative(quoted: String, suggestion: String?)
    case representativeRequired
    case duplicateLabel(quoted: String, previous: Int)
    case usageRequired(feeIndex: Int, label: String)
    case usdNeedsFX
    case noFeeKind
    case severalFeeKinds([String])
    case splitOnlyForShared
    case noTiers
    case tierNotAscending(upTo: Int64, previous: Int64)
    case tierAfterUnbounded
    case lastTierBounded
    /// `tierPopulation` on a per-10,000 fee whose rate is not a tier list.
    case tierPopulationWithoutTiers
    case noSharedForm
    case severalSharedForms([String])
    case amountOnlyWithOnce
    case splitSum(sum: String)
    case noFeeMembers
    case unknownFeeMember(quoted: String, suggestion: String?)
    case duplicateFeeMember(quoted: String)

    // MARK: Join windows and migration capacity (costsim schedule)
    /// `earliestJoin`/`latestJoin` at or after the member's `leaves`.
    case windowNotBeforeLeaving(month: String, leaves: String)
    case noBudgetYears
    /// `"budgetYears": "2027年"`: text where a list of fiscal years belongs (a spreadsheet cell not read as years).
    case budgetYearsText(quoted: String)
    case duplicateYear(year: Int)
    case closedMonthForm(found: JSONKind)
    case duplicateClosedMonth(month: String)

    // MARK: Variants and their patches
    case reservedVariantName(quoted: String)
    case duplicateVariantName(quoted: String, previous: Int)
    case patchNotObject(found: JSONKind)
    case patchChangesVariants
    case patchItemNeedsKey(keyField: String)
    case patchRemoveForm(keyField: String, key: String)
    case patchNothingToRemove(keyField: String, quotedKey: String)

    // MARK: Members from a spreadsheet
    case membersFileForm
    /// A members workbook that cannot be read: not a workbook, damaged, or past a limit (the reason).
    case workbookUnreadable(WorkbookReason)
    /// `"sheet"` names no sheet of the workbook; `sheets` are those it has.
    case noSuchSheet(quoted: String, sheets: [String])
    case emptySheet
    case notSpreadsheetText
    case unclosedQuote
    case unknownHeading(quoted: String, suggestion: String?)
    case duplicateHeading(quoted: String)
    case extraCells(cells: Int, headings: Int)
    /// A row shorter than the heading row: the cells it lacks are not blank cells, they are not there.
    case missingCells(cells: Int, headings: Int)
    case noIDOrCode
    case codeLostLeadingZero(digits: String, restored: String)

    // MARK: Uncertainty (costsim risk)
    case noDistribution
    case severalDistributions([String])
    case distributionArity(kind: String, count: Int, found: Int)
    case triangleOrder
    case uniformOrder
    case weightsCount(values: Int, weights: Int)
    case weightsSum(sum: String)

    // MARK: --set PATH=VALUE
    case setNeedsEquals
    case setEmptyPart
    case setTooDeep(parts: Int, limit: Int)
    case setNoKeyedItem(keyField: String, quotedKey: String, suggestion: String?)
    case setNoIndex(key: String, count: Int)
    /// `members.a={"id": "b", …}`: the path names one item, the value another.
    case setKeyMismatch(keyField: String, key: String)
    case setNotContainer(location: String, found: JSONKind, key: String)

    /// Why a members workbook cannot be read.
    package enum WorkbookReason: Hashable, Sendable {
        /// Not a ZIP archive: a CSV named .xlsx, or a file cut short.
        case notZIP
        /// ZIP64, encryption, several disks, a compression method other than DEFLATE.
        case unsupported(String)
        /// An entry or the whole past the limit, or compressed more than a workbook ever is (a bomb).
        case tooLarge(limit: Int)
        case tooManyEntries(limit: Int)
        /// A part damaged (its CRC, its size, its XML) or missing.
        case damaged(part: String)
    }

    /// A number written as text, where the cause is plain to see.
    package enum NumberHint: Hashable, Sendable {
        /// `"７０００"`: full-width digits.
        case fullWidthDigits
        /// `"7000"` or `"7,000"`: a number in quotes.
        case quoted
    }
}
