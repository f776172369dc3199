import VigilCore

/// A monitored service after lowering.
public struct ResolvedService: Sendable {
    /// The service name, also its scrape job's name when it is scraped.
    public var name: String
    /// The metrics it exports, in declaration order.
    public var metrics: [MetricDeclaration]
    /// Where the service was declared.
    public var location: SourceLocation

    /// A value of these fields.
    package init(name: String, metrics: [MetricDeclaration], location: SourceLocation) {
        self.name = name
        self.metrics = metrics
        self.location = location
    }
}
