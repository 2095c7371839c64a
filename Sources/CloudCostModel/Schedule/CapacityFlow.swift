import CostsimCore

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
    private var network: MigrationNetwork

    /// - Parameter preference: for each moved member, its candidate indices in the order to try them.
    init(_ space: ScheduleSpace, preference: [[Int]]) {
        network = MigrationNetwork(space, choices: preference.map { $0.map { ($0, 0) } })
    }

    /// Pushes one unit from `node` to the sink along a path of residual capacity (depth first).
    private mutating func augment(_ node: Int, _ visited: inout [Bool]) -> Bool {
        if node == network.sink { return true }
        visited[node] = true
        for index in network.edges[node].indices {
            let edge = network.edges[node][index]
            guard edge.capacity > 0, !visited[edge.to] else { continue }
            if augment(edge.to, &visited) {
                network.push(from: node, edge: index)
                return true
            }
        }
        return false
    }

    /// Places the members in `order`; the candidate index of each, or the members that cannot all be placed.
    mutating func solve(order: [Int]) -> Result<[Int], ScheduleError> {
        let source = MigrationNetwork.source
        for member in order {
            var visited = [Bool](repeating: false, count: network.edges.count)
            visited[source] = true
            let node = MigrationNetwork.node(member: member)
            // The source's edge to the member is used only if a path is found.
            guard let index = network.edges[source].firstIndex(where: { $0.to == node }) else { continue }
            if augment(node, &visited) { network.push(from: source, edge: index) }
        }
        let placements = network.placements
        let choices = placements.compactMap { $0 }
        if choices.count == placements.count { return .success(choices) }
        // Residual reachability from the unplaced members: the set that competes for too little room.
        var reached = [Bool](repeating: false, count: network.edges.count)
        var stack = placements.indices.filter { placements[$0] == nil }.map(MigrationNetwork.node(member:))
        for node in stack { reached[node] = true }
        while let node = stack.popLast() {
            for edge in network.edges[node] where edge.capacity > 0 && !reached[edge.to] && edge.to != source {
                reached[edge.to] = true
                stack.append(edge.to)
            }
        }
        let space = network.space
        let members = placements.indices.filter { reached[MigrationNetwork.node(member: $0)] }
        let placed = members.filter { placements[$0] != nil }.count
        return .failure(.overCapacity(members: members.map { space.scenario.members[space.moved[$0]].name }, room: placed))
    }
}
