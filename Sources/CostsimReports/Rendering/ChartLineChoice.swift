/// Which members the cumulative-savings chart draws when there are more members than it has colours:
/// the ones a council asks about. Every member that does not save comes first (the smallest savings
/// first), then by turns the largest and the smallest saver of the rest, until the chart is full; the
/// lines are drawn in roster order, and the members left out are named under the chart.
enum ChartLineChoice {
    /// The indices of the members to draw, in roster order.
    /// - Parameters:
    ///   - savings: each member's savings over the period, in roster order.
    ///   - count: how many lines the chart has room for.
    static func chosen(savings: [Int64], count: Int) -> [Int] {
        guard savings.count > count else { return Array(savings.indices) }
        let ascending = savings.indices.sorted { savings[$0] != savings[$1] ? savings[$0] < savings[$1] : $0 < $1 }
        var chosen = Array(ascending.prefix { savings[$0] <= 0 }.prefix(count))
        var rest = ascending.dropFirst(chosen.count)
        var largest = true
        while chosen.count < count, let next = largest ? rest.popLast() : rest.popFirst() {
            chosen.append(next)
            largest.toggle()
        }
        return chosen.sorted()
    }
}
