import CostsimCore

/// The flow network of a schedule space: source → member (1) → candidate month (1, at a cost) →
/// month (its room) → fiscal year (its room) → sink. A unit of flow through a member is its join
/// month; the month and fiscal-year edges carry the capacity. `CapacityFlow` finds a schedule that
/// fits on it (and, when none does, the members that compete for too little room), and
/// `MinCostAssignment` the schedule of largest weight.
struct MigrationNetwork {
    struct Edge {
        let to: Int
        var capacity: Int
        let cost: Int128
        let reverse: Int
        /// On a member's edge to a month: the month's index among the member's candidates; else −1.
        let choice: Int
    }

    static let source = 0
    private(set) var edges: [[Edge]]
    let sink: Int
    let space: ScheduleSpace

    /// - Parameter choices: for each moved member, the candidate indices it may take, in the order a
    ///   path tries them, each with its cost (0 where only fitting matters).
    init(_ space: ScheduleSpace, choices: [[(choice: Int, cost: Int128)]]) {
        self.space = space
        let members = space.moved.count
        var monthNode: [Int: Int] = [:]
        var yearNode: [Int: Int] = [:]
        var next = 1 + members
        for (member, list) in choices.enumerated() {
            for (choice, _) in list where monthNode[space.candidates[member][choice].serial] == nil {
                monthNode[space.candidates[member][choice].serial] = next
                next += 1
            }
        }
        for serial in monthNode.keys.sorted() where yearNode[Month(serial: serial).fiscalYear] == nil {
            yearNode[Month(serial: serial).fiscalYear] = next
            next += 1
        }
        sink = next
        edges = Array(repeating: [], count: next + 1)
        let unlimited = members + 1
        for (member, list) in choices.enumerated() {
            add(from: Self.source, to: Self.node(member: member), capacity: 1)
            for (choice, cost) in list {
                add(
                    from: Self.node(member: member), to: monthNode[space.candidates[member][choice].serial]!, capacity: 1, cost: cost,
                    choice: choice)
            }
        }
        for (serial, node) in monthNode.sorted(by: { $0.key < $1.key }) {
            let month = Month(serial: serial)
            add(from: node, to: yearNode[month.fiscalYear]!, capacity: space.room(month: month) ?? unlimited)
        }
        for (year, node) in yearNode.sorted(by: { $0.key < $1.key }) {
            add(from: node, to: sink, capacity: space.room(fiscalYear: year) ?? unlimited)
        }
    }

    static func node(member: Int) -> Int { 1 + member }

    private mutating func add(from: Int, to: Int, capacity: Int, cost: Int128 = 0, choice: Int = -1) {
        edges[from].append(Edge(to: to, capacity: capacity, cost: cost, reverse: edges[to].count, choice: choice))
        edges[to].append(Edge(to: from, capacity: 0, cost: -cost, reverse: edges[from].count - 1, choice: -1))
    }

    /// Sends one unit along the edge `index` of `node` (and back along its reverse).
    mutating func push(from node: Int, edge index: Int) {
        edges[node][index].capacity -= 1
        let edge = edges[node][index]
        edges[edge.to][edge.reverse].capacity += 1
    }

    /// Each moved member's candidate index, where its unit of flow goes; nil for a member not placed.
    var placements: [Int?] {
        (0..<space.moved.count).map { member in
            edges[Self.node(member: member)].first { $0.choice >= 0 && $0.capacity == 0 }?.choice
        }
    }
}
