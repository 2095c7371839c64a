/// A schedule that keeps within the capacity, found as a maximum flow: source → member (1) →
/// candidate month (1) → month (its room) → fiscal year (its room) → sink. Every member is placed
/// exactly when the flow reaches the number of members; otherwise the members still reachable from
/// the source in the residual graph are a set that needs more migrations than their months can take
/// (Hall's condition), which is what the message names.
///
/// The order in which each member tries its months decides which of the schedules within the rules
/// comes out: `schedule` starts its searches from several (the earliest months, the plan's, seeded
/// random ones).
struct CapacityFlow {
    struct Edge {
        let to: Int
        var capacity: Int
        let reverse: Int
    }

    private(set) var edges: [[Edge]]
    private let source = 0
    private let sink: Int
    private let memberNode: (Int) -> Int
    private let monthNode: [Int: Int]
    private let space: ScheduleSpace

    /// - Parameter preference: for each moved member, its candidate indices in the order to try them.
    init(_ space: ScheduleSpace, preference: [[Int]]) {
        self.space = space
        let members = space.moved.count
        var monthNode: [Int: Int] = [:]
        var yearNode: [Int: Int] = [:]
        var next = 1 + members
        for months in space.candidates {
            for month in months where monthNode[month.serial] == nil {
                monthNode[month.serial] = next
                next += 1
            }
        }
        for months in space.candidates {
            for month in months where yearNode[month.fiscalYear] == nil {
                yearNode[month.fiscalYear] = next
                next += 1
            }
        }
        sink = next
        edges = Array(repeating: [], count: next + 1)
        self.monthNode = monthNode
        memberNode = { 1 + $0 }
        let unlimited = members + 1
        for member in 0..<members {
            add(from: 0, to: 1 + member, capacity: 1)
            for choice in preference[member] {
                add(from: 1 + member, to: monthNode[space.candidates[member][choice].serial]!, capacity: 1)
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

    private mutating func add(from: Int, to: Int, capacity: Int) {
        edges[from].append(Edge(to: to, capacity: capacity, reverse: edges[to].count))
        edges[to].append(Edge(to: from, capacity: 0, reverse: edges[from].count - 1))
    }

    /// Pushes one unit from `node` to the sink along a path of residual capacity (depth first).
    private mutating func augment(_ node: Int, _ visited: inout [Bool]) -> Bool {
        if node == sink { return true }
        visited[node] = true
        for index in edges[node].indices {
            let edge = edges[node][index]
            guard edge.capacity > 0, !visited[edge.to] else { continue }
            if augment(edge.to, &visited) {
                edges[node][index].capacity -= 1
                edges[edge.to][edge.reverse].capacity += 1
                return true
            }
        }
        return false
    }

    /// Places the members in `order`; the candidate index of each, or the members that cannot all be placed.
    mutating func solve(order: [Int]) -> Result<[Int], ScheduleError> {
        for member in order {
            var visited = [Bool](repeating: false, count: edges.count)
            visited[source] = true
            let node = memberNode(member)
            // The source's edge to the member is used only if a path is found.
            guard let index = edges[source].firstIndex(where: { $0.to == node }) else { continue }
            if augment(node, &visited) {
                edges[source][index].capacity -= 1
                let reverse = edges[source][index].reverse
                edges[node][reverse].capacity += 1
            }
        }
        var choices = [Int](repeating: -1, count: space.moved.count)
        for member in 0..<space.moved.count {
            for edge in edges[memberNode(member)] where edge.to != source && edge.capacity == 0 {
                let serial = monthNode.first { $0.value == edge.to }!.key
                choices[member] = space.candidates[member].firstIndex { $0.serial == serial }!
            }
        }
        if choices.allSatisfy({ $0 >= 0 }) { return .success(choices) }
        // Residual reachability from the unplaced members: the set that competes for too little room.
        var reached = [Bool](repeating: false, count: edges.count)
        var stack = (0..<space.moved.count).filter { choices[$0] < 0 }.map(memberNode)
        for node in stack { reached[node] = true }
        while let node = stack.popLast() {
            for edge in edges[node] where edge.capacity > 0 && !reached[edge.to] && edge.to != source {
                reached[edge.to] = true
                stack.append(edge.to)
            }
        }
        let members = (0..<space.moved.count).filter { reached[memberNode($0)] }
        let placed = members.filter { choices[$0] >= 0 }.count
        return .failure(.overCapacity(members: members.map { space.scenario.members[space.moved[$0]].name }, room: placed))
    }
}
