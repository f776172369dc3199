/// What Vigil generates a stack for: the configuration of each engine, the deployment that runs them, and the
/// stack's README. A stack is generated for every target unless it lists some; a target left out writes none of
/// its files and runs none of its rules.
///
/// ```swift
/// Stack("shop", targets: [.prometheus, .alertmanager, .grafana, .readme]) { ... }   // no docker-compose.yml
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
    /// The stack's `README.md`.
    case readme

    public static func < (lhs: OutputTarget, rhs: OutputTarget) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
