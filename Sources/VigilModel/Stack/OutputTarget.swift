/// What Vigil generates a stack for: the configuration of each engine, the deployment that runs them, and the
/// stack's README. A stack is generated for the ``standard`` targets unless it lists some; a target left out
/// writes none of its files and runs none of its rules. Kubernetes is asked for, by giving the stack
/// ``Kubernetes`` settings (or listing it, with the defaults: the stack's name as namespace).
///
/// ```swift
/// Stack("shop", targets: [.prometheus, .alertmanager, .grafana, .readme]) { ... }   // no docker-compose.yml
/// Stack("shop", kubernetes: Kubernetes(namespace: "shop")) { ... }                  // and kubernetes/
/// ```
public enum OutputTarget: String, Sendable, Hashable, CaseIterable, Comparable {
    /// `prometheus/`: the configuration, rule files and their promtool tests.
    case prometheus
    /// `alertmanager/`: the configuration, templates and the amtool routing tests.
    case alertmanager
    /// `grafana/`: the dashboards and the provisioning of datasources and dashboards.
    case grafana
    /// The single-host deployment: `docker-compose.yml`, the components' configuration, `secrets/`, `.env.example`
    /// and `verify.sh`.
    case compose
    /// `kubernetes/`: the Prometheus Operator's custom resources and Grafana's ConfigMaps, with a
    /// `kustomization.yaml`, for a cluster running kube-prometheus-stack.
    case kubernetes
    /// The stack's `README.md`.
    case readme

    /// The targets of a stack that lists none: every one but ``kubernetes``.
    public static let standard: Set<OutputTarget> = Set(allCases).subtracting([.kubernetes])

    public static func < (lhs: OutputTarget, rhs: OutputTarget) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
