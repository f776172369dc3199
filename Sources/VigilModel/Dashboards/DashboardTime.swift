/// The time range a dashboard opens with, relative to now.
public struct DashboardTime: Hashable, Sendable {
    /// How long ago the range starts.
    public let start: Duration
    /// How long ago the range ends; zero for now.
    public let end: Duration

    /// The last `duration`, up to now: `.last(.hours(6))`.
    public static func last(_ duration: Duration) -> DashboardTime {
        DashboardTime(start: duration, end: .seconds(0))
    }

    /// From `start` ago until `end` ago, e.g. yesterday's hours `.between(.days(2), and: .days(1))`.
    public static func between(_ start: Duration, and end: Duration) -> DashboardTime {
        DashboardTime(start: start, end: end)
    }
}
