/// How urgent an alert is: the `severity` label that Alertmanager routes on.
public struct Severity: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The label value, e.g. `critical`.
    public let name: String

    /// A custom severity, for teams whose routing knows more levels than the standard three.
    public init(_ name: String) {
        self.name = name
    }

    /// Creates a custom severity from a string literal.
    public init(stringLiteral name: String) {
        self.init(name)
    }

    /// Someone must act now: pages.
    public static let critical = Severity("critical")
    /// Needs attention during working hours: a ticket or a chat message.
    public static let warning = Severity("warning")
    /// For the record: no one needs to act.
    public static let info = Severity("info")

    public var description: String { name }

    /// Orders by urgency: critical, warning, info, then custom severities by name.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        (lhs.rank, lhs.name) < (rhs.rank, rhs.name)
    }

    private var rank: Int {
        switch name {
        case "critical": 0
        case "warning": 1
        case "info": 2
        default: 3
        }
    }
}
