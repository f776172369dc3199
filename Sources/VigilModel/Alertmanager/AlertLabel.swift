/// The name of a label that alerts carry, as routing, grouping and inhibition refer to it.
///
/// The common ones are constants (`.alertname`, `.severity`, `.service`); any other is written as a string
/// literal (`"team"`).
public struct AlertLabel: Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The label name.
    public let name: String

    /// The label called `name`.
    public init(_ name: String) {
        self.name = name
    }

    /// The label called `name`, from a string literal.
    public init(stringLiteral name: String) {
        self.init(name)
    }

    /// The alert's name, which Prometheus sets on every alert.
    public static let alertname = AlertLabel("alertname")
    /// The alert's urgency (see ``Severity``).
    public static let severity = AlertLabel("severity")
    /// The service the alert is about.
    public static let service = AlertLabel("service")
    /// The scrape job of the series that fired the alert.
    public static let job = AlertLabel("job")
    /// The scraped target of the series that fired the alert.
    public static let instance = AlertLabel("instance")

    public var description: String { name }

    /// Orders by name.
    public static func < (lhs: AlertLabel, rhs: AlertLabel) -> Bool { lhs.name < rhs.name }
}
