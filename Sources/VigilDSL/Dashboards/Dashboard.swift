/// A Grafana dashboard: variables, then panels and rows of panels, laid out automatically on Grafana's
/// 24-column grid.
///
/// ```swift
/// Dashboard("System Overview", tags: ["backend"]) {
///     Variable("handler", .labelValues(.handler, of: requests), includeAll: true)
///     Row("Traffic") {
///         TimeSeries("Request rate", unit: .requestsPerSecond) { sum(rate(requests, over: .minutes(5)), by: [.method]) }
///         Heatmap("Latency", latency, unit: .seconds)
///     }
/// }
/// ```
/// A dashboard is a statement of a ``Stack`` body, or of a ``Service`` body (which tags it with the
/// service's name). Its uid derives from the stack's name and its title, so links to it stay stable.
public struct Dashboard: Sendable {
    /// The title.
    public let title: String
    /// The Grafana folder it is filed in; the stack's name when `nil`.
    public let folder: String?
    /// An explicit uid (at most 40 of `A-Z a-z 0-9 - _`); derived from the stack and the title when `nil`.
    public let uid: String?
    /// Tags, for search and for dashboard links.
    public let tags: [String]
    /// What the dashboard is for.
    public let description: String?
    /// The time range it opens with.
    public let time: DashboardTime
    /// How often it reloads; never when `nil`.
    public let refresh: Duration?
    /// Links in its header.
    public let links: [HeaderLink]
    /// The body's statements, in order: variables, panels and rows.
    public let elements: [DashboardElement]
    /// Where the dashboard was declared.
    public let location: SourceLocation

    /// Declares a dashboard.
    public init(
        _ title: String, folder: String? = nil, uid: String? = nil, tags: [String] = [], description: String? = nil,
        time: DashboardTime = .last(.hours(6)), refresh: Duration? = .minutes(1), links: [HeaderLink] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<DashboardElement> content: () -> [DashboardElement]
    ) {
        self.title = title
        self.folder = folder
        self.uid = uid
        self.tags = tags
        self.description = description
        self.time = time
        self.refresh = refresh
        self.links = links
        self.elements = content()
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// The template variables, in order.
    public var variables: [Variable] {
        elements.compactMap {
            guard case .variable(let variable) = $0 else { return nil }
            return variable
        }
    }
}
