import VigilModel
import YAMLKit

extension Schedule {
    /// The `time_intervals` entry: its name and one entry per period, consecutive days and months written as
    /// ranges (`monday:friday`).
    var yaml: YAMLMapping {
        var mapping = YAMLMapping()
        mapping.append("name", .string(name))
        mapping.append("time_intervals", .sequence(periods.map { .mapping(yaml(of: $0)) }))
        return mapping
    }

    func yaml(of period: Period) -> YAMLMapping {
        var mapping = Self.yaml(of: period) { Self.ranges(of: $0) { "\($0)" } }
        mapping.append("location", timeZone.map(YAMLNode.string))
        return mapping
    }

    /// A period's times, weekdays, days of the month and months, with its keys spelled by `key` (the Prometheus
    /// Operator's objects write them in camelCase) and its days of the month written by `daysOfMonth`.
    static func yaml(
        of period: Period, key: (String) -> String = { $0 }, daysOfMonth: ([Int]) -> YAMLNode
    ) -> YAMLMapping {
        var mapping = YAMLMapping()
        if !period.times.isEmpty {
            mapping.append(
                "times",
                .sequence(
                    period.times.map {
                        .mapping(
                            YAMLMapping([
                                .init(key: key("start_time"), value: .string($0.start.description)),
                                .init(key: key("end_time"), value: .string($0.end.description)),
                            ]))
                    }))
        }
        if !period.weekdays.isEmpty {
            mapping.append("weekdays", ranges(period.weekdays))
        }
        if !period.daysOfMonth.isEmpty {
            mapping.append(key("days_of_month"), daysOfMonth(period.daysOfMonth))
        }
        if !period.months.isEmpty {
            mapping.append("months", ranges(period.months))
        }
        return mapping
    }

    /// Named values (weekdays, months) by their position among all cases.
    static func ranges<Value: CaseIterable & Equatable & RawRepresentable>(_ values: [Value]) -> YAMLNode
    where Value.RawValue == String {
        let all = Array(Value.allCases)
        return ranges(of: values.compactMap { all.firstIndex(of: $0) }) { all[$0].rawValue }
    }

    /// Sorted distinct numbers, runs of consecutive ones written `first:last`.
    static func ranges(of numbers: [Int], name: (Int) -> String) -> YAMLNode {
        .sequence(
            runs(numbers).map { .string($0.first == $0.last ? name($0.first) : "\(name($0.first)):\(name($0.last))") })
    }

    /// Sorted distinct numbers as runs of consecutive ones.
    static func runs(_ numbers: [Int]) -> [(first: Int, last: Int)] {
        var runs: [(first: Int, last: Int)] = []
        for number in Set(numbers).sorted() {
            if let last = runs.last?.last, last + 1 == number {
                runs[runs.count - 1].last = number
            } else {
                runs.append((number, number))
            }
        }
        return runs
    }
}
