/// A deployable monitoring stack: everything `make generate` writes into `generated/<name>/`.
///
/// ```swift
/// enum AutoDealGenie {
///     static let stack = Stack("autodealgenie") {
///         Service("autodealgenie-backend", scrape: .target("backend:8000"))
///     }
/// }
/// ```
public struct Stack: Sendable {
    /// The name: the folder under `generated/` and the docker-compose project.
    public let name: String
    /// The Prometheus server's settings.
    public let prometheus: Prometheus
    /// The monitored services, in the order written.
    public let services: [Service]
    /// The Alertmanager configurations in the body: a stack has at most one, and validation reports a second.
    public let alertmanagers: [Alertmanager]
    /// The dashboards written in the body (services hold their own), in order.
    public let dashboards: [Dashboard]
    /// The corrections of the source document, in order; the README lists them.
    public let corrections: [Correction]
    /// The notes for the README, in order.
    public let notes: [Note]
    /// Where the stack was declared.
    public let location: SourceLocation

    /// Declares a stack.
    public init(
        _ name: String,
        prometheus: Prometheus = Prometheus(),
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @StackBuilder content: () -> [StackElement]
    ) {
        self.name = name
        self.prometheus = prometheus
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
        var services: [Service] = []
        var alertmanagers: [Alertmanager] = []
        var dashboards: [Dashboard] = []
        var corrections: [Correction] = []
        var notes: [Note] = []
        for element in content() {
            switch element {
            case .service(let service): services.append(service)
            case .alertmanager(let alertmanager): alertmanagers.append(alertmanager)
            case .dashboard(let dashboard): dashboards.append(dashboard)
            case .correction(let correction): corrections.append(correction)
            case .note(let note): notes.append(note)
            }
        }
        self.services = services
        self.alertmanagers = alertmanagers
        self.dashboards = dashboards
        self.corrections = corrections
        self.notes = notes
    }
}
