extension Sequence where Element: Hashable {
    /// The distinct elements, in first-seen order.
    package var uniqued: [Element] {
        var seen: Set<Element> = []
        // Growing the set rehashes every element it holds, each time it grows.
        seen.reserveCapacity(underestimatedCount)
        return filter { seen.insert($0).inserted }
    }
}
