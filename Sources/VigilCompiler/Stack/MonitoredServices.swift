import VigilDSL

/// The first stage of lowering: every service the stack's Prometheus scrapes and evaluates rules for, with the
/// rule packs they carry. The stack's own servers come first (``SelfMonitoring``: Prometheus and its
/// Alertmanager, from their lowered settings, which give their addresses), then the components it deploys
/// (``MonitoredComponent``), both built in the model's terms; then the spec's services (one declaring process
/// metrics gets the process pack) and one service per exporter job (``ExporterServices``), as DSL values whose
/// packs' alerts and tests are model values.
struct MonitoredServices {
    /// The services in the order above, which is the order of their rule groups and scrape jobs.
    var services: [MonitoredService]
    /// The jobs of what the stack runs itself: its servers, its components and its exporters.
    var stackJobs: Set<String>
    /// The jobs of the components only the compose target deploys (Grafana, Loki, Alloy, the tracing backend).
    var componentJobs: Set<String>
    /// Every deployed rule pack, in the README's order: the exporters', the services' process packs, Prometheus's,
    /// Alertmanager's, the components'.
    var packs: [any DeployedRulePack]
    /// The packs whose dashboard stands for the service overview of their job: the exporters' and the components'.
    var dashboardPacks: [any DeployedRulePack]

    /// The services of `stack`, whose Prometheus and Alertmanager are lowered to `prometheus` and `alertmanager`.
    init(_ stack: Stack, prometheus: ResolvedPrometheus, alertmanager: ResolvedAlertmanager?) {
        let prometheusPack = RulePacks.pack(of: prometheus, alertmanager: alertmanager, in: stack)
        let alertmanagerPack = alertmanager.map { RulePacks.pack(of: $0, in: stack) }
        var built = [
            SelfMonitoring.prometheus(
                prometheus, metrics: PrometheusServerMetrics.all, pack: prometheusPack, at: stack.location)
        ]
        if let alertmanager, let alertmanagerPack {
            built.append(
                SelfMonitoring.alertmanager(
                    alertmanager, metrics: AlertmanagerMetrics.all, pack: alertmanagerPack, at: stack.location))
        }
        let components = MonitoredComponent.components(of: stack)
        built += components.map(\.rules)
        let exporterJobs = ExporterJob.jobs(stack.exporters, remoteHosts: stack.remoteHosts)
        let exporterPacks = exporterJobs.map { RulePacks.pack(of: $0.first) }
        let exporters = zip(exporterJobs, exporterPacks).map { job, pack in
            MonitoredService.declared(ExporterServices.service(for: job), pack: pack, placement: .first)
        }
        let processPacks = stack.services.map(RulePacks.processPack(of:))
        let services = zip(stack.services, processPacks).map { service, pack in
            MonitoredService.declared(service, pack: pack, placement: .last)
        }
        self.services = built.map(MonitoredService.built) + services + exporters
        stackJobs = Set(built.map(\.service.name) + exporterJobs.map(\.first.job))
        componentJobs = Set(components.map(\.subject.job))
        packs =
            exporterPacks + processPacks.compactMap { $0 } + [prometheusPack] + (alertmanagerPack.map { [$0] } ?? [])
            + components.map(\.pack)
        dashboardPacks = exporterPacks + components.map(\.pack)
    }
}
