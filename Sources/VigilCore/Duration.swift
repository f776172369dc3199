/// A span of time as Prometheus, Alertmanager and Grafana write it (`30s`, `5m`, `1h30m`, `30d`).
///
/// Durations are values, never strings: `.minutes(90)` renders canonically as `1h30m`. The precision is one
/// millisecond, the finest Prometheus accepts.
public struct Duration: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The length in milliseconds.
    public let milliseconds: Int64

    /// Creates a duration of `milliseconds` milliseconds.
    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    /// A duration of `count` milliseconds.
    public static func milliseconds(_ count: Int64) -> Duration { Duration(milliseconds: count) }
    /// A duration of `count` seconds.
    public static func seconds(_ count: Int64) -> Duration { Duration(milliseconds: count * Unit.second.milliseconds) }
    /// A duration of `count` minutes.
    public static func minutes(_ count: Int64) -> Duration { Duration(milliseconds: count * Unit.minute.milliseconds) }
    /// A duration of `count` hours.
    public static func hours(_ count: Int64) -> Duration { Duration(milliseconds: count * Unit.hour.milliseconds) }
    /// A duration of `count` days.
    public static func days(_ count: Int64) -> Duration { Duration(milliseconds: count * Unit.day.milliseconds) }
    /// A duration of `count` weeks, written in days (`2w` renders as `14d`).
    public static func weeks(_ count: Int64) -> Duration { days(count * 7) }

    /// The length in whole and fractional seconds.
    public var seconds: Double { Double(milliseconds) / 1000 }

    /// The canonical form: units from days down to milliseconds, largest first, zero units left out
    /// (`1h30m`, `30d`, `1m30s`, `500ms`, `0s`). Days are the largest unit, since weeks and years hide
    /// the number people reason about.
    public var description: String {
        guard milliseconds != 0 else { return "0s" }
        var rest = milliseconds.magnitude
        var text = milliseconds < 0 ? "-" : ""
        for unit in Unit.allCases {
            let count = rest / UInt64(unit.milliseconds)
            guard count > 0 else { continue }
            text += "\(count)\(unit.symbol)"
            rest %= UInt64(unit.milliseconds)
        }
        return text
    }

    /// Orders shorter before longer.
    public static func < (lhs: Duration, rhs: Duration) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// The sum of two durations.
    public static func + (lhs: Duration, rhs: Duration) -> Duration {
        Duration(milliseconds: lhs.milliseconds + rhs.milliseconds)
    }

    /// The duration `factor` times as long.
    public static func * (lhs: Duration, factor: Int64) -> Duration {
        Duration(milliseconds: lhs.milliseconds * factor)
    }

    /// The units of the canonical form, largest first.
    enum Unit: CaseIterable {
        case day, hour, minute, second, millisecond

        var milliseconds: Int64 {
            switch self {
            case .day: 86_400_000
            case .hour: 3_600_000
            case .minute: 60_000
            case .second: 1_000
            case .millisecond: 1
            }
        }

        var symbol: String {
            switch self {
            case .day: "d"
            case .hour: "h"
            case .minute: "m"
            case .second: "s"
            case .millisecond: "ms"
            }
        }
    }
}
