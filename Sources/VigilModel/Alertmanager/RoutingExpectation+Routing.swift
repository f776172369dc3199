import VigilCore

extension RoutingExpectation {
    /// The expectation that `alert`, with its static labels and `alertname`, reaches the receivers the tree
    /// below `root` picks for it. Labels whose value is a template (`{{ $labels.job }}`) are left out: their
    /// value is only known when the alert fires.
    package init(alert: ResolvedAlert, root: ResolvedRoute) {
        let staticLabels = alert.labels.filter { $0.name != "alertname" && !AlertTemplate.hasAction($0.value) }
        let labels = (staticLabels + [Label("alertname", alert.name)]).sorted { $0.name < $1.name }
        self.init(labels: labels, receivers: [], location: alert.location)
        receivers = root.receivers(for: labelValues)
    }

    /// The labels as a dictionary, for the routing tree.
    var labelValues: [String: String] {
        Dictionary(labels.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    }
}

extension ResolvedAlertmanager {
    /// One expectation per alert: its static labels reach the receivers the tree picks today.
    package func expectations(for alerts: [ResolvedAlert]) -> [RoutingExpectation] {
        alerts.map { RoutingExpectation(alert: $0, root: root) }
    }
}
