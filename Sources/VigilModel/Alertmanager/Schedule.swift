/// A named set of periods, in one time zone: an Alertmanager time interval. Routes are muted during a
/// schedule (`mutedDuring:`) or active only during it (`activeDuring:`).
///
/// ```swift
/// static let businessHours = Schedule("business-hours", timeZone: "Europe/Berlin") {
///     Period(weekdays: Weekday.workdays, times: [TimeRange(from: TimeOfDay(9), to: TimeOfDay(17))])
/// }
/// ```
public struct Schedule: Hashable, Sendable {
    /// The name, unique in the stack.
    public let name: String
    /// The IANA time zone its times are in (`Europe/Berlin`); UTC when `nil`.
    public let timeZone: String?
    /// The periods; a moment is in the schedule when it is in any of them.
    public let periods: [Period]
    /// Where the schedule was declared.
    public let location: SourceLocation

    /// A schedule of `periods`, for importers and derived schedules; specs use the builder.
    public init(name: String, timeZone: String?, periods: [Period], location: SourceLocation) {
        self.name = name
        self.timeZone = timeZone
        self.periods = periods
        self.location = location
    }
}
