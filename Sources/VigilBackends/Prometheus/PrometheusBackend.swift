import VigilModel

/// `prometheus/`: `prometheus.yml`, one rules file per rule group and the promtool tests. The scrape jobs, their
/// relabelling and the fields' Prometheus releases are checked whatever the targets (the Kubernetes target scrapes
/// the same jobs through the operator).
public struct PrometheusBackend: TargetBackend {
    public let target = OutputTarget.prometheus
    public let emitters: [any ArtefactEmitter] = [PrometheusConfigEmitter(), RuleFilesEmitter(), AlertTestsEmitter()]
    public let rules: [ValidationRule] = []

    /// Creates the backend.
    public init() {}
}
