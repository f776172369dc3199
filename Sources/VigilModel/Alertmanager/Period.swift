/// A recurring span of time: the moments that fall on one of its weekdays, in one of its time ranges, on one
/// of its days of the month and in one of its months. A criterion left empty matches every moment.
///
/// ```swift
/// Period(weekdays: Weekday.workdays, times: [TimeRange(from: TimeOfDay(9), to: TimeOfDay(17))])
/// ```
public struct Period: Hashable, Sendable {
    /// The days of the week.
    public let weekdays: [Weekday]
    /// The times of day.
    public let times: [TimeRange]
    /// The days of the month, 1 to 31, or -1 to -31 counting from the month's end.
    public let daysOfMonth: [Int]
    /// The months.
    public let months: [Month]
    /// Where the period was written.
    public let location: SourceLocation

    /// A period; criteria left empty match every moment.
    public init(
        weekdays: [Weekday] = [], times: [TimeRange] = [], daysOfMonth: [Int] = [], months: [Month] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.weekdays = weekdays
        self.times = times
        self.daysOfMonth = daysOfMonth
        self.months = months
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
