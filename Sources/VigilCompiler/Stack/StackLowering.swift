import VigilDSL

/// Turns what the user wrote into the ``ResolvedStack`` the validation rules and emitters read, in stages, each
/// a value made from the ones before: the stack's servers (``ResolvedPrometheus``, ``AlertmanagerLowering``), the
/// services they monitor with their rule packs (``MonitoredServices``), what Prometheus loads for them
/// (``LoweredRules``, SLOs included), and the dashboards, which see all of that (``DashboardLowering``).
public enum StackLowering {
    /// The port Prometheus listens on inside its container.
    static let prometheusPort = 9090

    /// Lowers one stack; `templates` holds the package's `templates/` folder, which the stack's Alertmanager
    /// takes its notification templates from.
    public static func lower(_ stack: Stack, templates: TemplateLibrary = TemplateLibrary()) -> ResolvedStack {
        let prometheus = lower(stack.prometheus)
        var alertmanager = AlertmanagerLowering.lower(stack.alertmanagers, templates: templates)
        alertmanager?.image = PinnedImages.alertmanager.pinned(to: stack.alertmanagers.first?.version)
        let monitored = MonitoredServices(stack, prometheus: prometheus, alertmanager: alertmanager)
        let rules = LoweredRules(monitored)
        var components = ResolvedComponents(
            grafanas: stack.grafanas, lokis: stack.lokis, tracings: stack.tracings,
            exporters: stack.exporters.map(ResolvedExporter.init))
        components.longTermStores = stack.longTermStores
        components.remoteHosts = stack.remoteHosts.map(ResolvedRemoteHost.init)
        let beforeDashboards = ResolvedStack(
            name: stack.name, prometheus: prometheus, services: rules.services, alerts: rules.alerts,
            recordingRules: rules.recordingRules, alertTests: rules.alertTests, ruleGroups: rules.ruleGroups,
            slos: rules.slos, rulePacks: monitored.packs.map(\.resolved), scrapeJobs: rules.scrapeJobs,
            alertmanager: alertmanager, corrections: stack.corrections.map(ResolvedCorrection.init), notes: stack.notes,
            components: components, templates: templates,
            compose: ResolvedCompose(
                bindAddress: stack.bindAddress.address,
                bindsEveryInterfaceOnPurpose: stack.bindAddress.isEveryInterfaceOnPurpose, network: stack.network),
            location: stack.location, targets: stack.targets, kubernetes: stack.kubernetes.map(ResolvedKubernetes.init))
        let (datasources, dashboards) = DashboardLowering.lower(
            stack, rules: beforeDashboards, packs: monitored.dashboardPacks)
        var resolved = beforeDashboards
        resolved.datasources = datasources
        resolved.dashboards = dashboards
        return resolved
    }

    /// The stack's Prometheus settings, its image pinned from ``PinnedImages``.
    static func lower(_ prometheus: Prometheus) -> ResolvedPrometheus {
        ResolvedPrometheus(
            scrapeInterval: prometheus.scrapeInterval, scrapeTimeout: prometheus.scrapeTimeout,
            evaluationInterval: prometheus.evaluationInterval,
            externalLabels: Label.sorted(prometheus.externalLabels), retention: prometheus.retention,
            retentionSize: prometheus.retentionSize, image: PinnedImages.prometheus.pinned(to: prometheus.version),
            port: prometheusPort, compatibility: prometheus.compatibility, features: Set(prometheus.features).sorted(),
            remoteWrite: prometheus.remoteWrite, replicas: prometheus.replicas, replicaLabel: prometheus.replicaLabel,
            location: prometheus.location)
    }
}
