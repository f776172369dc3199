/// A span of the day, from a start time (inclusive) to an end time (exclusive).
public struct TimeRange: Hashable, Sendable {
    /// Where it starts.
    public let start: TimeOfDay
    /// Where it ends; later than the start.
    public let end: TimeOfDay

    /// From `start` to `end`, e.g. `TimeRange(from: TimeOfDay(9), to: TimeOfDay(17, 30))`.
    public init(from start: TimeOfDay, to end: TimeOfDay) {
        self.start = start
        self.end = end
    }
}
