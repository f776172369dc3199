/// Something the stack monitors: an application or an exporter, scraped by Prometheus as one job.
///
/// The service's name is its Prometheus `job` label. Its body lists the metrics it exports:
/// ```swift
/// Service("autodealgenie-backend", scrape: .target("backend:8000")) {
///     requests
///     latency
/// }
/// ```
public struct Service: Sendable {
    /// The name, used as the scrape job's name.
    public let name: String
    /// How its metrics are collected; `nil` for a service that is not scraped directly.
    public let scrape: Scrape?
    /// The metrics it exports, in the order written.
    public let metrics: [MetricDeclaration]
    /// Where the service was declared.
    public let location: SourceLocation

    /// Declares a service.
    public init(
        _ name: String,
        scrape: Scrape? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ServiceBuilder content: () -> [ServiceElement] = { [] }
    ) {
        self.name = name
        self.scrape = scrape
        var metrics: [MetricDeclaration] = []
        for element in content() {
            switch element {
            case .metric(let metric): metrics.append(metric)
            }
        }
        self.metrics = metrics
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
