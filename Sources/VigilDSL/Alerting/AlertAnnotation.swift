/// An annotation of an alert: text for people, rendered by Alertmanager's templates. Values may use Go
/// templates such as `{{ $labels.instance }}` and `{{ $value | humanizePercentage }}`.
///
/// Written in an alert's `annotations:` block, usually through the statements for the common keys:
/// ```swift
/// } annotations: {
///     AlertSummary("High API latency")
///     AlertDescription("95th percentile latency is {{ $value | humanizeDuration }}")
///     Runbook("https://runbooks.example.com/autodealgenie/high-latency")
///     AlertAnnotation("team", "checkout")
/// }
/// ```
public struct AlertAnnotation: AnnotationStatement, Hashable {
    /// The annotation's key, e.g. `summary`.
    public let key: String
    /// Its value, possibly a Go template.
    public let value: String
    /// Where it was written.
    public let location: SourceLocation

    /// Any annotation.
    public init(
        _ key: String, _ value: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.key = key
        self.value = value
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }

    public var annotation: AlertAnnotation { self }
}

/// Collects an alert's annotations.
@resultBuilder
public enum AnnotationBuilder {
    /// One annotation statement.
    public static func buildExpression(_ statement: some AnnotationStatement) -> [AlertAnnotation] {
        [statement.annotation]
    }

    /// The annotations of a block, in order.
    public static func buildBlock(_ components: [AlertAnnotation]...) -> [AlertAnnotation] {
        components.flatMap(\.self)
    }

    /// A `for` loop's annotations.
    public static func buildArray(_ components: [[AlertAnnotation]]) -> [AlertAnnotation] {
        components.flatMap(\.self)
    }

    /// An `if` without `else`.
    public static func buildOptional(_ component: [AlertAnnotation]?) -> [AlertAnnotation] { component ?? [] }

    /// The first branch of an `if`/`else`.
    public static func buildEither(first component: [AlertAnnotation]) -> [AlertAnnotation] { component }

    /// The second branch of an `if`/`else`.
    public static func buildEither(second component: [AlertAnnotation]) -> [AlertAnnotation] { component }
}
