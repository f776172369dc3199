import VigilCore
import VigilModel
import YAMLKit

/// Reads Alertmanager's `time_intervals` (and the deprecated `mute_time_intervals`) into the model's
/// schedules: weekdays, times, days of the month and months, ranges (`monday:friday`) expanded. `years` and a
/// second time zone in one interval go into the report.
struct ScheduleReader {
    /// The input.
    let input: YAMLInput

    /// The schedule of one named interval.
    func schedule(_ mapping: YAMLMapping, at line: Int?, report: inout ImportReport) throws(ImportError) -> Schedule {
        try input.expectKeys(of: mapping, in: ["name", "time_intervals"], at: line)
        guard let name = mapping["name"]?.stringValue else {
            throw ImportError("a time interval has no `name`", at: input.location(line))
        }
        var periods: [Period] = []
        var timeZones: [String] = []
        let location = SourceLocation(fileID: input.file, filePath: input.file, line: line ?? 0, column: 1)
        for node in mapping["time_intervals"]?.sequenceValue ?? [] {
            guard let period = node.mappingValue else {
                throw ImportError("time interval \(name) holds a value that is not a mapping", at: input.location(line))
            }
            try input.expectKeys(
                of: period, in: ["times", "weekdays", "days_of_month", "months", "years", "location"], at: line)
            if period["years"] != nil {
                report.add(
                    .dropped, at: input.location(line),
                    "time interval \(name): `years` (Vigil's schedules repeat every year)")
            }
            if let zone = try input.string(period["location"], "location", at: line), !timeZones.contains(zone) {
                timeZones.append(zone)
            }
            var times: [TimeRange] = []
            for time in period["times"]?.sequenceValue ?? [] {
                guard let start = time["start_time"]?.stringValue.flatMap(Self.timeOfDay),
                    let end = time["end_time"]?.stringValue.flatMap(Self.timeOfDay)
                else {
                    throw ImportError(
                        "time interval \(name): a time is `start_time` and `end_time`, HH:MM", at: input.location(line))
                }
                times.append(TimeRange(from: start, to: end))
            }
            periods.append(
                Period(
                    weekdays: try expanded(period["weekdays"], "weekdays", at: line, order: Self.weekdayOrder) {
                        Self.weekdays[$0]
                    },
                    times: times,
                    daysOfMonth: try expanded(period["days_of_month"], "days_of_month", at: line, order: Array(1...31))
                    {
                        Int($0)
                    },
                    months: try expanded(period["months"], "months", at: line, order: Month.allCases) {
                        Self.month($0)
                    },
                    fileID: input.file, filePath: input.file, line: line ?? 0, column: 1))
        }
        if timeZones.count > 1 {
            report.add(
                .dropped, at: input.location(line),
                "time interval \(name): time zones after the first (\(timeZones.dropFirst().joined(separator: ", ")))")
        }
        return Schedule(name: name, timeZone: timeZones.first, periods: periods, location: location)
    }

    /// The values of a list of items and `first:last` ranges, each value one of `order`, read by `value`.
    private func expanded<Value: Equatable>(
        _ node: YAMLNode?, _ key: String, at line: Int?, order: [Value], _ value: (String) -> Value?
    ) throws(ImportError) -> [Value] {
        var values: [Value] = []
        for item in try input.strings(node, key, at: line) {
            let bounds = item.split(separator: ":", maxSplits: 1).map { String($0).lowercased() }
            guard let first = value(bounds[0]).flatMap({ order.firstIndex(of: $0) }),
                let last = value(bounds[bounds.count - 1]).flatMap({ order.firstIndex(of: $0) }), first <= last
            else {
                throw ImportError(
                    "`\(key)`: '\(item)' is not a value or a range Vigil's schedules hold", at: input.location(line),
                    hint: "days of the month counted from its end (negative) are not carried; write them out")
            }
            values += order[first...last]
        }
        return values
    }

    static let weekdayOrder: [Weekday] = [.sunday, .monday, .tuesday, .wednesday, .thursday, .friday, .saturday]

    static let weekdays: [String: Weekday] = Dictionary(
        uniqueKeysWithValues: weekdayOrder.map { ("\($0)", $0) })

    static func month(_ text: String) -> Month? {
        if let number = Int(text), (1...12).contains(number) { return Month.allCases[number - 1] }
        return Month.allCases.first { "\($0)" == text }
    }

    /// `HH:MM`.
    static func timeOfDay(_ text: String) -> TimeOfDay? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour),
            (0..<60).contains(minute)
        else { return nil }
        return TimeOfDay(hour, minute)
    }
}
