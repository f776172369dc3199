extension Sequence where Element: Hashable {
    /// The distinct elements, in first-seen order.
    package var uniqued: [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
