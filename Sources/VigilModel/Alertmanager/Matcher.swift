/// A condition on one alert label, as routes and inhibitions test them: `severity="critical"`,
/// `service=~"api|worker"`.
///
/// ```swift
/// Route(.severity(.critical), .label("team", equals: "payments"), to: paymentsPager)
/// ```
public struct Matcher: Hashable, Sendable, CustomStringConvertible {
    /// How a matcher compares the label's value.
    public enum Operator: String, Hashable, Sendable {
        /// The value equals the text.
        case equal = "="
        /// The value differs from the text.
        case notEqual = "!="
        /// The whole value matches the regular expression (Go RE2 syntax).
        case matchesRegex = "=~"
        /// The whole value does not match the regular expression.
        case notMatchesRegex = "!~"

        /// Whether the text is a regular expression.
        public var isRegex: Bool { self == .matchesRegex || self == .notMatchesRegex }
    }

    /// The label tested; an alert without it has the empty value.
    public let label: AlertLabel
    /// The comparison.
    public let `operator`: Operator
    /// The text or regular expression compared with.
    public let value: String
    /// Where the matcher was written.
    public let location: SourceLocation

    /// A matcher on `label`.
    public init(
        _ label: AlertLabel, _ operator: Operator, _ value: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            label, `operator`, value,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// A matcher on `label` attributed to `location`.
    public init(_ label: AlertLabel, _ operator: Operator, _ value: String, location: SourceLocation) {
        self.label = label
        self.operator = `operator`
        self.value = value
        self.location = location
    }

    /// `label="value"`.
    public static func label(
        _ label: AlertLabel, equals value: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Matcher {
        Matcher(label, .equal, value, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// `label!="value"`.
    public static func label(
        _ label: AlertLabel, notEquals value: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Matcher {
        Matcher(label, .notEqual, value, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// `label=~"regex"`: the whole value matches.
    public static func label(
        _ label: AlertLabel, matches regex: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Matcher {
        Matcher(label, .matchesRegex, regex, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// `label!~"regex"`: the whole value does not match.
    public static func label(
        _ label: AlertLabel, doesNotMatch regex: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Matcher {
        Matcher(label, .notMatchesRegex, regex, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// `severity="critical"`.
    public static func severity(
        _ severity: Severity,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Matcher {
        Matcher(.severity, .equal, severity.name, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// `severity=~"warning|info"`: any of these severities.
    public static func severity(
        in severities: [Severity],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Matcher {
        Matcher(
            .severity, .matchesRegex, severities.map(\.name).joined(separator: "|"),
            fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// `alertname="name"`.
    public static func alertname(
        _ name: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Matcher {
        Matcher(.alertname, .equal, name, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// The matcher as Alertmanager writes it: `severity="critical"`, with `\`, `"` and line breaks escaped.
    public var description: String {
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return "\(label.name)\(self.operator.rawValue)\"\(escaped)\""
    }

    /// Matchers are equal when they test the same thing, wherever they were written.
    public static func == (lhs: Matcher, rhs: Matcher) -> Bool {
        (lhs.label, lhs.operator, lhs.value) == (rhs.label, rhs.operator, rhs.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(label)
        hasher.combine(self.operator)
        hasher.combine(value)
    }
}
