/// The samples of an input series in an alert test, one per test interval, in promtool's expanding
/// notation. Combine pieces with `+`:
/// ```swift
/// .constant(1, steps: 10) + .missing(steps: 5)      // "1x10 _x5"
/// .increasing(from: 0, by: 60, steps: 30)             // "0+60x30": a counter at 1 per second
/// ```
public struct SeriesValues: Hashable, Sendable, CustomStringConvertible {
    /// The promtool notation.
    public let notation: String

    private init(_ notation: String) {
        self.notation = notation
    }

    /// `value` repeated: the first sample and `steps` more (`1x10`).
    public static func constant(_ value: Double, steps: Int) -> SeriesValues {
        SeriesValues("\(format(value))x\(steps)")
    }

    /// Starting at `start` and growing by `step` per interval, `steps` times (`0+10x20`): a counter.
    public static func increasing(from start: Double, by step: Double, steps: Int) -> SeriesValues {
        SeriesValues("\(format(start))+\(format(step))x\(steps)")
    }

    /// Starting at `start` and falling by `step` per interval, `steps` times (`100-1x20`).
    public static func decreasing(from start: Double, by step: Double, steps: Int) -> SeriesValues {
        SeriesValues("\(format(start))-\(format(step))x\(steps)")
    }

    /// No sample for `steps` intervals (`_x5`): the series is absent then.
    public static func missing(steps: Int) -> SeriesValues {
        SeriesValues(steps == 1 ? "_" : "_x\(steps - 1)")
    }

    /// Explicit samples, one per interval (`1 2 3`).
    public static func samples(_ values: [Double]) -> SeriesValues {
        SeriesValues(values.map(format).joined(separator: " "))
    }

    /// One piece after another.
    public static func + (lhs: SeriesValues, rhs: SeriesValues) -> SeriesValues {
        SeriesValues(lhs.notation + " " + rhs.notation)
    }

    public var description: String { notation }

    /// A number as promtool reads it: integers without a fraction.
    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}
