import VigilBackends
import VigilDSL

/// A component the stack deploys that Prometheus scrapes for its own metrics (Grafana, Loki, the Alloy that
/// ships its logs, the tracing backend): its job at its one address on the stack's network, its metric
/// catalogue, and its rule pack with the overrides written on its declaration.
struct MonitoredComponent {
    /// The job, address, overrides and declaration the pack is settled on.
    var subject: any PackSubject
    /// The component's metric catalogue.
    var metrics: [MetricDeclaration]
    /// Its rule pack.
    var pack: any DeployedRulePack

    /// The components `stack` deploys, in this order: Grafana, Loki, Alloy, the tracing backend.
    static func components(of stack: Stack) -> [MonitoredComponent] {
        var components: [MonitoredComponent] = []
        if let grafana = stack.grafanas.first {
            let subject = ComponentPackSubject(
                job: GrafanaLowering.serviceName, instance: "\(GrafanaLowering.serviceName):\(GrafanaLowering.port)",
                overrides: grafana.pack, location: grafana.location)
            components.append(
                MonitoredComponent(
                    subject: subject, metrics: GrafanaMetrics.all,
                    pack: SettledPack<GrafanaPackAlerts>(subject: subject)))
        }
        if let loki = stack.lokis.first {
            let lokiSubject = ComponentPackSubject(
                job: LogsLowering.lokiName, instance: "\(LogsLowering.lokiName):\(LogsLowering.lokiPort)",
                overrides: loki.pack, location: loki.location)
            let alloySubject = ComponentPackSubject(
                job: LogsLowering.alloyName, instance: "\(LogsLowering.alloyName):\(LogsLowering.alloyPort)",
                overrides: loki.alloyPack, location: loki.location)
            components += [
                MonitoredComponent(
                    subject: lokiSubject, metrics: LokiMetrics.all,
                    pack: SettledPack<LokiPackAlerts>(subject: lokiSubject)),
                MonitoredComponent(
                    subject: alloySubject, metrics: AlloyMetrics.all,
                    pack: SettledPack<AlloyPackAlerts>(subject: alloySubject)),
            ]
        }
        if let tracing = stack.tracings.first {
            let subject = TracingPackSubject(tracing: tracing)
            components.append(
                MonitoredComponent(
                    subject: subject, metrics: tracing.backend == .jaeger ? JaegerMetrics.all : TempoMetrics.all,
                    pack: SettledPack<TracingPackAlerts>(subject: subject)))
        }
        return components
    }

    /// The service that scrapes the component, built without the DSL: its job at its one address, its
    /// catalogue and its pack's alerts and tests, attributed to its declaration.
    var rules: ServiceRules {
        var rules = ServiceRules(
            scraping: subject.job, at: [subject.instance], metrics: metrics, pack: pack, declaredAt: subject.location)
        rules.scrapeJob?.scrapesComposeComponent = true
        return rules
    }
}
