import VigilDSL

/// A pack settled on its subject, whatever its alerts: what the subject's service and the model read.
protocol DeployedRulePack {
    /// The alerts and tests the pack adds to `group`, its subject's service's rule group.
    func rules(in group: ResolvedRuleGroup) -> PackRules
    /// The pack as the README and the end-to-end run read it.
    var resolved: ResolvedRulePack { get }
    /// The pack's dashboard, derived from its alerts; `nil` when they draw nothing.
    var dashboard: DashboardOutline? { get }
}

extension SettledPack: DeployedRulePack {}

/// The rule pack each exporter brings, the process pack of the services that declare ``ProcessMetrics``, and
/// the packs of the stack's own Prometheus and Alertmanager. The packs of the components the stack deploys
/// (Grafana, Loki and Alloy, the tracing backend) come with their scrape (``MonitoredComponent``).
enum RulePacks {
    /// The process pack of `service`, when it declares ``ProcessMetrics/all`` or overrides the pack (which, without
    /// the metrics, is a located problem).
    static func processPack(of service: Service) -> (any DeployedRulePack)? {
        service.declaresProcessMetrics || !service.pack.isEmpty ? SettledPack<ProcessPackAlerts>(subject: service) : nil
    }

    /// The pack of the stack's Prometheus, with the overrides written on `stack.prometheus`.
    static func pack(
        of prometheus: ResolvedPrometheus, alertmanager: ResolvedAlertmanager?, in stack: Stack
    ) -> any DeployedRulePack {
        SettledPack<PrometheusPackAlerts>(
            subject: PrometheusPackSubject(
                prometheus: prometheus, hasAlertmanager: alertmanager != nil, overrides: stack.prometheus.pack,
                location: stack.location))
    }

    /// The pack of the stack's Alertmanager, with the overrides written on its declaration.
    static func pack(of alertmanager: ResolvedAlertmanager, in stack: Stack) -> any DeployedRulePack {
        SettledPack<AlertmanagerPackAlerts>(
            subject: AlertmanagerPackSubject(
                alertmanager: alertmanager, overrides: stack.alertmanagers.first?.pack ?? [], location: stack.location))
    }

    /// The pack of `exporter`, with its overrides applied.
    static func pack(of exporter: Exporter) -> any DeployedRulePack {
        switch exporter.kind {
        case .node: SettledPack<NodePackAlerts>(subject: exporter)
        case .cadvisor: SettledPack<ContainerPackAlerts>(subject: exporter)
        case .postgres: SettledPack<PostgresPackAlerts>(subject: exporter)
        case .redis: SettledPack<RedisPackAlerts>(subject: exporter)
        case .blackbox: SettledPack<BlackboxPackAlerts>(subject: exporter)
        }
    }
}
