/// A deployable monitoring stack: everything `make generate` writes into `generated/<name>/`.
///
/// ```swift
/// enum AutoDealGenie {
///     static let stack = Stack("autodealgenie", network: .external("autodealgenie_default")) {
///         Service("autodealgenie-backend", scrape: .target("backend:8000"))
///         Grafana(port: 3001)
///         Loki()
///         Tracing(.jaeger)
///         PostgresExporter(address: "postgres:5432", user: "postgres_exporter",
///                          password: .secret("postgres_exporter_password"))
///     }
/// }
/// ```
///
/// `kubernetes: Kubernetes(namespace: "autodealgenie")` generates it for a cluster running the Prometheus Operator
/// too (``OutputTarget/kubernetes``); its scraped services then say how the cluster finds them
/// (``Scrape/kubernetes(_:)``).
public struct Stack: Sendable {
    /// The name: the folder under `generated/` and the docker-compose project.
    public let name: String
    /// The Prometheus server's settings.
    public let prometheus: Prometheus
    /// The host address published ports bind to unless `VIGIL_BIND_ADDRESS` says otherwise at deploy time.
    public let bindAddress: BindAddress
    /// The docker network the containers run on.
    public let network: StackNetwork
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
    /// The Grafana declarations in the body: at most one, validation reports a second.
    public let grafanas: [Grafana]
    /// The Loki declarations in the body: at most one, validation reports a second.
    public let lokis: [Loki]
    /// The tracing backends in the body: at most one, validation reports a second.
    public let tracings: [Tracing]
    /// The exporters, in the order written.
    public let exporters: [Exporter]
    /// The VictoriaMetrics declarations in the body: at most one, validation reports a second.
    public let longTermStores: [VictoriaMetrics]
    /// The remote hosts, in the order written.
    public let remoteHosts: [RemoteHost]
    /// Where the stack was declared.
    public let location: SourceLocation
    /// What it is generated for, in ``OutputTarget`` order.
    public let targets: [OutputTarget]
    /// The Kubernetes target's settings when it is among the targets.
    public let kubernetes: Kubernetes?

    /// Declares a stack, generated for `targets` and, when `kubernetes` is given, for Kubernetes too.
    public init(
        _ name: String,
        prometheus: Prometheus = Prometheus(),
        bindAddress: BindAddress = .loopback,
        network: StackNetwork = .own,
        targets: Set<OutputTarget> = OutputTarget.standard,
        kubernetes: Kubernetes? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @StackBuilder content: () -> [StackElement]
    ) {
        self.name = name
        let location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
        self.targets = targets.union(kubernetes == nil ? [] : [.kubernetes]).sorted()
        self.kubernetes =
            kubernetes
            ?? (targets.contains(.kubernetes)
                ? Kubernetes(
                    namespace: name, fileID: fileID, filePath: filePath, line: line, column: column) : nil)
        self.prometheus = prometheus
        self.bindAddress = bindAddress
        self.network = network
        self.location = location
        var services: [Service] = []
        var alertmanagers: [Alertmanager] = []
        var dashboards: [Dashboard] = []
        var corrections: [Correction] = []
        var notes: [Note] = []
        var grafanas: [Grafana] = []
        var lokis: [Loki] = []
        var tracings: [Tracing] = []
        var exporters: [Exporter] = []
        var longTermStores: [VictoriaMetrics] = []
        var remoteHosts: [RemoteHost] = []
        for element in content() {
            switch element {
            case .service(let service): services.append(service)
            case .alertmanager(let alertmanager): alertmanagers.append(alertmanager)
            case .dashboard(let dashboard): dashboards.append(dashboard)
            case .correction(let correction): corrections.append(correction)
            case .note(let note): notes.append(note)
            case .grafana(let grafana): grafanas.append(grafana)
            case .loki(let loki): lokis.append(loki)
            case .tracing(let tracing): tracings.append(tracing)
            case .exporter(let exporter): exporters.append(exporter)
            case .victoriaMetrics(let store): longTermStores.append(store)
            case .remoteHost(let host): remoteHosts.append(host)
            }
        }
        self.services = services
        self.alertmanagers = alertmanagers
        self.dashboards = dashboards
        self.corrections = corrections
        self.notes = notes
        self.grafanas = grafanas
        self.lokis = lokis
        self.tracings = tracings
        self.exporters = exporters
        self.longTermStores = longTermStores
        self.remoteHosts = remoteHosts
    }
}
