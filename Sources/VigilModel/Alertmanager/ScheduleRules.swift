import Foundation
import VigilCore

/// Rules on schedules (Alertmanager time intervals): unique names, valid periods, known time zones.
enum ScheduleRules {
    static let all: [ValidationRule] = [
        ValidationRule("time interval names are unique", check: duplicateSchedules),
        ValidationRule("time interval periods are valid", check: invalidPeriods),
        ValidationRule("time zones exist", check: unknownTimeZones),
    ]

    static func duplicateSchedules(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        // Sorted by name and location: the first of a name is the one written first.
        return DuplicateNames.errors(
            alertmanager.schedules, by: \.name, at: \.location, id: "duplicate-time-interval",
            hint: { DuplicateNames.hint(other: $0) },
            message: { "two different time intervals are named '\($0.name)'" })
    }

    static func invalidPeriods(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        return alertmanager.schedules.flatMap { schedule -> [Diagnostic] in
            guard !schedule.periods.isEmpty else {
                return [
                    .error(
                        "invalid-schedule", "time interval '\(schedule.name)' has no periods", at: schedule.location,
                        hint: "add a Period; an empty one, `Period()`, covers all time")
                ]
            }
            return schedule.periods.flatMap { period in
                problems(with: period).map { problem in
                    .error(
                        "invalid-schedule", "a period of time interval '\(schedule.name)' \(problem)",
                        at: period.location)
                }
            }
        }
    }

    /// What is wrong with a period, one sentence end each.
    static func problems(with period: Period) -> [String] {
        var problems = period.times.flatMap { range -> [String] in
            let invalid = [range.start, range.end].filter { !$0.isValid }.map {
                "has time \($0), which is not between 00:00 and 24:00"
            }
            guard invalid.isEmpty else { return invalid }
            return range.start < range.end
                ? [] : ["has the time range \(range.start)-\(range.end), which ends before it starts"]
        }
        problems += period.daysOfMonth.filter { $0 == 0 || abs($0) > 31 }.map {
            "has day of month \($0); use 1 to 31, or -1 to -31 to count from the month's end"
        }
        return problems
    }

    static func unknownTimeZones(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        return alertmanager.schedules.compactMap { schedule in
            guard let zone = schedule.timeZone, TimeZone(identifier: zone) == nil else { return nil }
            return .error(
                "unknown-time-zone", "time interval '\(schedule.name)' uses time zone '\(zone)', which does not exist",
                at: schedule.location, hint: "use an IANA time zone name, such as 'Europe/Berlin' or 'UTC'")
        }
    }
}
