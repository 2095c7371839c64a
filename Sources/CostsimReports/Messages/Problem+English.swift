import CloudCostModel
import CostsimCore

extension Problem {
    /// The English message (the wording tests and earlier versions use).
    var english: String {
        switch self {
        case .notAnObject(let found): return "expected an object {…}, found \(found.text(.en))"
        case .unknownKey(let key, let suggestion, let allowed):
            if let suggestion { return "unknown key \(key); did you mean \"\(suggestion)\"?" }
            return "unknown key \(key); allowed here: " + allowed.joined(separator: ", ")
        case .required(let subject): return "required: \(subject.english)"
        case .notText(let subject, let found): return "expected \(subject.english) in double quotes, found \(found.text(.en))"
        case .notNumber(let subject, let found, let hint):
            let message = "expected \(subject.english) (a number), found \(found.text(.en))"
            switch hint {
            case nil: return message
            case .fullWidthDigits?:
                return message + " in full-width digits (全角): write it as a number in half-width digits without quotes, e.g. 7000"
            case .quoted?: return message + ": write it without quotes (and without thousands separators), e.g. 7000"
            }
        case .tooManyDecimals(let number):
            return "\(number) has more than 6 decimal places; costsim reads numbers exactly and allows at most 6"
        case .tooLarge(let number): return "\(number) is too large"
        case .outOfRange(let number, let subject, let low, let high):
            return "\(number) is out of range: \(subject.english) must be from \(low) to \(high)"
        case .notWhole(let number, let subject): return "\(number) is not a whole number: \(subject.english) must be a whole number"
        case .monthNotText(let found): return "expected a month \"YYYY-MM\" in double quotes (e.g. \"2019-04\"), found \(found.text(.en))"
        case .notMonth(let text): return "\(text) is not a month: write \"YYYY-MM\" (e.g. \"2019-04\"), year 1900–2199, month 01–12"
        case .notOneOf(let options, let found, let text):
            return "expected one of \(options.map { "\"\($0)\"" }.joined(separator: ", ")), found \(text ?? found.text(.en))"
        case .notList(let subject, let found): return "expected a list […] of \(subject.english), found \(found.text(.en))"
        case .emptyByYear(let subject):
            return "expected \(subject.english), or an object from fiscal year to value, found an empty object"
        case .notFiscalYearKey(let key): return "\(key) is not a fiscal year: the keys of a by-year value are years such as \"2016\""
        case .byYearStartsLate(let first, let needed):
            return "the first fiscal year given is \(first), but the value is needed from \(needed) (fiscalYears.from)"

        case .emptyText: return "must not be empty"
        case .textTooManyBytes(let bytes, let limit): return "is \(bytes) bytes long; a name or label has at most \(limit) characters"
        case .textTooLong(let count, let limit): return "is \(count) characters long; a name or label has at most \(limit)"
        case .invisibleCharacter(let codePoint):
            return "contains the invisible character \(codePoint) (a control or text-direction character), "
                + "which would garble tables and terminals; remove it"

        case .unknownFormat(let format): return "\(format) is not a format this version reads; expected \"costsim/1\""
        case .endBeforeStart(let end, let start, let field): return "\(end) is before \(field) (\(start))"
        case .tooManyFiscalYears(let count, let limit): return "\(count) fiscal years is more than the \(limit) costsim simulates"
        case .noMembers: return "the list is empty; a scenario needs at least one member"

        case .duplicateID(let id, let previous): return "\(id) is already the id of members[\(previous)]; ids must be unique"
        case .invalidID(let id): return "\(id) is not a valid id: use lower-case letters a–z, digits, '-' and '_' only (e.g. \"kusatsu\")"
        case .codeAsNumber(let digits):
            return "write the code as text in double quotes, \"\(digits)\", not as a number "
                + "(a number loses leading zeros); with --set: members.ID.code='\"\(digits)\"'"
        case .notLocalGovernmentCode(let code): return "\(code) is not a 全国地方公共団体コード of 5 digits, or 6 with the check digit"
        case .unknownCode(let code, let nearest):
            return "\(code) is the code of no municipality in the 2020 census"
                + (nearest.isEmpty ? "" : "; the nearest codes are " + nearest.joined(separator: ", "))
        case .wrongCheckDigit(let code, let given, let expected):
            return "\"\(code)\" has check digit \(given), but the first five digits give \(expected) (\(code.prefix(5))\(expected))"
        case .leavesWithoutJoining: return "a member that never joins (joins: null) cannot leave"
        case .leavesNotAfterJoins(let leaves, let joins): return "\(leaves) must be after joins (\(joins))"
        case .estimateTooLarge(let limit): return "the estimate is above \(limit) yen a year: lower the factor"
        case .pending(let field):
            switch field {
            case "joinCost": return "not filled in yet (未入力): the migration cost is counted as 0 yen until you write it"
            default: return "not filled in yet (未入力): no personnel cost is counted until you write staff and costPerStaff"
            }
        case .nameNotOfCode(let name, let code, let censusName):
            return
                "the name is \(name), but code \(code) is \(censusName) in the 2020 census: check the name or the code (figures left out are that municipality's)"
        case .nobodyJoins: return "no member joins in the period (no joins month): the plan is every member staying alone"
        case .baselineWithoutTarget: return "a baseline is written, but with no target in the scenario it is not used"
        case .baselineRequired(let year, let from, let to):
            return "the baseline year \(year) lies outside the period (\(from)–\(to)), so the baseline cannot be taken from the "
                + "stand-alone case: write the settled figure in yen (\"baseline\": 123000000) or the estimate {\"estimate\": \"band\"}"
        case .targetYearOutsidePeriod(let year, let from, let to):
            return "the target year \(year) lies outside the period (\(from)–\(to)): write a fiscal year of the period"
        case .targetNotAfterBaseline(let year, let baseline):
            return "the target year \(year) is not after the baseline year \(baseline): write a later fiscal year"
        case .noCategories: return "the list is empty: name at least one cost category (e.g. [\"system\", \"governmentCloud\"])"
        case .duplicateCategory(let category): return "\(category) is listed twice: name each category once"
        case .populationGrowsTooLarge(let limit, let year):
            return "with this growth the population would exceed \(limit) by fiscal year \(year)"

        case .unknownRepresentative(let id, let suggestion):
            return "\(id) is not the id of a member" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .representativeRequired: return "required when remainder is \"representative\": the id of the 代表団体"
        case .duplicateLabel(let label, let previous):
            return "\(label) is already the label of group.fees[\(previous)]; labels must be unique"
        case .usageRequired(let index, let label):
            return "required: group.fees[\(index)] (\(label)) is split by usage, so every member needs a usage figure"
        case .usdNeedsFX: return "a fee in USD needs \"fx\" (yen per USD by fiscal year) at the top of the scenario"
        case .noFeeKind: return "a fee needs one of \"perTenThousand\", \"perMember\" or \"shared\""
        case .severalFeeKinds(let kinds):
            return "a fee has exactly one of \"perTenThousand\", \"perMember\" or \"shared\"; found \(kinds.joined(separator: " and "))"
        case .splitOnlyForShared:
            return "only a \"shared\" fee is split; per-member and per-10,000 fees are paid by each member directly"
        case .noTiers: return "the list of tiers is empty"
        case .tierNotAscending(let upTo, let previous): return "\(upTo) must be greater than the previous tier's \(previous)"
        case .tierAfterUnbounded: return "no tier can follow one with \"upTo\": null (no bound)"
        case .lastTierBounded: return "the last tier must have \"upTo\": null, so that every total population has a rate"
        case .tierPopulationWithoutTiers:
            return
                "\"tierPopulation\" chooses a tier of \"monthly\", which is a single rate here: give \"monthly\" as a tier list, or remove \"tierPopulation\""
        case .noSharedForm: return "a shared fee needs one of \"monthly\", \"annual\" or \"once\" (with \"amount\")"
        case .severalSharedForms(let forms):
            return "a shared fee has exactly one of \"monthly\", \"annual\" or \"once\"; found \(forms.joined(separator: " and "))"
        case .amountOnlyWithOnce: return "\"amount\" goes with \"once\" only"
        case .splitSum(let sum): return "the coefficients sum to \(sum); they must sum to exactly 1"
        case .noFeeMembers: return "the list is empty; leave \"members\" out for a fee that applies to every member"
        case .unknownFeeMember(let id, let suggestion):
            return "\(id) is not the id of a member" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .duplicateFeeMember(let id): return "\(id) is listed twice"
        case .windowNotBeforeLeaving(let month, let leaves):
            return "\(month) must be before the member leaves (\(leaves))"
        case .noBudgetYears: return "the list is empty; leave \"budgetYears\" out when the member can budget in any year"
        case .budgetYearsText(let text):
            return "\(text) is not a list of fiscal years: write [2027, 2028] (in a spreadsheet cell: 2027、2028 or 令和9年度)"
        case .duplicateYear(let year): return "\(year) is listed twice"
        case .closedMonthForm(let found):
            return "expected a month of the year (1–12) or a month \"YYYY-MM\", found \(found.text(.en))"
        case .duplicateClosedMonth(let month): return "\(month) is listed twice"

        case .reservedVariantName(let name):
            return "\(name) cannot name a variant (\"standalone\" and \"plan\" are the built-in cases)"
        case .duplicateVariantName(let name, let previous): return "\(name) is already the name of variants[\(previous)]"
        case .patchNotObject(let found): return "expected an object {…} of changes, found \(found.text(.en))"
        case .patchChangesVariants: return "a variant cannot change the list of variants"
        case .patchItemNeedsKey(let field): return "each item of a patch list needs \"\(field)\" to say which item it changes"
        case .patchRemoveForm(let field, let key): return "to remove an item write only {\"\(field)\": \"\(key)\", \"remove\": true}"
        case .patchNothingToRemove(let field, let key): return "there is no item with \(field) \(key) to remove"

        case .membersFileForm:
            return "write the members as a list […], or as {\"csv\": \"members.csv\"} or {\"xlsx\": \"members.xlsx\", \"sheet\": \"構成団体\"} "
                + "(sheet optional: the first) for a spreadsheet beside the scenario"
        case .workbookUnreadable(let reason):
            switch reason {
            case .notZIP: return "this is not an Excel workbook (.xlsx): for a CSV write {\"csv\": …}; a workbook, save it again from Excel"
            case .unsupported(let what):
                return "the workbook uses what costsim does not read (\(what)): save it again as an Excel Workbook (*.xlsx)"
            case .tooLarge(let limit):
                return
                    "the workbook is too large (past \(limit / (1 << 20)) MiB inflated, or compressed far more than a workbook is): keep only the members' table in it"
            case .tooManyEntries(let limit): return "the workbook has more than \(limit) parts: keep only the members' table in it"
            case .damaged(let part): return "the workbook is damaged (\(part)): open it in Excel and save it again"
            }
        case .noSuchSheet(let sheet, let sheets):
            return "there is no sheet \(sheet); the sheets are \(sheets.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .emptySheet: return "the file is empty: the first row holds the headings (団体名, 人口, 参加月, …)"
        case .notSpreadsheetText:
            return "the file is neither UTF-8 nor Shift_JIS text: save it from Excel as CSV (CSV UTF-8 or CSV), not as Unicode text"
        case .unclosedQuote: return "a cell opens a double quote \" that is never closed"
        case .unknownHeading(let heading, let suggestion):
            return "unknown heading \(heading)" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "; see the headings in docs/FORMAT.md")
        case .duplicateHeading(let heading): return "the heading \(heading) appears twice"
        case .extraCells(let cells, let headings): return "this row has \(cells) cells, but there are \(headings) headings"
        case .missingCells(let cells, let headings):
            return "this row has only \(cells) cells, but there are \(headings) headings (keep the commas of blank cells)"
        case .noIDOrCode: return "a member needs 団体ID (id) or 団体コード (code)"
        case .codeLostLeadingZero(let digits, let restored):
            return "\(digits) has lost its leading 0 (Excel drops it from a number): write \(restored), "
                + "and format the column as text (文字列) so that Excel keeps it"
        case .noDistribution: return "a distribution needs one of \"triangular\", \"uniform\" or \"discrete\""
        case .severalDistributions(let kinds):
            return
                "a distribution has exactly one of \"triangular\", \"uniform\" or \"discrete\"; found \(kinds.joined(separator: " and "))"
        case .distributionArity(let kind, let count, let found):
            return
                "\(kind == "triangular" ? "a triangle is [low, most likely, high]" : "a uniform range is [low, high]"): \(count) numbers, not \(found)"
        case .triangleOrder: return "the numbers must be in order: low ≤ most likely ≤ high"
        case .uniformOrder: return "the numbers must be in order: low ≤ high"
        case .weightsCount(let values, let weights): return "\(weights) weights for \(values) values: give one weight for each value"
        case .weightsSum(let sum): return "the weights sum to \(sum); they must sum to exactly 1"
        case .setNeedsEquals: return "write PATH=VALUE, e.g. members.koka.joins=2021-04"
        case .setEmptyPart: return "the path has an empty part"
        case .setTooDeep(let parts, let limit): return "the path has \(parts) parts; no value of a scenario is deeper than \(limit)"
        case .setNoKeyedItem(let field, let key, let suggestion):
            return "no item has the \(field) \(key)" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .setNoIndex(let key, let count): return "no item \(key) in a list of \(count)"
        case .setKeyMismatch(let field, let key):
            return "the path names \(field) \"\(key)\", the value another: leave \"\(field)\" out of the value"
        case .setNotContainer(let location, let found, let key): return "\(location) is \(found.text(.en)), which has no \"\(key)\""
        }
    }
}
