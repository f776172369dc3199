import VigilDSL

/// `prometheus/`: `prometheus.yml`, one rules file per rule group and the promtool tests; its scrape jobs and
/// relabelling must be well formed and its fields known to the Prometheus release the stack runs.
public struct PrometheusBackend: TargetBackend {
    public let target = OutputTarget.prometheus
    public let emitters: [any ArtefactEmitter] = [PrometheusConfigEmitter(), RuleFilesEmitter(), AlertTestsEmitter()]
    public let rules = ScrapeRules.all + RelabelRules.all + PrometheusCompatibilityRules.all

    /// Creates the backend.
    public init() {}
}
