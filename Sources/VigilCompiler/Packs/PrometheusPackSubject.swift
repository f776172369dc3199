import VigilDSL

/// The stack's Prometheus as the subject of its rule pack: the self-monitoring job, what the stack around it
/// runs (an Alertmanager, remote write) and the overrides written on the stack's ``Prometheus``.
struct PrometheusPackSubject: PackSubject {
    /// The Prometheus.
    var prometheus: ResolvedPrometheus
    /// Whether the stack has an Alertmanager for Prometheus to send alerts to.
    var hasAlertmanager: Bool
    /// The overrides written on the stack's ``Prometheus``.
    var overrides: [any AnyPackOverride]
    /// The stack's declaration: self-monitoring is attributed to it.
    var location: SourceLocation

    var job: String { SelfMonitoring.jobName }
    var instance: String { SelfMonitoring.targets(of: prometheus)[0] }
}
