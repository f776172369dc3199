/// A time of day to the minute, from 00:00 to 24:00 (the end of the day).
public struct TimeOfDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The hour, 0 to 24.
    public let hour: Int
    /// The minute, 0 to 59.
    public let minute: Int

    /// `hour:minute`, e.g. `TimeOfDay(9, 30)` for half past nine.
    public init(_ hour: Int, _ minute: Int = 0) {
        self.hour = hour
        self.minute = minute
    }

    /// The start of the day, 00:00.
    public static let midnight = TimeOfDay(0)
    /// The end of the day, 24:00.
    public static let endOfDay = TimeOfDay(24)

    /// Minutes since midnight.
    public var minutes: Int { hour * 60 + minute }

    /// Whether it is a time Alertmanager accepts: 00:00 to 24:00.
    public var isValid: Bool { ((0...23).contains(hour) && (0...59).contains(minute)) || (hour == 24 && minute == 0) }

    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// Orders earlier first.
    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
