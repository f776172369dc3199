/// An inhibition: while an alert satisfying the source matchers fires, alerts satisfying the target matchers
/// that agree with it on every `equal` label are not sent.
///
/// ```swift
/// Inhibit(source: .alertname("DatabaseDown"), target: .label(.service, equals: "api"), equal: [.instance])
/// ```
public struct Inhibit: Hashable, Sendable {
    /// What the inhibiting alert satisfies.
    public let source: [Matcher]
    /// What the inhibited alerts satisfy.
    public let target: [Matcher]
    /// The labels both must have with the same value.
    public let equal: [AlertLabel]
    /// Where the inhibition was written.
    public let location: SourceLocation

    /// An inhibition of `target` alerts by `source` alerts that agree on the `equal` labels.
    public init(
        source: Matcher..., target: Matcher..., equal: [AlertLabel] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            source: source, target: target, equal: equal,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// An inhibition from its parts.
    public init(source: [Matcher], target: [Matcher], equal: [AlertLabel], location: SourceLocation) {
        self.source = source
        self.target = target
        self.equal = equal
        self.location = location
    }
}
